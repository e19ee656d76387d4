"""Promises kept: the desk stores each record's first-response deadline when it saves, counts
the promises at risk or past as its clock moves, and `desk-app status` reports them."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader

from desk_app.domain.deadline import PromiseRisk, deadline_day, end_of_day, first_response_due
from desk_app.domain.record import Reporter
from desk_app.settings import POLICY_KEY, ConfigError, load_settings
from desk_app.store.outbox import Accepted, OutboxStore
from tests.conftest import FakeRegistry, complete_draft, desk_app, form, write_jsonl

RECEIVED = datetime(2026, 11, 27, 13, 0, tzinfo=UTC)


class Clock:
    """The desk's clock, moved by the test."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_a_record_saved_offline_stores_the_deadline_the_settings_count(desk):
    saved = desk.service.save(complete_draft(), received_at=RECEIVED)
    expected = end_of_day(first_response_due(RECEIVED, desk.service.promise))
    assert saved.first_response_due == expected
    assert desk.service.find(saved.reference).first_response_due == expected
    assert desk.service.deadline_of(saved) == expected


def test_working_days_from_the_settings_move_the_stored_deadline(desk_environ):
    from desk_app.app import open_desk

    settings = load_settings(environ={**desk_environ, "DESK_APP_PROMISE_WORKING_DAYS": "yes"})
    opened = open_desk(settings)
    try:
        friday = datetime(2026, 11, 27, 10, tzinfo=UTC)
        saved = opened.service.save(complete_draft(), received_at=friday)
        assert deadline_day(saved.first_response_due).weekday() == 1  # Tuesday, not Sunday
    finally:
        opened.close()


def test_a_record_with_no_reply_promised_is_stored_without_a_deadline(desk):
    anonymous = desk.service.save(
        complete_draft(reporter=Reporter(anonymous=True), wants_reply=False, contact_ok=False),
        received_at=RECEIVED,
    )
    assert anonymous.first_response_due is None
    assert desk.service.deadline_of(anonymous) is None


def test_a_correction_that_takes_away_the_way_to_reach_the_person_takes_the_deadline(desk):
    saved = desk.service.save(complete_draft(), received_at=RECEIVED)
    OutboxStore(desk.store).record_answers(
        accepted={}, refused={str(saved.id): "category: unknown code"}, now=RECEIVED
    )
    refused = desk.service.find(saved.reference)
    no_reply = complete_draft(wants_reply=False)
    corrected = desk.service.correct(refused, no_reply)
    assert corrected.first_response_due is None
    assert desk.service.deadline_of(corrected) is None
    # Asked again for a reply: the promise comes back, counted from the same received time.
    OutboxStore(desk.store).record_answers(
        accepted={}, refused={str(saved.id): "category: unknown code"}, now=RECEIVED
    )
    again = desk.service.correct(desk.service.find(saved.reference), complete_draft())
    assert again.first_response_due == saved.first_response_due


def test_status_counts_promises_at_risk_and_past_as_the_clock_moves(desk):
    clock = Clock(RECEIVED)
    desk.service.clock = clock
    saved = desk.service.save(complete_draft())
    desk.service.save(complete_draft(reporter=Reporter(anonymous=True), wants_reply=False))
    deadline = desk.service.deadline_of(saved)
    status = desk.service.status()
    assert (status.promises_at_risk, status.promises_past) == (0, 0)
    assert desk.service.promise_risk_of(saved) is PromiseRisk.ON_TRACK

    clock.now = deadline - timedelta(hours=23)
    status = desk.service.status()
    assert (status.promises_at_risk, status.promises_past) == (1, 0)
    assert desk.service.promise_risk_of(saved) is PromiseRisk.AT_RISK

    clock.now = deadline + timedelta(minutes=1)
    status = desk.service.status()
    assert (status.promises_at_risk, status.promises_past) == (0, 1)
    assert desk.service.promise_risk_of(saved) is PromiseRisk.PAST


def test_delivery_ends_the_risk_and_the_case_systems_ack_due_becomes_the_deadline(desk):
    clock = Clock(RECEIVED)
    desk.service.clock = clock
    saved = desk.service.save(complete_draft())
    clock.now = saved.first_response_due + timedelta(days=1)
    assert desk.service.status().promises_past == 1
    ack_due = datetime(2026, 12, 3, 16, tzinfo=UTC)  # 17:00 in Stockholm
    OutboxStore(desk.store).record_answers(
        accepted={str(saved.id): Accepted("KS-2026-001234", "received", ack_due)},
        refused={},
        now=clock.now,
    )
    delivered = desk.service.find(saved.reference)
    assert desk.service.deadline_of(delivered) == ack_due
    assert desk.service.promise_risk_of(delivered) is None
    assert desk.service.status().promises_past == 0
    # The receipt prints the same date the queue shows: the case system's.
    pdf = desk.service.receipt_pdf(delivered, copy=True)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert deadline_day(ack_due) == date(2026, 12, 3)
    # The receipt's own way of writing the date, in Swedish (lines wrap on 80 mm paper).
    assert "senast torsdag 3 december 2026" in " ".join(text.split())


def test_the_at_risk_threshold_is_a_checked_setting_that_policy_can_set(desk_environ, tmp_path):
    assert load_settings(environ=desk_environ).promise.at_risk_days == 1
    settings = load_settings(environ={**desk_environ, "DESK_APP_PROMISE_AT_RISK_DAYS": "3"})
    assert settings.promise.at_risk_days == 3
    with pytest.raises(ConfigError, match=r"promise\.at_risk_days"):
        load_settings(environ={**desk_environ, "DESK_APP_PROMISE_AT_RISK_DAYS": "31"})
    with pytest.raises(ConfigError, match=r"promise\.at_risk_days"):
        load_settings(environ={**desk_environ, "DESK_APP_PROMISE_AT_RISK_DAYS": "1.5"})
    machine, user = tmp_path / "machine.toml", tmp_path / "user.toml"
    machine.write_text("[promise]\nat_risk_days = 2\n", encoding="utf-8")
    user.write_text("", encoding="utf-8")
    registry = FakeRegistry({("HKLM", POLICY_KEY + "\\promise", "at_risk_days"): 4})
    policed = load_settings(machine_file=machine, user_file=user, environ={}, registry=registry)
    assert policed.promise.at_risk_days == 4 and policed.is_policy("promise.at_risk_days")


def test_desk_app_status_reports_promises_at_risk_and_past_in_text_and_json(tmp_path):
    now = datetime.now(UTC)
    # Received ten days ago: past. Two days ago: the deadline ends at tonight's midnight, less
    # than a day away. Yesterday: one to two days left. Anonymous: nothing promised.
    lines = [
        form(received_at=(now - timedelta(days=10)).isoformat()),
        form(received_at=(now - timedelta(days=2)).isoformat()),
        form(received_at=(now - timedelta(days=1)).isoformat()),
        {
            "kind": "praise",
            "category": "parks",
            "description": "Fina blommor i parken.",
            "received_at": (now - timedelta(days=10)).isoformat(),
            "received_by": {"staff_id": "bo.k"},
        },
    ]
    source = write_jsonl(tmp_path / "forms.jsonl", *lines)
    imported = desk_app(tmp_path, "import", source)
    assert imported.returncode == 0, imported.stderr

    status = desk_app(tmp_path, "status", "--json")
    assert status.returncode == 0, status.stderr
    report = json.loads(status.stdout)
    assert (report["promises_at_risk"], report["promises_past"]) == (1, 1)
    assert report["at_risk_days"] == 1
    assert report["total"] == 4

    text = desk_app(tmp_path, "status").stdout
    assert "First-response deadline within 1 day(s), undelivered: 1" in text
    assert "First-response deadline past, undelivered: 1" in text
    assert "call the case system" in text

    # A site that warns three days ahead also marks yesterday's record.
    wide = json.loads(desk_app(tmp_path, "status", "--json", promise_at_risk_days="3").stdout)
    assert (wide["promises_at_risk"], wide["promises_past"]) == (2, 1)
