"""The window saves while the sync thread writes: neither may fail with "database is locked"."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

from desk_app.domain.record import Site, Submission
from desk_app.store import SubmissionStore, open_store
from desk_app.store.outbox import Accepted, OutboxStore
from tests.conftest import complete_draft


def test_saving_and_syncing_at_the_same_time_never_hits_a_locked_database(tmp_path):
    engine = open_store(tmp_path / "desk.sqlite3", tmp_path / "backups")
    store = SubmissionStore(engine)
    outbox = OutboxStore(store)
    errors: list[BaseException] = []
    saved = passes = 0
    done = threading.Event()
    # Enough work on both sides to overlap many times, however slow the machine; the deadline
    # only keeps a hang from running forever.
    deadline = time.monotonic() + 300

    def sync_thread() -> None:
        nonlocal passes
        try:
            while not done.is_set():
                claimed = outbox.claim_due(20, datetime.now(UTC))
                outbox.record_answers(
                    accepted={str(s.id): Accepted("KS-1", "received", None) for s in claimed},
                    refused={},
                    now=datetime.now(UTC),
                )
                outbox.recover_interrupted()
                passes += 1
        except BaseException as error:
            errors.append(error)

    worker = threading.Thread(target=sync_thread)
    worker.start()
    while (saved < 200 or passes < 50) and not errors and time.monotonic() < deadline:
        store.add(
            Submission.from_draft(
                complete_draft(), reference=f"VAS-{saved}", site=Site("vas", "Stadshuset")
            )
        )
        store.search("snowplough", limit=5)
        saved += 1
    done.set()
    worker.join()
    assert errors == []
    assert saved >= 200 and passes >= 50
    assert sum(store.counts_by_state().values()) == saved
