"""The workers who sign in with a PIN: their IDs, names, PIN hashes and wrong tries.

Only hashes reach this module; hashing and checking PINs is the identity service's. The
counter of wrong tries is kept here, in the file, so that quitting and restarting the app
does not buy a guesser new free tries; and each try is claimed here before its PIN is checked
(``claim_attempt``), so that guesses started side by side cannot all be checked before the
first of them is counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select, update

from desk_app.domain.identity import wait_after_failures
from desk_app.store.models import WorkerRow
from desk_app.store.repository import SubmissionStore


@dataclass(frozen=True)
class StoredWorker:
    """One row of ``desk_workers``."""

    worker_id: str
    display_name: str
    pin_hash: str
    failed_tries: int
    last_failed_at: datetime | None
    pin_set_at: datetime


@dataclass(frozen=True)
class PinAttempt:
    """The answer to "may this PIN be checked now?". ``allowed``: yes, and the try is already
    counted as wrong (``failures`` in a row, this one included) until a right PIN clears it.
    Otherwise the worker must wait until ``retry_at``."""

    allowed: bool
    failures: int
    retry_at: datetime | None


def retry_at(failures: int, last_failed_at: datetime | None) -> datetime | None:
    """When the next PIN try is allowed after ``failures`` wrong ones in a row, the last at
    ``last_failed_at``; None when no wait applies."""
    wait = wait_after_failures(failures)
    if not wait or last_failed_at is None:
        return None
    return last_failed_at + wait


def _stored(row: WorkerRow) -> StoredWorker:
    return StoredWorker(
        worker_id=row.worker_id,
        display_name=row.display_name,
        pin_hash=row.pin_hash,
        failed_tries=row.failed_tries,
        last_failed_at=row.last_failed_at,
        pin_set_at=row.pin_set_at,
    )


class WorkerStore:
    """The ``desk_workers`` table of one desk database."""

    def __init__(self, store: SubmissionStore) -> None:
        self._store = store

    def get(self, worker_id: str) -> StoredWorker | None:
        """The worker with this ID, or None."""
        with self._store.session() as session:
            row = session.get(WorkerRow, worker_id)
            return _stored(row) if row is not None else None

    def all(self) -> list[StoredWorker]:
        """Every worker, by ID."""
        with self._store.session() as session:
            rows = session.scalars(select(WorkerRow).order_by(WorkerRow.worker_id))
            return [_stored(row) for row in rows]

    def put(self, worker_id: str, display_name: str | None, pin_hash: str, now: datetime) -> bool:
        """Add a worker, or give an existing one a new PIN hash (and name, when given); the
        count of wrong tries starts again. Returns True when the worker is new."""
        with self._store.writing_session() as session:
            row = session.get(WorkerRow, worker_id)
            new = row is None
            if row is None:
                row = WorkerRow(worker_id=worker_id, display_name=display_name or "")
                session.add(row)
            elif display_name is not None:
                row.display_name = display_name
            row.pin_hash = pin_hash
            row.failed_tries = 0
            row.last_failed_at = None
            row.pin_set_at = now
            session.commit()
        return new

    def claim_attempt(self, worker_id: str, now: datetime) -> PinAttempt | None:
        """Claim one PIN try for ``worker_id`` before it is checked; None for no such worker.

        The try is counted as wrong at once, in the same write transaction that found the
        worker not waiting (the write lock is taken at its start, and the UPDATE only applies
        to the count it read): of N guesses started at the same moment, in threads or
        processes, only the free tries are checked and the rest must wait. Checking a PIN
        takes a noticeable time (argon2); counting only after it let every guess of that
        window through. A right PIN then clears the count (``clear_failures``).
        """
        with self._store.writing_session() as session:
            row = session.get(WorkerRow, worker_id)
            if row is None:
                return None
            failures, last_failed_at = row.failed_tries, row.last_failed_at
            waiting_until = retry_at(failures, last_failed_at)
            if waiting_until is not None and now < waiting_until:
                return PinAttempt(False, failures, waiting_until)
            claimed = session.execute(
                update(WorkerRow)
                .where(WorkerRow.worker_id == worker_id, WorkerRow.failed_tries == failures)
                .values(failed_tries=failures + 1, last_failed_at=now)
            )
            session.commit()
        if not getattr(claimed, "rowcount", 0):  # another try changed the count in between
            return self.claim_attempt(worker_id, now)
        return PinAttempt(True, failures + 1, None)

    def clear_failures(self, worker_id: str) -> None:
        """A right PIN: the next wrong one is a free try again."""
        with self._store.writing_session() as session:
            session.execute(
                update(WorkerRow)
                .where(WorkerRow.worker_id == worker_id, WorkerRow.failed_tries != 0)
                .values(failed_tries=0, last_failed_at=None)
            )
            session.commit()

    def remove(self, worker_id: str) -> bool:
        """Remove the worker: their PIN no longer signs anyone in. Returns False when there
        was no such worker."""
        with self._store.writing_session() as session:
            removed = session.execute(delete(WorkerRow).where(WorkerRow.worker_id == worker_id))
            session.commit()
        return bool(getattr(removed, "rowcount", 0))
