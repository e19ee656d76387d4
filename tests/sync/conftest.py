"""A real reference server on 127.0.0.1 (a fresh port each time) and a desk pointed at it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import select

from case_server.app import FaultPlan, create_app
from case_server.runner import ServerThread
from case_server.store import Case, CaseStore, PersonalDataRequest
from desk_app.app import Desk, open_desk
from desk_app.domain.record import Submission
from desk_app.services.sync import SyncService
from desk_app.settings import load_settings
from desk_app.sync.credentials import SERVICE_NAME as SERVICE
from desk_app.sync.credentials import store_token
from tests.conftest import complete_draft, isolated_environ

TOKEN = "desk-token-for-tests"


class MemoryKeyring(KeyringBackend):
    """The keyring API with passwords in memory: CI machines have no OS keyring service."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)

    @property
    def tokens(self) -> dict[tuple[str, str], str]:
        """The case API tokens alone (the keyring also keeps the database key)."""
        return {entry: secret for entry, secret in self.passwords.items() if entry[0] == SERVICE}


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@dataclass
class CaseServer:
    """The running server, its storage and its fault plan; ``restart`` keeps the data."""

    store: CaseStore
    thread: ServerThread
    token: str

    @property
    def url(self) -> str:
        return self.thread.url

    @property
    def faults(self) -> FaultPlan:
        return self.thread.server.config.app.state.faults  # type: ignore[no-any-return]

    def stop(self) -> None:
        self.thread.stop()

    def restart(self) -> None:
        port = self.thread.port
        self.thread.stop()
        self.thread = ServerThread(
            create_app(self.store, self.token), port=port, log_level="critical"
        ).start()

    def case_ids(self) -> list[str]:
        from sqlalchemy import select

        from case_server.store import Case

        with self.store.session() as session:
            return list(session.scalars(select(Case.id)))


def start_case_server(folder: Path, token: str = TOKEN) -> CaseServer:
    store = CaseStore(f"sqlite:///{folder / 'cases.sqlite3'}")
    # Tests drop connections on purpose; uvicorn would log each as an error.
    thread = ServerThread(create_app(store, token), log_level="critical").start()
    return CaseServer(store=store, thread=thread, token=token)


@pytest.fixture
def case_server(tmp_path: Path) -> Iterator[CaseServer]:
    server = start_case_server(tmp_path)
    yield server
    server.stop()


def open_synced_desk(folder: Path, api_url: str, **settings: str) -> tuple[Desk, SyncService]:
    environ = isolated_environ(
        folder, **{"api_url": api_url, "api_timeout_seconds": "3", **settings}
    )
    desk = open_desk(load_settings(environ=environ))
    store_token(api_url, TOKEN)
    return desk, desk.sync


@pytest.fixture
def api_timeout_seconds() -> str:
    """The desk's read timeout; a test that is not about timeouts may parametrize it longer."""
    return "3"


@pytest.fixture
def synced_desk(
    tmp_path: Path, case_server: CaseServer, api_timeout_seconds: str
) -> Iterator[tuple[Desk, SyncService]]:
    desk, sync = open_synced_desk(
        tmp_path / "desk", case_server.url, api_timeout_seconds=api_timeout_seconds
    )
    yield desk, sync
    sync.forget_client()
    desk.store.engine.dispose()


@pytest.fixture
def window_with_sync(qtbot: Any, synced_desk: tuple[Desk, SyncService]) -> Iterator[Any]:
    """The real window over a desk that syncs to the case server, its sync controller."""
    from desk_app.ui.main_window import MainWindow
    from desk_app.ui.plumbing.sync_controller import SyncController

    desk, sync = synced_desk
    controller = SyncController(sync, interval_seconds=3600)
    window = MainWindow(desk.service, sync=controller)
    window.show()
    qtbot.waitExposed(window)
    yield window, controller
    window.form.clear()
    window.close()
    window.deleteLater()


# Shared by the tests of corrections and erasures sent to the case system.


def delivered(desk: Desk, sync: SyncService) -> Submission:
    """A record saved and delivered to the case server (it has a case number)."""
    saved = desk.service.save(complete_draft())
    assert sync.run_once().delivered == 1
    record = desk.service.find(saved.reference)
    assert record is not None and record.case_number
    return record


def server_body(server: CaseServer, submission: Submission) -> dict[str, object]:
    """The record as the case server holds it now."""
    with server.store.session() as session:
        case = session.get(Case, str(submission.id))
        assert case is not None
        return json.loads(case.body)  # type: ignore[no-any-return]


def server_requests(server: CaseServer) -> list[PersonalDataRequest]:
    """Every correction and erasure the case server took."""
    with server.store.session() as session:
        return list(session.scalars(select(PersonalDataRequest)))


def raw_fields(desk: Desk, request_id: str) -> str:
    """The stored JSON of a request's new details, as the database holds it."""
    from sqlalchemy import text

    with desk.store.session() as session:
        return str(
            session.execute(
                text("SELECT fields FROM case_requests WHERE id = :id"), {"id": request_id}
            ).scalar_one()
        )
