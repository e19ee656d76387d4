"""Queue search at a million records: LIKE scan (schema 0002) against the trigram index (0003).

Run: python benchmarks/bench_search.py [--records N] [--cache DIR] [--runs N]
(about 3–5 minutes on the 2-core reference machine; with --cache the 0002 database is built once
and copied on later runs). Prints figures; the only asserts are sanity checks that both searches
find the same records.

Steps: build a schema-0002 database with N records (bulk INSERTs through the store's own
schema), time the searches the old way, time ``store.add`` (save → commit), upgrade to 0003
with ``open_store`` as a desk's first start would (backup + index build), then time the same
searches through ``SubmissionStore.search`` and ``store.add`` again. Then (unless
``--no-encryption``) encrypt that store as a desk's first start with a keyring does
(``sqlcipher_export``), and time the store's opening (its page check), the same searches and
``store.add`` once more: encryption at rest may cost at most 1.2 × the plaintext figures.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, or_, select  # noqa: E402

from desk_app.domain.record import Site, Submission  # noqa: E402
from desk_app.domain.reference import ALPHABET, check_character  # noqa: E402
from desk_app.store.database import MIGRATIONS_DIR, current_revision, open_store  # noqa: E402
from desk_app.store.encryption import new_key  # noqa: E402
from desk_app.store.models import SubmissionRow  # noqa: E402
from desk_app.store.repository import SubmissionStore, from_row, to_row  # noqa: E402
from tests.conftest import complete_draft  # noqa: E402

PREVIOUS = "0002_sync_reason_message"
START = datetime(2024, 1, 1, tzinfo=UTC)
CATEGORIES = [
    "Snow and ice",
    "Streets and roads",
    "Parks and playgrounds",
    "Waste collection",
    "Street lighting",
    "Public transport",
    "Libraries",
    "Schools",
    "Noise",
    "Water and sewage",
    "Parking",
    "Elderly care",
]
ENGLISH = [
    "the",
    "pavement",
    "is",
    "icy",
    "again",
    "and",
    "nobody",
    "has",
    "cleared",
    "it",
    "since",
    "monday",
    "the",
    "bus",
    "stop",
    "near",
    "school",
    "lamp",
    "broken",
    "for",
    "two",
    "weeks",
    "bins",
    "were",
    "not",
    "emptied",
    "please",
    "send",
    "someone",
    "to",
    "look",
    "at",
    "playground",
    "swing",
    "hole",
    "in",
    "road",
    "outside",
    "number",
    "cars",
    "park",
    "on",
    "cycle",
    "lane",
    "water",
    "leaking",
]
SWEDISH = [
    "trottoaren",
    "är",
    "hal",
    "igen",
    "ingen",
    "har",
    "sandat",
    "sedan",
    "måndag",
    "gatlampan",
    "på",
    "Åsgatan",
    "är",
    "trasig",
    "soptunnorna",
    "har",
    "inte",
    "tömts",
    "gungan",
    "i",
    "lekparken",
    "hål",
    "i",
    "vägen",
    "bilar",
    "parkerar",
    "på",
    "cykelbanan",
    "vattenläcka",
    "vid",
    "Östra",
    "torget",
    "bussen",
    "kom",
    "aldrig",
]
PERSIAN = [
    "پیاده\u200cرو",
    "دوباره",
    "یخ",
    "زده",
    "است",
    "و",
    "کسی",
    "آن",
    "را",
    "پاک",
    "نکرده",
    "چراغ",
    "خیابان",
    "خراب",
    "است",
    "زباله",
]
COMMON_WORD = "snow"  # in half of the records
RARE_WORD = "snöröjning"  # in RARE_COUNT records
RARE_COUNT = 20
PERSIAN_WORD = "برف"  # in one record in a hundred


def reference(rng: random.Random) -> str:
    payload = "".join(rng.choice(ALPHABET) for _ in range(11))
    body = payload + check_character(payload)
    return "-".join(["VAS", body[0:4], body[4:8], body[8:12]])


def description(rng: random.Random, number: int, rare_every: int) -> str:
    language = rng.random()
    words = PERSIAN if language < 0.05 else SWEDISH if language < 0.5 else ENGLISH
    chosen = rng.choices(words, k=rng.randint(6, 14))
    if number % 2 == 0:
        chosen.insert(rng.randrange(len(chosen) + 1), COMMON_WORD)
    if number % 100 == 7:
        chosen.insert(rng.randrange(len(chosen) + 1), PERSIAN_WORD)
    if number % rare_every == 3:
        chosen.insert(rng.randrange(len(chosen) + 1), RARE_WORD.capitalize())
    return " ".join(chosen)


def build_previous_release(path: Path, records: int) -> None:
    """A schema-0002 database holding ``records`` records, written in one transaction."""
    from alembic import command
    from alembic.config import Config

    open_store(path, path.parent / "backups").dispose()
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, PREVIOUS)
    engine.dispose()
    template = _template_row()
    row = {
        column.name: getattr(template, column.name)
        for column in SubmissionRow.__table__.columns
        if column.name in _table_columns(path)  # the previous release's schema, not today's
    }
    columns = list(row)
    rng = random.Random(2026)
    rare_every = max(1, records // RARE_COUNT)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA synchronous=OFF")
    connection.execute("BEGIN")
    sql = f"INSERT INTO submissions ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"

    def rows() -> object:
        for number in range(records):
            received = START + timedelta(seconds=30 * number, microseconds=rng.randrange(10**6))
            row.update(
                id=f"{number:08d}-0000-4000-8000-{rng.getrandbits(48):012x}",
                reference=reference(rng),
                received_at=received.replace(tzinfo=None).isoformat(
                    sep=" ", timespec="microseconds"
                ),
                category=rng.choice(CATEGORIES),
                description=description(rng, number, rare_every),
                case_number=f"C-2024-{number:07d}" if number % 5 < 3 else "",
            )
            yield tuple(row[name] for name in columns)

    connection.executemany(sql, rows())  # type: ignore[arg-type]
    connection.execute("COMMIT")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def _table_columns(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        names = {row[1] for row in connection.execute("PRAGMA table_info(submissions)")}
    connection.close()
    return names


def _later_columns(path: Path, previous: set[str], add: bool) -> None:
    """Add (or drop again) the columns today's models have and the previous release's table
    lacks, all empty, so that today's store code can read the old table unchanged."""
    with sqlite3.connect(path) as connection:
        if add:
            for column in SubmissionRow.__table__.columns:
                if column.name not in previous:
                    connection.execute(f"ALTER TABLE submissions ADD COLUMN {column.name}")
        else:
            for name in _table_columns(path) - previous:
                connection.execute(f"ALTER TABLE submissions DROP COLUMN {name}")
    connection.close()


def _template_row() -> SubmissionRow:
    """Every column of one record as the store writes it; the build varies a few of them."""
    submission = Submission.from_draft(
        complete_draft(), reference="VAS-TEMPLATE", site=Site("VAS", "Stadshuset")
    )
    row = to_row(submission)
    row.sync_attempts = 0
    # No time columns but received_at, so that no value needs the ORM's conversion.
    row.occurred_at = row.ack_due = None
    row.next_attempt_at = row.last_attempt_at = row.synced_at = row.status_updated_at = None
    return row


def like_search(store: SubmissionStore, text: str, limit: int = 500) -> list[Submission]:
    """The queue's search as schema 0002's store did it: LIKE over four columns, then sort."""
    pattern = f"%{text.strip()}%"
    query = (
        select(SubmissionRow)
        .where(
            or_(
                SubmissionRow.reference.ilike(pattern),
                SubmissionRow.category.ilike(pattern),
                SubmissionRow.description.ilike(pattern),
                SubmissionRow.case_number.ilike(pattern),
            )
        )
        .order_by(SubmissionRow.received_at.desc())
        .limit(limit)
    )
    with store.session() as session:
        return [from_row(row) for row in session.scalars(query)]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def timed(search: Callable[[str], list[Submission]], text: str, runs: int) -> list[float]:
    search(text)  # warm the page cache for this search: not counted
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        search(text)
        times.append((time.perf_counter() - started) * 1000)
    return times


def save_ms(store: SubmissionStore, seed: int, saves: int = 200) -> list[float]:
    """``store.add`` of a new record: validated row in, durable commit (WAL, FULL) out."""
    rng = random.Random(seed)  # a seed per call: references are never reused
    times = []
    for number in range(saves):
        draft = complete_draft(description=f"Benchmark record {number}: the snow is back.")
        submission = Submission.from_draft(draft, reference=reference(rng), site=Site("VAS", "Hus"))
        started = time.perf_counter()
        store.add(submission)
        times.append((time.perf_counter() - started) * 1000)
    return times


def open_seconds(path: Path, backups: Path, key: bytes | None) -> float:
    """open_store with its page check at once (the window runs it on a thread instead)."""
    started = time.perf_counter()
    open_store(path, backups, key=key).dispose()
    return time.perf_counter() - started


def database_mb(path: Path) -> tuple[float, float]:
    """The file's size and how much of it is free pages (reused by later writes), in MB."""
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        free = connection.execute("PRAGMA freelist_count").fetchone()[0]
        page = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    return path.stat().st_size / 1024**2, free * page / 1024**2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=20, help="timed runs per indexed search")
    parser.add_argument("--like-runs", type=int, default=3, help="timed runs per LIKE search")
    parser.add_argument("--cache", type=Path, help="keep the built 0002 database here")
    parser.add_argument(
        "--no-encryption", action="store_true", help="skip the figures encrypted at rest"
    )
    parser.add_argument(
        "--keep",
        type=Path,
        help="keep the upgraded plaintext store, and the encrypted one with its key, here "
        "(for benchmarks/bench_encryption_cost.py)",
    )
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "desk.sqlite3"
        cached = options.cache / f"desk-0002-{options.records}.sqlite3" if options.cache else None
        started = time.perf_counter()
        if cached and cached.exists():
            shutil.copyfile(cached, path)
            how = f"copied from {cached}"
        else:
            build_previous_release(path, options.records)
            how = "built"
            if cached:
                cached.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, cached)
        print(f"{options.records:,} records {how} in {time.perf_counter() - started:.1f} s")
        assert current_revision(path) == PREVIOUS

        with sqlite3.connect(path) as connection:
            some_reference, some_case = connection.execute(
                "SELECT reference, case_number FROM submissions "
                "WHERE case_number != '' ORDER BY rowid LIMIT 1 OFFSET ?",
                (options.records // 3,),
            ).fetchone()
        connection.close()
        searches = {
            "rare word": RARE_WORD,
            "common word (in half)": COMMON_WORD,
            "Persian word": PERSIAN_WORD,
            "Swedish word, other case": "ÅSGATAN",
            "part of a reference": some_reference[4:13],
            "case number": some_case[2:],
            "no match at all": "zqxjv",
            "2 characters, common": "sn",
            "2 characters, reference": some_reference[5:7],
            "2 characters, no match": "ØÆ",
        }

        size_before = database_mb(path)
        previous_columns = _table_columns(path)
        _later_columns(path, previous_columns, add=True)
        backups = Path(folder) / "backups"
        engine = create_engine(f"sqlite:///{path}")
        old = SubmissionStore(engine)
        before = {
            name: timed(lambda text: like_search(old, text), text, options.like_runs)
            for name, text in searches.items()
        }
        saves_before = save_ms(old, seed=1)
        # What the old search finds; its LIKE folds A–Z only, so "ÅSGATAN" is looked up as
        # the records spell it, which the index must find from either spelling.
        expected = {
            name: [s.id for s in like_search(old, text.replace("ÅSGATAN", "Åsgatan"))]
            for name, text in searches.items()
        }
        engine.dispose()
        _later_columns(path, previous_columns, add=False)

        started = time.perf_counter()
        engine = open_store(path, backups)  # the desk's first start after the update
        upgrade_seconds = time.perf_counter() - started
        backup_mb = sum(copy.stat().st_size for copy in backups.glob("*.sqlite3")) / 1024**2
        shutil.rmtree(backups)
        size_after = database_mb(path)
        store = SubmissionStore(engine)
        after = {name: timed(store.search, text, options.runs) for name, text in searches.items()}
        for name, text in searches.items():
            found = [s.id for s in store.search(text)]
            if len(text) >= 3:  # shorter text looks among the newest records only
                assert found == expected[name], f"{name}: {len(found)} found"
            else:
                assert set(found) <= set(expected[name]) or name.endswith("no match"), name
        saves_after = save_ms(store, seed=2)
        found_plain = {name: [s.id for s in store.search(text)] for name, text in searches.items()}
        engine.dispose()
        encrypted: dict[str, list[float]] = {}
        if options.keep:
            options.keep.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, options.keep / f"desk-plain-{options.records}.sqlite3")
        if not options.no_encryption:
            opens_plain = [open_seconds(path, backups, None) for _ in range(3)]
            key = new_key()
            started = time.perf_counter()
            open_store(path, backups, key=key).dispose()  # the first start with a keyring
            conversion_seconds = time.perf_counter() - started
            opens_encrypted = [open_seconds(path, backups, key) for _ in range(3)]
            engine = open_store(path, backups, key=key)
            store = SubmissionStore(engine)
            encrypted = {
                name: timed(store.search, text, options.runs) for name, text in searches.items()
            }
            for name, text in searches.items():
                assert [s.id for s in store.search(text)] == found_plain[name], name
            saves_encrypted = save_ms(store, seed=3)
            engine.dispose()
            if options.keep:
                kept = options.keep / f"desk-encrypted-{options.records}.sqlite3"
                shutil.copyfile(path, kept)
                kept.with_suffix(".key").write_text(key.hex())

    print(
        f"\n{'search (limit 500)':<30}{'matches':>9}{'LIKE p50/p95 ms':>20}{'index p50/p95 ms':>20}"
    )
    for name, text in searches.items():
        shown = f"{name} ({text!r})"
        print(
            f"{shown:<44}{len(expected[name]):>5}"
            f"{percentile(before[name], 0.5):>10.1f} /{percentile(before[name], 0.95):>7.1f}"
            f"{percentile(after[name], 0.5):>10.1f} /{percentile(after[name], 0.95):>7.1f}"
        )
    print(
        "\nupgrade 0002 → today's schema at first start (backup + index build):",
        f"{upgrade_seconds:.1f} s",
    )
    print(f"backup copy written before the upgrade: {backup_mb:.0f} MB")
    print(
        f"database size: {size_before[0]:.0f} MB before the index, {size_after[0]:.0f} MB after "
        f"({size_after[1]:.0f} MB of it free pages left by the index build)"
    )
    print(
        "store.add (save → durable commit) p50 / p95 ms: "
        f"{percentile(saves_before, 0.5):.2f} / {percentile(saves_before, 0.95):.2f} before, "
        f"{percentile(saves_after, 0.5):.2f} / {percentile(saves_after, 0.95):.2f} after"
    )
    if not encrypted:
        return
    print(
        f"\nencrypted at rest (SQLCipher): first start converts the store in "
        f"{conversion_seconds:.1f} s"
    )
    print(f"{'figure':<44}{'plain':>9}{'encrypted':>11}{'ratio':>8}{'limit':>8}")
    rows = [
        (f"search p95 ms: {name}", percentile(after[name], 0.95), percentile(encrypted[name], 0.95))
        for name in searches
    ]
    rows.append(("open + page check, median s", sorted(opens_plain)[1], sorted(opens_encrypted)[1]))
    rows.append(
        ("store.add p95 ms", percentile(saves_after, 0.95), percentile(saves_encrypted, 0.95))
    )
    for name, plain, secret in rows:
        print(f"{name[:44]:<44}{plain:>9.2f}{secret:>11.2f}{secret / plain:>7.2f}×{'≤ 1.2×':>8}")


if __name__ == "__main__":
    main()
