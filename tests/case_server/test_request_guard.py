"""The token and the body size are checked before the server reads a body it would refuse."""

from __future__ import annotations

import json

import pytest
import requests

from case_server.guard import MAX_BATCH_BYTES, MAX_SUBMISSION_BYTES
from case_server.models import MAX_DESCRIPTION
from tests.case_server.conftest import (
    TOKEN,
    RunningServer,
    raw_request,
    record_body,
    start_server,
)

GIB = 1024**3
PIECE = b"x" * 65536


@pytest.mark.parametrize("path", ["/submissions", "/submissions:batch"])
def test_an_unauthenticated_huge_upload_gets_401_and_a_hang_up_before_its_body_arrives(
    server: RunningServer, path: str
) -> None:
    headers = {"Content-Type": "application/json", "Content-Length": str(GIB)}
    headers["Idempotency-Key"] = "0b6f3c1e-0000-4000-8000-000000000000"
    # One piece of a gibibyte: a server that reads the body before checking the token waits
    # for the rest forever; one that checks first answers at once and closes.
    answer = raw_request(server, "POST", path, headers, [PIECE], check_closed=True)
    assert answer.status == 401
    assert answer.json()["error"]["code"] == "unauthorized"
    assert answer.closed, "the server kept the connection open to read the rest of the body"


@pytest.mark.parametrize(
    "authorization",
    [
        f"Bearer {TOKEN[:-1]}X",  # same length, last character wrong
        f"Bearer {TOKEN}X",
        f"Bearer {TOKEN[:-1]}",
        f"Basic {TOKEN}",
        TOKEN,
        "Bearer ",
    ],
)
def test_anything_but_the_exact_bearer_token_is_refused(
    server: RunningServer, authorization: str
) -> None:
    answer = requests.get(
        server.url + "/categories", headers={"Authorization": authorization}, timeout=10
    )
    assert answer.status_code == 401
    assert answer.json()["error"]["code"] == "unauthorized"


def test_the_exact_token_opens_every_route_and_health_needs_none(server: RunningServer) -> None:
    assert requests.get(server.url + "/categories", headers=server.auth, timeout=10).ok
    assert requests.get(server.url + "/submissions/status", headers=server.auth, timeout=10).ok
    assert requests.get(server.url + "/health", timeout=10).ok
    assert requests.get(server.url + "/openapi.json", timeout=10).ok


def test_a_declared_body_above_the_limit_gets_413_before_any_of_it_is_sent(
    server: RunningServer,
) -> None:
    headers = {**server.auth, "Content-Type": "application/json"}
    headers["Content-Length"] = str(MAX_SUBMISSION_BYTES + 1)
    headers["Idempotency-Key"] = "0b6f3c1e-0000-4000-8000-000000000000"
    answer = raw_request(server, "POST", "/submissions", headers, check_closed=True)
    assert answer.status == 413
    assert answer.json()["error"]["code"] == "payload_too_large"
    assert answer.closed


def test_a_chunked_body_is_cut_off_with_413_as_soon_as_it_passes_the_limit(
    server: RunningServer,
) -> None:
    headers = {**server.auth, "Content-Type": "application/json"}
    headers["Transfer-Encoding"] = "chunked"
    headers["Idempotency-Key"] = "0b6f3c1e-0000-4000-8000-000000000000"
    chunk = f"{len(PIECE):x}\r\n".encode() + PIECE + b"\r\n"
    # Just past the limit, and no final chunk: only a server that counts answers at all.
    pieces = MAX_SUBMISSION_BYTES // len(PIECE) + 1
    answer = raw_request(server, "POST", "/submissions", headers, [chunk] * pieces)
    assert answer.status == 413
    assert answer.json()["error"]["code"] == "payload_too_large"


def test_a_chunked_body_under_the_limit_is_judged_as_usual(server: RunningServer) -> None:
    body = record_body()
    payload = json.dumps(body).encode()
    headers = {**server.auth, "Content-Type": "application/json", "Idempotency-Key": body["id"]}
    answer = requests.post(
        server.url + "/submissions",
        data=(payload[start : start + 1000] for start in range(0, len(payload), 1000)),
        headers=headers,
        timeout=10,
    )
    assert answer.status_code == 201, answer.text
    assert answer.json()["case_number"].startswith("KS-")


def largest_valid_body() -> dict[str, object]:
    """A valid record with every free-text field at its cap, in characters JSON escapes most."""
    from case_server.models import Submission

    body = record_body()
    wide = "😀"  # outside the BMP: "\\ud83d\\ude00", 12 bytes in ASCII-only JSON

    def fill(section: dict[str, object], model: type, skip: tuple[str, ...] = ()) -> None:
        for name, field in model.model_fields.items():
            caps = [m.max_length for m in field.metadata if hasattr(m, "max_length")]
            if caps and name not in skip:
                section[name] = wide * caps[0]

    from case_server import models

    fill(body, Submission, skip=("category", "language"))
    fill(body["site"], models.Party)
    fill(body["received_by"], models.Staff)
    fill(body["reporter"], models.Reporter)
    fill(body["client"], models.Client)
    body["on_behalf_of"] = {"relation": "relative", "note": ""}
    fill(body["on_behalf_of"], models.OnBehalfOf)
    return body


def test_the_largest_valid_record_fits_and_so_does_a_full_batch_of_them(
    server: RunningServer,
) -> None:
    body = largest_valid_body()
    assert len(body["description"]) == MAX_DESCRIPTION
    headers = {**server.auth, "Idempotency-Key": body["id"]}
    answer = requests.post(server.url + "/submissions", json=body, headers=headers, timeout=30)
    assert answer.status_code == 201, answer.text[:500]
    # requests writes ASCII-only JSON, the largest form a client can send.
    assert len(json.dumps({"items": [body] * 100}).encode()) < MAX_BATCH_BYTES


def test_a_batch_may_be_larger_than_one_submission_may(server: RunningServer) -> None:
    import uuid

    persian = "بازخورد شهروندان " * (MAX_DESCRIPTION // 17)
    items = [record_body(id=str(uuid.uuid4()), description=persian) for _ in range(100)]
    assert len(json.dumps({"items": items}).encode()) > MAX_SUBMISSION_BYTES
    answer = requests.post(
        server.url + "/submissions:batch", json={"items": items}, headers=server.auth, timeout=60
    )
    assert answer.status_code == 200, answer.text[:500]
    assert [result["status"] for result in answer.json()["results"]] == [201] * 100
    assert server.store.count() == 100


def test_the_limits_are_configurable(tmp_path) -> None:
    small = start_server(tmp_path, max_submission_bytes=100, max_batch_bytes=200)
    try:
        body = record_body()
        headers = {**small.auth, "Idempotency-Key": body["id"]}
        single = requests.post(small.url + "/submissions", json=body, headers=headers, timeout=10)
        batch = requests.post(
            small.url + "/submissions:batch",
            json={"items": [body, body]},
            headers=small.auth,
            timeout=10,
        )
        assert (single.status_code, batch.status_code) == (413, 413)
        assert single.json()["error"]["code"] == "payload_too_large"
        assert small.store.count() == 0
    finally:
        small.thread.stop()


@pytest.mark.parametrize(
    ("field", "change"),
    [
        ("reporter.name", lambda body: body["reporter"].update(name="n" * 100_000)),
        ("reporter.email", lambda body: body["reporter"].update(email="e" * 100_000)),
        ("location", lambda body: body.update(location="l" * 100_000)),
        (
            "received_by.display_name",
            lambda body: body["received_by"].update(display_name="d" * 100_000),
        ),
        ("site.id", lambda body: body["site"].update(id="s" * 101)),
        (
            "on_behalf_of.note",
            lambda body: body.update(on_behalf_of={"relation": "relative", "note": "n" * 100_000}),
        ),
        ("description", lambda body: body.update(description="d" * (MAX_DESCRIPTION + 1))),
    ],
)
def test_an_overlong_free_text_field_is_refused_naming_the_field(
    server: RunningServer, field: str, change
) -> None:
    body = record_body()
    change(body)
    headers = {**server.auth, "Idempotency-Key": body["id"]}
    answer = requests.post(server.url + "/submissions", json=body, headers=headers, timeout=10)
    assert answer.status_code == 422
    assert field in answer.json()["error"]["fields"]
    assert server.store.count() == 0
