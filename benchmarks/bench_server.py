"""Server figures at municipal scale: 20 desks syncing at once to one server on PostgreSQL.

Run: python benchmarks/bench_server.py   [--desks 20] [--records 1000] [--lost-replies 40]
                                         [--database postgresql|sqlite]
Each desk is its own process with its own SQLite store, filled with ``--records`` records before
the clock starts; then all desks sync at once (batches of 100, as the desk does) to one
reference server on a throw-away PostgreSQL cluster (fsync on, as a pilot would run it). While
they sync, the server drops ``--lost-replies`` replies after committing (the desk sees a broken
connection and sends the batch again). It prints records per second, request times (p50, p95,
as the desks saw them) and then proves from the database itself that every record became
exactly one case: the case count, distinct keys, distinct case numbers, one "received" event
per case, no record stored twice, and every desk's record ids present. Needs Debian's
postgresql package (scripts/install-system-packages.sh --test). Takes a few minutes on the
2-core reference machine, most of it filling the desks.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TOKEN = "benchmark-token"
# Bounds, not targets: only a hung desk or server gets near them.
DESK_PASSES = 200
RUN_BOUND_SECONDS = 3600.0


# --- one desk (a child process) -------------------------------------------------------------


def run_desk(number: int, folder: Path, url: str, records: int) -> None:
    """Fill a desk, say "ready", wait for "go" on stdin, sync everything, print the figures."""
    import keyring
    import requests

    from desk_app.app import open_desk
    from desk_app.settings import load_settings
    from desk_app.sync.credentials import store_token
    from tests.conftest import complete_draft, isolated_environ
    from tests.sync.conftest import MemoryKeyring  # no OS keyring service on a CI machine

    keyring.set_keyring(MemoryKeyring())
    desk = open_desk(load_settings(environ=isolated_environ(folder, api_url=url)))
    store_token(url, TOKEN)
    saved = [
        desk.service.save(complete_draft(description=f"Benchmark desk {number} record {index}"))
        for index in range(records)
    ]
    (folder / "ids.json").write_text(json.dumps([str(record.id) for record in saved]))

    # Every request as the desk saw it: (path, seconds, whether an answer came).
    timings: list[tuple[str, float, bool]] = []
    send = requests.Session.send

    def timed_send(session: requests.Session, request: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        path = str(request.path_url).split("?")[0]
        try:
            response = send(session, request, **kwargs)
        except requests.RequestException:
            timings.append((path, time.perf_counter() - started, False))
            raise
        timings.append((path, time.perf_counter() - started, True))
        return response

    requests.Session.send = timed_send  # type: ignore[method-assign,assignment]
    print("ready", flush=True)
    sys.stdin.readline()  # "go": every desk starts at once
    delivered, passes, errors = 0, 0, 0
    started, cpu_started = time.perf_counter(), time.process_time()
    started_at = time.time()  # the desks share the clock: the run is first start to last end
    while delivered < records and passes < DESK_PASSES:
        report = desk.sync.run_once(ignore_backoff=True)
        delivered += report.delivered
        passes += 1
        errors += bool(report.last_error)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    desk.close()
    print(
        json.dumps(
            {
                "delivered": delivered,
                "passes": passes,
                "passes_with_error": errors,
                "seconds": elapsed,
                "started_at": started_at,
                "finished_at": started_at + elapsed,
                "cpu": cpu,
                "requests": timings,
            }
        ),
        flush=True,
    )


# --- the conductor --------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def feed_lost_replies(plan: Any, count: int, stop: threading.Event) -> None:
    """Keep one lost reply waiting until ``count`` were queued, spread over the run."""
    from case_server.app import Fault

    queued = 0
    while queued < count and not stop.is_set():
        if not plan._faults:  # the previous one was used up
            plan.add(Fault("drop", path="/submissions:batch"))
            queued += 1
        stop.wait(0.2)


def cpu_seconds(pid: int, *, with_children: bool = False) -> float:
    """CPU time of a process so far (and of its live and finished children)."""
    import psutil

    process = psutil.Process(pid)
    family = [process, *process.children(recursive=True)] if with_children else [process]
    total = 0.0
    for member in family:
        times = member.cpu_times()
        total += times.user + times.system
        if with_children:
            total += times.children_user + times.children_system
    return total


def prove_from_database(database_url: str, desk_folders: list[Path]) -> dict[str, int | bool]:
    """What the database itself says about the cases: counts that show exactly-once."""
    from sqlalchemy import create_engine, func, select

    from case_server.store import Case, StatusEvent

    expected: set[str] = set()
    for folder in desk_folders:
        expected.update(json.loads((folder / "ids.json").read_text()))
    engine = create_engine(database_url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as connection:
        cases = connection.scalar(select(func.count()).select_from(Case))
        distinct_ids = connection.scalar(select(func.count(func.distinct(Case.id))))
        distinct_numbers = connection.scalar(select(func.count(func.distinct(Case.case_number))))
        # A record stored twice would be two cases with one description (each is unique here).
        distinct_records = connection.scalar(select(func.count(func.distinct(Case.body))))
        received = connection.scalar(
            select(func.count(func.distinct(StatusEvent.case_id))).where(
                StatusEvent.status == "received"
            )
        )
        received_events = connection.scalar(
            select(func.count()).select_from(StatusEvent).where(StatusEvent.status == "received")
        )
        stored_ids = set(connection.scalars(select(Case.id)))
    engine.dispose()
    return {
        "cases": int(cases or 0),
        "distinct_ids": int(distinct_ids or 0),
        "distinct_case_numbers": int(distinct_numbers or 0),
        "duplicates": int(cases or 0) - int(distinct_records or 0),
        "received_events": int(received_events or 0),
        "cases_with_received_event": int(received or 0),
        "ids_match_desks": stored_ids == expected,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--desks", type=int, default=20)
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--lost-replies", type=int, default=40)
    parser.add_argument("--database", choices=["postgresql", "sqlite"], default="postgresql")
    parser.add_argument("--desk", type=int, help=argparse.SUPPRESS)  # the child's own mode
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.desk is not None:
        run_desk(args.desk, Path(args.folder), args.url, args.records)
        return

    from case_server.app import create_app
    from case_server.runner import ServerThread, TemporaryPostgres
    from case_server.store import CaseStore

    with (
        tempfile.TemporaryDirectory(prefix="bench-server-") as temporary,
        contextlib.ExitStack() as cleanup,  # the cluster stops even when the run fails
    ):
        base = Path(temporary)
        postgres = None
        if args.database == "postgresql":
            postgres = TemporaryPostgres(durable=True).start()
            cleanup.callback(postgres.stop)
        database_url = postgres.url() if postgres else f"sqlite:///{base / 'cases.sqlite3'}"
        store = CaseStore(database_url)
        app = create_app(store, TOKEN)
        server = ServerThread(app, log_level="critical").start()
        desks: list[subprocess.Popen[str]] = []
        stop_feeding = threading.Event()
        folders = [base / f"desk-{number:02d}" for number in range(args.desks)]
        try:
            fill_started = time.perf_counter()
            for number, folder in enumerate(folders):
                folder.mkdir()
                desk_args = ["--folder", str(folder), "--url", server.url]
                desk_args += ["--records", str(args.records)]
                desks.append(
                    subprocess.Popen(
                        [sys.executable, __file__, "--desk", str(number), *desk_args],
                        stdin=subprocess.PIPE,
                        stdout=subprocess.PIPE,
                        text=True,
                        cwd=folder,
                    )
                )
            for desk in desks:
                assert desk.stdout is not None and desk.stdout.readline().strip() == "ready"
            fill_seconds = time.perf_counter() - fill_started
            plan = app.state.faults
            feeder = threading.Thread(
                target=feed_lost_replies, args=(plan, args.lost_replies, stop_feeding)
            )
            server_cpu = cpu_seconds(os.getpid())
            database_pid = postgres.process.pid if postgres and postgres.process else None
            database_cpu = cpu_seconds(database_pid, with_children=True) if database_pid else 0.0
            for desk in desks:
                assert desk.stdin is not None
                desk.stdin.write("go\n")
                desk.stdin.flush()
            feeder.start()
            results = []
            for desk in desks:
                output, _ = desk.communicate(timeout=RUN_BOUND_SECONDS)
                results.append(json.loads(output.strip().splitlines()[-1]))
            server_cpu = cpu_seconds(os.getpid()) - server_cpu
            if database_pid:
                database_cpu = cpu_seconds(database_pid, with_children=True) - database_cpu
            stop_feeding.set()
            feeder.join()
            lost = args.lost_replies - len(plan._faults)
        finally:
            stop_feeding.set()
            for desk in desks:
                if desk.poll() is None:
                    desk.kill()
            server.stop()
            store.engine.dispose()
        proof = prove_from_database(database_url, folders)

    total = args.desks * args.records
    elapsed = max(r["finished_at"] for r in results) - min(r["started_at"] for r in results)
    delivered = sum(result["delivered"] for result in results)
    timings = [tuple(item) for result in results for item in result["requests"]]
    batch_answered = [s for path, s, ok in timings if path == "/submissions:batch" and ok]
    all_answered = [s for _path, s, ok in timings if ok]
    failed = sum(1 for _path, _s, ok in timings if not ok)
    rows = [
        ("database", args.database, ""),
        ("desks × records", f"{args.desks} × {args.records}", ""),
        ("filling the desks (s, not timed below)", f"{fill_seconds:.1f}", ""),
        ("all desks drained (s)", f"{elapsed:.1f}", ""),
        ("records per second (all desks)", f"{total / elapsed:.0f}", ""),
        ("batch requests answered", f"{len(batch_answered)}", ""),
        ("batch request time p50 (ms)", f"{percentile(batch_answered, 0.50) * 1000:.0f}", ""),
        ("batch request time p95 (ms)", f"{percentile(batch_answered, 0.95) * 1000:.0f}", ""),
        ("any request time p95 (ms)", f"{percentile(all_answered, 0.95) * 1000:.0f}", ""),
        ("CPU while draining: server process (s)", f"{server_cpu:.1f}", ""),
        ("CPU while draining: PostgreSQL (s)", f"{database_cpu:.1f}", ""),
        ("CPU while draining: desks (s)", f"{sum(r['cpu'] for r in results):.1f}", ""),
        ("replies lost on purpose", f"{lost}", ""),
        ("requests without an answer (desk side)", f"{failed}", f"≥ {lost}"),
        ("sync passes (all desks)", f"{sum(r['passes'] for r in results)}", ""),
        ("records the desks count as delivered", f"{delivered}", f"= {total}"),
        ("cases in the database", f"{proof['cases']}", f"= {total}"),
        (
            "distinct case ids / case numbers",
            f"{proof['distinct_ids']} / {proof['distinct_case_numbers']}",
            f"= {total}",
        ),
        ("records stored as more than one case", f"{proof['duplicates']}", "= 0"),
        (
            "'received' events (cases with one)",
            f"{proof['received_events']} ({proof['cases_with_received_event']})",
            f"= {total}",
        ),
        ("case ids = the desks' record ids", f"{proof['ids_match_desks']}", "= True"),
    ]
    print(f"{'figure':<44}{'measured':>16}{'expected':>12}")
    for name, measured, expected in rows:
        print(f"{name:<44}{measured:>16}{expected:>12}")
    exact = (
        proof["cases"] == proof["distinct_ids"] == proof["distinct_case_numbers"] == total
        and proof["duplicates"] == 0
        and proof["received_events"] == total
        and proof["ids_match_desks"]
        and delivered == total
    )
    print("exactly once:", "yes" if exact else "NO")
    if not exact:
        sys.exit(1)


if __name__ == "__main__":
    main()
