"""`desk-app person correct` on a delivered record says why the case system cannot be told
now: the missing token, not "no case system is set up", when only the token is missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk_app.app import open_desk
from desk_app.cli import main
from desk_app.settings import load_settings
from tests.conftest import complete_draft, deliver, isolated_environ

# Nothing listens here, and nothing needs to: without a token no request leaves the desk.
UNUSED_URL = "http://127.0.0.1:18799"


def _delivered_record(folder: Path, monkeypatch: pytest.MonkeyPatch, **settings: str) -> str:
    environ = isolated_environ(folder, **settings)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    desk = open_desk(load_settings(environ=environ))
    saved = desk.service.save(complete_draft())
    deliver(desk, saved, "C-91")
    desk.close()
    return saved.reference


def test_a_correction_without_a_token_names_the_missing_token(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    reference = _delivered_record(tmp_path, monkeypatch, api_url=UNUSED_URL)
    capsys.readouterr()

    assert main(["person", "correct", reference, "--email", "x@example.org"]) == 0

    out = capsys.readouterr().out
    assert "no access token" in out and "desk-app token set" in out
    assert "no case system is set up" not in out.lower()
    assert "C-91" in out and "Ask the case system's administrators" in out


def test_a_correction_without_a_case_system_still_says_none_is_set_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    reference = _delivered_record(tmp_path, monkeypatch)
    capsys.readouterr()

    assert main(["person", "correct", reference, "--email", "x@example.org"]) == 0

    out = capsys.readouterr().out
    assert "No case system is set up (api.url is empty)" in out
    assert "token" not in out
