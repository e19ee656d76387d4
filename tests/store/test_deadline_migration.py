"""Upgrading a store of an earlier release to 0005_deadline keeps its records and backfills
each one's first-response deadline by the policy's default rule."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from desk_app.domain.deadline import FirstResponsePromise, end_of_day, first_response_due
from desk_app.domain.record import Reporter
from desk_app.store.database import HEAD_REVISION, current_revision, open_store
from desk_app.store.repository import SubmissionStore
from tests.conftest import complete_draft, run_alembic
from tests.store.conftest import stored_submission

RECEIVED = datetime(2026, 11, 27, 13, 0, tzinfo=UTC)


def test_a_store_of_release_0002_upgrades_keeping_its_records_and_gains_their_deadlines(
    tmp_path,
):
    path = tmp_path / "desk.sqlite3"
    head = SubmissionStore(open_store(path, tmp_path / "backups"))
    promised = replace(stored_submission("VAS-2611-AAAA"), received_at=RECEIVED)
    anonymous = replace(
        stored_submission("VAS-2611-BBBB", reporter=Reporter(anonymous=True), wants_reply=False),
        received_at=RECEIVED,
    )
    no_way_to_reach = replace(
        stored_submission(
            "VAS-2611-CCCC",
            reporter=replace(complete_draft().reporter, preferred_contact=None),
        ),
        received_at=RECEIVED,
    )
    for record in (promised, anonymous, no_way_to_reach):
        head.add(record)
    head.engine.dispose()
    # Back to the schema 0.2 desks have on disk, records and all.
    run_alembic(path, "downgrade", "0002_sync_reason_message")
    with sqlite3.connect(path) as connection:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(submissions)")}
    connection.close()
    assert "first_response_due" not in columns

    store = SubmissionStore(open_store(path, tmp_path / "backups"))

    assert current_revision(path) == HEAD_REVISION
    upgraded = store.get("VAS-2611-AAAA")
    assert upgraded.description == promised.description
    assert upgraded.reporter == promised.reporter
    # The default rule (two calendar days, this computer's zone), as a save would count it.
    default_day = first_response_due(RECEIVED, FirstResponsePromise())
    assert upgraded.first_response_due == end_of_day(default_day)
    assert store.get("VAS-2611-BBBB").first_response_due is None
    assert store.get("VAS-2611-CCCC").first_response_due is None
    assert {s.reference for s in store.search("VAS-2611")} == {
        "VAS-2611-AAAA",
        "VAS-2611-BBBB",
        "VAS-2611-CCCC",
    }
    # The counts work on the upgraded file: the promised record is past by a week later.
    week_later = RECEIVED + timedelta(days=7)
    assert store.promises_at_risk(week_later, timedelta(days=1)) == (0, 1)
    store.engine.dispose()
