"""The reference server itself: its OpenAPI document and its status command."""

from __future__ import annotations

import requests

from case_server.cli import main as server_main
from case_server.store import CaseStore
from tests.sync.conftest import TOKEN


def test_openapi_document_describes_the_contract(case_server):
    document = requests.get(case_server.url + "/openapi.json", timeout=5).json()
    for path in (
        "/health",
        "/categories",
        "/submissions",
        "/submissions:batch",
        "/submissions/status",
    ):
        assert path in document["paths"], path
    body = document["paths"]["/submissions"]["post"]["requestBody"]["content"]["application/json"]
    properties = body["schema"]["properties"]
    assert {"id", "kind", "category", "reporter", "consent"} <= set(properties)


def test_requests_without_the_token_are_refused(case_server):
    answer = requests.get(case_server.url + "/categories", timeout=5)
    assert answer.status_code == 401
    assert answer.json()["error"]["code"] == "unauthorized"
    health = requests.get(case_server.url + "/health", timeout=5)
    assert health.json() == {
        "status": "ok",
        "api_version": "1.1",
        "features": ["intake-1.1", "units", "ack-due", "ratings", "personal-data-1.1"],
    }


def test_a_repeated_key_with_another_body_is_a_conflict(case_server):
    from desk_app.domain.record import Site, Submission
    from desk_app.domain.wire import submission_to_json
    from tests.conftest import complete_draft

    body = submission_to_json(
        Submission.from_draft(complete_draft(), reference="VAS-1", site=Site("s", "S")),
        app_version="1",
        device_id="d",
    )
    headers = {"Authorization": f"Bearer {TOKEN}", "Idempotency-Key": body["id"]}
    url = case_server.url + "/submissions"
    first = requests.post(url, json=body, headers=headers, timeout=5)
    again = requests.post(url, json=body, headers=headers, timeout=5)
    changed = requests.post(url, json={**body, "description": "x"}, headers=headers, timeout=5)
    assert (first.status_code, again.status_code, changed.status_code) == (201, 200, 409)
    assert again.json() == first.json()
    assert changed.json()["error"]["code"] == "idempotency_conflict"


def test_set_status_command_moves_a_case(tmp_path, capsys):
    database = f"sqlite:///{tmp_path / 'cases.db'}"
    assert server_main(["--database", database, "set-status", "KS-2026-000001", "closed"]) == 1
    store = CaseStore(database)
    store.submit("id-1", {"id": "id-1"}, "site")
    assert (
        server_main(
            ["--database", database, "set-status", "KS-2026-000001", "closed", "--text-en", "Done"]
        )
        == 0
    )
    updates, _cursor = store.status_updates(0, None)
    assert updates[-1]["status"] == "closed" and updates[-1]["status_text"] == {"en": "Done"}
