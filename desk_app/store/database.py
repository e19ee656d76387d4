"""Opening the desk's SQLite file safely: durable settings, migrations, backups, refusals.

Promises kept here:
- WAL with ``synchronous=FULL``: once a commit returns, the record survives power loss.
- A schema change first copies the database with SQLite's backup API into ``backups/``.
- A file that is not a readable SQLite database is never overwritten or "repaired": the
  desk says where it is and what to do, and stops.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError

from desk_app.domain.messages import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

# Alembic's head revision, checked by a test against the migration scripts. Knowing it here
# lets an up-to-date database open without importing Alembic (a cold-start cost).
HEAD_REVISION = "0003_search_index"
_SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class StoreError(Exception):
    """The store cannot be used; the message tells the desk worker or IT what to do."""


def _unusable(path: Path, why: str) -> StoreError:
    return StoreError(
        QT_TRANSLATE_NOOP(
            "Store",
            "The database {path} cannot be opened: {why}. It has been left untouched. "
            "Keep the file (it may hold records not yet sent) and contact IT support; "
            "to start with an empty database, move the file elsewhere first.",
        ).format(path=str(path), why=why)
    )


def _configure_connection(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions start (see _begin):
    # the module's own handling runs DDL outside any transaction, so a crash in the middle of
    # a migration could leave half a schema behind.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _begin(connection: Any) -> None:
    # A transaction that will write takes the write lock at once (BEGIN IMMEDIATE): upgrading
    # a read transaction later fails at once with "database is locked" when another
    # connection wrote meanwhile, whatever the busy timeout. Reads stay deferred.
    writes = connection.get_execution_options().get("writes", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def current_revision(path: Path) -> str | None:
    """The schema revision stored in the file (None for a new or empty database)."""
    with sqlite3.connect(path) as connection:
        has_table = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None


def backup_database(path: Path, backups_dir: Path, label: str) -> Path:
    """A consistent copy of the database (SQLite backup API, safe while it is open)."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backups_dir / f"desk-{stamp}-before-{label}.sqlite3"
    with sqlite3.connect(path) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    copy.close()
    return target


def _check_file(path: Path) -> None:
    if not path.exists():
        return
    if path.is_dir():
        raise _unusable(path, "it is a folder, not a file")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise _unusable(path, f"it cannot be read ({error.strerror})") from error
    if header and header != _SQLITE_HEADER:
        raise _unusable(path, "it is not a SQLite database")


def _migrate(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def open_store(path: Path, backups_dir: Path) -> Engine:
    """An engine on the desk database at ``path``, migrated to the current schema.

    Raises StoreError when the file is not a usable database (it is then left untouched).
    """
    _check_file(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        revision = current_revision(path)
        if revision != HEAD_REVISION:
            if revision is not None and not _is_known_revision(revision):
                raise StoreError(
                    QT_TRANSLATE_NOOP(
                        "Store",
                        "The database {path} was written by a newer version of Feedback Desk "
                        "(schema {revision}). It has been left untouched: install that version "
                        "again, or ask IT support.",
                    ).format(path=str(path), revision=revision)
                )
            if revision is not None:
                copy = backup_database(path, backups_dir, f"upgrade-from-{revision}")
                logger.info("Backed up the database to %s before a schema upgrade", copy)
            engine = _engine(path)
            _migrate(engine)
            logger.info("Database schema upgraded from %s to %s", revision, HEAD_REVISION)
        else:
            engine = _engine(path)
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM submissions").scalar()
    except sqlite3.DatabaseError as error:
        raise _unusable(path, str(error)) from error
    except DatabaseError as error:  # SQLAlchemy's wrapper of the same sqlite3 errors
        raise _unusable(path, str(error.orig)) from error
    return engine


def _is_known_revision(revision: str) -> bool:
    # Convention: each migration file is named after its revision ID (0001_initial.py).
    return (MIGRATIONS_DIR / "versions" / f"{revision}.py").exists()


def _engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine
