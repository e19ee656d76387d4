"""Honest receipts: the first-response date prints only where a reply was asked for and can be
given; anonymous and no-reply receipts promise no contact and speak of no contact details.

Every receipt is read back from the PDF (pdftotext, whose joined Persian letters normalise to
the letters typed), and the texts are written out here rather than read from the JSON files,
so a wrong or missing text fails.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desk_app.domain.record import Reporter, Site, Submission
from desk_app.settings import ConfigError, load_settings
from tests.conftest import complete_draft, isolated_environ
from tests.receipt.conftest import (
    TEXTS,
    needs_pdftotext,
    read_receipt,
    receipt_submission,
    receipt_text,
    says,
    squeezed,
)

pytestmark = needs_pdftotext

# What each language must say, in its own words: the date the receipt-language's way, the
# promise sentence, the reply line, the contact-details paragraph, and the no-reply texts.
WORDS = {
    "sv": {
        "date": "tisdag 1 december 2026",
        "promise": "Du hör av oss senast",
        "reply_by": "Vi svarar via e-post",
        "contact_details": "Vi använder dina kontaktuppgifter",
        "followed_up": "Din synpunkt är registrerad och följs upp",
        "no_contact": "vi kontaktar dig inte",
        "nothing_held": "Inget namn och inga kontaktuppgifter sparas",
        "details_not_for_contact": "kontaktar dig inte med hjälp av dem",
    },
    "en": {
        "date": "Tuesday, December 1, 2026",
        "promise": "You will hear from us by",
        "reply_by": "We will reply by email",
        "contact_details": "We use your contact details",
        "followed_up": "Your feedback is registered and will be followed up",
        "no_contact": "we will not contact you",
        "nothing_held": "No name or contact details are held",
        "details_not_for_contact": "will not use them to contact you",
    },
    "fa": {
        "date": "سه‌شنبه 1 دسامبر 2026",
        "promise": "حداکثر تا",
        "reply_by": "از راه ایمیل پاسخ می‌دهیم",
        "contact_details": "اطلاعات تماس شما را",
        "followed_up": "بازخورد شما ثبت شده است و پیگیری می‌شود",
        "no_contact": "با شما تماس نمی‌گیریم",
        "nothing_held": "هیچ نام یا اطلاعات تماسی",
        "details_not_for_contact": "برای تماس با شما استفاده نمی‌کنیم",
    },
}
LANGUAGES = sorted(WORDS)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_reply_by_email_prints_the_first_response_date_in_the_receipt_language(
    tmp_path, language
):
    words = WORDS[language]
    text = receipt_text(tmp_path, receipt_submission(language))
    assert says(text, words["date"])
    assert says(text, words["promise"])
    assert says(text, words["reply_by"])
    assert says(text, words["contact_details"])
    assert not says(text, words["followed_up"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_anonymous_receipt_promises_no_contact_and_holds_no_contact_details(tmp_path, language):
    words = WORDS[language]
    submission = receipt_submission(language, reporter=Reporter(anonymous=True), wants_reply=False)
    text = receipt_text(tmp_path, submission)
    assert not says(text, words["date"])
    assert not says(text, words["promise"])
    assert not says(text, words["reply_by"])
    assert not says(text, words["contact_details"])
    assert says(text, words["followed_up"])
    assert says(text, words["no_contact"])
    assert says(text, words["nothing_held"])
    assert "VAS-K7M2-9QX4-HT3C" in text  # how to ask about it


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_no_reply_receipt_promises_no_contact_and_keeps_details_only_for_handling(
    tmp_path, language
):
    words = WORDS[language]
    text = receipt_text(tmp_path, receipt_submission(language, wants_reply=False))
    assert not says(text, words["date"])
    assert not says(text, words["promise"])
    assert not says(text, words["reply_by"])
    assert not says(text, words["contact_details"])
    assert says(text, words["followed_up"])
    # The name is held, so the person is told how — and that it is not for contacting them.
    assert says(text, words["details_not_for_contact"])
    assert not says(text, words["nothing_held"])


def test_a_sites_reply_text_never_prints_on_an_anonymous_receipt(tmp_path):
    texts = replace(TEXTS, next_steps="Vi ringer dig senast {deadline}.")
    anonymous = receipt_submission("sv", reporter=Reporter(anonymous=True), wants_reply=False)
    text = receipt_text(tmp_path, anonymous, texts)
    assert not says(text, "Vi ringer dig")
    assert says(text, WORDS["sv"]["followed_up"])


def test_a_sites_reply_text_names_the_date_where_it_says_deadline_and_only_once(tmp_path):
    texts = replace(TEXTS, next_steps="Vi ringer dig senast {deadline}. Ha ditt nummer till hands.")
    text = receipt_text(tmp_path, receipt_submission("sv"), texts)
    assert says(text, "Vi ringer dig senast tisdag 1 december 2026.")
    assert text.count(squeezed(WORDS["sv"]["date"])) == 1
    assert not says(text, WORDS["sv"]["promise"])  # the site's words carry the date


def test_the_sites_no_reply_and_anonymous_texts_replace_the_built_in_ones(tmp_path):
    texts = replace(
        TEXTS,
        next_steps_no_reply="Vi följer upp din synpunkt.",
        privacy_anonymous="Vi sparar bara det du berättade.",
    )
    anonymous = receipt_submission("sv", reporter=Reporter(anonymous=True), wants_reply=False)
    text = receipt_text(tmp_path, anonymous, texts)
    assert says(text, "Vi följer upp din synpunkt.")
    assert says(text, "Vi sparar bara det du berättade.")
    assert not says(text, WORDS["sv"]["followed_up"])


@pytest.fixture
def stockholm_desk(monkeypatch: pytest.MonkeyPatch) -> Iterator[ZoneInfo]:
    """The desk's clock in Stockholm, whatever this machine's zone: the date is a local day."""
    monkeypatch.setenv("TZ", "Europe/Stockholm")
    time.tzset()
    yield ZoneInfo("Europe/Stockholm")
    monkeypatch.undo()
    time.tzset()


def _friday_afternoon(language: str = "sv", **changes: object) -> Submission:
    received = datetime(2026, 11, 27, 14, 0, tzinfo=ZoneInfo("Europe/Stockholm"))
    return Submission.from_draft(
        complete_draft(language=language, **changes),
        reference="VAS-K7M2-9QX4-HT3C",
        site=Site("vas", "Stadshuset"),
        now=received.astimezone(UTC),
    )


def _desk_receipt(tmp_path: Path, submission: Submission, **settings: str) -> str:
    from desk_app.app import open_desk

    desk = open_desk(load_settings(environ=isolated_environ(tmp_path, **settings)))
    try:
        return read_receipt(desk.service.receipt_pdf(submission), tmp_path)
    finally:
        desk.store.engine.dispose()


def test_the_desk_counts_two_calendar_days_by_default(tmp_path, stockholm_desk):
    text = _desk_receipt(tmp_path, _friday_afternoon())
    assert says(text, "Du hör av oss senast söndag 29 november 2026")
    assert "arbetsdag" not in text


def test_a_desk_counting_working_days_skips_the_weekend(tmp_path, stockholm_desk):
    text = _desk_receipt(tmp_path, _friday_afternoon("en"), promise_working_days="true")
    assert says(text, "You will hear from us by Tuesday, December 1, 2026")


def test_a_reprint_keeps_the_date_the_case_system_set(tmp_path, stockholm_desk):
    delivered = replace(_friday_afternoon(), ack_due=datetime(2026, 12, 3, 15, 0, tzinfo=UTC))
    text = _desk_receipt(tmp_path, delivered)
    assert says(text, "Du hör av oss senast torsdag 3 december 2026")
    assert not says(text, "söndag 29 november 2026")  # not the desk's own count


def test_an_anonymous_record_at_the_desk_gets_no_date(tmp_path, stockholm_desk):
    anonymous = _friday_afternoon(reporter=Reporter(anonymous=True), wants_reply=False)
    text = _desk_receipt(tmp_path, anonymous)
    assert not says(text, "söndag 29 november 2026")
    assert not says(text, "Du hör av oss")


def test_settings_refuse_a_deadline_on_no_reply_receipts_and_unknown_countries(tmp_path):
    with pytest.raises(ConfigError, match="next_steps_no_reply"):
        load_settings(
            environ=isolated_environ(tmp_path, receipt_next_steps_no_reply="Svar {deadline}")
        )
    with pytest.raises(ConfigError, match="holiday_country"):
        load_settings(environ=isolated_environ(tmp_path, promise_holiday_country="XX"))
    with pytest.raises(ConfigError, match="between 1 and 30"):
        load_settings(environ=isolated_environ(tmp_path, promise_first_response_days="31"))
    settings = load_settings(environ=isolated_environ(tmp_path, promise_first_response_days="3"))
    assert settings.promise.first_response_days == 3
    assert settings.promise.working_days is False
    assert settings.promise.holiday_country == "SE"
