"""A desk killed while its ratings are on their way loses none and doubles none; an Open311 desk
keeps its ratings, as GeoReport v2 has no place for them."""

from __future__ import annotations

import json
import signal
import subprocess
import time

from case_server.app import Fault
from desk_app.app import Desk
from tests.conftest import complete_draft, desk_command
from tests.file_keyring import BACKEND, FILE_VARIABLE
from tests.open311.conftest import open_open311_desk
from tests.sync.conftest import CaseServer, open_synced_desk
from tests.sync.rating_rows import (
    assert_ratings_exactly_once,
    give_visits,
    local_ratings,
    server_ratings,
)


def _states(desk: Desk) -> set[str]:
    """The ratings' sync states, read beside the running child (SQLite in WAL mode)."""
    return {row.sync_state for row in local_ratings(desk.store).values()}


def test_a_sync_killed_while_sending_ratings_resends_the_same_ids(
    tmp_path, case_server, memory_keyring
):
    folder = tmp_path / "desk"
    desk, sync = open_synced_desk(folder, case_server.url)
    ids = give_visits(desk.store, 3)
    # The child reads the same keyring (the database key, the token) from a file.
    keyring_file = tmp_path / "keyring.json"
    keyring_file.write_text(
        json.dumps(
            {
                f"{service}\n{user}": secret
                for (service, user), secret in memory_keyring.passwords.items()
            }
        ),
        encoding="utf-8",
    )
    # The server holds the request long enough for the desk to be killed while it waits.
    case_server.faults.add(Fault("slow", path="/ratings:batch", seconds=8))
    command, environ = desk_command(folder, api_url=case_server.url, api_timeout_seconds="60")
    environ |= {"PYTHON_KEYRING_BACKEND": BACKEND, FILE_VARIABLE: str(keyring_file)}
    child = subprocess.Popen(
        [*command, "sync", "--once"],
        env=environ,
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 120  # a busy machine starts Python slowly
        while _states(desk) != {"sending"}:
            assert child.poll() is None, child.stderr.read() if child.stderr else ""
            assert time.monotonic() < deadline, "the desk never started sending its ratings"
            time.sleep(0.05)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        assert child.returncode == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)
        if child.stderr:
            child.stderr.close()
    assert _states(desk) == {"sending"}  # the crash left them mid-way
    try:
        report = sync.run_once()  # the desk starts its next pass
        assert report.ok and report.ratings_delivered == 12 and report.ratings_waiting == 0
        assert_ratings_exactly_once(desk.store, case_server.store, ids)
    finally:
        sync.forget_client()
        desk.store.engine.dispose()


def test_an_open311_desk_keeps_its_ratings_on_the_desk(tmp_path, case_server: CaseServer):
    desk, sync = open_open311_desk(tmp_path / "desk", case_server)
    try:
        record = desk.service.save(complete_draft())
        ids = give_visits(desk.store, 1)
        report = sync.run_once()
        assert report.ok and report.delivered == 1  # the record goes as a service request
        assert report.ratings_delivered == 0 and report.ratings_waiting == 4
        kept = local_ratings(desk.store, ids)
        assert {(row.sync_state, row.sync_attempts, row.sync_reason) for row in kept.values()} == {
            ("pending", 0, "")
        }
        assert server_ratings(case_server.store).ids() == []
        assert desk.service.find(record.reference).case_number
    finally:
        sync.forget_client()
        desk.store.engine.dispose()
