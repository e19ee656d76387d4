"""The statistics tab at 100,000 and 1,000,000 records (issue 11; target: tab ≤ 300 ms at 1M).

Run: python benchmarks/bench_statistics.py [--records 100000 1000000] [--cache DIR] [--runs N]
(about 5–10 minutes on the 2-core reference machine; with --cache each store is built once).
Prints figures; nothing is asserted.

Steps, for each size: build a store of today's schema with N records spread over two years
and about one rated visit per four records (bulk INSERTs in one transaction, as
bench_search.py builds its stores; the search index's triggers are set aside meanwhile and
put back after: the statistics never read it). Then time
  - the aggregate queries alone (store.statistics.statistics) for this week, this month,
    the last 30 days, a year by week and all by month;
  - the tab's open time in a real (offscreen) window: from the first click on the tab
    (the screen module and Qt Charts loaded, the service called on the worker thread, the
    tables and charts filled) until it shows the numbers, on the default period
    ("this week"); and a re-count of "this month".
Last, start time and idle memory of the app with the tab never opened (bench_foundation's
measurements), and what loading Qt Charts adds to a window.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics as stats
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.bench_foundation import (  # noqa: E402
    cold_start_seconds,
    desk_environ,
    idle_rss_mb,
)
from desk_app.domain.record import Channel, Kind, Site, Submission, SubmitterType  # noqa: E402
from desk_app.domain.statistics import Granularity, StatisticsQuery  # noqa: E402
from desk_app.store.database import open_store  # noqa: E402
from desk_app.store.models import SubmissionRow  # noqa: E402
from desk_app.store.repository import to_row  # noqa: E402
from tests.conftest import complete_draft  # noqa: E402

START = datetime(2025, 1, 1, tzinfo=UTC)
SPAN = timedelta(days=730)
NOW = START + SPAN - timedelta(days=3)  # the desk's clock: "this week" holds records
CATEGORIES = ["streets.snow", "streets.roads", "parks", "waste", "schools", "libraries", "noise"]
UNITS = [None, "u-parks", "u-schools", "u-streets", "u-care"]
PROVIDERS = [None, "Bo AB", "Städ & Co", "Omsorgen"]
STATES = ["synced"] * 17 + ["pending", "sending", "needs_attention"]
QUESTIONS = ["treatment", "answer", "wait", "overall"]


def _stored(moment: datetime) -> str:
    """A datetime as the store keeps it (naive UTC text, SQLAlchemy's SQLite format)."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def build_store(path: Path, records: int) -> None:
    """Today's schema with ``records`` records and their ratings, written in one transaction."""
    open_store(path, path.parent / "backups").dispose()
    template = to_row(
        Submission.from_draft(complete_draft(), reference="X", site=Site("vas", "Stadshuset"))
    )
    row: dict[str, object] = {}
    for column in SubmissionRow.__table__.columns:
        value = getattr(template, column.name)
        row[column.name] = _stored(value) if isinstance(value, datetime) else value
    row["sync_attempts"], row["sync_reason"] = 0, ""
    for name in ("case_number", "case_status", "case_status_text"):
        row[name] = ""
    columns = list(row)
    rng = random.Random(11)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA synchronous=OFF")
    triggers = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='trigger' AND tbl_name='submissions'"
    ).fetchall()
    search_triggers = [(name, sql) for name, sql in triggers if "submission_search" in sql]
    for name, _sql in search_triggers:
        connection.execute(f"DROP TRIGGER {name}")
    connection.execute("BEGIN")
    sql = f"INSERT INTO submissions ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    step = SPAN / records
    kinds = [k.value for k in Kind]
    channels = [Channel.IN_PERSON.value, Channel.PHONE.value, Channel.EMAIL.value]
    submitters = [None, SubmitterType.RESIDENT.value, SubmitterType.VISITOR.value]

    def rows() -> object:
        for number in range(records):
            received = START + step * number
            state = rng.choice(STATES)
            row.update(
                id=f"{number:08d}-0000-4000-8000-{rng.getrandbits(48):012x}",
                reference=f"VAS-{number:012d}",
                received_at=_stored(received),
                kind=rng.choice(kinds),
                category=rng.choice(CATEGORIES),
                channel=rng.choice(channels),
                submitter_type=rng.choice(submitters),
                concerns_unit=rng.choice(UNITS),
                concerns_provider=rng.choice(PROVIDERS),
                sync_state=state,
                first_response_due=_stored(received + timedelta(days=2, hours=10)),
            )
            yield tuple(row[name] for name in columns)

    connection.executemany(sql, rows())  # type: ignore[arg-type]
    rating_sql = (
        "INSERT INTO ratings (id, visit_id, given_at, site_id, language, question, score,"
        " comment, sync_state, sync_reason, sync_attempts) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
    )

    def ratings() -> object:
        for number in range(records // 4):
            visit = str(uuid.UUID(int=rng.getrandbits(128)))
            given = _stored(START + step * 4 * number)
            for question in rng.sample(QUESTIONS, rng.randint(1, 4)):
                yield (
                    str(uuid.UUID(int=rng.getrandbits(128))),
                    visit,
                    given,
                    "vas",
                    "sv",
                    question,
                    rng.randint(1, 5),
                    "",
                    "synced",
                    "",
                    0,
                )

    connection.executemany(rating_sql, ratings())  # type: ignore[arg-type]
    connection.execute("COMMIT")
    for _name, trigger_sql in search_triggers:
        connection.execute(trigger_sql)
    connection.execute("ANALYZE")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def queries(today: date) -> dict[str, StatisticsQuery]:
    from desk_app.services.statistics import last_days, this_month, this_week

    return {
        "this week, by day": StatisticsQuery(*this_week(today), Granularity.DAY),
        "this month, by day": StatisticsQuery(*this_month(today), Granularity.DAY),
        "last 30 days, by day": StatisticsQuery(*last_days(today), Granularity.DAY),
        "last year, by week": StatisticsQuery(today - timedelta(days=364), today, Granularity.WEEK),
        "two years, by month": StatisticsQuery(
            START.date(), (START + SPAN).date(), Granularity.MONTH
        ),
    }


def aggregate_ms(path: Path, runs: int) -> dict[str, tuple[float, float]]:
    """Median (wall, CPU) time of the store's aggregate queries per query. The CPU time is
    this process's: on a shared, loaded machine it says more than the wall clock."""
    from desk_app.store.statistics import statistics

    engine = open_store(path, path.parent / "backups")
    try:
        figures = {}
        for name, query in queries(NOW.date()).items():
            walls, cpus = [], []
            for _ in range(runs):
                started, cpu = time.perf_counter(), time.process_time()
                statistics(engine, query, 1, NOW, site_name="Stadshuset")
                walls.append((time.perf_counter() - started) * 1000)
                cpus.append((time.process_time() - cpu) * 1000)
            figures[name] = (stats.median(walls), stats.median(cpus))
        return figures
    finally:
        engine.dispose()


TAB_OPEN = """
import sys, time
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from desk_app.app import open_desk
from desk_app.settings import load_settings
from desk_app.ui.main_window import MainWindow
from benchmarks.bench_statistics import NOW

app = QApplication(sys.argv)
desk = open_desk(load_settings())
desk.service.clock = lambda: NOW
window = MainWindow(desk.service, statistics=desk.statistics)
window.resize(1280, 720)
window.show()
app.processEvents()
desk.service.store_problem()  # the page check done, as on a desk that has been running

def wait_counted(tab):
    loop = QEventLoop()
    tab.counted.connect(loop.quit)
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()
    tab.counted.disconnect(loop.quit)

started, cpu = time.perf_counter(), time.process_time()
tab = window.open_statistics()
built = time.perf_counter()
wait_counted(tab)
app.processEvents()  # the charts painted
shown = time.perf_counter()
print(f"open {1000 * (shown - started):.1f} build {1000 * (built - started):.1f}"
      f" opencpu {1000 * (time.process_time() - cpu):.1f}", flush=True)
started, cpu = time.perf_counter(), time.process_time()
tab.period.setCurrentIndex(tab.period.findData("month"))
wait_counted(tab)
app.processEvents()
print(f"month {1000 * (time.perf_counter() - started):.1f}"
      f" monthcpu {1000 * (time.process_time() - cpu):.1f}", flush=True)
tab.shutdown()
"""


def tab_open_ms(data_dir: Path) -> dict[str, float]:
    """open, build (of it, building the tab), month (re-count this month), and the CPU time
    of open and month (every thread of the process), in a fresh process."""
    environ = {**desk_environ(data_dir, encrypted=False), "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", TAB_OPEN],
        env=environ,
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
        check=True,
    )
    words = result.stdout.split()
    return {name: float(value) for name, value in zip(words[::2], words[1::2], strict=True)}


CHARTS_COST = """
import sys, time, psutil
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
window = QWidget(); window.show(); app.processEvents()
before = psutil.Process().memory_info().rss
started = time.perf_counter()
import PySide6.QtCharts
print(f"{1000 * (time.perf_counter() - started):.1f} "
      f"{(psutil.Process().memory_info().rss - before) / 1024**2:.1f}")
"""


def prepared_store(base: Path, records: int, cache: Path | None) -> Path:
    """A desk database of ``records`` records in its own folder under ``base``: copied from
    ``cache`` when an earlier run left one there, else built (and left there)."""
    data_dir = base / f"desk-{records}"
    data_dir.mkdir()
    database = data_dir / "desk.sqlite3"
    cached = cache / f"statistics-{records}.sqlite3" if cache else None
    started = time.perf_counter()
    if cached is not None and cached.exists():
        shutil.copy(cached, database)
    else:
        build_store(database, records)
        if cached is not None:
            cached.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(database, cached)
    print(f"\n{records:,} records (store ready in {time.perf_counter() - started:.0f} s)")
    return database


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--cache", type=Path, help="keep the built stores here for next time")
    parser.add_argument("--runs", type=int, default=5)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        base = Path(scratch)
        for records in arguments.records:
            database = prepared_store(base, records, arguments.cache)
            for name, (wall, cpu) in aggregate_ms(database, arguments.runs).items():
                print(f"  aggregate queries, {name:<24}{wall:>8.1f} ms, CPU {cpu:.1f} ms (median)")
            opened = [tab_open_ms(database.parent) for _ in range(3)]

            def median(name: str, figures: list[dict[str, float]] = opened) -> float:
                return stats.median(figure[name] for figure in figures)

            print(
                f"  tab open, this week (target ≤ 300 ms) {median('open'):>7.1f} ms,"
                f" CPU {median('opencpu'):.1f} ms (median of 3; building the tab"
                f" {median('build'):.1f} ms)"
            )
            print(
                f"  tab re-count, this month              {median('month'):>7.1f} ms,"
                f" CPU {median('monthcpu'):.1f} ms"
            )
        start_dir = base / "start"
        starts = cold_start_seconds(start_dir, runs=5, encrypted=False)
        first_paint = stats.median(starts) * 1000
        print(f"\nstart to first paint, tab never opened: {first_paint:.0f} ms (median of 5)")
        idle_total, *_ = idle_rss_mb(base / "idle")
        print(f"idle memory, tab never opened: {idle_total:.0f} MB RSS")
        cost = subprocess.run(
            [sys.executable, "-c", CHARTS_COST], capture_output=True, text=True, check=True
        ).stdout.split()
        print(f"loading Qt Charts into a window: {cost[0]} ms, +{cost[1]} MiB RSS")


if __name__ == "__main__":
    main()
