"""The rules a record must meet, with messages next to the right field."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from desk_app.domain.record import ContactMethod, Reporter, Site, Staff, Submission
from desk_app.domain.validation import validate
from tests.conftest import complete_draft

CODES = {"streets.snow", "parks"}
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def errors_of(**changes):
    return validate(complete_draft(**changes), category_codes=CODES, now=NOW)


def test_a_complete_record_passes():
    assert errors_of() == {}


def test_an_anonymous_record_without_reply_passes():
    assert errors_of(reporter=Reporter(anonymous=True), wants_reply=False, contact_ok=False) == {}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"kind": None}, "kind"),
        ({"category": ""}, "category"),
        ({"category": "streets.unknown"}, "category"),
        ({"description": "   \n"}, "description"),
        ({"description": "x" * 10_001}, "description"),
        ({"occurred_at": NOW + timedelta(days=1)}, "occurred_at"),
        ({"occurred_at": datetime(2026, 11, 20, 8, 0)}, "occurred_at"),
        ({"location": "x" * 501}, "location"),
        ({"language": "Swedish"}, "language"),
        ({"received_by": Staff("  ")}, "received_by.staff_id"),
        ({"privacy_notice_given": False}, "privacy_notice_given"),
        ({"contact_ok": False}, "contact_ok"),
    ],
)
def test_each_broken_rule_names_its_field(changes, field):
    errors = errors_of(**changes)
    assert list(errors) == [field]
    assert errors[field].endswith(".")


def test_ten_thousand_characters_fit_exactly():
    assert errors_of(description="å" * 10_000) == {}


def test_a_reply_needs_the_detail_it_is_sent_by():
    reporter = Reporter(anonymous=False, name="Bo", preferred_contact=ContactMethod.LETTER)
    errors = errors_of(reporter=reporter)
    assert errors == {"reporter.postal_address": "A reply by letter needs a postal address."}


def test_a_reply_needs_a_chosen_method():
    reporter = Reporter(anonymous=False, name="Bo", email="bo@example.se")
    assert "reporter.preferred_contact" in errors_of(reporter=reporter)


def test_bad_email_and_phone_are_explained():
    reporter = Reporter(
        anonymous=False, name="Bo", email="bo-at-example", phone="12", preferred_contact=None
    )
    errors = errors_of(reporter=reporter, wants_reply=False)
    assert set(errors) == {"reporter.email", "reporter.phone"}


def test_anonymous_feedback_cannot_ask_for_a_reply():
    errors = errors_of(reporter=Reporter(anonymous=True))
    assert "wants_reply" in errors


def test_identified_reporter_needs_some_detail():
    errors = errors_of(reporter=Reporter(anonymous=False), wants_reply=False)
    assert "reporter.name" in errors


def test_summary_cuts_at_a_word_and_marks_the_cut():
    submission = Submission.from_draft(
        complete_draft(description="word " * 100), reference="VAS-X", site=Site("s", "S")
    )
    summary = submission.summary(50)
    assert summary.endswith("…") and len(summary) <= 50
    assert not summary[:-1].endswith(" wor")
    short = replace(submission, description="  Short\n text ")
    assert short.summary(50) == "Short text"
