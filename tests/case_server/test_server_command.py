"""`desk-case-server` (`python -m case_server`) takes its token from a file or the environment."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
import requests

from case_server.cli import DATABASE_ENV, TOKEN_ENV, read_token
from case_server.runner import ServerProcess, free_port

SECRET = "token-from-somewhere-safe"
# Bounds, not measurements: only a command that hangs gets near them.
START_BOUND = 60.0


def command(tmp_path: Path, *args: str) -> list[str]:
    database = f"sqlite:///{tmp_path / 'cases.sqlite3'}"
    return [sys.executable, "-m", "case_server", "--database", database, *args]


def environ_without_token() -> dict[str, str]:
    return {name: value for name, value in os.environ.items() if name != TOKEN_ENV}


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(tmp_path, *args),
        capture_output=True,
        text=True,
        env=environ_without_token(),
        cwd=tmp_path,
        timeout=START_BOUND,
    )


@pytest.fixture
def serve(tmp_path: Path) -> Iterator:
    """Start the command serving on a free port; yields (url, stderr reader) per call."""
    started: list[subprocess.Popen[str]] = []

    def start(*args: str) -> tuple[str, subprocess.Popen[str]]:
        port = free_port()
        process = subprocess.Popen(
            command(tmp_path, "--port", str(port), "--log-level", "warning", *args),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=environ_without_token(),
            cwd=tmp_path,
        )
        started.append(process)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + START_BOUND
        while time.monotonic() < deadline and process.poll() is None:
            try:
                if requests.get(url + "/health", timeout=1).ok:
                    return url, process
            except requests.ConnectionError:
                time.sleep(0.1)
        raise AssertionError(f"the server did not start: {stop(process)}")

    yield start
    for process in started:
        stop(process)


def stop(process: subprocess.Popen[str]) -> str:
    """End the server and return what it wrote to stderr."""
    if process.poll() is None:
        process.terminate()
    _out, err = process.communicate(timeout=30)
    return err


def categories(url: str, token: str) -> int:
    headers = {"Authorization": f"Bearer {token}"}
    return requests.get(url + "/categories", headers=headers, timeout=10).status_code


def test_a_token_on_the_command_line_works_but_warns_that_others_can_see_it(serve) -> None:
    url, process = serve("--token", SECRET)
    assert categories(url, SECRET) == 200
    stderr = stop(process)
    assert "--token is visible to other users in the process list" in stderr
    assert SECRET not in stderr


def test_the_token_is_read_from_a_file_without_its_line_end_and_not_shown(
    serve, tmp_path: Path
) -> None:
    token_file = tmp_path / "token"
    token_file.write_text(SECRET + "\n", encoding="utf-8")
    token_file.chmod(0o600)
    url, process = serve("--token-file", str(token_file))
    assert categories(url, SECRET) == 200
    assert categories(url, "other") == 401
    assert SECRET not in " ".join(psutil.Process(process.pid).cmdline())
    assert "warning" not in stop(process)


def test_the_token_can_come_from_the_environment_and_stays_off_the_command_line(
    tmp_path: Path,
) -> None:
    server = ServerProcess(f"sqlite:///{tmp_path / 'cases.sqlite3'}", SECRET).start()
    try:
        assert server.process is not None
        assert SECRET not in " ".join(psutil.Process(server.process.pid).cmdline())
        assert categories(server.url, SECRET) == 200
        assert categories(server.url, "guess") == 401
    finally:
        server.stop()


def test_a_missing_token_file_is_a_clear_error_with_exit_2(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-token"
    result = run(tmp_path, "--token-file", str(missing))
    assert result.returncode == 2
    assert f"cannot read the token file {missing}" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_empty_token_file_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "token"
    empty.write_text("\n", encoding="utf-8")
    result = run(tmp_path, "--token-file", str(empty))
    assert (result.returncode, "is empty" in result.stderr) == (2, True)


def test_without_any_token_the_server_says_where_to_give_one(tmp_path: Path) -> None:
    result = run(tmp_path)
    assert result.returncode == 2
    assert "--token-file" in result.stderr and TOKEN_ENV in result.stderr


def test_a_token_file_and_a_token_together_are_refused(tmp_path: Path) -> None:
    result = run(tmp_path, "--token-file", "x", "--token", SECRET)
    assert result.returncode == 2
    assert "not allowed with argument" in result.stderr


def test_a_token_file_others_may_read_gets_a_warning(tmp_path: Path, capsys) -> None:
    token_file = tmp_path / "token"
    token_file.write_text(SECRET, encoding="utf-8")
    token_file.chmod(0o644)
    args = argparse.Namespace(token_file=str(token_file), token=None)
    assert read_token(args, {}) == SECRET
    assert "chmod 600" in capsys.readouterr().err
    token_file.chmod(0o600)
    assert read_token(args, {}) == SECRET
    assert capsys.readouterr().err == ""


def test_an_unreachable_database_is_a_clear_error_that_hides_its_password(
    tmp_path: Path,
) -> None:
    closed_port = free_port()  # nothing listens there
    database = f"postgresql://cases:{SECRET}@127.0.0.1:{closed_port}/cases"
    result = subprocess.run(
        [sys.executable, "-m", "case_server", "set-status", "KS-2026-000001", "closed"],
        capture_output=True,
        text=True,
        env={**environ_without_token(), DATABASE_ENV: database},
        cwd=tmp_path,
        timeout=START_BOUND,
    )
    assert result.returncode == 2
    assert f"cannot open the database postgresql://cases:***@127.0.0.1:{closed_port}/cases" in (
        result.stderr
    )
    assert "Traceback" not in result.stderr and SECRET not in result.stderr


def test_a_database_password_on_the_command_line_warns_that_others_can_see_it(
    tmp_path: Path,
) -> None:
    database = f"postgresql://cases:{SECRET}@127.0.0.1:{free_port()}/cases"
    result = run(tmp_path, "--database", database, "set-status", "KS-2026-000001", "closed")
    assert f"password is visible to other users in the process list; set {DATABASE_ENV}" in (
        result.stderr
    )
    assert SECRET not in result.stderr
    garbled = run(tmp_path, "--database", f"not a url {SECRET}", "set-status", "KS-1", "closed")
    assert garbled.returncode == 2 and "--database is not a SQLAlchemy URL" in garbled.stderr
    assert SECRET not in garbled.stderr


def test_the_server_process_gets_its_database_out_of_sight_of_other_users(
    postgres_url: str,
) -> None:
    server = ServerProcess(postgres_url, SECRET).start()
    try:
        assert server.process is not None
        command_line = " ".join(psutil.Process(server.process.pid).cmdline())
        assert "postgresql" not in command_line and SECRET not in command_line
        assert categories(server.url, SECRET) == 200
    finally:
        server.stop()
