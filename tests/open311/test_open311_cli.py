"""`desk-app` with api.protocol = open311, as IT runs it: doctor, and sync in a real process."""

from __future__ import annotations

import os
import subprocess
import sys

from desk_app.cli import main
from tests.conftest import RESIDENT_EMAIL, RESIDENT_NAME, SECRET_DESCRIPTION, complete_draft
from tests.open311.conftest import SITE_ADDRESS, open311_url
from tests.sync.conftest import TOKEN


def test_doctor_asks_for_a_site_address_when_the_protocol_is_open311(
    desk_environ, monkeypatch, capsys
):
    monkeypatch.setenv("DESK_APP_API_URL", "http://127.0.0.1:9/open311/v2")
    monkeypatch.setenv("DESK_APP_API_PROTOCOL", "open311")
    assert main(["doctor"]) == 1
    assert "set site.address" in capsys.readouterr().out
    monkeypatch.setenv("DESK_APP_SITE_ADDRESS", SITE_ADDRESS)
    assert main(["doctor"]) == 0
    assert "(open311, plain http to this computer only)" in capsys.readouterr().out


def test_sync_once_in_a_desk_app_process_delivers_over_open311(
    desk_environ, monkeypatch, case_server
):
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    from desk_app.app import open_desk
    from desk_app.settings import load_settings

    # The child process has no keyring (as in CI): the records are saved without one too, so
    # that the child can open the store they are in (an encrypted one needs its key).
    keyring.set_keyring(NoKeyring())  # the memory keyring fixture puts its own back after
    environ = {
        **desk_environ,
        "DESK_APP_API_URL": open311_url(case_server),
        "DESK_APP_API_PROTOCOL": "open311",
        "DESK_APP_SITE_ADDRESS": SITE_ADDRESS,
    }
    desk = open_desk(load_settings(environ=environ))
    for number in range(2):
        desk.service.save(complete_draft(description=f"Paper form {number}"))
    desk.store.engine.dispose()
    process_environ = {
        name: value for name, value in os.environ.items() if not name.startswith("DESK_APP_")
    }
    process_environ.update(environ, DESK_APP_API_TOKEN=TOKEN)  # no keyring in a CI process
    result = subprocess.run(
        [sys.executable, "-m", "desk_app", "sync", "--once"],
        env=process_environ,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Delivered 2; 0 waiting" in result.stdout
    assert len(case_server.case_ids()) == 2
    for secret in (RESIDENT_NAME, RESIDENT_EMAIL, SECRET_DESCRIPTION):
        assert secret not in result.stdout + result.stderr
