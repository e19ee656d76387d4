"""Honest receipts: the first-response date prints only where a reply was asked for and can be
given; anonymous and no-reply receipts promise no contact and speak of no contact details.

Every receipt is read back from the PDF (pdftotext, whose joined Persian letters normalise to
the letters typed), and the texts are written out here rather than read from the JSON files,
so a wrong or missing text fails.
"""

from __future__ import annotations

import shutil
import subprocess
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desk_app.domain.record import Reporter, Site, Submission
from desk_app.receipt import SiteTexts, render_receipt
from desk_app.settings import ConfigError, load_settings
from tests.conftest import complete_draft, isolated_environ

pytestmark = pytest.mark.skipif(
    not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) missing"
)

TEXTS = SiteTexts(site_name="Stadshuset reception", contact="021-39 00 00 · info@example.se")
DUE = date(2026, 12, 1)
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
# Bidi controls pdftotext adds, and the zero-width non-joiner, which the shaped glyphs carry
# only in their form: neither is a letter a resident reads.
_INVISIBLE = dict.fromkeys([*range(0x202A, 0x202F), 0x200C, 0x200E, 0x200F])


def _squeezed(text: str) -> str:
    """Text without spaces or invisible marks: lines wrap at different places per language."""
    return "".join(unicodedata.normalize("NFKC", text).translate(_INVISIBLE).split())


def _read(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "receipt.pdf"
    path.write_bytes(pdf)
    extracted = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return _squeezed(extracted)


def _says(text: str, words: str) -> bool:
    return _squeezed(words) in text


def _submission(language: str, **changes: object) -> Submission:
    return Submission.from_draft(
        complete_draft(language=language, **changes),
        reference="VAS-K7M2-9QX4-HT3C",
        site=Site("vas", "Stadshuset"),
    )


def _receipt(tmp_path: Path, submission: Submission, texts: SiteTexts = TEXTS) -> str:
    pdf = render_receipt(submission, texts, category_name="Snöröjning", first_response_by=DUE)
    return _read(pdf, tmp_path)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_reply_by_email_prints_the_first_response_date_in_the_receipt_language(
    tmp_path, language
):
    words = WORDS[language]
    text = _receipt(tmp_path, _submission(language))
    assert _says(text, words["date"])
    assert _says(text, words["promise"])
    assert _says(text, words["reply_by"])
    assert _says(text, words["contact_details"])
    assert not _says(text, words["followed_up"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_anonymous_receipt_promises_no_contact_and_holds_no_contact_details(tmp_path, language):
    words = WORDS[language]
    submission = _submission(language, reporter=Reporter(anonymous=True), wants_reply=False)
    text = _receipt(tmp_path, submission)
    assert not _says(text, words["date"])
    assert not _says(text, words["promise"])
    assert not _says(text, words["reply_by"])
    assert not _says(text, words["contact_details"])
    assert _says(text, words["followed_up"])
    assert _says(text, words["no_contact"])
    assert _says(text, words["nothing_held"])
    assert "VAS-K7M2-9QX4-HT3C" in text  # how to ask about it


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_no_reply_receipt_promises_no_contact_and_keeps_details_only_for_handling(
    tmp_path, language
):
    words = WORDS[language]
    text = _receipt(tmp_path, _submission(language, wants_reply=False))
    assert not _says(text, words["date"])
    assert not _says(text, words["promise"])
    assert not _says(text, words["reply_by"])
    assert not _says(text, words["contact_details"])
    assert _says(text, words["followed_up"])
    # The name is held, so the person is told how — and that it is not for contacting them.
    assert _says(text, words["details_not_for_contact"])
    assert not _says(text, words["nothing_held"])


def test_a_sites_reply_text_never_prints_on_an_anonymous_receipt(tmp_path):
    texts = replace(TEXTS, next_steps="Vi ringer dig senast {deadline}.")
    anonymous = _submission("sv", reporter=Reporter(anonymous=True), wants_reply=False)
    text = _receipt(tmp_path, anonymous, texts)
    assert not _says(text, "Vi ringer dig")
    assert _says(text, WORDS["sv"]["followed_up"])


def test_a_sites_reply_text_names_the_date_where_it_says_deadline_and_only_once(tmp_path):
    texts = replace(TEXTS, next_steps="Vi ringer dig senast {deadline}. Ha ditt nummer till hands.")
    text = _receipt(tmp_path, _submission("sv"), texts)
    assert _says(text, "Vi ringer dig senast tisdag 1 december 2026.")
    assert text.count(_squeezed(WORDS["sv"]["date"])) == 1
    assert not _says(text, WORDS["sv"]["promise"])  # the site's words carry the date


def test_the_sites_no_reply_and_anonymous_texts_replace_the_built_in_ones(tmp_path):
    texts = replace(
        TEXTS,
        next_steps_no_reply="Vi följer upp din synpunkt.",
        privacy_anonymous="Vi sparar bara det du berättade.",
    )
    anonymous = _submission("sv", reporter=Reporter(anonymous=True), wants_reply=False)
    text = _receipt(tmp_path, anonymous, texts)
    assert _says(text, "Vi följer upp din synpunkt.")
    assert _says(text, "Vi sparar bara det du berättade.")
    assert not _says(text, WORDS["sv"]["followed_up"])


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
        return _read(desk.service.receipt_pdf(submission), tmp_path)
    finally:
        desk.store.engine.dispose()


def test_the_desk_counts_two_calendar_days_by_default(tmp_path, stockholm_desk):
    text = _desk_receipt(tmp_path, _friday_afternoon())
    assert _says(text, "Du hör av oss senast söndag 29 november 2026")
    assert "arbetsdag" not in text


def test_a_desk_counting_working_days_skips_the_weekend(tmp_path, stockholm_desk):
    text = _desk_receipt(tmp_path, _friday_afternoon("en"), promise_working_days="true")
    assert _says(text, "You will hear from us by Tuesday, December 1, 2026")


def test_a_reprint_keeps_the_date_the_case_system_set(tmp_path, stockholm_desk):
    delivered = replace(_friday_afternoon(), ack_due=datetime(2026, 12, 3, 15, 0, tzinfo=UTC))
    text = _desk_receipt(tmp_path, delivered)
    assert _says(text, "Du hör av oss senast torsdag 3 december 2026")
    assert not _says(text, "söndag 29 november 2026")  # not the desk's own count


def test_an_anonymous_record_at_the_desk_gets_no_date(tmp_path, stockholm_desk):
    anonymous = _friday_afternoon(reporter=Reporter(anonymous=True), wants_reply=False)
    text = _desk_receipt(tmp_path, anonymous)
    assert not _says(text, "söndag 29 november 2026")
    assert not _says(text, "Du hör av oss")


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
