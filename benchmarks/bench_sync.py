"""Sync figures: 10,000 records drained into the reference server on loopback.

Run: python benchmarks/bench_sync.py
Prints records per second with batches (through the window's background worker, measuring
the longest event-loop stall meanwhile) and one by one (headless, a smaller queue), side by
side. Targets on the 2-core reference machine: 10,000 records in under 10 s with batch, and
no stall over 50 ms. The server runs in its own process, as it would in real life.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TOKEN = "benchmark-token"


def filled_desk(folder: Path, url: str, records: int):  # type: ignore[no-untyped-def]
    import keyring

    from desk_app.app import open_desk
    from desk_app.settings import load_settings
    from desk_app.sync.credentials import store_token
    from tests.conftest import complete_draft, isolated_environ
    from tests.sync.conftest import MemoryKeyring  # no OS keyring service on a CI machine

    keyring.set_keyring(MemoryKeyring())
    desk = open_desk(load_settings(environ=isolated_environ(folder, api_url=url)))
    store_token(url, TOKEN)
    for number in range(records):
        desk.service.save(complete_draft(description=f"Benchmark record {number}"))
    return desk, desk.sync


def batch_through_window(folder: Path, url: str, records: int) -> tuple[float, float]:
    """Seconds to drain, and the longest event-loop stall (ms), with the real window."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from desk_app.ui.main_window import MainWindow
    from desk_app.ui.plumbing.launch import freeze_startup_objects
    from desk_app.ui.plumbing.sync_controller import SyncController
    from tests.ui.stall_meter import StallMeter

    app = QApplication.instance() or QApplication(sys.argv)
    desk, sync = filled_desk(folder, url, records)
    controller = SyncController(sync, interval_seconds=3600)
    window = MainWindow(desk.service, sync=controller)
    window.show()
    app.processEvents()
    freeze_startup_objects()  # as desk_app.ui.plumbing.launch does after the first paint
    meter = StallMeter()
    loop = QEventLoop()
    reports = []
    controller.finished.connect(lambda report: (reports.append(report), loop.quit()))
    meter.start()
    started = time.perf_counter()
    controller.sync_now()
    loop.exec()
    elapsed = time.perf_counter() - started
    meter.stop()
    assert reports[0].delivered == records, reports[0]
    window.close()
    return elapsed, float(meter.longest)


def one_by_one(folder: Path, url: str, records: int) -> float:
    _desk, sync = filled_desk(folder, url, records)
    sync_pass = sync._sync_pass()
    sync_pass.batch_supported = False
    started = time.perf_counter()
    report = sync.run_once(ignore_backoff=True)
    elapsed = time.perf_counter() - started
    assert report.delivered == records, report
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory() as temporary:
        base = Path(temporary)
        from case_server.runner import ServerProcess

        server = ServerProcess(f"sqlite:///{base / 'cases.db'}", TOKEN).start()
        url = server.url
        try:
            batch_records, single_records = 10_000, 2_000
            batch_seconds, stall_ms = batch_through_window(base / "batch", url, batch_records)
            single_seconds = one_by_one(base / "single", url, single_records)
        finally:
            server.stop()
    print(f"{'figure':<44}{'measured':>12}{'target':>12}")
    print(f"{'batch: 10,000 records drained (s)':<44}{batch_seconds:>12.2f}{'< 10':>12}")
    print(f"{'batch: records per second':<44}{batch_records / batch_seconds:>12.0f}")
    print(f"{'one by one: 2,000 records drained (s)':<44}{single_seconds:>12.2f}")
    print(f"{'one by one: records per second':<44}{single_records / single_seconds:>12.0f}")
    print(f"{'longest UI event-loop stall while draining (ms)':<44}{stall_ms:>12.0f}{'≤ 50':>12}")


if __name__ == "__main__":
    main()
