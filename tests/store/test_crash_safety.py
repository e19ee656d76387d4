"""A saved record is never lost: kill the saving process at random moments, 50 times."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_acknowledged_records_survive_sigkill(desk_environ, tmp_path):
    rng = random.Random(20261125)
    database = tmp_path / "data" / "desk.sqlite3"
    acknowledged: set[str] = set()
    environ = {**os.environ, **desk_environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "tests.store.save_loop"]
    # How long this machine takes from start to the first saved record (seconds on a busy
    # one): the kills below fall anywhere from start-up to a second of saving after it.
    started = time.monotonic()
    with subprocess.Popen(
        command, cwd=ROOT, env=environ, stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None
        while not child.stdout.readline().startswith("ACK "):
            assert child.poll() is None, "the save loop stopped before saving anything"
        first_save = time.monotonic() - started
        child.kill()
    rounds = 0
    # 50 kills at least; on a slow machine that starts the child slowly, more, until enough
    # records were acknowledged for the check below to mean something.
    while rounds < 50 or (len(acknowledged) <= 50 and rounds < 200):
        rounds += 1
        child = subprocess.Popen(
            command,
            cwd=ROOT,
            env=environ,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        # A random moment: often while starting (imports, opening, migrating), mostly mid-save.
        time.sleep(rng.uniform(0.05, first_save + 1.0))
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL, err
        acknowledged |= {line.split()[1] for line in out.splitlines() if line.startswith("ACK ")}

    assert len(acknowledged) > 50, "the child hardly saved anything: the test proves little"
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = {row[0] for row in connection.execute("SELECT reference FROM submissions")}
    connection.close()
    assert acknowledged <= stored
