"""Opening the desk's SQLite file safely: durable settings, migrations, backups, refusals.

Promises kept here:
- WAL with ``synchronous=FULL``: once a commit returns, the record survives power loss.
- A schema change first copies the database with SQLite's backup API into ``backups/``.
- A file that is not a readable SQLite database, or one with damaged pages, is never written
  to, overwritten or "repaired": the desk says where it is and what to do, and stops. The
  check runs before any migration, and (for the window) may finish in the background while
  every write waits for it (``store.integrity``).
- A database this user may not write to is refused at once, not at the first save.
- A new database is made under another name and renamed into place once its schema is
  complete, so an empty (0-byte) ``desk.sqlite3`` is never the desk's own doing: it is
  refused as damaged rather than silently started afresh over what it once held.
- Given a key, the file, its WAL and its backups are encrypted (SQLCipher, ``store.encryption``);
  a plaintext file is converted at once, and a file the key does not open is refused untouched.
"""

from __future__ import annotations

import logging
import os
import weakref
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError

from desk_app.domain.messages import QT_TRANSLATE_NOOP
from desk_app.store.encryption import (
    apply_key,
    cipher_module,
    connect,
    driver_errors,
    encrypt_plaintext_file,
    fsync_file,
    fsync_folder,
    is_plaintext,
    key_missing,
    readable_with,
    remove_leftovers,
)
from desk_app.store.errors import StoreError
from desk_app.store.integrity import IntegrityGate, integrity_problems

logger = logging.getLogger(__name__)

# Alembic's head revision, checked by a test against the migration scripts. Knowing it here
# lets an up-to-date database open without importing Alembic (a cold-start cost).
HEAD_REVISION = "0012_rating_visits_index"
_SQLITE_HEADER = b"SQLite format 3\x00"
_SIDE_FILES = ("-wal", "-shm", "-journal")
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# Each engine's gate: writes wait on it until the database has proven sound.
_GATES: weakref.WeakKeyDictionary[Engine, IntegrityGate] = weakref.WeakKeyDictionary()
# The engines whose database is encrypted at rest (opened with a key).
_ENCRYPTED: weakref.WeakSet[Engine] = weakref.WeakSet()


def _unusable(path: Path, why: str) -> StoreError:
    return StoreError(
        QT_TRANSLATE_NOOP(
            "Store",
            "The database {path} cannot be opened: {why}. It has been left untouched. "
            "Keep the file (it may hold records not yet sent) and contact IT support; "
            "to start with an empty database, move the file elsewhere first.",
        ).format(path=str(path), why=why)
    )


def damaged(path: Path, findings: list[str], backups_dir: Path) -> StoreError:
    """The error for a database whose pages are damaged: what to do, in the desk's words."""
    return StoreError(
        QT_TRANSLATE_NOOP(
            "Store",
            "The database {path} is damaged ({finding}). It has been left untouched and nothing "
            "will be written to it. Ask IT support to restore the newest copy in {backups} "
            "(desk-app doctor tells which); keep the damaged file, with its -wal and -shm files, "
            "for them.",
        ).format(path=str(path), finding=_one_line(findings)[:200], backups=str(backups_dir))
    )


def _one_line(findings: list[str]) -> str:
    """SQLite's findings as one line ("*** in database main *** On tree page 25 …")."""
    return " ".join(" ".join(findings).split())


def not_writable(path: Path, what: str) -> StoreError:
    """The error for a database (or its folder) this user may not write to."""
    return StoreError(
        QT_TRANSLATE_NOOP(
            "Store",
            "The database {path} cannot be written to ({what} is read-only for this user): "
            "nothing could be saved. Ask IT support to give this user write access.",
        ).format(path=str(path), what=what)
    )


def emptied(path: Path, backups_dir: Path) -> StoreError:
    """The error for a database file of 0 bytes: truncated or replaced, never made so here."""
    return StoreError(
        QT_TRANSLATE_NOOP(
            "Store",
            "The database {path} is empty (0 bytes): it was cut short or replaced, for "
            "example by a disk or copy failure. It has been left untouched and nothing will be "
            "written to it. Ask IT support to restore the newest copy in {backups} "
            "(desk-app doctor tells which); if this desk never saved anything, they may delete "
            "the empty file instead.",
        ).format(path=str(path), backups=str(backups_dir))
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
    # Erased personal data must not linger in free pages or freed cells: SQLite overwrites
    # deleted content with zeros (the WAL is truncated after an erasure, see store.privacy).
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def _begin(gate: IntegrityGate, connection: Any) -> None:
    # A transaction that will write takes the write lock at once (BEGIN IMMEDIATE): upgrading
    # a read transaction later fails at once with "database is locked" when another
    # connection wrote meanwhile, whatever the busy timeout. Reads stay deferred.
    writes = connection.get_execution_options().get("writes", False)
    if writes:
        gate.admit_write()  # never write into a store that has not proven sound
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def integrity_gate(engine: Engine) -> IntegrityGate:
    """The gate that holds ``engine``'s writes until its database has proven sound."""
    return _GATES.get(engine) or IntegrityGate.open()


def is_encrypted(engine: Engine) -> bool:
    """Whether ``engine``'s database is encrypted at rest."""
    return engine in _ENCRYPTED


def current_revision(path: Path, *, key: bytes | None = None) -> str | None:
    """The schema revision stored in the file (None for a new or empty database)."""
    # Closed at once (not left to the garbage collector): an open connection keeps the WAL,
    # and its late close would checkpoint into a file the desk has just refused.
    with closing(connect(path, key, read_only=True)) as connection:
        has_table = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None


def backup_database(path: Path, backups_dir: Path, label: str, *, key: bytes | None = None) -> Path:
    """A consistent copy of the database (SQLite backup API, safe while it is open).

    With ``key`` the copy is encrypted with the same key: SQLCipher re-encrypts every page.
    """
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backups_dir / f"desk-{stamp}-before-{label}.sqlite3"
    with closing(connect(path, key)) as source, closing(connect(target, key)) as copy:
        source.backup(copy)
    return target


def encrypt_plaintext_backups(backups_dir: Path, key: bytes) -> int:
    """Encrypt the copies in ``backups/`` still in plaintext (made by an older version, or
    while no keyring was available); returns how many. They stay restorable with the key."""
    converted = 0
    copies = sorted(backups_dir.glob("desk-*.sqlite3")) if backups_dir.is_dir() else []
    for copy in copies:
        remove_leftovers(copy)
        if copy.stat().st_size and is_plaintext(copy):
            encrypt_plaintext_file(copy, key)
            converted += 1
    return converted


def _check_file(path: Path, backups_dir: Path, key: bytes | None = None) -> None:
    if not path.exists():
        return
    if path.is_dir():
        raise _unusable(path, "it is a folder, not a file")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise _unusable(path, f"it cannot be read ({error.strerror})") from error
    if not header:
        raise emptied(path, backups_dir)
    if header and header != _SQLITE_HEADER:
        if key is None:
            raise _unusable(
                path,
                "it is not a SQLite database, or it is encrypted and this user/machine does "
                "not have its key",
            )
        try:
            readable = readable_with(path, key)
        except driver_errors() as error:
            raise _unusable(path, str(error)) from error
        if not readable:
            raise key_missing(path)


def _migrate(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _check_writable(path: Path) -> None:
    folder = path.parent
    if folder.exists() and not os.access(folder, os.W_OK):
        raise not_writable(path, f"the folder {folder}")
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if candidate.exists() and not os.access(candidate, os.W_OK):
            raise not_writable(path, f"the file {candidate.name}")


def newer_schema(path: Path, revision: str) -> StoreError:
    """The error for a database written by a newer version of the app."""
    return StoreError(
        QT_TRANSLATE_NOOP(
            "Store",
            "The database {path} was written by a newer version of Feedback Desk "
            "(schema {revision}). It has been left untouched: install that version "
            "again, or ask IT support.",
        ).format(path=str(path), revision=revision)
    )


def open_store(
    path: Path,
    backups_dir: Path,
    *,
    check_in_background: bool = False,
    key: bytes | None = None,
) -> Engine:
    """An engine on the desk database at ``path``, migrated to the current schema.

    Raises StoreError when the file is not a usable database (it is then left untouched).
    The database is checked page by page before anything is written: at once, or — with
    ``check_in_background`` and an up-to-date schema — on a thread while writes wait.
    With ``key`` the database is encrypted at rest: a plaintext one (checked first) is
    converted, and so are plaintext copies in ``backups_dir``; one the key does not open
    is refused. Without a key, an encrypted file is refused.
    """
    _check_file(path, backups_dir, key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _unusable(path, f"its folder cannot be created ({error.strerror})") from error
    _check_writable(path)
    try:
        if not path.exists():
            _create(path, key)
        if key is not None:
            _encrypt_if_plaintext(path, backups_dir, key)
        revision = current_revision(path, key=key) if path.exists() else None
        if revision is not None and revision != HEAD_REVISION and not _is_known_revision(revision):
            raise newer_schema(path, revision)

        def check() -> StoreError | None:
            if not path.exists():
                return None
            findings = integrity_problems(path, key=key)
            if findings:
                logger.error("The database failed its check: %s", findings[0][:200])
                return damaged(path, findings, backups_dir)
            return None

        if check_in_background and revision == HEAD_REVISION:
            gate = IntegrityGate()
            engine = _engine(path, gate, key)
            gate.check_in_background(check)
            return engine
        problem = check()
        if problem is not None:
            raise problem
        if revision != HEAD_REVISION:
            if revision is not None:
                copy = backup_database(path, backups_dir, f"upgrade-from-{revision}", key=key)
                logger.info("Backed up the database to %s before a schema upgrade", copy)
            engine = _engine(path, IntegrityGate.open(), key)
            _migrate(engine)
            logger.info("Database schema upgraded from %s to %s", revision, HEAD_REVISION)
        else:
            engine = _engine(path, IntegrityGate.open(), key)
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM submissions").scalar()
    except driver_errors() as error:
        raise _unusable(path, str(error)) from error
    except DatabaseError as error:  # SQLAlchemy's wrapper of the same sqlite3 errors
        raise _unusable(path, str(error.orig)) from error
    return engine


@dataclass(frozen=True)
class DatabaseHealth:
    """What ``doctor`` learns about a database file without changing it."""

    path: Path
    problem: StoreError | None  # why the desk would refuse it; None when it would open it
    revision: str | None = None
    upgrade_due: bool = False  # an older schema: upgraded (after a backup) at the next start
    encrypted: bool = False  # the file is encrypted at rest (SQLCipher)


def inspect_database(path: Path, backups_dir: Path, *, key: bytes | None = None) -> DatabaseHealth:
    """Check the database at ``path`` as the desk would at start, thoroughly and read-only.

    ``key``: the desk's database key, when this user has one. A plaintext file is checked as
    it is (the desk encrypts it at its next start).
    """
    if not path.exists():
        return DatabaseHealth(path, None)
    try:
        _check_file(path, backups_dir, key)
        _check_writable(path)
    except StoreError as error:
        return DatabaseHealth(path, error)
    plaintext = is_plaintext(path)
    read_key = None if plaintext else key
    findings = integrity_problems(path, thorough=True, key=read_key)
    if findings:
        return DatabaseHealth(path, damaged(path, findings, backups_dir))
    try:
        revision = current_revision(path, key=read_key)
    except driver_errors() as error:
        return DatabaseHealth(path, _unusable(path, str(error)))
    if revision is not None and revision != HEAD_REVISION and not _is_known_revision(revision):
        return DatabaseHealth(path, newer_schema(path, revision), revision)
    return DatabaseHealth(
        path, None, revision, upgrade_due=revision != HEAD_REVISION, encrypted=not plaintext
    )


def newest_backup(backups_dir: Path) -> Path | None:
    """The most recent copy in ``backups/`` (the one IT should restore), or None."""
    copies = sorted(backups_dir.glob("desk-*.sqlite3")) if backups_dir.is_dir() else []
    return copies[-1] if copies else None


def _is_known_revision(revision: str) -> bool:
    # Convention: each migration file is named after its revision ID (0001_initial.py).
    return (MIGRATIONS_DIR / "versions" / f"{revision}.py").exists()


def _encrypt_if_plaintext(path: Path, backups_dir: Path, key: bytes) -> None:
    try:
        remove_leftovers(path)  # of a conversion a crash interrupted
        # A damaged plaintext file is refused as it is: converting it would write to it.
        if path.exists() and path.stat().st_size and is_plaintext(path):
            findings = integrity_problems(path)
            if findings:
                raise damaged(path, findings, backups_dir)
            encrypt_plaintext_file(path, key)
        converted = encrypt_plaintext_backups(backups_dir, key)
    except OSError as error:  # a full disk, a file another program holds
        raise _unusable(path, f"it could not be encrypted ({error.strerror})") from error
    if converted:
        logger.info("Encrypted %d plaintext backup(s)", converted)


def _create(path: Path, key: bytes | None) -> None:
    """Make a new database at ``path`` whole: built and migrated under a temporary name, then
    renamed into place, so that a desk stopped half-way never leaves an empty file there."""
    building = path.with_name(path.name + ".new")
    for leftover in (building, *(building.with_name(building.name + side) for side in _SIDE_FILES)):
        leftover.unlink(missing_ok=True)  # an earlier creation cut short: it held nothing
    engine = _engine(building, IntegrityGate.open(), key)
    try:
        _migrate(engine)
    finally:
        engine.dispose()  # the last connection's close checkpoints and removes the WAL
    for side in _SIDE_FILES:
        if building.with_name(building.name + side).exists():
            raise _unusable(path, f"the new database's {side} file was left behind")
    fsync_file(building)
    os.replace(building, path)
    fsync_folder(path.parent)
    logger.info("Created a new database")


def _engine(path: Path, gate: IntegrityGate, key: bytes | None = None) -> Engine:
    if key is None:
        engine = create_engine(f"sqlite:///{path}")
    else:
        # The key must be the first statement on every connection, before SQLAlchemy's own.
        def connect_with_key() -> Any:
            connection = cipher_module().connect(str(path), check_same_thread=False)
            apply_key(connection, key)
            # The OS file cache holds ciphertext: each page SQLite's own cache misses is
            # decrypted and authenticated again. 32 MB (grown only as used) keeps a search's
            # pages decrypted once.
            connection.execute("PRAGMA cache_size = -32768")
            return connection

        # The file's URL (not the creator) makes SQLAlchemy pool connections as for any file.
        engine = create_engine(
            f"sqlite:///{path}", creator=connect_with_key, module=cipher_module()
        )
        _ENCRYPTED.add(engine)
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", partial(_begin, gate))
    _GATES[engine] = gate
    return engine
