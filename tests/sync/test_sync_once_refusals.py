"""`desk-app sync --once` names corrections and erasures the case system refused, and exits 1
while they wait for a person (as it does for records that need attention)."""

from __future__ import annotations

from pathlib import Path

import pytest

from case_server.app import Fault
from desk_app.app import Desk
from desk_app.cli import main
from desk_app.services.sync import SyncService
from tests.conftest import RESIDENT_EMAIL, RESIDENT_NAME, complete_draft, isolated_environ
from tests.sync.conftest import CaseServer


def _use_desk(folder: Path, api_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point `main` (in this process: the desk's key and token are in the tests' memory
    keyring) at the desk in ``folder``."""
    for name, value in isolated_environ(folder, api_url=api_url, api_timeout_seconds="3").items():
        monkeypatch.setenv(name, value)


def test_sync_once_names_a_refused_correction_and_exits_one(
    synced_desk: tuple[Desk, SyncService],
    case_server: CaseServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    desk, sync = synced_desk
    saved = desk.service.save(complete_draft())
    assert sync.run_once().delivered == 1
    case_server.faults.add(Fault("status", path="/submissions/", code=409))
    assert desk.privacy.correct_contact(saved.reference, {"email": "new@example.org"})
    _use_desk(tmp_path / "desk", case_server.url, monkeypatch)
    capsys.readouterr()

    assert main(["sync", "--once"]) == 1

    captured = capsys.readouterr()
    assert "0 waiting; 0 need attention; 1 correction/erasure request(s) refused" in captured.out
    assert "refused a correction or erasure" in captured.err
    for personal in (RESIDENT_NAME, RESIDENT_EMAIL, "new@example.org"):
        assert personal not in captured.out + captured.err

    # Still refused at the next pass (nothing was sent again): still named, still exit 1.
    case_server.faults.clear()
    assert main(["sync", "--once"]) == 1
    assert "1 correction/erasure request(s) refused" in capsys.readouterr().out

    (request,) = desk.privacy.case_requests_needing_attention()
    assert desk.privacy.settle_case_request(request.id)
    assert main(["sync", "--once"]) == 0
    assert "refused" not in capsys.readouterr().out
