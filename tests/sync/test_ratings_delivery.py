"""Visitors' ratings reach the reference server exactly once, whatever the network does."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
import requests

from case_server.app import Fault, create_app
from case_server.runner import ServerThread, free_port
from case_server.store import CaseStore
from desk_app.domain.record import SyncState
from desk_app.store.rating_outbox import RatingOutbox
from desk_app.sync.credentials import store_token
from desk_app.sync.ratings import rating_to_json
from tests.conftest import complete_draft
from tests.sync.conftest import TOKEN, CaseServer, open_synced_desk
from tests.sync.rating_rows import (
    assert_ratings_exactly_once,
    give_visit,
    give_visits,
    local_ratings,
    server_ratings,
)


def test_every_answer_reaches_the_server_as_stored(synced_desk, case_server):
    desk, sync = synced_desk
    record = desk.service.save(complete_draft())
    rated_record = give_visit(
        desk.store, [5, 4, 2, 3], comment="Snabbt och vänligt", submission_id=str(record.id)
    )
    with_staff = give_visit(desk.store, [1, 2], staff_id="anna.s", language="fa")
    report = sync.run_once()
    assert report.ok and report.delivered == 1
    assert report.ratings_delivered == 6 and report.ratings_waiting == 0
    ids = [row.id for row in rated_record + with_staff]
    assert_ratings_exactly_once(desk.store, case_server.store, ids)
    bodies = server_ratings(case_server.store).bodies()
    first, last = bodies[rated_record[0].id], bodies[rated_record[-1].id]
    assert first == {
        "id": rated_record[0].id,
        "site": {"id": "VAS"},
        "given_at": "2026-11-24T09:30:00+00:00",
        "question": "treatment",
        "score": 5,
        "comment": "",
        "staff_id": None,  # the site did not allow it: NULL, sent as NULL
        "submission_id": str(record.id),
        "language": "sv",
    }
    assert last["comment"] == "Snabbt och vänligt" and last["question"] == "overall"
    staff = bodies[with_staff[1].id]
    assert staff["staff_id"] == "anna.s" and staff["submission_id"] is None
    assert staff["language"] == "fa" and staff["score"] == 2
    assert sync.run_once().ratings_delivered == 0  # nothing is sent twice


FAULTS = {
    "lost reply after commit": Fault("drop", path="/ratings:batch"),
    "server stops half-way through the batch": Fault(
        "drop_after_items", path="/ratings:batch", items=3
    ),
    "500": Fault("status", path="/ratings:batch", code=500),
    "503 with Retry-After": Fault("status", path="/ratings:batch", code=503, retry_after="0"),
    "login page instead of JSON": Fault("html", path="/ratings:batch"),
    "reply slower than the timeout": Fault("slow", path="/ratings:batch", seconds=2.5),
}


@pytest.mark.parametrize("fault", FAULTS.values(), ids=FAULTS.keys())
def test_ratings_arrive_exactly_once_through_a_fault(tmp_path, case_server, fault):
    timeout = "1" if fault.kind == "slow" else "3"
    desk, sync = open_synced_desk(tmp_path / "desk", case_server.url, api_timeout_seconds=timeout)
    try:
        ids = give_visits(desk.store, 3)
        case_server.faults.add(fault)
        report = sync.run_once()
        assert report.last_error and report.ratings_delivered == 0
        assert report.ratings_waiting == 12  # nothing lost, nothing parked for a person
        if fault.kind == "drop":
            assert len(server_ratings(case_server.store).ids()) == 12  # committed, reply lost
        waiting = local_ratings(desk.store, ids)
        assert {row.sync_state for row in waiting.values()} == {"pending"}
        assert all(row.sync_attempts == 1 and row.sync_reason for row in waiting.values())
        report = sync.run_once(ignore_backoff=True)
        assert report.ok and report.ratings_delivered == 12
        assert_ratings_exactly_once(desk.store, case_server.store, ids)
    finally:
        sync.forget_client()
        desk.store.engine.dispose()


def test_a_server_that_is_down_costs_no_rating(synced_desk, case_server):
    desk, sync = synced_desk
    ids = give_visits(desk.store, 2)
    case_server.stop()
    report = sync.run_once()
    assert report.last_error and report.ratings_waiting == 8
    case_server.restart()
    assert sync.run_once(ignore_backoff=True).ratings_delivered == 8
    assert_ratings_exactly_once(desk.store, case_server.store, ids)


def _server_on(folder: Path, port: int, **options: object) -> CaseServer:
    store = CaseStore(f"sqlite:///{folder / 'cases.sqlite3'}")
    app = create_app(store, TOKEN, **options)  # type: ignore[arg-type]
    return CaseServer(store, ServerThread(app, port=port, log_level="critical").start(), TOKEN)


@pytest.mark.parametrize(
    "without_ratings",
    [{"api_version": "1.1", "ratings": False}, {"api_version": "1.0"}],
    ids=["1.1 server without ratings", "1.0 server"],
)
def test_ratings_wait_on_the_desk_until_a_server_takes_them(tmp_path, without_ratings):
    port = free_port()
    server = _server_on(tmp_path, port, **without_ratings)
    desk, sync = open_synced_desk(tmp_path / "desk", server.url)
    try:
        record = desk.service.save(complete_draft())
        ids = give_visits(desk.store, 2)
        for _pass in range(2):
            report = sync.run_once(ignore_backoff=True)
            assert report.ok and report.delivered == 1 - _pass  # records go as always
            assert report.ratings_delivered == 0 and report.ratings_waiting == 8
        assert server_ratings(server.store).ids() == []
        kept = local_ratings(desk.store, ids)
        # Not sent, so not failed: no attempt counted, no reason, no back-off.
        assert {(r.sync_state, r.sync_attempts, r.sync_reason) for r in kept.values()} == {
            ("pending", 0, "")
        }
        assert all(row.next_attempt_at is None for row in kept.values())
        server.stop()
        server = _server_on(tmp_path, port)  # upgraded: lists ratings now
        report = sync.run_once()
        assert report.ok and report.ratings_delivered == 8 and report.ratings_waiting == 0
        assert_ratings_exactly_once(desk.store, server.store, ids)
        assert desk.service.find(record.reference).sync_state is SyncState.SYNCED
    finally:
        server.stop()
        sync.forget_client()
        desk.store.engine.dispose()


def test_ratings_listed_but_not_served_stay_untouched(synced_desk, case_server):
    desk, sync = synced_desk
    ids = give_visits(desk.store, 1)
    case_server.faults.add(Fault("status", path="/ratings:batch", code=404))
    report = sync.run_once()
    assert report.ok and report.ratings_delivered == 0 and report.ratings_waiting == 4
    kept = local_ratings(desk.store, ids)
    assert {(row.sync_state, row.sync_attempts) for row in kept.values()} == {("pending", 0)}
    assert sync.run_once().ratings_delivered == 4
    assert_ratings_exactly_once(desk.store, case_server.store, ids)


def _post(server: CaseServer, items: list[dict[str, object]]) -> list[dict[str, object]]:
    answer = requests.post(
        server.url + "/ratings:batch",
        json={"items": items},
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=10,
    )
    assert answer.status_code == 200
    return answer.json()["results"]  # type: ignore[no-any-return]


def test_a_conflicting_rating_needs_a_person_and_the_rest_go_through(synced_desk, case_server):
    desk, sync = synced_desk
    rows = give_visit(desk.store, [5, 5, 5, 5])
    clash = rows[1]
    (result,) = _post(
        case_server,
        [
            {
                "id": clash.id,
                "site": {"id": "VAS"},
                "given_at": "2026-11-24T09:30:01+00:00",
                "question": "answer",
                "score": 1,  # another body under the same ID
                "comment": "",
                "staff_id": None,
                "submission_id": None,
                "language": "sv",
            }
        ],
    )
    assert result["status"] == 201
    report = sync.run_once()
    assert report.ratings_delivered == 3 and report.ratings_needs_attention == 1
    assert report.ratings_waiting == 0
    parked = local_ratings(desk.store, [clash.id])[clash.id]
    assert parked.sync_state == "needs_attention"
    assert "different rating with this ID" in parked.sync_reason
    assert sync.run_once(ignore_backoff=True).ratings_delivered == 0  # not resent on its own


def test_an_invalid_rating_needs_a_person_with_the_field_named(synced_desk, case_server):
    desk, sync = synced_desk
    good = give_visit(desk.store, [4, 4])
    (bad,) = give_visit(desk.store, [3], questions=["mood"])  # not a question of the contract
    report = sync.run_once()
    assert report.ratings_delivered == 2 and report.ratings_needs_attention == 1
    parked = local_ratings(desk.store, [bad.id])[bad.id]
    assert parked.sync_state == "needs_attention" and "question" in parked.sync_reason
    assert sorted(server_ratings(case_server.store).ids()) == sorted(row.id for row in good)
    assert RatingOutbox(desk.store).counts() == {
        SyncState.PENDING: 0,
        SyncState.SENDING: 0,
        SyncState.SYNCED: 2,
        SyncState.NEEDS_ATTENTION: 1,
    }


def test_ratings_left_sending_by_a_crash_are_resent_under_the_same_ids(synced_desk, case_server):
    desk, sync = synced_desk
    rows = give_visit(desk.store, [2, 3, 4, 5])
    # The crash came after the server stored the first two but before the desk heard back.
    delivery = sync._sync_pass().ratings  # the delivery the pass itself uses
    claimed = delivery.outbox.claim_due(100, datetime.now(UTC))
    assert [rating.id for rating in claimed] == [row.id for row in rows]
    _post(case_server, [rating_to_json(rating) for rating in claimed[:2]])
    assert {row.sync_state for row in local_ratings(desk.store).values()} == {"sending"}
    sync.forget_client()  # the desk starts again: a new pass, as after a restart
    report = sync.run_once()
    assert report.ratings_delivered == 4 and report.ratings_needs_attention == 0
    assert_ratings_exactly_once(desk.store, case_server.store, [row.id for row in rows])


def test_the_summary_route_matches_the_ratings_the_desk_sent(synced_desk, case_server):
    desk, sync = synced_desk
    sent = []
    for number in range(7):
        scores = [(number * 3 + offset) % 5 + 1 for offset in range(4)]
        sent += give_visit(desk.store, scores)
    give_visit(desk.store, [1, 1, 1, 1], site_id="other-site")
    assert sync.run_once().ratings_delivered == 32
    answer = requests.get(
        case_server.url + "/ratings/summary",
        params={"from": "2026-11-24", "to": "2026-11-24", "site": "VAS"},
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=10,
    )
    assert answer.status_code == 200
    questions = answer.json()["questions"]
    for question in ("treatment", "answer", "wait", "overall"):
        scores = [row.score for row in sent if row.question == question]
        figures = questions[question]
        assert figures["count"] == len(scores) == 7
        assert figures["mean"] == round(sum(scores) / len(scores), 2)
        counted = Counter(scores)
        assert figures["distribution"] == {str(s): counted.get(s, 0) for s in range(1, 6)}


def test_a_refused_token_pauses_ratings_without_counting_an_attempt(tmp_path):
    server = _server_on(tmp_path, free_port())
    desk, sync = open_synced_desk(tmp_path / "desk", server.url)
    try:
        ids = give_visits(desk.store, 1)
        store_token(server.url, "not-the-token")
        sync.forget_client()
        report = sync.run_once()
        assert "must be renewed" in report.paused_reason and report.ratings_waiting == 4
        kept = local_ratings(desk.store, ids)
        assert {(row.sync_state, row.sync_attempts) for row in kept.values()} == {("pending", 0)}
        assert server_ratings(server.store).ids() == []
        store_token(server.url, TOKEN)
        sync.forget_client()
        assert sync.run_once().ratings_delivered == 4
        assert_ratings_exactly_once(desk.store, server.store, ids)
    finally:
        server.stop()
        sync.forget_client()
        desk.store.engine.dispose()
