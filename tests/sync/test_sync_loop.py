"""Records reach the case system exactly once, and case numbers and statuses come back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import update

from case_server.app import Fault
from desk_app.domain.record import SyncState
from desk_app.store.models import SubmissionRow
from tests.conftest import complete_draft


def save(desk, count, **changes):
    return [
        desk.service.save(complete_draft(description=f"Record {number}", **changes))
        for number in range(count)
    ]


def states(desk):
    return {s.reference: s.sync_state for s in desk.service.search()}


def test_saved_records_reach_the_server_and_case_numbers_come_back(synced_desk, case_server):
    desk, sync = synced_desk
    saved = save(desk, 3)
    report = sync.run_once()
    assert report.ok and report.delivered == 3 and report.waiting == 0
    assert sorted(case_server.case_ids()) == sorted(str(s.id) for s in saved)
    for submission in saved:
        stored = desk.service.find(submission.reference)
        assert stored.sync_state is SyncState.SYNCED
        assert stored.case_number.startswith("KS-")
        assert stored.case_status == "received"
        assert stored.ack_due is not None and stored.ack_due > stored.received_at


def test_a_later_status_flows_back_to_the_desk(synced_desk, case_server):
    desk, sync = synced_desk
    (submission,) = save(desk, 1)
    sync.run_once()
    case_number = desk.service.find(submission.reference).case_number
    assert case_server.store.set_status(case_number, "in_progress", {"sv": "Vi tittar på det"})
    report = sync.run_once()
    assert report.status_updates >= 1
    stored = desk.service.find(submission.reference)
    assert stored.case_status == "in_progress"
    assert stored.case_status_text == {"sv": "Vi tittar på det"}


def test_categories_are_fetched_once_and_cached_with_their_etag(synced_desk, case_server):
    desk, sync = synced_desk
    case_server.store.categories_payload["categories"].append(
        {"code": "water", "active": True, "name": {"sv": "Vatten", "en": "Water"}}
    )
    assert sync.run_once().categories_updated
    codes = {category.code for category in desk.service.categories()}
    assert "water" in codes
    assert "streets.potholes" not in codes  # deactivated: kept for old records only
    assert desk.service.category_name("streets.potholes", "sv") == "Potthål (gammal)"
    assert not sync.run_once().categories_updated  # 304 Not Modified


def test_records_left_sending_by_a_crash_are_sent_again_once(synced_desk, case_server):
    desk, sync = synced_desk
    saved = save(desk, 4)
    with desk.store.session() as session:
        session.execute(update(SubmissionRow).values(sync_state=SyncState.SENDING.value))
        session.commit()
    assert sync.run_once().delivered == 4
    assert sorted(case_server.case_ids()) == sorted(str(s.id) for s in saved)


def test_retry_after_is_obeyed_and_sync_now_overrides_it(synced_desk, case_server):
    desk, sync = synced_desk
    save(desk, 2)
    case_server.faults.add(Fault("status", path="/submissions", code=503, retry_after="120"))
    report = sync.run_once()
    assert report.last_error and report.waiting == 2
    next_attempt = sync._sync_pass().outbox.next_attempt_at()
    expected = datetime.now(UTC) + timedelta(seconds=120)
    assert abs((next_attempt - expected).total_seconds()) < 10
    assert sync.run_once().delivered == 0  # still waiting, as the server asked
    assert sync.run_once(ignore_backoff=True).delivered == 2  # "Sync now"
    assert len(case_server.case_ids()) == 2
