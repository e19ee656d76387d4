"""The retention sweep the window runs when its store opens and then daily: time moves by
``now``, never by sleeping."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desk_app.domain.record import ErasureReason, SyncState
from desk_app.store.outbox import Accepted, OutboxStore
from tests.conftest import RESIDENT_NAME, complete_draft


def test_personal_data_goes_the_day_retention_ends_after_delivery_and_never_before(desk):
    delivered = desk.service.save(complete_draft())
    waiting = desk.service.save(complete_draft(description="Still in the queue"))
    delivery = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    OutboxStore(desk.store).record_answers(
        accepted={str(delivered.id): Accepted("C-1", "received", None)}, refused={}, now=delivery
    )
    days = desk.settings.current.privacy.retention_days

    early = desk.privacy.sweep(delivery + timedelta(days=days, seconds=-1))
    assert early.records_erased == 0
    assert desk.service.find(delivered.reference).reporter.name == RESIDENT_NAME

    due = delivery + timedelta(days=days, seconds=1)
    assert desk.privacy.sweep(due).records_erased == 1
    erased = desk.service.find(delivered.reference)
    assert erased.reporter.name == "" and erased.description == ""
    assert erased.personal_data_erased_at == due
    assert erased.personal_data_erasure_reason is ErasureReason.RETENTION
    assert erased.sync_state is SyncState.SYNCED and erased.case_number == "C-1"

    # Years later, the record never delivered is still whole, and only warned about.
    years_later = due + timedelta(days=3650)
    assert desk.privacy.sweep(years_later).records_erased == 0
    assert desk.service.find(waiting.reference).reporter.name == RESIDENT_NAME
    assert desk.privacy.waiting_too_long(years_later) == 1
    assert desk.privacy.waiting_too_long(waiting.received_at + timedelta(days=6)) == 0
    assert [event.kind.value for event in desk.privacy.audit_trail()] == ["retention.sweep"] * 3
