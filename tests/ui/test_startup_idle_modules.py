"""What the idle window has loaded: the store, yes; what only later work needs, no.

Idle memory (README, Performance) is mostly the code of the modules loaded. These tests start
the real `desk-app` window in a child process, wait until its start-up work is done (the store
open, the retention sweep logged, as the memory benchmark waits) and read that process's
``sys.modules``. A module that becomes an eager import again fails here.
"""

from __future__ import annotations

import subprocess

import pytest

from tests.conftest import desk_command, run_python

# The app, with a thread that reports its loaded modules once start-up is done, then ends it.
# It reads sys.modules only: no import of its own, so it cannot add what it looks for.
REPORT_MODULES_AT_IDLE = """
import os, sys, threading, time
from pathlib import Path

log = Path(os.environ["DESK_APP_DATA_DIR"]) / "logs" / "desk-app.log"
earlier = log.stat().st_size if log.exists() else 0  # what earlier starts logged

def report_at_idle():
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if log.exists() and b"Retention sweep" in log.read_bytes()[earlier:]:
            time.sleep(0.5)  # what the window does right after the sweep
            print("MODULES", " ".join(sorted(sys.modules)), flush=True)
            os._exit(0)
        time.sleep(0.05)
    print("NO SWEEP", flush=True)
    os._exit(1)

threading.Thread(target=report_at_idle, daemon=True).start()
sys.argv = ["desk-app"]
from desk_app.cli import main
sys.exit(main())
"""


@pytest.fixture(scope="module")
def idle_modules(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """The modules of a desk window idle after its start, with a store and no sync set up."""
    tmp_path = tmp_path_factory.mktemp("idle")
    command, environ = desk_command(tmp_path)
    environ["QT_QPA_PLATFORM"] = "offscreen"
    # A first start creates the database (Alembic, from empty), as on the day of installing;
    # the start looked at is an everyday one, as in the memory benchmark.
    subprocess.run(
        command,
        env={**environ, "DESK_APP_EXIT_AFTER_START": "1"},
        cwd=tmp_path,
        capture_output=True,
        check=True,
        timeout=300,
    )
    result = run_python(REPORT_MODULES_AT_IDLE, environ, tmp_path)
    lines = [line for line in result.stdout.splitlines() if line.startswith("MODULES ")]
    assert result.returncode == 0 and lines, result.stdout + result.stderr
    return set(lines[0].split()[1:])


def _loaded(modules: set[str], package: str) -> list[str]:
    return sorted(name for name in modules if name == package or name.startswith(package + "."))


def test_the_idle_window_has_its_store_open_when_memory_is_measured(idle_modules):
    # The benchmark's moment is honest only if the store (SQLAlchemy, the ORM) is loaded by then.
    assert "desk_app.store.repository" in idle_modules
    assert "sqlalchemy.orm" in idle_modules


@pytest.mark.parametrize(
    ("package", "needed_for"),
    [
        ("alembic", "creating or upgrading the database only"),
        ("requests", "a sync pass, and none is set up here"),
        ("urllib3", "a sync pass, and none is set up here"),
        ("reportlab", "the first receipt"),
        ("tomlkit", "saving settings"),
        ("argon2", "checking a PIN (this desk signs in with the OS login)"),
        ("desk_app.ui.dialogs", "a dialog being opened"),
        ("desk_app.receipt", "the first receipt"),
        ("desk_app.sync.client", "a sync pass"),
        ("desk_app.sync.open311", "an Open311 pass"),
        ("desk_app.services.transfer", "an export or import"),
        ("desk_app.services.doctor", "the doctor command"),
    ],
)
def test_the_idle_window_does_not_load_what_only_later_work_needs(
    idle_modules, package, needed_for
):
    assert _loaded(idle_modules, package) == [], f"{package} is needed for {needed_for}"
