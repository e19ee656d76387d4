"""Upgrading a database of the privacy release (0004) adds the workers table and keeps the
records and the audit trail; downgrading removes only that table."""

from __future__ import annotations

from datetime import UTC, datetime

from desk_app.domain.audit import AuditEvent, AuditKind
from desk_app.store.database import HEAD_REVISION, current_revision, open_store
from desk_app.store.privacy import PrivacyStore
from desk_app.store.repository import SubmissionStore
from desk_app.store.workers import WorkerStore
from tests.conftest import run_alembic
from tests.store.conftest import stored_submission

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def test_a_database_of_release_0004_gets_the_workers_table_and_keeps_its_records(tmp_path):
    path = tmp_path / "desk.sqlite3"
    head = SubmissionStore(open_store(path, tmp_path / "backups"))
    head.add(stored_submission("VAS-2611-AAAA"))
    PrivacyStore(head).append_audit(AuditEvent(NOW, AuditKind.PERSON_FIND, "desk1", "anna.s"))
    head.engine.dispose()
    run_alembic(path, "downgrade", "0004_privacy")
    assert current_revision(path) == "0004_privacy"

    store = SubmissionStore(open_store(path, tmp_path / "backups"))

    assert current_revision(path) == HEAD_REVISION
    assert store.get("VAS-2611-AAAA") is not None
    assert len(PrivacyStore(store).audit_events()) == 1
    workers = WorkerStore(store)
    assert workers.all() == []
    assert workers.put("anna.s", "Anna S", "$argon2id$v=19$m=65536,t=3,p=4$x$y", NOW) is True
    claimed = workers.claim_attempt("anna.s", NOW)
    assert claimed is not None and (claimed.allowed, claimed.failures) == (True, 1)
    assert workers.put("anna.s", None, "$argon2id$other", NOW) is False  # a new PIN
    stored = workers.get("anna.s")
    assert stored is not None
    assert (stored.display_name, stored.failed_tries) == ("Anna S", 0)
    store.engine.dispose()
