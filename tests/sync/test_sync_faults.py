"""Each fault on its own: after it is gone, every record is on the server exactly once."""

from __future__ import annotations

import pytest

from case_server.app import Fault
from desk_app.domain.record import SyncState
from desk_app.sync.credentials import store_token
from tests.conftest import complete_draft
from tests.sync.conftest import open_synced_desk, start_case_server


def save(desk, count, **changes):
    return [
        desk.service.save(complete_draft(description=f"Record {number}", **changes))
        for number in range(count)
    ]


def assert_exactly_once(desk, case_server, saved):
    server_ids = case_server.case_ids()
    assert len(server_ids) == len(set(server_ids))
    assert sorted(server_ids) == sorted(str(s.id) for s in saved)
    for submission in saved:
        assert desk.service.find(submission.reference).sync_state is SyncState.SYNCED


def test_server_stopping_in_the_middle_of_a_batch(synced_desk, case_server):
    desk, sync = synced_desk
    saved = save(desk, 10)
    case_server.faults.add(Fault("drop_after_items", path="/submissions:batch", items=4))
    report = sync.run_once()
    assert report.last_error and report.delivered == 0
    assert len(case_server.case_ids()) == 4  # the server kept what it had committed
    case_server.stop()
    assert sync.run_once(ignore_backoff=True).last_error  # nobody answers now
    case_server.restart()
    assert sync.run_once(ignore_backoff=True).delivered == 10
    assert_exactly_once(desk, case_server, saved)


def test_server_commits_then_drops_the_connection(synced_desk, case_server):
    desk, sync = synced_desk
    saved = save(desk, 5)
    case_server.faults.add(Fault("drop", path="/submissions:batch"))
    report = sync.run_once()
    assert report.last_error and report.delivered == 0
    assert len(case_server.case_ids()) == 5  # committed, but the answer was lost
    assert sync.run_once(ignore_backoff=True).delivered == 5  # 200: the same cases again
    assert_exactly_once(desk, case_server, saved)


def test_single_submission_committed_then_dropped(synced_desk, case_server):
    desk, sync = synced_desk
    saved = save(desk, 1)
    case_server.faults.add(Fault("drop", path="/submissions"))
    assert sync.run_once().last_error
    assert sync.run_once(ignore_backoff=True).delivered == 1
    assert_exactly_once(desk, case_server, saved)


def test_server_errors_500_then_recovers(synced_desk, case_server):
    desk, sync = synced_desk
    saved = save(desk, 3)
    case_server.faults.add(Fault("status", code=500), Fault("status", code=502))
    assert "error (500)" in sync.run_once().last_error
    assert "error (502)" in sync.run_once(ignore_backoff=True).last_error
    waiting = desk.service.find(saved[0].reference)
    assert waiting.sync_state is SyncState.PENDING and "502" in waiting.sync_reason
    assert sync.run_once(ignore_backoff=True).delivered == 3
    assert_exactly_once(desk, case_server, saved)


def test_replies_slower_than_the_read_timeout(tmp_path, case_server):
    desk, sync = open_synced_desk(tmp_path / "desk", case_server.url, api_timeout_seconds="0.5")
    saved = save(desk, 2)
    case_server.faults.add(Fault("slow", path="/submissions:batch", seconds=1.5))
    assert "in time" in sync.run_once().last_error
    assert sync.run_once(ignore_backoff=True).delivered == 2
    assert_exactly_once(desk, case_server, saved)


def test_a_200_login_page_is_never_taken_for_success(synced_desk, case_server):
    desk, sync = synced_desk
    saved = save(desk, 2)
    case_server.faults.add(Fault("html", path="/submissions"))
    report = sync.run_once()
    assert report.delivered == 0 and "text/html" in report.last_error
    assert all(
        state is SyncState.PENDING
        for state in (desk.service.find(s.reference).sync_state for s in saved)
    )
    assert sync.run_once(ignore_backoff=True).delivered == 2
    assert_exactly_once(desk, case_server, saved)


def test_a_422_on_one_item_needs_a_person_and_the_rest_go_through(synced_desk, case_server):
    desk, sync = synced_desk
    good = save(desk, 3)
    (refused,) = save(desk, 1, category="parks")
    for category in case_server.store.categories_payload["categories"]:
        if category["code"] == "parks":
            category["active"] = False  # the case system stopped accepting it
    report = sync.run_once()
    assert report.delivered == 3 and report.needs_attention == 1 and report.waiting == 0
    stored = desk.service.find(refused.reference)
    assert stored.sync_state is SyncState.NEEDS_ATTENTION
    assert "category: unknown code" in stored.sync_reason
    assert_exactly_once(desk, case_server, good)
    assert sync.run_once(ignore_backoff=True).delivered == 0  # not resent on its own


def test_401_pauses_sending_until_the_token_is_renewed(tmp_path):
    server = start_case_server(tmp_path, token="the-real-token")
    try:
        desk, sync = open_synced_desk(tmp_path / "desk", server.url)  # holds a wrong token
        saved = save(desk, 3)
        report = sync.run_once()
        assert "must be renewed" in report.paused_reason
        assert report.waiting == 3 and server.case_ids() == []
        assert all(sync._sync_pass().outbox.attempts(str(s.id)) == 0 for s in saved)
        store_token(server.url, "the-real-token")
        sync.forget_client()
        assert sync.run_once().delivered == 3
        assert_exactly_once(desk, server, saved)
    finally:
        server.stop()


def test_a_server_without_batch_gets_records_one_by_one(synced_desk, case_server):
    desk, sync = synced_desk
    saved = save(desk, 4)
    case_server.faults.add(Fault("status", path="/submissions:batch", code=404))
    assert sync.run_once().delivered == 4
    assert_exactly_once(desk, case_server, saved)


@pytest.mark.parametrize("status", [500, 503])
def test_a_failure_half_way_through_one_by_one_keeps_what_was_answered(
    synced_desk, case_server, status
):
    desk, sync = synced_desk
    saved = save(desk, 4)
    case_server.faults.add(Fault("status", path="/submissions:batch", code=405))
    sync.run_once()  # learns there is no batch; all four go one by one
    assert_exactly_once(desk, case_server, saved)
    more = save(desk, 3)
    case_server.faults.clear()
    sync_pass = sync._sync_pass()
    assert not sync_pass.batch_supported
    # The second single request fails: the first stays synced, the other two wait.
    case_server.faults.add(
        Fault("slow", path="/submissions", seconds=0),  # passes the first one through
        Fault("status", code=status),
    )
    report = sync.run_once()
    assert report.delivered == 1 and report.waiting == 2
    assert sync.run_once(ignore_backoff=True).delivered == 2
    assert_exactly_once(desk, case_server, saved + more)
