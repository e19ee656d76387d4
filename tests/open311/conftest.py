"""A reference server with its Open311 face, and desks pointed at it with api.protocol=open311."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from case_server.open311 import PREFIX, Open311Face
from desk_app.app import Desk
from desk_app.services.sync import SyncService
from tests.sync.conftest import (  # noqa: F401  (fixtures used by the tests here)
    CaseServer,
    case_server,
    memory_keyring,
    open_synced_desk,
    start_case_server,
)

SITE_ADDRESS = "Stadshuset, Stora torget 1, Västerås"


def open311_url(server: CaseServer) -> str:
    """The Open311 root of a running reference server."""
    return server.url + PREFIX


def face_of(server: CaseServer) -> Open311Face:
    """The Open311 face's settings (tokens, attributes) of a running reference server."""
    return server.thread.server.config.app.state.open311  # type: ignore[no-any-return]


def open_open311_desk(
    folder: Path, server: CaseServer, **settings: str
) -> tuple[Desk, SyncService]:
    """A desk that speaks Open311 to ``server``, with a site address for records without one."""
    return open_synced_desk(
        folder,
        open311_url(server),
        api_protocol="open311",
        site_address=SITE_ADDRESS,
        **settings,
    )


@pytest.fixture
def open311_desk(
    tmp_path: Path,
    case_server: CaseServer,  # noqa: F811
) -> Iterator[tuple[Desk, SyncService]]:
    desk, sync = open_open311_desk(tmp_path / "desk", case_server)
    yield desk, sync
    sync.forget_client()
    desk.store.engine.dispose()
