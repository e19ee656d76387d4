"""`desk-app sync --once` and `desk-app token set`, headless, against the real server."""

from __future__ import annotations

import io
import json

from desk_app.cli import main
from desk_app.sync.credentials import SERVICE_NAME
from tests.conftest import complete_draft
from tests.sync.conftest import TOKEN


def _import_records(tmp_path, count):
    lines = []
    for number in range(count):
        draft = complete_draft(description=f"Paper form {number}")
        lines.append(
            json.dumps(
                {
                    "kind": draft.kind.value,
                    "category": draft.category,
                    "description": draft.description,
                    "received_by": {"staff_id": "anna.s"},
                }
            )
        )
    source = tmp_path / "forms.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["import", str(source)]) == 0


def test_token_set_stores_the_token_in_the_keyring_only(
    desk_environ, tmp_path, monkeypatch, memory_keyring, capsys
):
    monkeypatch.setenv("DESK_APP_API_URL", "http://127.0.0.1:9/api/v1")
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-token\n"))
    assert main(["token", "set"]) == 0
    assert memory_keyring.tokens == {(SERVICE_NAME, "http://127.0.0.1:9/api/v1"): "s3cret-token"}
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert b"s3cret-token" not in path.read_bytes(), path


def test_sync_once_delivers_everything_and_exits_zero(
    desk_environ, tmp_path, monkeypatch, case_server, capsys
):
    monkeypatch.setenv("DESK_APP_API_URL", case_server.url)
    monkeypatch.setattr("sys.stdin", io.StringIO(TOKEN + "\n"))
    assert main(["token", "set"]) == 0
    _import_records(tmp_path, 3)
    capsys.readouterr()
    assert main(["sync", "--once"]) == 0
    assert "Delivered 3; 0 waiting" in capsys.readouterr().out
    assert len(case_server.case_ids()) == 3
    assert main(["status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["synced"] == 3


def test_sync_once_exits_non_zero_when_records_are_left(
    desk_environ, tmp_path, monkeypatch, case_server, capsys
):
    monkeypatch.setenv("DESK_APP_API_URL", case_server.url)
    monkeypatch.setattr("sys.stdin", io.StringIO(TOKEN + "\n"))
    main(["token", "set"])
    _import_records(tmp_path, 2)
    case_server.stop()
    capsys.readouterr()
    assert main(["sync", "--once"]) == 1
    captured = capsys.readouterr()
    assert "2 waiting" in captured.out and "No answer from the case system" in captured.err


def test_sync_once_without_a_case_system_says_so(desk_environ, capsys):
    assert main(["sync", "--once"]) == 1
    assert "api.url is empty" in capsys.readouterr().err


def test_sync_once_without_a_token_says_how_to_give_one(
    desk_environ, monkeypatch, case_server, capsys
):
    monkeypatch.setenv("DESK_APP_API_URL", case_server.url)
    assert main(["sync", "--once"]) == 1
    assert "desk-app token set" in capsys.readouterr().err


def test_enrolment_file_is_stored_in_the_keyring_and_deleted(
    desk_environ, tmp_path, monkeypatch, memory_keyring, capsys
):
    monkeypatch.setenv("DESK_APP_API_URL", "https://cases.example.org/api/v1")
    enrolment = tmp_path / "desk-17.json"
    enrolment.write_text('{"token": "enrol-secret"}', encoding="utf-8")
    assert main(["enroll", str(enrolment)]) == 0
    assert not enrolment.exists()
    assert memory_keyring.tokens == {
        (SERVICE_NAME, "https://cases.example.org/api/v1"): "enrol-secret"
    }


def test_an_enrolment_file_for_another_server_is_refused_and_kept(
    desk_environ, tmp_path, monkeypatch, memory_keyring, capsys
):
    monkeypatch.setenv("DESK_APP_API_URL", "https://cases.example.org/api/v1")
    enrolment = tmp_path / "desk-17.json"
    enrolment.write_text('{"api_url": "https://evil.example", "token": "x"}', encoding="utf-8")
    assert main(["enroll", str(enrolment)]) == 1
    assert "but this desk uses" in capsys.readouterr().err
    assert enrolment.exists() and memory_keyring.tokens == {}
    enrolment.write_text("not json", encoding="utf-8")
    assert main(["enroll", str(enrolment)]) == 1
    assert enrolment.exists()


def test_an_enrolment_file_for_plain_http_to_another_host_is_refused_and_kept(
    desk_environ, tmp_path, memory_keyring, capsys
):
    """With no api.url set, the file's address would be trusted: it must be https too."""
    enrolment = tmp_path / "desk-17.json"
    enrolment.write_text('{"api_url": "http://cases.example.org", "token": "x"}', "utf-8")
    assert main(["enroll", str(enrolment)]) == 1
    assert "must start with https://" in capsys.readouterr().err
    assert enrolment.exists() and memory_keyring.tokens == {}
