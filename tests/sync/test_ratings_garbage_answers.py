"""A server that lists ``ratings`` but answers a batch with garbage costs no rating: nothing is
marked delivered that the server did not answer for item by item, and every rating stays on
the desk to be sent again (a real HTTP server on 127.0.0.1 that answers as told)."""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from case_server.runner import free_port
from desk_app.store.database import open_store
from desk_app.store.repository import SubmissionStore
from desk_app.sync.client import CaseApiClient, TransientError
from desk_app.sync.ratings import RatingDelivery
from desk_app.sync.report import SyncReport
from tests.sync.rating_rows import give_visit, local_ratings

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
Answer = Callable[[list[dict[str, Any]]], object]


def fewer_results(items: list[dict[str, Any]]) -> object:
    return {"results": [{"id": item["id"], "status": 201} for item in items[:-1]]}


def an_unknown_id(items: list[dict[str, Any]]) -> object:
    results = [{"id": item["id"], "status": 201} for item in items]
    results[1]["id"] = "00000000-0000-4000-8000-000000000000"
    return {"results": results}


def garbage_per_item(items: list[dict[str, Any]]) -> object:
    return {"results": [{"id": item["id"], "status": "fine", "body": []} for item in items]}


def no_results_at_all(items: list[dict[str, Any]]) -> object:
    return ["accepted"] * len(items)


def serve(answer: Answer) -> tuple[ThreadingHTTPServer, str]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            items = json.loads(self.rfile.read(length))["items"]
            body = json.dumps(answer(items)).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass  # the test's output stays the test's

    server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SubmissionStore]:
    opened = SubmissionStore(open_store(tmp_path / "desk.sqlite3", tmp_path / "backups"))
    yield opened
    opened.engine.dispose()


@pytest.mark.parametrize(
    "answer", [fewer_results, an_unknown_id, garbage_per_item, no_results_at_all]
)
def test_a_garbage_batch_answer_marks_nothing_delivered_and_keeps_every_rating(
    store: SubmissionStore, answer: Answer
) -> None:
    given = [row.id for row in give_visit(store, [5, 4, 3, 2], comment="Snällt bemötande")]
    server, url = serve(answer)
    client = CaseApiClient(url, "token")
    delivery = RatingDelivery(
        store, client, clock=lambda: NOW, delay=lambda attempt: timedelta(minutes=attempt)
    )
    report = SyncReport()
    try:
        # A whole batch that is no answer raises: tried again on a later pass.
        with contextlib.suppress(TransientError):
            delivery.run(frozenset({"ratings"}), report)
    finally:
        client.close()
        server.shutdown()
        server.server_close()
    kept = local_ratings(store)
    assert sorted(kept) == sorted(given)  # nothing invented, nothing lost
    assert {row.sync_state for row in kept.values()} == {"pending"}
    assert all(row.synced_at is None for row in kept.values())
    assert {row.sync_attempts for row in kept.values()} == {1}  # and each waits its turn
    assert report.ratings_delivered == 0 and report.ratings_needs_attention == 0
