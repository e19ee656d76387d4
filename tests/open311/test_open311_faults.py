"""The fault tests of "Sync", for the Open311 protocol: after each fault, every record is on the
server exactly once, found by the desk reference its request carries.

Open311 has no idempotency key; the desk looks for a record whose earlier attempt has no known
outcome before it sends it again. One limit remains (README, "Open311"): a server that commits
a request only after the desk has looked, or that does not show descriptions in GET requests.
"""

from __future__ import annotations

import json

from sqlalchemy import select

from case_server.app import Fault
from case_server.store import Case
from desk_app.domain.record import SyncState
from desk_app.sync.credentials import store_token
from tests.conftest import complete_draft
from tests.open311.conftest import face_of, open311_url, open_open311_desk
from tests.sync.conftest import start_case_server

REQUESTS = "/open311/v2/requests.json"


def save(desk, count, **changes):
    return [
        desk.service.save(complete_draft(description=f"Record {number}", **changes))
        for number in range(count)
    ]


def server_requests(server):
    """Every stored Open311 request's form."""
    with server.store.session() as session:
        return [json.loads(case.body) for case in session.scalars(select(Case))]


def assert_exactly_once(desk, server, saved):
    descriptions = [form.get("description", "") for form in server_requests(server)]
    for record in saved:
        line = f"Reference: {record.reference}"
        assert sum(line in text.splitlines() for text in descriptions) == 1, record.reference
        stored = desk.service.find(record.reference)
        assert stored.sync_state is SyncState.SYNCED and stored.case_number
    assert len(descriptions) == len(saved)


def test_server_commits_then_drops_the_connection(open311_desk, case_server):
    desk, sync = open311_desk
    saved = save(desk, 3)
    case_server.faults.add(Fault("drop", path=REQUESTS))
    report = sync.run_once()
    assert report.last_error and report.delivered == 0  # the first reply was lost
    assert len(case_server.case_ids()) == 1  # committed, but the answer never came
    report = sync.run_once(ignore_backoff=True)
    assert report.delivered == 3  # the first found by its reference, not sent again
    assert_exactly_once(desk, case_server, saved)


def test_server_errors_500_then_recovers(open311_desk, case_server):
    desk, sync = open311_desk
    saved = save(desk, 2)
    case_server.faults.add(
        Fault("status", path=REQUESTS, code=500), Fault("status", path=REQUESTS, code=502)
    )
    assert "error (500)" in sync.run_once().last_error
    assert "error (502)" in sync.run_once(ignore_backoff=True).last_error
    waiting = desk.service.find(saved[0].reference)
    assert waiting.sync_state is SyncState.PENDING and "502" in waiting.sync_reason
    assert sync.run_once(ignore_backoff=True).delivered == 2
    assert_exactly_once(desk, case_server, saved)


def test_replies_slower_than_the_read_timeout(tmp_path, case_server):
    desk, sync = open_open311_desk(tmp_path / "desk", case_server, api_timeout_seconds="0.5")
    saved = save(desk, 2)
    case_server.faults.add(Fault("slow", path=REQUESTS, seconds=1.5))
    assert "in time" in sync.run_once().last_error
    assert sync.run_once(ignore_backoff=True).delivered == 2
    assert_exactly_once(desk, case_server, saved)


def test_the_look_up_failing_holds_the_record_back_instead_of_sending_blind(
    open311_desk, case_server
):
    desk, sync = open311_desk
    saved = save(desk, 1)
    case_server.faults.add(Fault("drop", path=REQUESTS))
    assert sync.run_once().last_error
    # The look-up (GET requests) fails: the record waits; it is not posted a second time.
    case_server.faults.add(Fault("status", path=REQUESTS, code=503))
    assert sync.run_once(ignore_backoff=True).delivered == 0
    assert len(case_server.case_ids()) == 1
    assert sync.run_once(ignore_backoff=True).delivered == 1
    assert_exactly_once(desk, case_server, saved)


def test_a_200_login_page_is_never_taken_for_success(open311_desk, case_server):
    desk, sync = open311_desk
    saved = save(desk, 2)
    sync.run_once()  # learns the format; both delivered
    more = save(desk, 1)
    case_server.faults.add(Fault("html", path=REQUESTS))
    report = sync.run_once()
    assert report.delivered == 0 and "text/html" in report.last_error
    assert desk.service.find(more[0].reference).sync_state is SyncState.PENDING
    assert sync.run_once(ignore_backoff=True).delivered == 1
    assert_exactly_once(desk, case_server, saved + more)


def test_the_standards_error_array_needs_a_person_and_the_rest_go_through(
    open311_desk, case_server
):
    desk, sync = open311_desk
    good = save(desk, 2)
    (refused,) = save(desk, 1, category="parks")
    for category in case_server.store.categories_payload["categories"]:
        if category["code"] == "parks":
            category["active"] = False  # the city stopped offering the service
    report = sync.run_once()
    assert report.delivered == 2 and report.needs_attention == 1 and report.waiting == 0
    stored = desk.service.find(refused.reference)
    assert stored.sync_state is SyncState.NEEDS_ATTENTION
    assert stored.sync_reason == "service_code parks was not found"
    assert_exactly_once(desk, case_server, good)
    assert sync.run_once(ignore_backoff=True).delivered == 0  # not resent on its own


def test_403_bad_api_key_pauses_sending_until_the_token_is_renewed(tmp_path):
    server = start_case_server(tmp_path, token="the-real-token")
    try:
        desk, sync = open_open311_desk(tmp_path / "desk", server)  # holds a wrong token
        saved = save(desk, 2)
        report = sync.run_once()
        assert "must be renewed" in report.paused_reason and "403" in report.paused_reason
        assert report.waiting == 2 and server.case_ids() == []
        assert all(sync._sync_pass().outbox.attempts(str(s.id)) == 0 for s in saved)
        store_token(open311_url(server), "the-real-token")
        sync.forget_client()
        assert sync.run_once().delivered == 2
        assert_exactly_once(desk, server, saved)
    finally:
        server.stop()


def test_a_token_answer_is_delivered_and_named_at_a_later_pull(open311_desk, case_server):
    desk, sync = open311_desk
    face_of(case_server).tokens = True
    face_of(case_server).hold_tokens = True  # the city's system names requests later
    (record,) = save(desk, 1)
    report = sync.run_once()
    assert report.delivered == 1
    stored = desk.service.find(record.reference)
    assert stored.sync_state is SyncState.SYNCED and stored.case_number == ""
    face_of(case_server).hold_tokens = False
    assert sync.run_once().status_updates == 1
    named = desk.service.find(record.reference)
    (case_number,) = [case.case_number for case in _cases(case_server)]
    assert named.case_number == case_number
    assert sync.run_once(ignore_backoff=True).delivered == 0


def test_a_server_that_offers_only_xml_is_read_in_xml(open311_desk, case_server):
    desk, sync = open311_desk
    saved = save(desk, 2)
    case_server.faults.add(Fault("status", path="/open311/v2/services.json", code=404))
    report = sync.run_once()
    assert report.ok and report.delivered == 2 and report.categories_updated
    assert sync._sync_pass().client.format == "xml"
    assert_exactly_once(desk, case_server, saved)


def _cases(server):
    with server.store.session() as session:
        return list(session.scalars(select(Case)))


def test_a_crash_after_the_answer_but_before_the_outbox_recorded_it_sends_nothing_again(
    open311_desk, case_server
):
    desk, sync = open311_desk
    (record,) = save(desk, 1)
    assert sync.run_once().delivered == 1
    # As if the desk had died between the server's answer and the outbox's commit: the
    # record is pending again (recover_interrupted), with its answer only in the journal.
    sync._sync_pass().outbox.release([str(record.id)], reason="", next_attempt_at=None)
    case_number = desk.service.find(record.reference).case_number
    assert sync.run_once().delivered == 1
    assert_exactly_once(desk, case_server, [record])
    assert desk.service.find(record.reference).case_number == case_number
