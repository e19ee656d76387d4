"""Erasing a record's personal data leaves no trace of it in the database file or its WAL."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from desk_app.domain.audit import AuditEvent, AuditKind
from desk_app.domain.record import ErasureReason, OnBehalfOf, Relation, Reporter, SyncState
from desk_app.store import open_store
from desk_app.store.privacy import PrivacyStore
from desk_app.store.repository import SubmissionStore
from tests.conftest import RESIDENT_EMAIL, RESIDENT_NAME, RESIDENT_PHONE, SECRET_DESCRIPTION
from tests.store.conftest import stored_submission

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
PERSONAL = (RESIDENT_NAME, RESIDENT_EMAIL, RESIDENT_PHONE, SECRET_DESCRIPTION, "Mother of")


def _raw_bytes(path) -> bytes:
    """The database file and its WAL as they are on disk now."""
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _found(data: bytes) -> list[str]:
    return [word for word in PERSONAL if word.encode("utf-8") in data]


def test_erased_words_are_gone_from_the_file_and_its_wal_while_the_store_stays_open(tmp_path):
    path = tmp_path / "desk.sqlite3"
    store = SubmissionStore(open_store(path, tmp_path / "backups"))
    record = replace(
        stored_submission("VAS-2611-AAAA", description=SECRET_DESCRIPTION),
        on_behalf_of=OnBehalfOf(Relation.RELATIVE, "Mother of the resident"),
    )
    store.add(record)
    for number in range(40):  # neighbours on the same pages, which must survive
        neighbour = Reporter(anonymous=False, name=f"Resident {number}", email="r@example.se")
        store.add(
            stored_submission(
                f"VAS-2611-B{number:03d}", description=f"Pothole {number}", reporter=neighbour
            )
        )
    PrivacyStore(store).checkpoint()  # the words now sit in the main file's pages too
    assert len(_found(_raw_bytes(path))) == len(PERSONAL)
    # Another reader keeps the file open, as the window does while a command erases.
    reader = sqlite3.connect(path)
    reader.execute("SELECT count(*) FROM submissions").fetchone()

    erased = PrivacyStore(store).erase(
        [record.reference], ErasureReason.REQUEST, NOW, unsent_reason="erased"
    )

    assert erased == [record.reference]
    assert _found(_raw_bytes(path)) == []
    assert store.search("xylophonic") == []
    assert [s.reference for s in store.search("Pothole 39")] == ["VAS-2611-B039"]
    assert store.get("VAS-2611-B039").reporter.name == "Resident 39"
    after = store.get(record.reference)
    assert after.description == "" and not after.reporter.has_personal_data()
    assert after.on_behalf_of == OnBehalfOf(Relation.RELATIVE, "")
    assert after.personal_data_erased_at == NOW
    assert after.personal_data_erasure_reason is ErasureReason.REQUEST
    assert (after.reference, after.kind, after.category, after.received_at) == (
        record.reference,
        record.kind,
        record.category,
        record.received_at,
    )
    reader.close()
    store.engine.dispose()


def test_an_undelivered_record_erased_on_request_leaves_the_queue(store):
    store.add(stored_submission("VAS-2611-AAAA"))
    PrivacyStore(store).erase(
        ["VAS-2611-AAAA"], ErasureReason.REQUEST, NOW, unsent_reason="Not sent: erased"
    )
    erased = store.get("VAS-2611-AAAA")
    assert erased.sync_state is SyncState.NEEDS_ATTENTION
    assert erased.sync_reason == "Not sent: erased"


def test_erasing_twice_changes_nothing_the_second_time(store):
    store.add(stored_submission("VAS-2611-AAAA"))
    privacy = PrivacyStore(store)
    assert privacy.erase(["VAS-2611-AAAA"], ErasureReason.REQUEST, NOW, unsent_reason="x")
    later = datetime(2027, 1, 1, tzinfo=UTC)
    assert privacy.erase(["VAS-2611-AAAA"], ErasureReason.RETENTION, later, unsent_reason="x") == []
    assert store.get("VAS-2611-AAAA").personal_data_erased_at == NOW


def test_the_audit_trail_refuses_changes_and_deletions(store, tmp_path):
    privacy = PrivacyStore(store)
    event = AuditEvent(NOW, AuditKind.PERSON_SHOW, "desk1", "anna.s", ("VAS-2611-AAAA",), 1)
    privacy.append_audit(event)
    assert privacy.audit_events() == [event]
    with sqlite3.connect(tmp_path / "desk.sqlite3") as connection:
        for statement in (
            "UPDATE audit_events SET os_user = 'someone'",
            "DELETE FROM audit_events",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                connection.execute(statement)
    connection.close()
    assert privacy.audit_events() == [event]
    assert privacy.audit_events(since=datetime(2026, 12, 2, tzinfo=UTC)) == []


def test_store_connections_overwrite_deleted_content(store):
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
