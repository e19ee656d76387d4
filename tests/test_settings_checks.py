"""Settings the desk cannot run with are refused when they are read — by the app, the command
line and `doctor` alike — with a message naming the file, the key and the allowed values."""

from __future__ import annotations

import http.server
import json
import ssl
import subprocess
import threading
from pathlib import Path

import pytest

from desk_app.settings import ConfigError, load_settings
from desk_app.sync.client import CaseApiClient
from tests.conftest import desk_app


def _load(tmp_path: Path, toml: str = "", **environ: str):
    machine = tmp_path / "machine.toml"
    machine.write_text(toml, encoding="utf-8")
    return load_settings(
        machine_file=machine, user_file=tmp_path / "user.toml", environ=environ, registry=None
    )


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        ("[sync]\ninterval_seconds = 2592000\n", "between 5 and 86400 seconds"),
        ("[sync]\ninterval_seconds = inf\n", "between 5 and 86400 seconds"),
        ("[sync]\ninterval_seconds = nan\n", "between 5 and 86400 seconds"),
        ("[sync]\ninterval_seconds = 1\n", "between 5 and 86400 seconds"),
        ("[api]\ntimeout_seconds = 0\n", "between 0.1 and 300 seconds"),
        ('[ui]\nlanguage = "klingon"\n', "must be a screen language: ar, en, fa, sv"),
        ('[site]\nlanguage = "xx"\n', "must be a receipt language: sv, ar, en, fa"),
        ('[ui]\nlarge_mode = "no"\n', "must be true or false, not text"),
        ('[sync]\ninterval_seconds = "60"\n', "must be a number, not text"),
        ('[api]\nca_bundle = "/nowhere/ca.pem"\n', "names no file"),
        ('[api]\nurl = "http://cases.example.org/api/v1"\n', "must start with https://"),
        ('[api]\nurl = "http://10.1.2.3:8765"\n', "must start with https://"),
        ('[api]\nurl = "ftp://cases.example.org"\n', "must be an address like https://"),
        ('[api]\nurl = "cases.example.org"\n', "must be an address like https://"),
        ('[site]\nname = "' + "Reception " * 30 + '"\n', "must be at most 200 characters"),
        ('[site]\nname = "   "\n', "must not be empty"),
        ('[site]\nname = "Reception\\nSecond line"\n', "must be one line"),
        ('[site]\nid = "' + "x" * 101 + '"\n', "must be at most 100 characters"),
    ],
)
def test_a_value_the_desk_cannot_run_with_is_refused_naming_file_line_and_key(
    tmp_path, toml, expected
):
    with pytest.raises(ConfigError) as refused:
        _load(tmp_path, toml)
    message = str(refused.value)
    assert expected in message
    assert "machine.toml, line 2" in message
    key = toml.split("\n")[1].split("=")[0].strip()
    assert f".{key}'" in message


@pytest.mark.parametrize(
    "url",
    ["https://cases.example.org/api/v1", "http://127.0.0.1:8765", "http://localhost:8765/v1"],
)
def test_https_anywhere_and_plain_http_to_this_computer_are_accepted(tmp_path, url):
    assert _load(tmp_path, f'[api]\nurl = "{url}"\n').api.url == url


def test_text_variables_are_converted_but_checked_the_same(tmp_path):
    settings = _load(tmp_path, DESK_APP_UI_LARGE_MODE="yes", DESK_APP_SYNC_INTERVAL_SECONDS="30")
    assert settings.ui.large_mode is True and settings.sync.interval_seconds == 30.0
    with pytest.raises(ConfigError, match="DESK_APP_SYNC_INTERVAL_SECONDS"):
        _load(tmp_path, DESK_APP_SYNC_INTERVAL_SECONDS="2592000")
    with pytest.raises(ConfigError, match="between 5 and 86400"):
        _load(tmp_path, DESK_APP_SYNC_INTERVAL_SECONDS="1e999999")  # inf
    with pytest.raises(ConfigError, match="must be a number"):
        _load(tmp_path, DESK_APP_SYNC_INTERVAL_SECONDS="sixty")


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("sync_interval_seconds", "2592000"),
        ("ui_language", "klingon"),
        ("api_ca_bundle", "/nowhere/ca.pem"),
        ("api_url", "http://cases.example.org/api/v1"),
    ],
)
def test_doctor_and_every_command_refuse_the_same_bad_value(tmp_path, setting, value):
    for command in (["doctor"], ["status"], ["sync", "--once"]):
        result = desk_app(tmp_path, *command, **{setting: value})
        assert result.returncode in (1, 2), (command, result.stderr)
        said = result.stdout + result.stderr
        assert f"DESK_APP_{setting.upper()}" in said, (command, said)
        assert "Traceback" not in said


def _self_signed(folder: Path, name: str) -> tuple[Path, Path]:
    key, cert = folder / f"{name}.key", folder / f"{name}.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
            "-keyout", str(key), "-out", str(cert),
        ],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return key, cert


class _StatusHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = json.dumps({"cursor": "c1", "updates": []}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_the_configured_ca_bundle_wins_over_requests_ca_bundle(tmp_path, monkeypatch):
    key, cert = _self_signed(tmp_path, "server")
    _other_key, other_cert = _self_signed(tmp_path, "other")
    server = http.server.HTTPServer(("127.0.0.1", 0), _StatusHandler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        # The environment points at a bundle that does not trust the server; IT's does.
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(other_cert))
        url = f"https://127.0.0.1:{server.server_address[1]}"
        client = CaseApiClient(url, "token", read_timeout=5, ca_bundle=str(cert))
        try:
            assert client.status_updates().cursor == "c1"
        finally:
            client.close()
    finally:
        server.shutdown()
        server.server_close()


def test_doctor_names_variables_that_set_nothing_with_the_closest_known_name(tmp_path):
    result = desk_app(tmp_path, "doctor", sync_interval="5", receipt_fa_privacy="ما از GDPR")
    assert result.returncode == 1
    line = next(line for line in result.stdout.splitlines() if "environment" in line)
    assert "DESK_APP_SYNC_INTERVAL (did you mean DESK_APP_SYNC_INTERVAL_SECONDS?)" in line
    assert "RECEIPT_FA_PRIVACY" not in line  # a per-language text is a setting
    assert desk_app(tmp_path, "doctor").returncode == 0
