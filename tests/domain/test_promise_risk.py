"""The deadline of a record and when its promise is at risk: ack_due wins, time is moved."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from desk_app.domain.deadline import (
    FirstResponsePromise,
    PromiseRisk,
    deadline_day,
    end_of_day,
    promise_risk,
    record_deadline,
    stored_deadline,
)
from desk_app.domain.record import Reporter, Site, Submission, SyncState
from tests.conftest import complete_draft

STOCKHOLM = ZoneInfo("Europe/Stockholm")
FRIDAY_AFTERNOON = datetime(2026, 11, 27, 14, tzinfo=STOCKHOLM).astimezone(UTC)


def _record(**changes: object) -> Submission:
    return Submission.from_draft(
        complete_draft(**changes),
        reference="VAS-K7M2-9QX4-HT3C",
        site=Site("vas", "Stadshuset"),
        now=FRIDAY_AFTERNOON,
    )


def _saved(**changes: object) -> Submission:
    """A record as the service saves it: with its own deadline counted in Stockholm."""
    record = _record(**changes)
    due = stored_deadline(record, FirstResponsePromise(), local_zone=STOCKHOLM)
    return replace(record, first_response_due=due)


def test_the_desks_deadline_ends_at_midnight_after_the_promised_day_in_local_time():
    record = _saved()
    # Friday 27 November, two calendar days → Sunday 29 November, ending at Monday's midnight.
    assert record.first_response_due == datetime(2026, 11, 30, tzinfo=STOCKHOLM)
    assert deadline_day(record.first_response_due, STOCKHOLM) == date(2026, 11, 29)
    assert end_of_day(date(2026, 11, 29), STOCKHOLM) == record.first_response_due


def test_the_case_systems_ack_due_replaces_the_desks_deadline_once_delivered():
    ack_due = datetime(2026, 12, 1, 17, tzinfo=STOCKHOLM)
    delivered = replace(_saved(), ack_due=ack_due, sync_state=SyncState.SYNCED)
    assert record_deadline(delivered) == ack_due
    assert deadline_day(record_deadline(delivered), STOCKHOLM) == date(2026, 12, 1)


def test_a_record_with_no_reply_promised_has_no_deadline_and_is_never_at_risk():
    long_after = FRIDAY_AFTERNOON + timedelta(days=30)
    no_reply = [
        _saved(reporter=Reporter(anonymous=True)),
        _saved(wants_reply=False),
        _saved(reporter=replace(complete_draft().reporter, email="  ")),  # no address to it
    ]
    for record in no_reply:
        assert record.first_response_due is None
        assert record_deadline(record) is None
        assert promise_risk(record, record_deadline(record), long_after, 1) is None


def test_a_record_never_stored_with_a_deadline_gets_one_counted_by_the_promise():
    record = _record()
    counted = record_deadline(
        record, FirstResponsePromise(days=2, working_days=True), local_zone=STOCKHOLM
    )
    assert deadline_day(counted, STOCKHOLM) == date(2026, 12, 1)  # Friday → Tuesday


def test_an_undelivered_promise_turns_at_risk_when_the_clock_passes_the_threshold_then_past():
    record = _saved()
    deadline = record_deadline(record)
    assert promise_risk(record, deadline, deadline - timedelta(days=2), 1) is PromiseRisk.ON_TRACK
    just_before = deadline - timedelta(days=1, seconds=1)
    assert promise_risk(record, deadline, just_before, 1) is PromiseRisk.ON_TRACK
    threshold = deadline - timedelta(days=1)
    assert promise_risk(record, deadline, threshold, 1) is PromiseRisk.AT_RISK
    assert promise_risk(record, deadline, deadline - timedelta(minutes=1), 1) is (
        PromiseRisk.AT_RISK
    )
    assert promise_risk(record, deadline, deadline, 1) is PromiseRisk.PAST
    # A wider threshold warns earlier; 0 marks only what is past.
    assert promise_risk(record, deadline, deadline - timedelta(days=2), 3) is PromiseRisk.AT_RISK
    assert promise_risk(record, deadline, deadline - timedelta(hours=1), 0) is (
        PromiseRisk.ON_TRACK
    )


def test_needing_attention_or_sending_is_still_undelivered_and_can_be_past():
    for state in (SyncState.PENDING, SyncState.SENDING, SyncState.NEEDS_ATTENTION):
        record = replace(_saved(), sync_state=state)
        deadline = record_deadline(record)
        assert promise_risk(record, deadline, deadline + timedelta(days=5), 1) is PromiseRisk.PAST


def test_a_delivered_or_erased_record_is_never_marked_at_risk():
    delivered = replace(_saved(), sync_state=SyncState.SYNCED)
    deadline = record_deadline(delivered)
    assert promise_risk(delivered, deadline, deadline + timedelta(days=5), 1) is None
    erased = replace(_saved(), personal_data_erased_at=FRIDAY_AFTERNOON)
    assert promise_risk(erased, deadline, deadline + timedelta(days=5), 1) is None
