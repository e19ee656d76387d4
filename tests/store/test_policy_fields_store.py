"""The policy's fields in the store: saved and read back, erased, and migrated to (0006)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from desk_app.domain.record import (
    Concerns,
    ErasureReason,
    Referral,
    ReferralBody,
    SubmitterType,
    Urgent,
)
from desk_app.store.database import HEAD_REVISION, current_revision, open_store
from desk_app.store.privacy import PrivacyStore
from desk_app.store.repository import SubmissionStore
from tests.conftest import run_alembic
from tests.store.conftest import stored_submission

POLICY = {
    "submitter_type": SubmitterType.PUPIL,
    "concerns": Concerns(unit=None, provider="Skolmat i Mälardalen AB"),
    "referral": Referral(ReferralBody.WATER_UTILITY, "Mälarenergi kundtjänst"),
    "urgent": Urgent("Water leaking into the classroom"),
}


def test_every_policy_field_survives_the_store(store):
    record = stored_submission("VAS-2612-AAAA", **POLICY)
    store.add(record)
    back = store.get("VAS-2612-AAAA")
    assert (back.submitter_type, back.concerns, back.referral, back.urgent) == tuple(
        POLICY.values()
    )
    assert [s.reference for s in store.search("")] == ["VAS-2612-AAAA"]  # the list reads them


def test_a_record_without_policy_fields_reads_back_without_them(store):
    store.add(stored_submission("VAS-2612-BBBB"))
    back = store.get("VAS-2612-BBBB")
    assert (back.submitter_type, back.concerns, back.referral, back.urgent) == (
        None,
        None,
        None,
        None,
    )


def test_a_correction_can_clear_the_urgent_flag(store):
    record = stored_submission("VAS-2612-CCCC", **POLICY)
    store.add(record)
    store.update_content(record.corrected(replace(record.as_draft(), urgent=None)))
    assert store.get("VAS-2612-CCCC").urgent is None


def test_erasure_blanks_the_referral_note_and_urgent_reason_but_keeps_the_flags(store):
    store.add(stored_submission("VAS-2612-DDDD", **POLICY))
    store.add(stored_submission("VAS-2612-EEEE"))
    now = datetime(2026, 12, 2, tzinfo=UTC)
    PrivacyStore(store).erase(
        ["VAS-2612-DDDD", "VAS-2612-EEEE"], ErasureReason.REQUEST, now, unsent_reason="erased"
    )
    erased = store.get("VAS-2612-DDDD")
    assert erased.referral == Referral(ReferralBody.WATER_UTILITY, "")
    assert erased.urgent == Urgent("")
    plain = store.get("VAS-2612-EEEE")
    assert plain.urgent is None and plain.referral is None  # not made urgent by the blanking


def test_a_database_of_release_0004_is_upgraded_and_takes_policy_fields(tmp_path):
    path = tmp_path / "desk.sqlite3"
    head = SubmissionStore(open_store(path, tmp_path / "backups"))
    head.add(stored_submission("VAS-2612-FFFF", description="Snöröjning saknas på Åsgatan"))
    head.engine.dispose()
    run_alembic(path, "downgrade", "0004_privacy")
    assert current_revision(path) == "0004_privacy"

    store = SubmissionStore(open_store(path, tmp_path / "backups"))

    assert current_revision(path) == HEAD_REVISION
    old = store.get("VAS-2612-FFFF")
    assert old.urgent is None and old.submitter_type is None
    assert [s.reference for s in store.search("åsgatan")] == ["VAS-2612-FFFF"]
    store.add(stored_submission("VAS-2612-GGGG", **POLICY))
    assert store.get("VAS-2612-GGGG").urgent == POLICY["urgent"]
    store.engine.dispose()


def test_urgent_records_head_the_queue_until_they_are_delivered(store):
    from datetime import timedelta

    from desk_app.store.outbox import Accepted, OutboxStore

    start = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    for number, urgent in enumerate([True, False, False, True, False]):
        record = stored_submission(
            f"VAS-2612-{number:04d}", urgent=Urgent("Today") if urgent else None
        )
        store.add(replace(record, received_at=start + timedelta(minutes=number)))
    assert [s.reference for s in store.search("")] == [
        "VAS-2612-0003",  # urgent, newest first
        "VAS-2612-0000",
        "VAS-2612-0004",  # then the rest, newest first
        "VAS-2612-0002",
        "VAS-2612-0001",
    ]
    delivered = store.get("VAS-2612-0003")
    OutboxStore(store).record_answers(
        accepted={str(delivered.id): Accepted("KS-1", "received", None)}, refused={}, now=start
    )
    assert [s.reference for s in store.search("", limit=3)] == [
        "VAS-2612-0000",  # the only urgent one still waiting
        "VAS-2612-0004",
        "VAS-2612-0003",  # delivered: back among the rest
    ]


def test_the_urgent_records_are_found_through_their_own_index(store):
    from desk_app.store.models import URGENT_WAITING_SQL

    with store.engine.connect() as connection:
        plan = connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT * FROM submissions WHERE "
            f"{URGENT_WAITING_SQL} ORDER BY received_at DESC"
        ).fetchall()
    assert "ix_submissions_urgent_waiting" in " ".join(str(row) for row in plan)
