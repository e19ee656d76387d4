"""What encryption at rest costs on a large store, side by side: the same records plain and
encrypted, opened and searched by the desk's own code, each figure with the ratio.

Run: python benchmarks/bench_search.py --keep DIR   (once: builds and keeps both stores)
     python benchmarks/bench_encryption_cost.py DIR [--records N] [--runs N]   (a few minutes)

Prints, for plain and encrypted in turn (alternated, so a busy moment of a shared machine
falls on both sides alike): ``open_store`` with its page check, as wall time and as CPU time
of the whole process (the check's helper thread included; CPU time moves less with the
machine's load than wall time), and the median and p95 of the queue searches of
bench_search. Also what the cipher is set to, and what opening costs with the raw key the
desk uses against a passphrase (PBKDF2), to show that no key derivation runs at each open.
The limit for each ratio is 1.2 ×.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desk_app.store.database import open_store  # noqa: E402
from desk_app.store.encryption import cipher_module, connect  # noqa: E402
from desk_app.store.repository import SubmissionStore  # noqa: E402


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def open_once(path: Path, key: bytes | None) -> tuple[float, float]:
    """``open_store`` with its page check at once: (wall s, process CPU s)."""
    with tempfile.TemporaryDirectory() as backups:
        wall, cpu = time.perf_counter(), time.process_time()
        open_store(path, Path(backups), key=key).dispose()
        return time.perf_counter() - wall, time.process_time() - cpu


def searches_of(plain: Path) -> dict[str, str]:
    """bench_search's searches, with a reference and a case number of these records."""
    with sqlite3.connect(plain) as connection:
        records = connection.execute("SELECT count(*) FROM submissions").fetchone()[0]
        reference, case = connection.execute(
            "SELECT reference, case_number FROM submissions "
            "WHERE case_number != '' ORDER BY rowid LIMIT 1 OFFSET ?",
            (records // 3,),
        ).fetchone()
    connection.close()
    return {
        "rare word": "snöröjning",
        "common word (in half)": "snow",
        "Persian word": "برف",
        "Swedish word, other case": "ÅSGATAN",
        "part of a reference": reference[4:13],
        "case number": case[2:],
        "no match at all": "zqxjv",
        "2 characters, common": "sn",
        "2 characters, reference": reference[5:7],
        "2 characters, no match": "ØÆ",
    }


def cipher_facts(path: Path, key: bytes) -> list[str]:
    """What SQLCipher runs with on the desk's connections."""
    connection = connect(path, key, read_only=True)
    try:
        connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        facts = [
            f"{name} = {connection.execute(f'PRAGMA {name}').fetchone()[0]}"
            for name in (
                "cipher_version",
                "cipher_provider_version",
                "cipher_page_size",
                "cipher_hmac_algorithm",
                "cipher_memory_security",
            )
        ]
    finally:
        connection.close()
    return facts


def key_open_ms(folder: Path, key: bytes) -> tuple[float, float]:
    """Opening and reading a small encrypted file: with the raw key, and with a passphrase
    (PBKDF2-HMAC-SHA512, SQLCipher's 256,000 iterations), median of 5, ms."""
    module = cipher_module()
    timings: dict[str, list[float]] = {"raw": [], "passphrase": []}
    for how, statement in (
        ("raw", f"PRAGMA key = \"x'{key.hex()}'\""),
        ("passphrase", "PRAGMA key = 'a passphrase'"),
    ):
        path = folder / f"{how}.sqlite3"
        made = module.connect(str(path))
        made.execute(statement)
        made.execute("CREATE TABLE t (x)")
        made.commit()
        made.close()
        for _ in range(5):
            started = time.perf_counter()
            connection = module.connect(str(path))
            connection.execute(statement)
            connection.execute("SELECT count(*) FROM t").fetchone()
            connection.close()
            timings[how].append((time.perf_counter() - started) * 1000)
    return statistics.median(timings["raw"]), statistics.median(timings["passphrase"])


def alternated(
    measure: Callable[[bool], list[float]], rounds: int
) -> tuple[list[float], list[float]]:
    """``measure(encrypted)`` for plain and encrypted in turn, ``rounds`` times each."""
    plain: list[float] = []
    encrypted: list[float] = []
    for _ in range(rounds):
        plain += measure(False)
        encrypted += measure(True)
    return plain, encrypted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="where bench_search.py --keep put the stores")
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=20, help="timed runs per search and side")
    parser.add_argument("--opens", type=int, default=3, help="timed opens per side")
    options = parser.parse_args()
    kept_plain = options.folder / f"desk-plain-{options.records}.sqlite3"
    kept_encrypted = options.folder / f"desk-encrypted-{options.records}.sqlite3"
    key = bytes.fromhex(kept_encrypted.with_suffix(".key").read_text())
    searches = searches_of(kept_plain)

    with tempfile.TemporaryDirectory() as folder:
        # Copies: opening writes a -wal and -shm, and searching must not change the kept files.
        paths = {False: Path(folder) / "plain.sqlite3", True: Path(folder) / "encrypted.sqlite3"}
        shutil.copyfile(kept_plain, paths[False])
        shutil.copyfile(kept_encrypted, paths[True])
        keys = {False: None, True: key}
        raw_ms, passphrase_ms = key_open_ms(Path(folder), key)
        facts = cipher_facts(paths[True], key)
        open_once(paths[False], None), open_once(paths[True], key)  # warm the OS file cache
        opens: dict[bool, list[tuple[float, float]]] = {False: [], True: []}
        for _ in range(options.opens):
            for encrypted in (False, True):
                opens[encrypted].append(open_once(paths[encrypted], keys[encrypted]))

        engines = {
            encrypted: open_store(paths[encrypted], Path(folder) / "backups", key=keys[encrypted])
            for encrypted in (False, True)
        }
        stores = {encrypted: SubmissionStore(engine) for encrypted, engine in engines.items()}
        times: dict[str, tuple[list[float], list[float]]] = {}
        for name, text in searches.items():
            for store in stores.values():
                store.search(text)  # warm the page cache for this search: not counted

            def one_search(encrypted: bool, text: str = text) -> list[float]:
                started = time.perf_counter()
                stores[encrypted].search(text)
                return [(time.perf_counter() - started) * 1000]

            times[name] = alternated(one_search, options.runs)
        for engine in engines.values():
            engine.dispose()

    print("SQLCipher on the desk's connections: " + ", ".join(facts))
    print(
        f"open + read a small encrypted file: raw key {raw_ms:.1f} ms, passphrase "
        f"(PBKDF2, 256,000 iterations) {passphrase_ms:.1f} ms: the desk's raw key derives nothing"
    )
    print(f"\n{options.records:,} records; the machine's load makes wall times noisy")
    print(f"{'figure':<46}{'plain':>10}{'encrypted':>11}{'ratio':>8}{'limit':>8}")
    rows: list[tuple[str, float, float]] = [
        (
            "open + page check, median wall s",
            statistics.median(wall for wall, _ in opens[False]),
            statistics.median(wall for wall, _ in opens[True]),
        ),
        (
            "open + page check, median CPU s",
            statistics.median(cpu for _, cpu in opens[False]),
            statistics.median(cpu for _, cpu in opens[True]),
        ),
    ]
    for name, (plain, encrypted) in times.items():
        rows.append((f"search p50 ms: {name}", percentile(plain, 0.5), percentile(encrypted, 0.5)))
        rows.append(
            (f"search p95 ms: {name}", percentile(plain, 0.95), percentile(encrypted, 0.95))
        )
    for name, plain_figure, secret in rows:
        print(
            f"{name[:46]:<46}{plain_figure:>10.2f}{secret:>11.2f}"
            f"{secret / plain_figure:>7.2f}×{'≤ 1.2×':>8}"
        )


if __name__ == "__main__":
    main()
