"""Foundation figures: cold start, save → receipt, a bare durable commit, idle memory.

Run: python benchmarks/bench_foundation.py   (prints a table; takes about two minutes)
Each start and memory figure is also given as a ratio to the physical floor: a bare PySide6
window with a 12-field form, shown, painted once and closed (``BARE_WINDOW``).
Targets on the 2-core reference machine: start ≤ 0.35 s and ≤ 2.5 × the bare window,
save → receipt p95 ≤ 50 ms, idle RSS ≤ 100 MB.

The start, store-open and save figures are measured twice: with the database encrypted at
rest (SQLCipher, the key in a keyring: here the test suite's file keyring, as CI machines run
no keyring service) and without (no keyring, ``privacy.allow_without_keyring``). Encryption
must cost at most 1.2 × the unencrypted figure.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def desk_environ(data_dir: Path, *, encrypted: bool = True) -> dict[str, str]:
    """A desk in ``data_dir``; ``encrypted``: with a keyring (a file beside the folder)."""
    machine_file = data_dir.parent / f"{data_dir.name}-machine.toml"
    machine_file.parent.mkdir(parents=True, exist_ok=True)
    # The unencrypted allowance counts only from IT's machine file, never from a variable.
    machine_file.write_text(
        "" if encrypted else "[privacy]\nallow_without_keyring = true\n", encoding="utf-8"
    )
    keyring_environ = (
        {
            "PYTHON_KEYRING_BACKEND": "tests.file_keyring.FileKeyring",
            "DESK_TEST_KEYRING_FILE": str(data_dir.parent / f"{data_dir.name}-keyring.json"),
        }
        if encrypted
        else {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    )
    return {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "DESK_APP_DATA_DIR": str(data_dir),
        "DESK_APP_MACHINE_SETTINGS": str(machine_file),
        "DESK_APP_USER_SETTINGS": str(data_dir / "none.toml"),
        "DESK_APP_PRINTING_MODE": "none",
        "PYTHONPATH": str(ROOT),  # the keyring backend lives in tests/
        **keyring_environ,
    }


# The floor: what any PySide6 window with a form of twelve fields costs on this machine.
BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QObject, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QWidget

app = QApplication(sys.argv)
window = QWidget()
form = QFormLayout(window)
for number in range(12):
    form.addRow(f"Field {number}", QLineEdit())


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched is window:
            print(f"ready-at {time.time():.6f}", flush=True)
            if "--idle" not in sys.argv:
                QTimer.singleShot(0, app.quit)
            window.removeEventFilter(self)
        return False


painted = FirstPaint()
window.installEventFilter(painted)
window.show()
app.exec()
"""


def _ready_seconds(command: list[str], environ: dict[str, str]) -> float:
    started = time.time()
    result = subprocess.run(
        command, env=environ, check=True, timeout=60, capture_output=True, text=True
    )
    ready_line = next(line for line in result.stdout.splitlines() if line.startswith("ready-at"))
    return float(ready_line.split()[1]) - started


def bare_window_seconds(runs: int = 5) -> list[float]:
    """Process start → the bare window's first paint."""
    environ = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    command = [sys.executable, "-c", BARE_WINDOW]
    _ready_seconds(command, environ)  # warm the file cache, as for the app
    return [_ready_seconds(command, environ) for _ in range(runs)]


def resident_mb(pid: int) -> tuple[float, float, float]:
    """Resident memory of a process (MB): the total, and on Linux its split into anonymous
    memory (the Python and C heaps: what the app allocated) and mapped files (the code of
    Python, Qt, SQLCipher and other libraries, shared with other processes where they can be).
    Elsewhere the split is not known: NaN."""
    rss = psutil.Process(pid).memory_info().rss / 1024**2
    rollup = Path(f"/proc/{pid}/smaps_rollup")
    if not rollup.exists():
        return rss, float("nan"), float("nan")
    fields = dict(line.split(":", 1) for line in rollup.read_text().splitlines()[1:])
    anonymous = int(fields["Anonymous"].split()[0]) / 1024
    return rss, anonymous, int(fields["Rss"].split()[0]) / 1024 - anonymous


def bare_window_rss_mb() -> tuple[float, float, float]:
    """Resident memory of the bare window, idle for two seconds after its first paint."""
    environ = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    process = subprocess.Popen(
        [sys.executable, "-c", BARE_WINDOW, "--idle"],
        env=environ,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        process.stdout.readline()  # ready-at
        time.sleep(2)
        return resident_mb(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=30)


def _log_since(log: Path, offset: int) -> str:
    if not log.exists():
        return ""
    with log.open("rb") as file:
        file.seek(offset)
        return file.read().decode("utf-8", errors="replace")


def cold_start_seconds(data_dir: Path, runs: int = 5, *, encrypted: bool = True) -> list[float]:
    """Process start → window shown and first paint done (the app reports the moment)."""
    environ = {**desk_environ(data_dir, encrypted=encrypted), "DESK_APP_EXIT_AFTER_START": "1"}
    if not data_dir.exists():  # the first start creates the folders: not counted
        subprocess.run(
            [sys.executable, "-m", "desk_app"],
            env=environ,
            check=True,
            timeout=60,
            capture_output=True,
        )
    return [_ready_seconds([sys.executable, "-m", "desk_app"], environ) for _ in range(runs)]


def idle_rss_mb(data_dir: Path, *, encrypted: bool = True) -> tuple[float, float, float]:
    """Resident memory of the running app, idle on the empty form for two seconds after its
    start-up work (painting, opening the store, the retention sweep) is done: the total, the
    anonymous part and the mapped files (see ``resident_mb``)."""
    log = data_dir / "logs" / "desk-app.log"
    # Earlier starts in this folder logged "Window shown" too: only this start's lines count.
    offset = log.stat().st_size if log.exists() else 0
    process = subprocess.Popen(
        [sys.executable, "-m", "desk_app"],
        env=desk_environ(data_dir, encrypted=encrypted),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and "Retention sweep" not in _log_since(log, offset):
            time.sleep(0.05)
        time.sleep(2)
        return resident_mb(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=30)


STORE_OPEN = """
import time, sys
started = time.perf_counter()
from desk_app.app import open_desk
from desk_app.settings import load_settings
desk = open_desk(load_settings())
desk.service.store_problem()  # waits for the page check
print((time.perf_counter() - started) * 1000)
"""


def store_open_ms(data_dir: Path, *, encrypted: bool = True) -> float:
    """What the window does right after its first paint, in a new process: read the key from
    the keyring, open the store and check its pages (imports included)."""
    result = subprocess.run(
        [sys.executable, "-c", STORE_OPEN],
        env=desk_environ(data_dir, encrypted=encrypted),
        check=True,
        timeout=60,
        capture_output=True,
        text=True,
    )
    return float(result.stdout.strip())


def paired(measure: Callable[[bool], float], runs: int = 7) -> tuple[list[float], list[float]]:
    """``measure(encrypted)`` for plain and encrypted in turn, ``runs`` times each: on a busy
    machine a slow moment then falls on both sides alike. A first round warms up, uncounted."""
    measure(False), measure(True)
    plain, encrypted = [], []
    for _ in range(runs):
        plain.append(measure(False))
        encrypted.append(measure(True))
    return plain, encrypted


FIRST_SAVE = """
import time, sys
sys.path.insert(0, {root!r})
from desk_app.app import open_desk
from desk_app.settings import load_settings
from tests.conftest import complete_draft
desk = open_desk(load_settings())
started = time.perf_counter()
desk.service.receipt_pdf(desk.service.save(complete_draft()))
print((time.perf_counter() - started) * 1000)
"""


def first_save_ms(data_dir: Path, *, encrypted: bool = True) -> float:
    """The first save after start-up, which also loads the receipt renderer (once)."""
    result = subprocess.run(
        [sys.executable, "-c", FIRST_SAVE.format(root=str(ROOT))],
        env=desk_environ(data_dir, encrypted=encrypted),
        check=True,
        timeout=60,
        capture_output=True,
        text=True,
    )
    return float(result.stdout.strip())


def save_to_receipt_ms(base: Path, saves: int = 200) -> tuple[list[float], list[float]]:
    """One save (validated, durable) plus its receipt PDF, as the form does it: on a desk
    without encryption and on one encrypted at rest, open side by side, in turn."""
    import keyring
    from keyring.backends import fail

    from desk_app.app import open_desk
    from desk_app.settings import load_settings
    from tests.conftest import complete_draft
    from tests.file_keyring import FILE_VARIABLE, FileKeyring

    desks = []
    for encrypted in (False, True):
        environ = desk_environ(
            base / ("saves" if encrypted else "plain-saves"), encrypted=encrypted
        )
        os.environ[FILE_VARIABLE] = environ.get(FILE_VARIABLE, "")
        keyring.set_keyring(FileKeyring() if encrypted else fail.Keyring())
        desk = open_desk(load_settings(environ=environ))  # the key is read as it opens
        desk.service.receipt_pdf(desk.service.save(complete_draft()))  # warm-up, not counted
        desks.append(desk)
    times: tuple[list[float], list[float]] = ([], [])
    for number in range(saves):
        draft = complete_draft(description=f"Benchmark record {number}: the snow is back.")
        for desk, measured in zip(desks, times, strict=True):
            started = time.perf_counter()
            submission = desk.service.save(draft)
            desk.service.receipt_pdf(submission)
            measured.append((time.perf_counter() - started) * 1000)
    for desk in desks:
        desk.close()
    return times


def bare_commit_ms(data_dir: Path, commits: int = 200) -> list[float]:
    """One INSERT + COMMIT with WAL and synchronous=FULL: the floor of a durable save."""
    connection = sqlite3.connect(data_dir / "bare.sqlite3", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
    times = []
    for number in range(commits):
        started = time.perf_counter()
        connection.execute("BEGIN")
        connection.execute("INSERT INTO t (body) VALUES (?)", (f"row {number}",))
        connection.execute("COMMIT")
        times.append((time.perf_counter() - started) * 1000)
    return times


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        bare_starts = bare_window_seconds()
        bare_rss, bare_anonymous, bare_mapped = bare_window_rss_mb()
        # Alternated, so that a busy moment of the machine does not fall on one side only.
        plain_starts, starts = paired(
            lambda encrypted: cold_start_seconds(
                base / ("start" if encrypted else "plain-start"), runs=1, encrypted=encrypted
            )[0]
        )
        plain_opens, opens = paired(
            lambda encrypted: store_open_ms(
                base / ("start" if encrypted else "plain-start"), encrypted=encrypted
            )
        )
        rss, anonymous, mapped = idle_rss_mb(base / "start")
        plain_rss, *_ = idle_rss_mb(base / "plain-start", encrypted=False)
        first = first_save_ms(base / "start")
        plain_saves, saves = save_to_receipt_ms(base)
        commits = bare_commit_ms(base)
    print(f"{'figure':<42}{'measured':>12}{'target':>10}")
    start, bare_start = statistics.median(starts), statistics.median(bare_starts)
    print(f"{'bare window: start to first paint (s)':<42}{bare_start:>12.3f}")
    print(f"{'cold start to form ready, median of 7 (s)':<42}{start:>12.3f}{'≤ 0.35':>10}")
    print(f"{'  … as a multiple of the bare window':<42}{start / bare_start:>11.1f}×{'≤ 2.5×':>10}")
    print(f"{'first save → receipt after start (ms)':<42}{first:>12.1f}")
    print(f"{'save → receipt PDF, p50 (ms)':<42}{percentile(saves, 0.5):>12.1f}")
    print(f"{'save → receipt PDF, p95 (ms)':<42}{percentile(saves, 0.95):>12.1f}{'≤ 50':>10}")
    print(f"{'bare durable SQLite commit, median (ms)':<42}{statistics.median(commits):>12.2f}")
    print(f"{'bare window: idle memory, RSS (MB)':<42}{bare_rss:>12.0f}")
    print(f"{'  … of which heaps, anonymous (MB)':<42}{bare_anonymous:>12.0f}")
    print(f"{'  … of which mapped libraries, files (MB)':<42}{bare_mapped:>12.0f}")
    print(f"{'idle memory, RSS (MB)':<42}{rss:>12.0f}{'≤ 100':>10}")
    print(f"{'  … as a multiple of the bare window':<42}{rss / bare_rss:>11.1f}×")
    # Linux only: what the app allocated vs the code of the libraries it maps (NaN elsewhere).
    print(f"{'  … of which heaps, anonymous (MB)':<42}{anonymous:>12.0f}")
    print(f"{'  … of which mapped libraries, files (MB)':<42}{mapped:>12.0f}")
    print(f"{'idle memory without a keyring, RSS (MB)':<42}{plain_rss:>12.0f}")
    print(
        f"\n{'encrypted at rest vs not':<42}{'plain':>10}{'encrypted':>11}{'ratio':>8}{'limit':>8}"
    )
    for name, plain, encrypted in (
        ("cold start to form ready, median (s)", statistics.median(plain_starts), start),
        (
            "key + store open + page check, median (ms)",
            statistics.median(plain_opens),
            statistics.median(opens),
        ),
        ("save → receipt PDF, p95 (ms)", percentile(plain_saves, 0.95), percentile(saves, 0.95)),
    ):
        print(f"{name:<42}{plain:>10.3f}{encrypted:>11.3f}{encrypted / plain:>7.2f}×{'≤ 1.2×':>8}")


if __name__ == "__main__":
    main()
