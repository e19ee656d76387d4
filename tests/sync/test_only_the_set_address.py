"""The desk sends the token and residents' words to the address IT set, and nowhere else.

Real HTTP servers on this machine: one stands for the case system (127.0.0.1), another for
"another host" (127.0.0.2, also loopback on Linux) that a redirect or a proxy variable would
carry the data to. That other host must receive nothing.
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from case_server.runner import free_port
from desk_app.sync.client import CaseApiClient, TransientError

pytestmark = pytest.mark.skipif(
    sys.platform != "linux", reason="127.0.0.2 answers as loopback on Linux only"
)

TOKEN = "the-desk-token-7c1d"
RECORD = {"id": "6f0c1a52-5b7e-4c1e-9a57-0d1e2f3a4b5c", "description": "Zorbulina's words"}


class Recorder:
    """A server that records every request it gets and answers as a case system would (201,
    a case number): a desk that reached it would believe the record delivered."""

    def __init__(self, host: str, redirect_to: str = "") -> None:
        self.requests: list[tuple[str, str, str]] = []  # method, path, everything sent
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length", "0") or 0)
                sent = str(self.headers) + self.rfile.read(length).decode("utf-8", "replace")
                recorder.requests.append((self.command, self.path, sent))
                if redirect_to:
                    self.send_response(308)
                    self.send_header("Location", redirect_to + self.path)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                body = json.dumps({"case_number": "KS-1", "status": "received"}).encode()
                self.send_response(201)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PATCH = _answer

            def log_message(self, *_args: object) -> None:
                pass

        self.server = ThreadingHTTPServer((host, free_port()), Handler)
        self.url = f"http://{host}:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def everything_received(self) -> str:
        return "\n".join(sent for _method, _path, sent in self.requests)

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def elsewhere() -> Iterator[Recorder]:
    recorder = Recorder("127.0.0.2")
    yield recorder
    recorder.stop()


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_is_not_followed_and_the_record_waits(elsewhere: Recorder, status: int):
    redirector = Recorder("127.0.0.1", redirect_to=elsewhere.url)
    client = CaseApiClient(redirector.url, TOKEN)
    try:
        with pytest.raises(TransientError) as refused:
            client.submit_one(RECORD)
    finally:
        client.close()
        redirector.stop()
    assert "api.url" in str(refused.value)  # what IT is to check
    assert [method for method, _path, _sent in redirector.requests] == ["POST"]
    assert elsewhere.requests == []  # neither the token nor the words left


def test_a_proxy_from_the_environment_is_not_used_for_this_machine(
    elsewhere: Recorder, monkeypatch: pytest.MonkeyPatch
):
    case_system = Recorder("127.0.0.1")
    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY"):
        monkeypatch.setenv(name, elsewhere.url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    client = CaseApiClient(case_system.url, TOKEN)
    try:
        result = client.submit_one(RECORD)
    finally:
        client.close()
        case_system.stop()
    assert result.case_number == "KS-1"
    assert TOKEN in case_system.everything_received()
    assert elsewhere.requests == []


def test_a_proxy_from_the_environment_still_serves_a_case_system_elsewhere(
    elsewhere: Recorder, monkeypatch: pytest.MonkeyPatch
):
    # A company's proxy is how an https case system is reached: only this machine bypasses it.
    # (http to another host is refused by the settings; here the client is built directly.)
    monkeypatch.setenv("HTTP_PROXY", elsewhere.url)
    monkeypatch.setenv("http_proxy", elsewhere.url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    client = CaseApiClient("http://case-system.invalid", TOKEN)
    try:
        client.submit_one(RECORD)
    finally:
        client.close()
    assert [path for _method, path, _sent in elsewhere.requests] == [
        "http://case-system.invalid/submissions"
    ]
