"""A reference server on 127.0.0.1 (a fresh port each time), and raw HTTP to poke at its edges.

`server` keeps its cases in SQLite; `db_server` is the same server once on SQLite and once on
PostgreSQL, for the tests where the database matters (idempotency, batches, statuses).

`requests` always sends a whole, honest request; the hardening tests need to send half of one
(a huge declared body that never comes, a chunked body that goes on and on), so they speak HTTP
over a plain socket.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from case_server.app import create_app
from case_server.runner import ServerThread
from case_server.store import CaseStore
from desk_app.domain.record import Site, Submission
from desk_app.domain.wire import submission_to_json
from tests.conftest import complete_draft

TOKEN = "case-server-token-for-tests"
# Long enough for any answer on a busy 2-core machine; only a server that never answers waits it.
SOCKET_TIMEOUT = 20.0


@dataclass
class RunningServer:
    """The server thread and its store."""

    thread: ServerThread
    store: CaseStore

    @property
    def url(self) -> str:
        return self.thread.url

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {TOKEN}"}


def start_server(folder: Path, database_url: str | None = None, **options: Any) -> RunningServer:
    """A server over ``database_url`` (default: a fresh SQLite file in ``folder``).

    ``options`` go to ``create_app``.
    """
    store = CaseStore(database_url or f"sqlite:///{folder / 'cases.sqlite3'}")
    thread = ServerThread(create_app(store, TOKEN, **options), log_level="critical").start()
    return RunningServer(thread, store)


def stop_server(running: RunningServer) -> None:
    running.thread.stop()
    running.store.engine.dispose()  # PostgreSQL: give the session's cluster its connections back


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    running = start_server(tmp_path)
    yield running
    stop_server(running)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database: a SQLite file, then a PostgreSQL database (see ``postgres_url``)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'cases.sqlite3'}"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def db_server(tmp_path: Path, database_url: str) -> Iterator[RunningServer]:
    """The server on each database in turn (the test runs once per database)."""
    running = start_server(tmp_path, database_url)
    yield running
    stop_server(running)


def record_body(**changes: Any) -> dict[str, Any]:
    """A valid submission body, made by the desk's own wire code; ``changes`` replace fields."""
    submission = Submission.from_draft(complete_draft(), reference="VAS-1", site=Site("s", "S"))
    body = submission_to_json(submission, app_version="1.0.0", device_id="desk-1")
    body.update(changes)
    return body


@dataclass
class RawAnswer:
    """What came back over the socket, and whether the server hung up after it."""

    status: int
    headers: dict[str, str]
    body: bytes
    closed: bool | None  # None: not checked

    def json(self) -> Any:
        return json.loads(self.body)


def raw_request(
    server: RunningServer,
    method: str,
    path: str,
    headers: dict[str, str],
    parts: Iterable[bytes] = (),
    *,
    check_closed: bool = False,
) -> RawAnswer:
    """Send the head and ``parts`` (stopping quietly if the server hangs up), read the answer.

    With ``check_closed``, also wait (up to the socket timeout) to see the server hang up.
    """
    host, port = server.thread.host, server.thread.port
    with socket.create_connection((host, port), timeout=SOCKET_TIMEOUT) as connection:
        head = f"{method} {path} HTTP/1.1\r\nHost: {host}:{port}\r\n"
        head += "".join(f"{name}: {value}\r\n" for name, value in headers.items())
        connection.sendall(head.encode("latin-1") + b"\r\n")
        try:
            for part in parts:
                connection.sendall(part)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server answered early and closed; the answer is still there to read
        return _read_answer(connection, check_closed)


def _read_answer(connection: socket.socket, check_closed: bool) -> RawAnswer:
    received = b""
    while b"\r\n\r\n" not in received:
        chunk = connection.recv(65536)
        if not chunk:
            raise AssertionError(f"the server hung up without an answer: {received!r}")
        received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = connection.recv(65536)
        if not chunk:
            break
        body += chunk
    closed: bool | None = None
    if check_closed:
        try:
            closed = connection.recv(1) == b""
        except ConnectionResetError:
            closed = True
        except TimeoutError:
            closed = False  # still open: the server waits for the rest of the request
    return RawAnswer(int(status_line.split()[1]), headers, body, closed)
