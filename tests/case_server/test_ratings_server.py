"""The reference server's ratings (feature ``ratings``) on SQLite and PostgreSQL: stored once per
ID, checked field by field, and summed up per question for the people in charge."""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import requests

from case_server.app import Fault
from case_server.ratings import RatingStore
from tests.case_server.conftest import RunningServer, start_server, stop_server


def rating(**changes: Any) -> dict[str, Any]:
    """A valid ratings:batch item; ``changes`` replace fields."""
    item: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "site": {"id": "vas-stadshuset"},
        "given_at": "2026-11-24T10:02:11+01:00",
        "question": "treatment",
        "score": 4,
        "comment": "",
        "staff_id": None,
        "submission_id": None,
        "language": "sv",
    }
    item.update(changes)
    return item


def post(server: RunningServer, items: list[dict[str, Any]], **headers: str) -> requests.Response:
    return requests.post(
        server.url + "/ratings:batch",
        json={"items": items},
        headers={**server.auth, **headers},
        timeout=20,
    )


def results(server: RunningServer, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    answer = post(server, items)
    assert answer.status_code == 200, answer.text
    found: list[dict[str, Any]] = answer.json()["results"]
    assert [result["id"] for result in found] == [str(item["id"]) for item in items]
    return found


def held(server: RunningServer) -> list[str]:
    return RatingStore(server.store).ids()


def summary(server: RunningServer, **params: str) -> requests.Response:
    return requests.get(
        server.url + "/ratings/summary", params=params, headers=server.auth, timeout=20
    )


def test_a_repeated_rating_is_answered_as_the_first_time_and_stored_once(db_server):
    items = [rating(score=score, question=q) for score, q in ((5, "treatment"), (2, "wait"))]
    first = results(db_server, items)
    assert [result["status"] for result in first] == [201, 201]
    assert first[0]["body"]["status"] == "received"
    again = results(db_server, items)  # the retry after a lost reply
    assert [result["status"] for result in again] == [200, 200]
    assert [result["body"] for result in again] == [result["body"] for result in first]
    assert sorted(held(db_server)) == sorted(item["id"] for item in items)


def test_the_same_id_with_another_body_is_a_conflict_and_keeps_the_first(db_server):
    item = rating(score=5)
    assert results(db_server, [item])[0]["status"] == 201
    (changed,) = results(db_server, [{**item, "score": 1}])
    assert changed["status"] == 409
    assert changed["body"]["error"]["code"] == "idempotency_conflict"
    stored = RatingStore(db_server.store).bodies()
    assert stored == {item["id"]: item}


def test_a_rating_repeated_within_one_batch_is_stored_once(db_server):
    item = rating()
    statuses = [
        result["status"] for result in results(db_server, [item, item, {**item, "score": 1}])
    ]
    assert statuses == [201, 200, 409]
    assert held(db_server) == [item["id"]]


def test_desks_racing_with_the_same_batch_store_each_rating_once(db_server):
    items = [rating(score=score % 5 + 1) for score in range(20)]
    answers: list[list[int]] = []
    barrier = threading.Barrier(4)

    def send() -> None:
        barrier.wait()
        answers.append([result["status"] for result in results(db_server, items)])

    threads = [threading.Thread(target=send) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(answers) == 4
    # Each rating was new to exactly one of the four; the others were told it is a repeat.
    for index in range(len(items)):
        assert sorted(answer[index] for answer in answers) == [200, 200, 200, 201]
    assert sorted(held(db_server)) == sorted(item["id"] for item in items)


def test_each_invalid_rating_is_refused_with_its_field_and_the_rest_are_stored(server):
    good = rating()
    refused = {
        "score": rating(score=6),
        "question": rating(question="mood"),
        "given_at": rating(given_at="2026-11-24T10:02:11"),  # no offset: which moment?
        "name": rating(name="Anna Andersson"),  # anonymous: no field for a name
        "id": rating(id="not-a-uuid"),
        "comment": rating(comment="x" * 10_001),
    }
    answer = results(server, [good, *refused.values(), rating(score="4")])
    assert answer[0]["status"] == 201
    for (field, _item), result in zip(refused.items(), answer[1:-1], strict=True):
        assert result["status"] == 422, field
        assert result["body"]["error"]["code"] == "validation_failed"
        assert field in result["body"]["error"]["fields"], result["body"]
    assert answer[-1]["status"] == 422  # a score is a number, not text
    assert held(server) == [good["id"]]


def test_ratings_need_the_token(server):
    assert post(server, [rating()], Authorization="Bearer wrong").status_code == 401
    answer = requests.get(
        server.url + "/ratings/summary", params={"from": "2026-11-01", "to": "2026-11-30"}
    )
    assert answer.status_code == 401
    assert held(server) == []


def test_a_batch_may_hold_at_most_a_hundred_ratings(server):
    assert post(server, [rating() for _ in range(101)]).status_code == 422
    assert held(server) == []


def test_health_lists_ratings_and_a_server_without_them_has_no_route(tmp_path: Path):
    for name in "abc":
        (tmp_path / name).mkdir()
    with_ratings = start_server(tmp_path / "a")
    without = start_server(tmp_path / "b", ratings=False)
    old = start_server(tmp_path / "c", api_version="1.0")
    try:
        features = requests.get(with_ratings.url + "/health", timeout=20).json()["features"]
        assert "ratings" in features
        assert "ratings" not in requests.get(without.url + "/health", timeout=20).json()["features"]
        assert "features" not in requests.get(old.url + "/health", timeout=20).json()
        for server in (without, old):
            assert post(server, [rating()]).status_code == 404
            assert summary(server, **{"from": "2026-11-01", "to": "2026-11-30"}).status_code == 404
    finally:
        for server in (with_ratings, without, old):
            stop_server(server)


def test_the_summary_counts_each_question_of_the_period_in_local_days(db_server):
    sent = [
        rating(question=question, score=score, given_at=f"2026-11-{day:02d}T12:00:00+01:00")
        for day in (1, 15, 30)
        for question, score in (("treatment", day % 5 + 1), ("wait", 2), ("wait", 5))
    ]
    # Stockholm's 1 December starts at 23:00 UTC on 30 November: not November's.
    december = rating(question="wait", score=1, given_at="2026-11-30T23:30:00+00:00")
    # Stockholm's 1 November starts at 23:00 UTC on 31 October: November's.
    early = rating(question="overall", score=3, given_at="2026-10-31T23:30:00+00:00")
    other_site = rating(site={"id": "bibliotek"}, given_at="2026-11-15T12:00:00+01:00")
    results(db_server, [*sent, december, early, other_site])
    answer = summary(
        db_server, **{"from": "2026-11-01", "to": "2026-11-30", "site": "vas-stadshuset"}
    )
    assert answer.status_code == 200
    body = answer.json()
    assert (body["from"], body["to"], body["site"]) == (
        "2026-11-01",
        "2026-11-30",
        "vas-stadshuset",
    )
    figures = body["questions"]
    for question in ("treatment", "wait"):
        scores = [item["score"] for item in sent if item["question"] == question]
        counted = Counter(scores)
        assert figures[question] == {
            "count": len(scores),
            "mean": round(sum(scores) / len(scores), 2),
            "distribution": {str(score): counted.get(score, 0) for score in range(1, 6)},
        }
    assert figures["overall"]["count"] == 1 and figures["overall"]["mean"] == 3.0
    assert figures["answer"] == {
        "count": 0,
        "mean": None,
        "distribution": {str(score): 0 for score in range(1, 6)},
    }
    every_site = summary(db_server, **{"from": "2026-11-01", "to": "2026-11-30"}).json()
    assert every_site["questions"]["treatment"]["count"] == 4  # the library's answer too
    december_only = summary(db_server, **{"from": "2026-12-01", "to": "2026-12-31"}).json()
    assert december_only["questions"]["wait"] == {
        "count": 1,
        "mean": 1.0,
        "distribution": {"1": 1, "2": 0, "3": 0, "4": 0, "5": 0},
    }


def test_the_summary_refuses_a_period_that_is_not_one(server):
    for params, field in (
        ({"from": "2026-11-31", "to": "2026-12-01"}, "from"),
        ({"from": "2026-11-01", "to": "yesterday"}, "to"),
        ({"from": "2026-12-01", "to": "2026-11-01"}, "to"),
    ):
        answer = summary(server, **params)
        assert answer.status_code == 422
        assert field in answer.json()["error"]["fields"]


def test_a_server_for_one_site_reports_that_site_alone(tmp_path: Path):
    running = start_server(tmp_path, site_id="vas-stadshuset")
    try:
        results(running, [rating(score=5), rating(score=1, site={"id": "elsewhere"})])
        period = {"from": "2026-11-01", "to": "2026-11-30"}
        # Stored under the server's own site, whatever the desk said: both count here.
        assert summary(running, **period).json()["questions"]["treatment"]["count"] == 2
        assert summary(running, **period, site="elsewhere").status_code == 403
    finally:
        stop_server(running)


def test_injected_faults_work_on_the_ratings_route(server):
    faults = server.thread.server.config.app.state.faults
    faults.add(Fault("status", path="/ratings:batch", code=503, retry_after="7"))
    answer = post(server, [rating()])
    assert answer.status_code == 503 and answer.headers["Retry-After"] == "7"
    items = [rating() for _ in range(5)]
    faults.add(Fault("drop_after_items", path="/ratings:batch", items=2))
    try:
        post(server, items)
    except requests.exceptions.RequestException:
        pass
    else:
        raise AssertionError("the connection should have been cut")
    assert sorted(held(server)) == sorted(item["id"] for item in items[:2])
