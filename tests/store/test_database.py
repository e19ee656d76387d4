"""Opening the database: durable settings, migrations, backups, and refusing to damage files."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from desk_app.store.database import (
    HEAD_REVISION,
    MIGRATIONS_DIR,
    StoreError,
    backup_database,
    current_revision,
    open_store,
)
from desk_app.store.models import Base
from tests.conftest import run_alembic


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_head_revision_constant_matches_the_migration_scripts():
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION


def _modelled(name, type_, _parent_names) -> bool:
    # The search index (an FTS5 table and its shadow tables) is SQL of its own, not a model.
    return not (type_ == "table" and name.startswith("submission_search"))


def test_upgrade_from_empty_builds_exactly_the_models(tmp_path):
    engine = open_store(tmp_path / "desk.sqlite3", tmp_path / "backups")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": _modelled})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
    assert current_revision(tmp_path / "desk.sqlite3") == HEAD_REVISION


def test_connections_are_durable_wal_with_full_sync(tmp_path):
    engine = open_store(tmp_path / "desk.sqlite3", tmp_path / "backups")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_file_that_is_not_a_database_is_left_untouched(tmp_path):
    path = tmp_path / "desk.sqlite3"
    path.write_bytes(b"This is someone's spreadsheet, not a database\n" * 100)
    before = _digest(path)
    with pytest.raises(StoreError, match="not a SQLite database") as error:
        open_store(path, tmp_path / "backups")
    assert "left untouched" in str(error.value)
    assert _digest(path) == before


def test_a_damaged_database_is_left_untouched(tmp_path):
    path = tmp_path / "desk.sqlite3"
    engine = open_store(path, tmp_path / "backups")
    engine.dispose()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page, keep the header
    path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    before = _digest(path)
    with pytest.raises(StoreError, match="cannot be opened"):
        open_store(path, tmp_path / "backups")
    assert _digest(path) == before


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "desk.sqlite3"
    open_store(path, tmp_path / "backups").dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    before = _digest(path)
    with pytest.raises(StoreError, match="newer version"):
        open_store(path, tmp_path / "backups")
    assert _digest(path) == before


def test_backup_is_a_consistent_readable_copy(tmp_path):
    path = tmp_path / "desk.sqlite3"
    engine = open_store(path, tmp_path / "backups")
    with engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO desk_meta VALUES ('k', 'v')")
    copy = backup_database(path, tmp_path / "backups", "test")
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT value FROM desk_meta").fetchone() == ("v",)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()


def test_a_database_of_the_previous_release_is_backed_up_and_upgraded_keeping_its_records(
    tmp_path,
):
    from desk_app.domain.record import Site, Submission, SyncState
    from desk_app.store.repository import SubmissionStore
    from tests.conftest import complete_draft

    path = tmp_path / "desk.sqlite3"
    engine = open_store(path, tmp_path / "backups")
    waiting = Submission.from_draft(
        complete_draft(), reference="VAS-2611-AAAA", site=Site(site_id="VAS", name="Stadshuset")
    )
    store = SubmissionStore(engine)
    store.add(waiting)
    engine.dispose()
    run_alembic(path, "downgrade", "0001_initial")  # the schema 0.1 desks have on disk
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE submissions SET sync_reason = 'No answer (timeout)'")
    connection.close()
    assert current_revision(path) == "0001_initial"

    engine = open_store(path, tmp_path / "backups")

    assert current_revision(path) == HEAD_REVISION
    upgraded = SubmissionStore(engine).get("VAS-2611-AAAA")
    assert upgraded is not None
    assert upgraded.description == waiting.description
    assert upgraded.reporter == waiting.reporter
    assert upgraded.sync_state is SyncState.PENDING
    assert upgraded.sync_reason == "No answer (timeout)"
    (backup,) = (tmp_path / "backups").glob("*-before-upgrade-from-0001_initial.sqlite3")
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0001_initial",
        )
        assert connection.execute("SELECT reference FROM submissions").fetchall() == [
            ("VAS-2611-AAAA",)
        ]
    connection.close()


def test_a_database_of_release_0002_gets_a_search_index_that_follows_every_later_change(
    tmp_path,
):
    from dataclasses import replace

    from sqlalchemy import delete

    from desk_app.domain.record import Site, Submission
    from desk_app.store.models import SubmissionRow
    from desk_app.store.repository import SubmissionStore
    from tests.conftest import complete_draft

    def record(reference, description):
        return Submission.from_draft(
            complete_draft(description=description, category="parks"),
            reference=reference,
            site=Site(site_id="VAS", name="Stadshuset"),
        )

    path = tmp_path / "desk.sqlite3"
    store = SubmissionStore(open_store(path, tmp_path / "backups"))
    store.add(record("VAS-K7M2-9QX4-HT3C", "Snöröjning saknas på Åsgatan"))
    store.add(replace(record("VAS-RR22-HHJK-4F5D", "برف روی پیاده‌رو"), case_number="C-2026-0042"))
    store.engine.dispose()
    # Today's models insert every column of today's schema: records go in first, and the
    # downgrade takes the file, records and all, back to the schema 0.2 desks have.
    run_alembic(path, "downgrade", "0002_sync_reason_message")
    assert current_revision(path) == "0002_sync_reason_message"
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM submissions").fetchone() == (2,)
    connection.close()

    store = SubmissionStore(open_store(path, tmp_path / "backups"))

    assert current_revision(path) == HEAD_REVISION
    assert [s.reference for s in store.search("ÅSGATAN")] == ["VAS-K7M2-9QX4-HT3C"]
    assert [s.reference for s in store.search("برف")] == ["VAS-RR22-HHJK-4F5D"]
    assert [s.reference for s in store.search("2026-004")] == ["VAS-RR22-HHJK-4F5D"]
    assert [s.reference for s in store.search("9qx4-h")] == ["VAS-K7M2-9QX4-HT3C"]
    store.add(record("VAS-ZZ99-WW88-XX7Y", "Gatlampan på Östra torget"))
    old = store.get("VAS-K7M2-9QX4-HT3C")
    store.update_content(old.corrected(complete_draft(description="Halka vid skolan")))
    with store.writing_session() as session:
        session.execute(delete(SubmissionRow).where(SubmissionRow.reference.like("VAS-RR22%")))
        session.commit()
    assert [s.reference for s in store.search("östra")] == ["VAS-ZZ99-WW88-XX7Y"]
    assert [s.reference for s in store.search("halka")] == ["VAS-K7M2-9QX4-HT3C"]
    assert store.search("snöröjning") == []
    assert store.search("برف") == []
    assert [s.reference for s in store.search("")] == ["VAS-ZZ99-WW88-XX7Y", "VAS-K7M2-9QX4-HT3C"]
    store.engine.dispose()
