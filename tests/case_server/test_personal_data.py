"""Feature personal-data-1.1 on the reference server: a desk corrects or erases the personal
data of a case it delivered, once per request, only for its own site.

The tests marked for both databases run on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import json
import logging
import uuid
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import select

from case_server.store import Case, PersonalDataRequest
from tests.case_server.conftest import RunningServer, record_body, start_server, stop_server
from tests.conftest import (
    RESIDENT_EMAIL,
    RESIDENT_NAME,
    RESIDENT_PHONE,
    SECRET_DESCRIPTION,
    personal_strings_in,
)

NEW_EMAIL = "corrected.address@example.se"


def server_in(folder: Path, **options: Any) -> RunningServer:
    folder.mkdir(parents=True, exist_ok=True)
    return start_server(folder, **options)


def deliver(server: RunningServer, **changes: Any) -> dict[str, Any]:
    body = record_body(**changes)
    headers = {**server.auth, "Idempotency-Key": str(body["id"])}
    answer = requests.post(server.url + "/submissions", json=body, headers=headers, timeout=10)
    assert answer.status_code == 201, answer.text
    return body


def correct(
    server: RunningServer, submission_id: str, fields: dict[str, str], key: str | None = None
) -> requests.Response:
    headers = {**server.auth, "Idempotency-Key": key or str(uuid.uuid4())}
    return requests.patch(
        f"{server.url}/submissions/{submission_id}/reporter",
        json=fields,
        headers=headers,
        timeout=10,
    )


def erase(server: RunningServer, submission_id: str, key: str | None = None) -> requests.Response:
    headers = {**server.auth, "Idempotency-Key": key or str(uuid.uuid4())}
    return requests.post(
        f"{server.url}/submissions/{submission_id}:erase-personal-data",
        json={"reason": "request"},
        headers=headers,
        timeout=10,
    )


def stored_body(server: RunningServer, submission_id: str) -> dict[str, Any]:
    with server.store.session() as session:
        case = session.get(Case, submission_id)
        assert case is not None
        return json.loads(case.body)  # type: ignore[no-any-return]


def test_health_lists_the_feature_and_a_server_without_it_has_no_such_routes(
    server: RunningServer, tmp_path: Path
) -> None:
    features = requests.get(server.url + "/health", timeout=10).json()["features"]
    assert "personal-data-1.1" in features
    plain = server_in(tmp_path / "plain", personal_data=False)
    try:
        assert (
            "personal-data-1.1"
            not in requests.get(plain.url + "/health", timeout=10).json()["features"]
        )
        body = deliver(plain)
        assert correct(plain, str(body["id"]), {"email": NEW_EMAIL}).status_code in (404, 405)
        assert erase(plain, str(body["id"])).status_code in (404, 405)
    finally:
        stop_server(plain)


def test_a_correction_replaces_only_the_fields_given_and_a_repeat_answers_the_same(
    db_server: RunningServer,
) -> None:
    body = deliver(db_server)
    key = str(uuid.uuid4())
    first = correct(db_server, str(body["id"]), {"email": NEW_EMAIL, "phone": ""}, key)
    again = correct(db_server, str(body["id"]), {"email": NEW_EMAIL, "phone": ""}, key)

    assert first.status_code == again.status_code == 200, first.text
    assert first.json() == again.json()
    assert first.json()["corrected"] == ["email", "phone"]
    reporter = stored_body(db_server, str(body["id"]))["reporter"]
    assert reporter["email"] == NEW_EMAIL and reporter["phone"] is None
    assert reporter["name"] == RESIDENT_NAME  # not given: kept
    with db_server.store.session() as session:
        assert len(list(session.scalars(select(PersonalDataRequest)))) == 1


def test_the_same_key_with_another_correction_is_a_conflict(db_server: RunningServer) -> None:
    body = deliver(db_server)
    key = str(uuid.uuid4())
    assert correct(db_server, str(body["id"]), {"email": NEW_EMAIL}, key).status_code == 200
    other = correct(db_server, str(body["id"]), {"email": "else@example.se"}, key)
    assert other.status_code == 409
    assert other.json()["error"]["code"] == "idempotency_conflict"
    assert stored_body(db_server, str(body["id"]))["reporter"]["email"] == NEW_EMAIL


def test_an_erasure_blanks_the_personal_data_keeps_the_case_and_answers_repeats_the_same(
    db_server: RunningServer,
) -> None:
    body = deliver(db_server, on_behalf_of={"relation": "relative", "note": "Zorbulina's son"})
    key = str(uuid.uuid4())
    first = erase(db_server, str(body["id"]), key)
    again = erase(db_server, str(body["id"]), key)
    later = erase(db_server, str(body["id"]))  # another request for the same case

    assert first.status_code == again.status_code == later.status_code == 200, first.text
    assert again.json() == first.json()
    assert later.json()["personal_data_erased_at"] == first.json()["personal_data_erased_at"]
    held = json.dumps(stored_body(db_server, str(body["id"])), ensure_ascii=False)
    for personal in (
        RESIDENT_NAME,
        RESIDENT_EMAIL,
        RESIDENT_PHONE,
        SECRET_DESCRIPTION,
        "Zorbulina",
    ):
        assert personal not in held
    stored = stored_body(db_server, str(body["id"]))
    assert (stored["reference"], stored["category"]) == (body["reference"], body["category"])
    # The desk's retry of the original submission after a lost reply is still a repeat.
    headers = {**db_server.auth, "Idempotency-Key": str(body["id"])}
    resent = requests.post(db_server.url + "/submissions", json=body, headers=headers, timeout=10)
    assert resent.status_code == 200
    assert db_server.store.count() == 1


def test_after_an_erasure_no_byte_of_the_personal_data_is_left_in_the_sqlite_files(
    tmp_path: Path,
) -> None:
    server = server_in(tmp_path / "server")
    try:
        body = deliver(server)
        assert correct(server, str(body["id"]), {"email": RESIDENT_EMAIL + ".old"}).ok
        assert erase(server, str(body["id"])).status_code == 200
        assert personal_strings_in(tmp_path / "server") == []
    finally:
        stop_server(server)


def test_an_erased_or_anonymous_case_cannot_be_corrected(db_server: RunningServer) -> None:
    erased = deliver(db_server)
    assert erase(db_server, str(erased["id"])).status_code == 200
    refused = correct(db_server, str(erased["id"]), {"email": NEW_EMAIL})
    assert refused.status_code == 409
    assert refused.json()["error"]["code"] == "personal_data_erased"

    anonymous = deliver(
        db_server, id=str(uuid.uuid4()), reporter={"anonymous": True}, wants_reply=False
    )
    refused = correct(db_server, str(anonymous["id"]), {"email": NEW_EMAIL})
    assert refused.status_code == 409
    assert refused.json()["error"]["code"] == "anonymous"


def test_a_correction_naming_nothing_or_an_unknown_field_is_refused_with_422(
    server: RunningServer,
) -> None:
    body = deliver(server)
    for fields in ({}, {"description": "changed"}, {"email": "x" * 400}):
        answer = correct(server, str(body["id"]), fields)  # type: ignore[arg-type]
        assert answer.status_code == 422, fields
        assert answer.json()["error"]["code"] == "validation_failed"


def test_a_case_of_another_site_or_none_at_all_is_not_found(tmp_path: Path) -> None:
    site_a = server_in(tmp_path / "a", site_id="site-a")
    try:
        body = deliver(site_a)
        with site_a.store.session() as session:
            case = session.get(Case, str(body["id"]))
            assert case is not None
            case.site_id = "site-b"  # delivered by a desk of another site
            session.commit()
        assert correct(site_a, str(body["id"]), {"email": NEW_EMAIL}).status_code == 404
        assert erase(site_a, str(body["id"])).status_code == 404
        assert erase(site_a, str(uuid.uuid4())).status_code == 404
        assert stored_body(site_a, str(body["id"]))["reporter"]["name"] == RESIDENT_NAME
    finally:
        stop_server(site_a)


def test_without_the_token_nothing_is_corrected_or_erased(server: RunningServer) -> None:
    body = deliver(server)
    headers = {"Idempotency-Key": str(uuid.uuid4())}
    url = f"{server.url}/submissions/{body['id']}"
    assert (
        requests.patch(
            url + "/reporter", json={"email": NEW_EMAIL}, headers=headers, timeout=10
        ).status_code
        == 401
    )
    assert (
        requests.post(url + ":erase-personal-data", headers=headers, timeout=10).status_code == 401
    )
    assert stored_body(server, str(body["id"]))["reporter"]["email"] == RESIDENT_EMAIL


def test_the_server_audit_line_names_the_case_and_fields_never_the_values(
    server: RunningServer, caplog: pytest.LogCaptureFixture
) -> None:
    body = deliver(server)
    with caplog.at_level(logging.INFO, logger="case_server.audit"):
        assert correct(server, str(body["id"]), {"email": NEW_EMAIL}).status_code == 200
        assert erase(server, str(body["id"])).status_code == 200
    lines = [r.getMessage() for r in caplog.records if r.name == "case_server.audit"]
    assert len(lines) == 2
    assert "correction of case KS-" in lines[0] and "fields email" in lines[0]
    assert "erasure of case KS-" in lines[1]
    for personal in (NEW_EMAIL, RESIDENT_NAME, RESIDENT_EMAIL, SECRET_DESCRIPTION):
        assert all(personal not in line for line in lines)
