"""`GET /submissions/status` answers a cursor it never gave out with 400, never with a crash."""

from __future__ import annotations

import pytest
import requests

from tests.case_server.conftest import RunningServer, record_body


@pytest.mark.parametrize(
    "since",
    [
        "12345678901234567890123",  # 23 digits: more than SQLite's 64-bit integers hold
        "9223372036854775808",  # one past the largest 64-bit integer
        "garbage",
        "-1",
        "1.5",
        " 7",
        "١٢",  # Arabic-Indic digits, which int() would take
    ],
)
def test_a_malformed_cursor_gets_400_in_the_contracts_error_shape(
    server: RunningServer, since: str
) -> None:
    answer = requests.get(
        server.url + "/submissions/status",
        params={"since": since},
        headers=server.auth,
        timeout=10,
    )
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert error["code"] == "bad_request" and error["message"]
    assert "since" in error["fields"]


def test_cursors_the_server_gave_out_still_work(db_server: RunningServer) -> None:
    server = db_server  # on SQLite, then on PostgreSQL
    body = record_body()
    headers = {**server.auth, "Idempotency-Key": body["id"]}
    requests.post(server.url + "/submissions", json=body, headers=headers, timeout=10)
    url = server.url + "/submissions/status"
    first = requests.get(url, headers=server.auth, timeout=10).json()
    assert [update["id"] for update in first["updates"]] == [body["id"]]
    later = requests.get(url, params={"since": first["cursor"]}, headers=server.auth, timeout=10)
    assert later.json() == {"cursor": first["cursor"], "updates": []}
    largest = requests.get(url, params={"since": str(2**63 - 1)}, headers=server.auth, timeout=10)
    assert largest.status_code == 200 and largest.json()["updates"] == []
