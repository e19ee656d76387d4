"""The outbox's bookkeeping in a real SQLite file: back-off after a failed batch."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import event

from desk_app.domain.messages import QT_TRANSLATE_NOOP, Message
from desk_app.domain.record import SyncState
from desk_app.store.outbox import OutboxStore
from tests.store.conftest import stored_submission


def test_a_failed_batch_backs_off_each_record_in_one_transaction(store):
    outbox = OutboxStore(store)
    saved = [stored_submission(f"VAS-AAAA-{number:04d}") for number in range(100)]
    for submission in saved:
        store.add(submission)
    ids = [str(submission.id) for submission in saved]
    outbox.back_off(ids[:1], reason="first failure", now=datetime.now(UTC), delay=timedelta)
    outbox.claim_due(100, datetime.now(UTC), ignore_backoff=True)  # in flight, as in a pass
    commits = []
    event.listen(store.engine, "commit", lambda _connection: commits.append(1))
    now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    busy = QT_TRANSLATE_NOOP("Sync", "The case system is busy ({status})").format(status=503)

    outbox.back_off(ids, reason=busy, now=now, delay=lambda attempt: timedelta(minutes=attempt))

    assert len(commits) == 1  # one disk sync for the batch, not one per record
    first, second = store.get(saved[0].reference), store.get(saved[1].reference)
    assert outbox.attempts(ids[0]) == 2 and outbox.attempts(ids[1]) == 1
    assert first.sync_state is SyncState.PENDING and second.sync_state is SyncState.PENDING
    assert isinstance(second.sync_reason, Message) and second.sync_reason == busy
    assert outbox.next_attempt_at() == now + timedelta(minutes=1)  # the earliest due
