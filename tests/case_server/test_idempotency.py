"""A repeated key is judged on the record alone: `client` (app version, device) is left out.

Every test here runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import hashlib
import json

import pytest
import requests
from sqlalchemy import update

from case_server.store import Case, body_hash
from tests.case_server.conftest import RunningServer, record_body


@pytest.fixture
def server(db_server: RunningServer) -> RunningServer:
    """This module's server: on each database in turn."""
    return db_server


def post(server: RunningServer, body: dict[str, object]) -> requests.Response:
    headers = {**server.auth, "Idempotency-Key": str(body["id"])}
    return requests.post(server.url + "/submissions", json=body, headers=headers, timeout=10)


def test_the_same_record_from_an_upgraded_desk_is_a_repeat_not_a_conflict(
    server: RunningServer,
) -> None:
    body = record_body()
    first = post(server, body)
    upgraded = post(server, {**body, "client": {"app_version": "1.1.0", "device_id": "desk-1"}})
    moved = post(server, {**body, "client": {"app_version": "1.1.0", "device_id": "desk-2"}})
    assert (first.status_code, upgraded.status_code, moved.status_code) == (201, 200, 200)
    assert upgraded.json() == first.json() == moved.json()
    assert server.store.count() == 1


def test_any_other_difference_is_still_a_conflict(server: RunningServer) -> None:
    body = record_body()
    assert post(server, body).status_code == 201
    for changed in (
        {"description": body["description"] + "."},
        {"category": "streets.lighting"},
        {"reporter": {"anonymous": True}},
        {"client": {"app_version": "1.1.0", "device_id": "desk-1"}, "language": "en"},
    ):
        answer = post(server, {**body, **changed})
        assert answer.status_code == 409, changed
        assert answer.json()["error"]["code"] == "idempotency_conflict"


def test_the_same_record_repeated_in_one_batch_with_a_new_client_is_a_repeat(
    server: RunningServer,
) -> None:
    body = record_body()
    upgraded = {**body, "client": {"app_version": "2.0.0", "device_id": "desk-1"}}
    answer = requests.post(
        server.url + "/submissions:batch",
        json={"items": [body, upgraded]},
        headers=server.auth,
        timeout=10,
    )
    assert [result["status"] for result in answer.json()["results"]] == [201, 200]


def test_a_case_stored_with_the_old_fingerprint_still_answers_its_repeat(
    server: RunningServer,
) -> None:
    body = record_body()
    assert post(server, body).status_code == 201
    # Cases stored before `client` was left out carry a digest of the whole body.
    whole = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    with server.store.session() as session:
        session.execute(
            update(Case)
            .where(Case.id == body["id"])
            .values(body_hash=hashlib.sha256(whole.encode()).hexdigest())
        )
        session.commit()
    assert body_hash(body) != hashlib.sha256(whole.encode()).hexdigest()
    upgraded = {**body, "client": {"app_version": "1.1.0", "device_id": "desk-1"}}
    assert post(server, body).status_code == 200
    assert post(server, upgraded).status_code == 200
    assert post(server, {**body, "description": "other"}).status_code == 409
