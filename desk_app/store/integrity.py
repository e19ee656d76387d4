"""Proving the desk's database sound before anything is written to it.

A file with damaged pages can still answer simple queries, so a ``count(*)`` proves nothing:
the desk would go on writing new records into it. SQLite's ``quick_check`` reads every page
(about 40 ms at 10,000 records, 2 s at 1,000,000 on the reference machine); ``doctor`` runs the
full ``integrity_check``, which also compares every index with its table (about 8 × slower).

The window must not wait for the check at start-up on a large store, so it can run in the
background: an :class:`IntegrityGate` then holds every writing transaction until the check has
passed, and refuses it for good when the check failed.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

# Findings beyond this many lines add nothing a person can act on.
_MAX_FINDINGS = 20


def integrity_problems(
    path: Path, *, thorough: bool = False, key: bytes | None = None
) -> list[str]:
    """What SQLite finds wrong with the file at ``path``; empty when it is sound.

    Opens the file read-only, so checking never changes it. ``thorough`` runs the full
    ``integrity_check`` (doctor); otherwise ``quick_check`` (every open). An encrypted file
    is read with ``key`` (the caller has made sure it is the right one): reading each page
    also checks its HMAC, so a page changed on disk counts as damaged.
    """
    from desk_app.store.encryption import connect, driver_errors

    pragma = "integrity_check" if thorough else "quick_check"
    errors = driver_errors() if key is not None else (sqlite3.Error,)
    try:
        connection = connect(path, key, read_only=True)
    except errors as error:
        return [f"cannot be opened ({error})"]
    try:
        if key is not None and not thorough:
            findings = _quick_check_tables(connection)
        else:
            findings = [
                str(row[0])
                for row in connection.execute(f"PRAGMA {pragma}({_MAX_FINDINGS})").fetchall()
            ]
    except errors as error:
        return [str(error)]
    finally:
        connection.close()
    return [] if findings == ["ok"] else findings


def _quick_check_tables(connection: Any) -> list[str]:
    """``quick_check`` table by table, for an encrypted file (read with its key).

    The whole-file ``quick_check`` of the SQLite inside SQLCipher (3.44 and later) also runs
    the FTS5 index's own consistency check, which reads the index over and over: with every
    page decrypted again on each read, 10 to 30 times the plain check. Checked table by table
    (the index's shadow tables included) every page in use is still read, so its HMAC proves
    it unchanged, and every b-tree is checked; only the free-page list is not walked (it holds
    nothing). A page cache larger than the default spares decrypting the same page twice.
    """
    connection.execute("PRAGMA cache_size = -65536")  # KiB; freed when the check closes
    tables = [
        str(row[0])
        for row in connection.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
        )
    ]
    findings: list[str] = []
    for table in tables:
        quoted = table.replace('"', '""')
        rows = connection.execute(f'PRAGMA quick_check("{quoted}")').fetchall()
        findings.extend(str(row[0]) for row in rows if str(row[0]) != "ok")
        if len(findings) >= _MAX_FINDINGS:
            break
    return findings[:_MAX_FINDINGS] or ["ok"]


class IntegrityGate:
    """Holds writes until the database has proven sound; refuses them if it has not.

    ``problem`` is the exception to raise for every write once the check has failed.
    """

    def __init__(self) -> None:
        self._settled = threading.Event()
        self._problem: Exception | None = None

    @classmethod
    def open(cls) -> IntegrityGate:
        """A gate already open: the check passed before the store was handed out."""
        gate = cls()
        gate.settle(None)
        return gate

    def settle(self, problem: Exception | None) -> None:
        """Record the check's outcome and release whoever waits."""
        self._problem = problem
        self._settled.set()

    @property
    def settled(self) -> bool:
        return self._settled.is_set()

    @property
    def problem(self) -> Exception | None:
        """Why the store must not be written to (None while unchecked or when sound)."""
        return self._problem

    def wait(self, timeout: float | None = None) -> Exception | None:
        """Wait for the check; returns its problem (None when sound or still running)."""
        self._settled.wait(timeout)
        return self._problem

    def admit_write(self) -> None:
        """Block until the check is done; raise its problem if the store is damaged."""
        self._settled.wait()
        if self._problem is not None:
            raise self._problem

    def check_in_background(self, check: Callable[[], Exception | None]) -> threading.Thread:
        """Run ``check`` on its own thread and settle the gate with its result."""

        def run() -> None:
            try:
                problem = check()
            except Exception as error:  # the gate must settle, or every write waits forever
                logger.exception("The database check failed unexpectedly")
                problem = error
            self.settle(problem)

        thread = threading.Thread(target=run, name="store-integrity", daemon=True)
        thread.start()
        return thread
