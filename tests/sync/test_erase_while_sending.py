"""A record erased while the sync is sending it stays as the erasure left it.

A real reference server on 127.0.0.1 with a gate in front of it that holds the desk's
``POST /submissions`` until the test has erased the record (as the person dialog does while
the worker thread syncs); then the request goes on to the server's fault plan (a 500, a 503, a
lost reply, a timeout) or to the server itself. Whatever the answer, nothing blank is ever
sent afterwards, the record keeps the erasure's reason instead of a refusal, and when the
server may hold what was said, the erasure request reaches it — not before the record
itself, where it would find nothing to erase and be given up.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import select
from starlette.types import ASGIApp, Receive, Scope, Send

from case_server.app import Fault, create_app
from case_server.runner import ServerThread
from case_server.store import Case, CaseStore, PersonalDataRequest
from desk_app.app import Desk
from desk_app.domain.record import Submission, SyncState
from desk_app.services.privacy import (
    UNSENT_AFTER_ERASURE,
    CaseRequestState,
    CaseSystemCopy,
    ErasureOutcome,
)
from desk_app.services.sync import SyncService
from desk_app.store.case_requests import CaseRequestStore
from desk_app.sync.report import SyncReport
from tests.conftest import (
    RESIDENT_EMAIL,
    RESIDENT_NAME,
    ROOT,
    SECRET_DESCRIPTION,
    complete_draft,
    isolated_environ,
)
from tests.sync.conftest import TOKEN, CaseServer, open_synced_desk

WAIT_SECONDS = 30.0  # a ceiling for a loaded machine, never a measurement


@dataclass
class SubmissionGate:
    """What the gate saw, and the switch that lets the held request through."""

    submissions: list[str] = field(default_factory=list)  # paths of records sent, in order
    arrived: threading.Event = field(default_factory=threading.Event)
    opened: threading.Event = field(default_factory=threading.Event)
    held: bool = False


class HoldFirstSubmission:
    """ASGI middleware, outermost: counts every record sent (``/submissions`` and the batch)
    and holds the first ``POST /submissions`` until the test opens the gate."""

    def __init__(self, app: ASGIApp, gate: SubmissionGate) -> None:
        self.app = app
        self.gate = gate

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if (
            scope["type"] == "http"
            and scope["method"] == "POST"
            and path.startswith(("/submissions:batch",))
        ):
            self.gate.submissions.append(path)
        elif scope["type"] == "http" and scope["method"] == "POST" and path == "/submissions":
            self.gate.submissions.append(path)
            if not self.gate.held:
                self.gate.held = True
                self.gate.arrived.set()
                await asyncio.to_thread(self.gate.opened.wait, WAIT_SECONDS)
        await self.app(scope, receive, send)


@pytest.fixture
def gated_server(tmp_path: Path) -> Iterator[tuple[CaseServer, SubmissionGate]]:
    store = CaseStore(f"sqlite:///{tmp_path / 'cases.sqlite3'}")
    app = create_app(store, TOKEN)
    gate = SubmissionGate()
    app.add_middleware(HoldFirstSubmission, gate=gate)  # added last: it runs first
    thread = ServerThread(app, log_level="critical").start()
    server = CaseServer(store=store, thread=thread, token=TOKEN)
    yield server, gate
    gate.opened.set()  # never leave a request hanging in the server's thread
    server.stop()


@pytest.fixture
def desk_timeout() -> str:
    """The desk's read timeout: long enough for the erasure while the request is held."""
    return "20"


@pytest.fixture
def gated_desk(
    tmp_path: Path, gated_server: tuple[CaseServer, SubmissionGate], desk_timeout: str
) -> Iterator[tuple[Desk, SyncService]]:
    server, _gate = gated_server
    desk, sync = open_synced_desk(tmp_path / "desk", server.url, api_timeout_seconds=desk_timeout)
    yield desk, sync
    sync.forget_client()
    desk.store.engine.dispose()


def erase_while_sending(
    desk: Desk, sync: SyncService, gate: SubmissionGate, reference: str
) -> tuple[SyncReport, ErasureOutcome]:
    """Run one sync pass on a worker thread, as the window does, and erase ``reference`` at
    the resident's request while the pass's first record is at the server."""
    reports: list[SyncReport] = []
    failures: list[BaseException] = []

    def sync_pass() -> None:
        try:
            reports.append(sync.run_once())
        except BaseException as error:  # reported on the test's thread below
            failures.append(error)

    worker = threading.Thread(target=sync_pass, name="sync-pass")
    worker.start()
    try:
        assert gate.arrived.wait(WAIT_SECONDS), "the desk never sent the record"
        outcome = desk.privacy.erase(reference)
    finally:
        gate.opened.set()
        worker.join(WAIT_SECONDS)
    assert not failures, failures
    assert outcome is not None and reports
    return reports[0], outcome


def wait_until_held(server: CaseServer, submission: Submission) -> None:
    """The server keeps processing a request whose reply the desk gave up on: wait for it to
    store the case, as it would have long before the desk's next pass."""
    deadline = time.monotonic() + WAIT_SECONDS
    while str(submission.id) not in server.case_ids():
        assert time.monotonic() < deadline, "the server never stored the case"
        time.sleep(0.05)


def server_body(server: CaseServer, submission: Submission) -> str:
    with server.store.session() as session:
        case = session.get(Case, str(submission.id))
        assert case is not None
        return case.body


def server_erasures(server: CaseServer) -> list[str]:
    with server.store.session() as session:
        return list(
            session.scalars(
                select(PersonalDataRequest.request_id).where(PersonalDataRequest.kind == "erasure")
            )
        )


def assert_left_as_the_erasure_left_it(desk: Desk, submission: Submission) -> Submission:
    record = desk.service.find(submission.reference)
    assert record is not None and record.personal_data_erased
    assert record.sync_state is SyncState.NEEDS_ATTENTION
    assert record.sync_reason == UNSENT_AFTER_ERASURE  # not the case system's 422
    return record


@pytest.mark.parametrize(
    ("fault", "server_holds", "desk_timeout"),
    [
        (Fault("status", code=500), False, "20"),
        (Fault("status", code=503, retry_after="1"), False, "20"),
        (Fault("drop"), True, "20"),  # the server stored it; the reply was lost
        # Longer than the desk's 3-second timeout: the desk cannot know whether the server
        # stored it (this one finds the desk gone when it reads the body, and stores nothing).
        (Fault("slow", seconds=4.0), False, "3"),
    ],
    ids=["500", "503", "lost reply", "timeout"],
)
def test_a_record_erased_while_its_send_fails_is_never_sent_again_blank(
    gated_server: tuple[CaseServer, SubmissionGate],
    gated_desk: tuple[Desk, SyncService],
    fault: Fault,
    server_holds: bool,
) -> None:
    server, gate = gated_server
    desk, sync = gated_desk
    saved = desk.service.save(complete_draft())
    server.faults.add(fault)

    first, outcome = erase_while_sending(desk, sync, gate, saved.reference)

    assert first.delivered == 0 and first.retry_later == 0  # nothing waits to be resent
    assert_left_as_the_erasure_left_it(desk, saved)
    # Sent once, its answer not heard: the case system may hold it, so it is asked to erase.
    assert outcome.case_system is CaseSystemCopy.QUEUED
    if server_holds:
        wait_until_held(server, saved)
    second = sync.run_once(ignore_backoff=True)

    assert gate.submissions == ["/submissions"]  # the interrupted send alone, nothing blank
    assert second.needs_attention == 0
    assert_left_as_the_erasure_left_it(desk, saved)
    request = desk.privacy.case_request(outcome.request_id)
    assert request is not None
    if server_holds:
        assert request.state is CaseRequestState.SENT
        assert server_erasures(server) == [outcome.request_id]
        body = server_body(server, saved)
        for personal in (RESIDENT_NAME, RESIDENT_EMAIL, SECRET_DESCRIPTION):
            assert personal not in body
    else:
        assert request.state is CaseRequestState.NOT_NEEDED  # the server never had it
        assert server.case_ids() == []
    assert sync.run_once(ignore_backoff=True).requests_sent == 0  # settled, once
    assert gate.submissions == ["/submissions"]


def test_a_record_the_server_took_while_it_was_erased_is_erased_there_too(
    gated_server: tuple[CaseServer, SubmissionGate], gated_desk: tuple[Desk, SyncService]
) -> None:
    server, gate = gated_server
    desk, sync = gated_desk
    saved = desk.service.save(complete_draft())

    report, outcome = erase_while_sending(desk, sync, gate, saved.reference)

    assert report.delivered == 1 and report.requests_sent == 1
    record = desk.service.find(saved.reference)
    assert record is not None and record.personal_data_erased
    assert record.sync_state is SyncState.SYNCED and record.case_number  # the server's 201
    request = desk.privacy.case_request(outcome.request_id)
    assert request is not None and request.state is CaseRequestState.SENT
    assert server_erasures(server) == [outcome.request_id]
    body = json.loads(server_body(server, saved))
    assert body["description"] == "" and RESIDENT_NAME not in json.dumps(body)
    assert gate.submissions == ["/submissions"]


def test_a_record_erased_while_it_waits_its_turn_never_leaves_the_desk(
    gated_server: tuple[CaseServer, SubmissionGate], gated_desk: tuple[Desk, SyncService]
) -> None:
    server, gate = gated_server
    desk, sync = gated_desk
    first = desk.service.save(complete_draft())
    waiting = desk.service.save(complete_draft(location="Kyrkogatan 2"))
    # A server without the batch endpoint: the desk sends them one by one, oldest first.
    server.faults.add(Fault("status", path="/submissions:batch", code=404))

    report, outcome = erase_while_sending(desk, sync, gate, waiting.reference)

    assert report.delivered == 1
    assert server.case_ids() == [str(first.id)]  # what the erased record said never left
    assert gate.submissions == ["/submissions:batch", "/submissions"]
    assert_left_as_the_erasure_left_it(desk, waiting)
    request = desk.privacy.case_request(outcome.request_id)
    assert request is not None and request.state is CaseRequestState.NOT_NEEDED
    assert sync.run_once(ignore_backoff=True).delivered == 0
    assert gate.submissions == ["/submissions:batch", "/submissions"]


@pytest.mark.parametrize("fault", [None, Fault("drop")], ids=["answered", "lost reply"])
def test_an_erasure_request_waits_while_its_record_is_still_on_its_way(
    gated_server: tuple[CaseServer, SubmissionGate],
    gated_desk: tuple[Desk, SyncService],
    fault: Fault | None,
) -> None:
    server, gate = gated_server
    desk, sync = gated_desk
    saved = desk.service.save(complete_draft())
    reports: list[SyncReport] = []
    worker = threading.Thread(target=lambda: reports.append(sync.run_once()))
    worker.start()
    try:
        assert gate.arrived.wait(WAIT_SECONDS), "the desk never sent the record"
        outcome = desk.privacy.erase(saved.reference)
        assert outcome is not None
        # The command line's try right after the change, while the record is at the server
        # and not yet stored: sent now, the request would find nothing and be given up.
        early = sync.send_case_requests()
        reached_early = server_erasures(server)
        if fault is not None:  # for the held record alone: it takes the fault as it goes on
            server.faults.add(fault)
    finally:
        gate.opened.set()
        worker.join(WAIT_SECONDS)

    assert early.requests_sent == 0 and reached_early == []
    if fault is not None:
        wait_until_held(server, saved)
        sync.run_once(ignore_backoff=True)
    request = desk.privacy.case_request(outcome.request_id)
    assert request is not None and request.state is CaseRequestState.SENT
    assert server_erasures(server) == [outcome.request_id]
    body = server_body(server, saved)
    for personal in (RESIDENT_NAME, RESIDENT_EMAIL, SECRET_DESCRIPTION):
        assert personal not in body
    assert gate.submissions == ["/submissions"]


def test_a_record_erased_from_the_command_line_while_the_window_sends_it_is_erased_everywhere(
    tmp_path: Path,
    gated_server: tuple[CaseServer, SubmissionGate],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import keyring

    from tests.file_keyring import BACKEND, FILE_VARIABLE, FileKeyring

    # One keyring for this process and the command: the database key is in it.
    monkeypatch.setenv(FILE_VARIABLE, str(tmp_path / "keyring.json"))
    keyring.set_keyring(FileKeyring())
    server, gate = gated_server
    settings = {"api_url": server.url, "api_timeout_seconds": "20"}
    desk, sync = open_synced_desk(tmp_path / "desk", **settings)
    try:
        saved = desk.service.save(complete_draft())
        reports: list[SyncReport] = []
        worker = threading.Thread(target=lambda: reports.append(sync.run_once()))
        worker.start()
        try:
            assert gate.arrived.wait(WAIT_SECONDS), "the desk never sent the record"
            erase = subprocess.run(
                [sys.executable, "-m", "desk_app", "person", "erase", saved.reference, "--yes"],
                env={
                    **isolated_environ(tmp_path / "desk", **settings),
                    "PYTHONPATH": str(ROOT),
                    "PYTHONIOENCODING": "utf-8",
                    "PATH": "/usr/bin:/bin",
                    "PYTHON_KEYRING_BACKEND": BACKEND,
                    FILE_VARIABLE: str(tmp_path / "keyring.json"),
                },
                cwd=tmp_path,
                capture_output=True,
                text=True,
                encoding="utf-8",
                timeout=300,
            )
            # For the held record alone: the server stores it; the reply is lost.
            server.faults.add(Fault("drop"))
        finally:
            gate.opened.set()
            worker.join(WAIT_SECONDS)
        assert erase.returncode == 0, erase.stderr
        assert f"Personal data of {saved.reference} erased." in erase.stdout
        assert reports and reports[0].retry_later == 0
        assert_left_as_the_erasure_left_it(desk, saved)
        wait_until_held(server, saved)

        second = sync.run_once(ignore_backoff=True)

        assert gate.submissions == ["/submissions"]  # nothing blank after the lost reply
        assert second.requests_sent == 1
        assert_left_as_the_erasure_left_it(desk, saved)
        [request] = CaseRequestStore(desk.store).for_reference(saved.reference)
        assert request.state is CaseRequestState.SENT
        assert server_erasures(server) == [request.id]
        assert RESIDENT_NAME not in server_body(server, saved)
    finally:
        sync.forget_client()
        desk.store.engine.dispose()
