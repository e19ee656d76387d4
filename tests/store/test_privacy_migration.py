"""Upgrading a database of the previous release (0003) to the privacy schema keeps its records."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from desk_app.domain.audit import AuditEvent, AuditKind
from desk_app.domain.record import ErasureReason
from desk_app.store.database import HEAD_REVISION, current_revision, open_store
from desk_app.store.privacy import PrivacyStore
from desk_app.store.repository import SubmissionStore
from tests.conftest import run_alembic
from tests.store.conftest import stored_submission


def test_a_database_of_release_0003_is_backed_up_and_upgraded_keeping_records_and_search(
    tmp_path,
):
    path = tmp_path / "desk.sqlite3"
    head = SubmissionStore(open_store(path, tmp_path / "backups"))
    waiting = stored_submission("VAS-2611-AAAA", description="Snöröjning saknas på Åsgatan")
    head.add(waiting)
    head.engine.dispose()
    # Back to the schema 0.3 desks have on disk, the record kept (today's models would
    # insert columns 0.3 does not have).
    run_alembic(path, "downgrade", "0003_search_index")
    assert current_revision(path) == "0003_search_index"

    store = SubmissionStore(open_store(path, tmp_path / "backups"))

    assert current_revision(path) == HEAD_REVISION
    upgraded = store.get("VAS-2611-AAAA")
    assert upgraded.reporter == waiting.reporter
    assert upgraded.description == waiting.description
    assert upgraded.personal_data_erased_at is None
    assert [s.reference for s in store.search("åsgatan")] == ["VAS-2611-AAAA"]
    (backup,) = (tmp_path / "backups").glob("*-before-upgrade-from-0003_search_index.sqlite3")
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT reference FROM submissions").fetchall() == [
            ("VAS-2611-AAAA",)
        ]
    connection.close()
    # The new parts work on the upgraded file: the audit trail, and erasure with its index.
    now = datetime(2026, 12, 1, tzinfo=UTC)
    privacy = PrivacyStore(store)
    privacy.append_audit(AuditEvent(now, AuditKind.PERSON_SHOW, "desk1", "", ("VAS-2611-AAAA",)))
    privacy.erase(["VAS-2611-AAAA"], ErasureReason.REQUEST, now, unsent_reason="erased")
    assert store.search("åsgatan") == []
    assert len(privacy.audit_events()) == 1
    store.engine.dispose()
