"""Corrections and erasures of delivered records reach the case system, exactly once.

A real reference server on 127.0.0.1 and a real desk: the worker's change is queued with the
local change, sent in the sync pass, retried through lost replies, errors and timeouts with
the same key, and given up (with the worker told to ask the case system) where the server does
not take such requests.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from case_server.app import Fault
from case_server.store import Case, PersonalDataRequest
from desk_app.app import Desk
from desk_app.services.privacy import CaseRequestState, CaseSystemCopy
from desk_app.services.sync import SyncService
from tests.conftest import (
    RESIDENT_EMAIL,
    RESIDENT_NAME,
    RESIDENT_PHONE,
    SECRET_DESCRIPTION,
    complete_draft,
    isolated_environ,
    personal_strings_in,
)
from tests.sync.conftest import (
    TOKEN,
    CaseServer,
    delivered,
    open_synced_desk,
    raw_fields,
    server_body,
    server_requests,
    start_case_server,
)

NEW_EMAIL = "zorbulina.corrected@example.se"
ROOT = Path(__file__).resolve().parents[2]


def test_a_correction_of_a_delivered_record_reaches_the_case_system_then_leaves_the_outbox(
    synced_desk: tuple[Desk, SyncService], case_server: CaseServer
) -> None:
    desk, sync = synced_desk
    record = delivered(desk, sync)

    outcome = desk.privacy.correct_contact(record.reference, {"email": NEW_EMAIL})
    assert outcome is not None and outcome.case_system is CaseSystemCopy.QUEUED
    assert NEW_EMAIL in raw_fields(desk, outcome.request_id)  # needed until delivered
    report = sync.run_once()

    assert report.requests_sent == 1
    reporter = server_body(case_server, record)["reporter"]
    assert isinstance(reporter, dict)
    assert reporter["email"] == NEW_EMAIL and reporter["name"] == RESIDENT_NAME
    request = desk.privacy.case_request(outcome.request_id)
    assert request is not None and request.state is CaseRequestState.SENT
    assert raw_fields(desk, outcome.request_id) == "{}"  # delivered: not kept twice
    assert sync.run_once().requests_sent == 0  # sent once, never again
    assert len(server_requests(case_server)) == 1


def test_an_erasure_of_a_delivered_record_leaves_no_personal_data_in_the_server_files(
    tmp_path: Path, synced_desk: tuple[Desk, SyncService], case_server: CaseServer
) -> None:
    desk, sync = synced_desk
    record = delivered(desk, sync)

    outcome = desk.privacy.erase(record.reference)
    assert outcome is not None and outcome.case_system is CaseSystemCopy.QUEUED
    assert sync.run_once().requests_sent == 1

    body = json.dumps(server_body(case_server, record), ensure_ascii=False)
    for personal in (RESIDENT_NAME, RESIDENT_EMAIL, RESIDENT_PHONE, SECRET_DESCRIPTION):
        assert personal not in body
    server_files = [path for path in tmp_path.iterdir() if path.name.startswith("cases.sqlite3")]
    scratch = tmp_path / "server-files"
    scratch.mkdir()
    for path in server_files:
        (scratch / path.name).write_bytes(path.read_bytes())
    assert personal_strings_in(scratch) == []
    assert personal_strings_in(tmp_path / "desk" / "data") == []


def test_an_erasure_supersedes_a_correction_still_waiting_and_blanks_its_details(
    synced_desk: tuple[Desk, SyncService], case_server: CaseServer
) -> None:
    desk, sync = synced_desk
    record = delivered(desk, sync)
    case_server.stop()  # the connection is down
    corrected = desk.privacy.correct_contact(record.reference, {"email": NEW_EMAIL})
    assert corrected is not None
    erased = desk.privacy.erase(record.reference)
    assert erased is not None

    correction = desk.privacy.case_request(corrected.request_id)
    assert correction is not None and correction.state is CaseRequestState.NOT_NEEDED
    assert NEW_EMAIL not in raw_fields(desk, corrected.request_id)
    case_server.restart()
    assert sync.run_once(ignore_backoff=True).requests_sent == 1
    assert [row.kind for row in server_requests(case_server)] == ["erasure"]


@pytest.mark.parametrize(
    "fault",
    [
        Fault("drop", path="/submissions/"),  # the server erased it; the reply was lost
        Fault("status", path="/submissions/", code=500),
        Fault("status", path="/submissions/", code=503, retry_after="1"),
    ],
    ids=["lost reply", "500", "503"],
)
def test_an_erasure_goes_exactly_once_through_a_fault(
    synced_desk: tuple[Desk, SyncService], case_server: CaseServer, fault: Fault
) -> None:
    desk, sync = synced_desk
    record = delivered(desk, sync)
    outcome = desk.privacy.erase(record.reference)
    assert outcome is not None

    case_server.faults.add(fault)
    first = sync.run_once()
    assert first.requests_sent == 0 and first.retry_later == 1
    request = desk.privacy.case_request(outcome.request_id)
    assert request is not None and request.state is CaseRequestState.PENDING
    assert request.attempts == 1 and request.next_attempt_at is not None
    second = sync.run_once(ignore_backoff=True)

    assert second.requests_sent == 1
    rows = server_requests(case_server)
    assert [row.request_id for row in rows] == [outcome.request_id]
    assert RESIDENT_NAME not in json.dumps(server_body(case_server, record))


def test_a_correction_that_times_out_is_sent_again_with_the_same_key(
    synced_desk: tuple[Desk, SyncService], case_server: CaseServer
) -> None:
    desk, sync = synced_desk
    record = delivered(desk, sync)
    outcome = desk.privacy.correct_contact(record.reference, {"phone": "+46 70 000 00 00"})
    assert outcome is not None
    # Longer than the desk's 3-second timeout: the server corrects it; the desk never hears.
    case_server.faults.add(Fault("slow", path="/submissions/", seconds=4.0))

    assert sync.run_once().retry_later == 1
    assert sync.run_once(ignore_backoff=True).requests_sent == 1
    assert [row.request_id for row in server_requests(case_server)] == [outcome.request_id]
    reporter = server_body(case_server, record)["reporter"]
    assert isinstance(reporter, dict) and reporter["phone"] == "+46 70 000 00 00"


def test_a_server_without_the_feature_gets_nothing_and_the_worker_is_told_to_ask_it(
    tmp_path: Path,
) -> None:
    from case_server.app import create_app
    from case_server.runner import ServerThread
    from case_server.store import CaseStore

    store = CaseStore(f"sqlite:///{tmp_path / 'cases.sqlite3'}")
    thread = ServerThread(
        create_app(store, TOKEN, personal_data=False), log_level="critical"
    ).start()
    desk, sync = open_synced_desk(tmp_path / "desk", thread.url)
    try:
        record = delivered(desk, sync)
        erased = desk.privacy.erase(record.reference)
        assert erased is not None and erased.case_system is CaseSystemCopy.UNSUPPORTED
        report = sync.run_once(ignore_backoff=True)
        assert report.requests_sent == 0
        with store.session() as session:
            case = session.get(Case, str(record.id))
            assert case is not None and RESIDENT_NAME in case.body  # nothing was sent
            assert list(session.scalars(select(PersonalDataRequest))) == []
        request = desk.privacy.case_request(erased.request_id)
        assert request is not None and request.state is CaseRequestState.UNSUPPORTED
        assert "ask its administrators" in request.reason
    finally:
        sync.forget_client()
        desk.store.engine.dispose()
        thread.stop()


def test_a_request_queued_before_the_features_were_known_is_given_up_on_such_a_server(
    synced_desk: tuple[Desk, SyncService], case_server: CaseServer
) -> None:
    from desk_app.store.repository import META_SERVER_FEATURES

    desk, sync = synced_desk
    record = delivered(desk, sync)
    with desk.store.writing_session() as session:  # a desk from before feature lists
        from desk_app.store.models import DeskMeta

        session.execute(DeskMeta.__table__.delete().where(DeskMeta.key == META_SERVER_FEATURES))
        session.commit()
    corrected = desk.privacy.correct_contact(record.reference, {"email": NEW_EMAIL})
    assert corrected is not None and corrected.case_system is CaseSystemCopy.QUEUED
    case_server.stop()
    case_server.thread = type(case_server.thread)(
        __import__("case_server.app").app.create_app(case_server.store, TOKEN, personal_data=False),
        port=case_server.thread.port,
        log_level="critical",
    ).start()

    report = sync.run_once(ignore_backoff=True)

    assert report.requests_unsupported == 1 and report.requests_sent == 0
    request = desk.privacy.case_request(corrected.request_id)
    assert request is not None and request.state is CaseRequestState.UNSUPPORTED
    assert NEW_EMAIL not in raw_fields(desk, corrected.request_id)


def test_a_refused_correction_needs_attention_and_is_not_resent_alone(
    synced_desk: tuple[Desk, SyncService], case_server: CaseServer
) -> None:
    desk, sync = synced_desk
    record = delivered(desk, sync)
    case_server.faults.add(Fault("status", path="/submissions/", code=422))
    corrected = desk.privacy.correct_contact(record.reference, {"email": NEW_EMAIL})
    assert corrected is not None

    report = sync.run_once()

    assert report.requests_need_attention == 1
    waiting = desk.privacy.case_requests_needing_attention()
    assert [request.id for request in waiting] == [corrected.request_id]
    assert sync.run_once(ignore_backoff=True).requests_sent == 0
    desk.privacy.resend_case_request(corrected.request_id)
    assert sync.run_once(ignore_backoff=True).requests_sent == 1


@pytest.mark.parametrize("status", [404, 405, 501])
def test_a_proxys_page_is_not_taken_as_the_case_systems_refusal(
    synced_desk: tuple[Desk, SyncService], case_server: CaseServer, status: int
) -> None:
    # A page from something in the way (no case-API error body) says nothing of the request.
    desk, sync = synced_desk
    record = delivered(desk, sync)
    case_server.faults.add(Fault("page", path="/submissions/", code=status))
    corrected = desk.privacy.correct_contact(record.reference, {"email": NEW_EMAIL})
    assert corrected is not None

    report = sync.run_once()

    assert report.requests_unsupported == 0 and report.requests_need_attention == 0
    request = desk.privacy.case_request(corrected.request_id)
    assert request is not None and request.state is CaseRequestState.PENDING
    assert NEW_EMAIL in raw_fields(desk, corrected.request_id)  # still to be sent
    assert sync.run_once(ignore_backoff=True).requests_sent == 1
    assert server_body(case_server, record)["reporter"]["email"] == NEW_EMAIL  # type: ignore[index]


ERASE_THEN_DIE = """
import sys, time
from desk_app.app import open_desk
from desk_app.settings import load_settings

desk = open_desk(load_settings())
outcome = desk.privacy.erase(sys.argv[1])
print("ERASED", outcome.request_id, flush=True)
time.sleep(600)  # killed here: after the local change, before any send
"""


def test_an_erasure_killed_before_its_send_is_sent_after_the_restart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring

    from tests.file_keyring import BACKEND, FILE_VARIABLE, FileKeyring

    # One keyring for this process and the child: the database key is in it.
    monkeypatch.setenv(FILE_VARIABLE, str(tmp_path / "keyring.json"))
    keyring.set_keyring(FileKeyring())
    server = start_case_server(tmp_path)
    desk, sync = open_synced_desk(tmp_path / "desk", server.url)
    try:
        record = delivered(desk, sync)
        sync.forget_client()
        desk.store.engine.dispose()
        environ = isolated_environ(tmp_path / "desk", api_url=server.url, api_timeout_seconds="3")
        child = subprocess.Popen(
            [sys.executable, "-c", ERASE_THEN_DIE, record.reference],
            env={
                **environ,
                "PYTHONPATH": str(ROOT),
                "PATH": "/usr/bin:/bin",
                "PYTHON_KEYRING_BACKEND": BACKEND,
                FILE_VARIABLE: str(tmp_path / "keyring.json"),
            },
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        line = child.stdout.readline()
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        assert line.startswith("ERASED "), line
        request_id = line.split()[1]
        assert RESIDENT_NAME in json.dumps(server_body(server, record))  # not sent yet

        desk, sync = open_synced_desk(tmp_path / "desk", server.url)
        assert sync.run_once().requests_sent == 1
        assert [row.request_id for row in server_requests(server)] == [request_id]
        assert RESIDENT_NAME not in json.dumps(server_body(server, record))
    finally:
        sync.forget_client()
        desk.store.engine.dispose()
        server.stop()


def test_a_record_never_sent_is_erased_here_alone_and_nothing_reaches_the_case_system(
    synced_desk: tuple[Desk, SyncService], case_server: CaseServer
) -> None:
    desk, sync = synced_desk
    saved = desk.service.save(complete_draft())

    outcome = desk.privacy.erase(saved.reference)

    assert outcome is not None and outcome.case_system is CaseSystemCopy.NOT_HELD
    assert outcome.request_id == "" and desk.privacy.case_requests(saved.reference) == []
    report = sync.run_once()
    assert report.delivered == 0 and report.requests_sent == 0
    assert case_server.case_ids() == []  # the erased record is not sent either


def test_an_open311_case_system_is_never_asked_and_the_worker_is_told_to_ask_it(
    tmp_path: Path,
) -> None:
    from desk_app.settings import load_settings
    from tests.conftest import deliver

    environ = isolated_environ(
        tmp_path, api_url="http://127.0.0.1:9/open311/v2", api_protocol="open311"
    )
    desk = open_plain_desk(environ)
    try:
        saved = desk.service.save(complete_draft())
        deliver(desk, saved, "311-42")

        corrected = desk.privacy.correct_contact(saved.reference, {"email": NEW_EMAIL})
        erased = desk.privacy.erase(saved.reference)

        assert corrected is not None and corrected.case_system is CaseSystemCopy.UNSUPPORTED
        assert erased is not None and erased.case_system is CaseSystemCopy.UNSUPPORTED
        assert NEW_EMAIL not in raw_fields(desk, corrected.request_id)
        assert load_settings(environ=environ).api.protocol == "open311"
    finally:
        desk.store.engine.dispose()


def open_plain_desk(environ: dict[str, str]) -> Desk:
    """A desk over ``environ`` alone (no case server runs for it)."""
    from desk_app.app import open_desk
    from desk_app.settings import load_settings

    return open_desk(load_settings(environ=environ))
