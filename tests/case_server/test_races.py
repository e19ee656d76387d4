"""Requests that race: one key on two connections at once, and concurrent status events.

The PostgreSQL tests hold one transaction just before its commit and let a second connection
run into it, so the race happens every time rather than by luck. Two `CaseStore`s on one
database are two server processes (or a desk's retry on another worker) as far as the database
can tell.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import event, func, select, text

from case_server.store import CaseStore, Outcome, StatusEvent
from tests.case_server.conftest import RunningServer, record_body

# Bounds, not measurements: only a deadlock or a hang gets near them.
WAIT_BOUND = 60.0


def wait_until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT_BOUND
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting: {what}")
        time.sleep(0.02)


class HeldCommit:
    """A commit hook that pauses the commit (after the inserts) until ``release()``."""

    def __init__(self) -> None:
        self.reached = threading.Event()
        self._go = threading.Event()

    def __call__(self, _session: Any) -> None:
        self.reached.set()
        if not self._go.wait(WAIT_BOUND):
            raise AssertionError("the held commit was never released")

    def release(self) -> None:
        self._go.set()


@contextmanager
def held_commit(store: CaseStore) -> Iterator[HeldCommit]:
    """Hold the next commit of ``store``; released at the latest when the block ends."""
    hold = HeldCommit()
    event.listen(store._sessions, "before_commit", hold, once=True)
    try:
        yield hold
    finally:
        hold.release()


def lock_waiters(store: CaseStore) -> int:
    """Connections of this database waiting for a lock another transaction holds."""
    with store.engine.connect() as connection:
        return int(
            connection.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            )
        )


def in_thread(work: Callable[[], Any]) -> tuple[threading.Thread, list[Any]]:
    result: list[Any] = []
    thread = threading.Thread(target=lambda: result.append(work()), daemon=True)
    thread.start()
    return thread, result


@pytest.fixture
def two_stores(postgres_url: str) -> Iterator[tuple[CaseStore, CaseStore]]:
    """Two stores (two engines, two connection pools) on one PostgreSQL database."""
    first, second = CaseStore(postgres_url), CaseStore(postgres_url)
    yield first, second
    first.engine.dispose()
    second.engine.dispose()


@pytest.mark.parametrize("retry_changes", [{}, {"description": "Another text"}])
def test_a_retry_racing_its_first_try_on_another_connection_is_answered_from_the_winner(
    two_stores: tuple[CaseStore, CaseStore], retry_changes: dict[str, str]
) -> None:
    first_try, retry = two_stores
    body = record_body()
    key = str(body["id"])
    with held_commit(first_try) as hold:
        first_thread, first_result = in_thread(lambda: first_try.submit(key, body, "s"))
        assert hold.reached.wait(WAIT_BOUND)  # inserted, not committed: the retry finds nothing
        retry_thread, retry_result = in_thread(
            lambda: retry.submit(key, {**body, **retry_changes}, "s")
        )
        # The retry's insert now waits on the first try's uncommitted key.
        wait_until(lambda: lock_waiters(first_try) == 1, "the retry to wait for the first try")
        hold.release()
        first_thread.join(WAIT_BOUND)
        retry_thread.join(WAIT_BOUND)
    won: Outcome = first_result[0]
    lost: Outcome = retry_result[0]
    assert won.status == 201
    if retry_changes:
        assert lost.status == 409 and lost.body["error"]["code"] == "idempotency_conflict"
    else:
        assert (lost.status, lost.body) == (200, won.body)
    assert retry.count() == 1
    with retry.session() as session:
        assert session.scalar(select(func.count()).select_from(StatusEvent)) == 1


def test_a_desk_following_the_status_cursor_misses_no_event_that_commits_late(
    two_stores: tuple[CaseStore, CaseStore],
) -> None:
    slow, quick = two_stores
    slow_body, quick_body = record_body(), record_body()
    with held_commit(slow) as hold:
        slow_thread, _ = in_thread(lambda: slow.submit(str(slow_body["id"]), slow_body, "s"))
        assert hold.reached.wait(WAIT_BOUND)  # the slow case's event has its number, uncommitted
        quick_thread, _ = in_thread(lambda: quick.submit(str(quick_body["id"]), quick_body, "s"))
        # The quick case's event (a higher number) must not be readable before the slow one's.
        wait_until(
            lambda: not quick_thread.is_alive() or lock_waiters(slow) == 1,
            "the quick submission to finish or to wait",
        )
        seen, cursor = quick.status_updates(0, None)
        hold.release()
        slow_thread.join(WAIT_BOUND)
        quick_thread.join(WAIT_BOUND)
    later, _cursor = quick.status_updates(cursor, None)
    seen_ids = [update["id"] for update in seen + later]
    assert sorted(seen_ids) == sorted([slow_body["id"], quick_body["id"]])


def test_sixteen_posts_of_one_record_at_once_make_one_case(db_server: RunningServer) -> None:
    body = record_body()
    headers = {**db_server.auth, "Idempotency-Key": str(body["id"])}
    start = threading.Barrier(16)

    def post(_number: int) -> requests.Response:
        start.wait(WAIT_BOUND)
        return requests.post(
            db_server.url + "/submissions", json=body, headers=headers, timeout=WAIT_BOUND
        )

    with ThreadPoolExecutor(16) as pool:
        answers = list(pool.map(post, range(16)))
    assert sorted(answer.status_code for answer in answers) == [200] * 15 + [201]
    assert len({answer.text for answer in answers}) == 1  # every answer is the first one
    assert db_server.store.count() == 1


def test_case_numbers_continue_after_the_cases_a_postgresql_database_already_holds(
    postgres_url: str,
) -> None:
    older = CaseStore(postgres_url)
    for _ in range(3):
        body = record_body()
        older.submit(str(body["id"]), body, "s")
    with older.engine.begin() as connection:  # as a database from before the sequence looks
        connection.execute(text("DROP SEQUENCE case_numbers"))
    older.engine.dispose()
    newer = CaseStore(postgres_url)
    body = record_body()
    answer = newer.submit(str(body["id"]), body, "s")
    newer.engine.dispose()
    assert answer.status == 201 and answer.body["case_number"].endswith("-000004")


def test_set_status_moves_a_case_the_desks_then_see(
    db_server: RunningServer, tmp_path: Path
) -> None:
    body = record_body()
    created = db_server.store.submit(str(body["id"]), body, "s")
    database = db_server.store.engine.url.render_as_string(hide_password=False)
    command = [sys.executable, "-m", "case_server", "set-status", created.body["case_number"]]
    moved = subprocess.run(
        [*command, "in_progress", "--text-sv", "Vi tittar på det"],
        # The URL through the environment: a PostgreSQL password stays off the process list.
        env={**os.environ, "CASE_SERVER_DATABASE": database},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=WAIT_BOUND,
    )
    assert moved.returncode == 0, moved.stderr
    updates = requests.get(
        db_server.url + "/submissions/status", headers=db_server.auth, timeout=WAIT_BOUND
    ).json()["updates"]
    assert [(update["status"], update["status_text"]) for update in updates] == [
        ("received", {}),
        ("in_progress", {"sv": "Vi tittar på det"}),
    ]
