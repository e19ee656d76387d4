"""A receipt of a referred record tells the person where to turn, in their language, with the
body's contact text (the site's own, else the built-in one). Read back from the PDF."""

from __future__ import annotations

import pytest

from desk_app.domain.record import (
    Channel,
    ContactMethod,
    Referral,
    ReferralBody,
    Reporter,
    Urgent,
)
from desk_app.settings import load_settings
from tests.conftest import isolated_environ
from tests.receipt.conftest import (
    needs_pdftotext,
    read_receipt,
    receipt_submission,
    receipt_text,
    says,
)

pytestmark = needs_pdftotext

# Written out here, not read from the JSON files, so a wrong or missing text fails.
WHERE_TO_TURN = {
    "sv": ("Vart du vänder dig", "Vänd dig till polisen", "Ring 114 14 eller gå till polisen.se"),
    "en": ("Where to turn", "Please turn to the police", "Call 114 14, or visit polisen.se"),
    "fa": ("به کجا مراجعه کنید", "لطفاً به پلیس مراجعه کنید", "polisen.se"),
}
NOTE = "Stöldanmälan: ta med kvittot"


@pytest.mark.parametrize("language", sorted(WHERE_TO_TURN))
def test_a_referred_record_s_receipt_tells_where_to_turn(tmp_path, language):
    title, intro, contact = WHERE_TO_TURN[language]
    submission = receipt_submission(language, referral=Referral(ReferralBody.POLICE, NOTE))
    text = receipt_text(tmp_path, submission)
    assert says(text, title)
    assert says(text, intro)
    assert says(text, contact)
    assert says(text, NOTE)


@pytest.mark.parametrize("language", sorted(WHERE_TO_TURN))
def test_a_receipt_without_a_referral_says_nothing_of_turning_elsewhere(tmp_path, language):
    title, _intro, _contact = WHERE_TO_TURN[language]
    assert not says(receipt_text(tmp_path, receipt_submission(language)), title)


def test_the_sites_contact_text_for_a_body_replaces_the_built_in_one(tmp_path):
    from desk_app.app import open_desk

    environ = isolated_environ(
        tmp_path,
        referral_region_health="Region Västmanland: 021-17 30 00",
    )
    desk = open_desk(load_settings(environ=environ))
    try:
        submission = receipt_submission(
            "sv", referral=Referral(ReferralBody.REGION_HEALTH, ""), urgent=Urgent("Smärta")
        )
        text = read_receipt(desk.service.receipt_pdf(submission), tmp_path)
    finally:
        desk.store.engine.dispose()
    assert says(text, "Region Västmanland: 021-17 30 00")
    assert not says(text, "Ring 1177 eller gå till 1177.se")
    assert not says(text, "Smärta")  # the urgent reason is for staff, not for the receipt


def test_a_meeting_with_an_answer_in_person_prints_both_in_the_receipt_language(tmp_path):
    submission = receipt_submission(
        "sv",
        channel=Channel.MEETING,
        reporter=Reporter(anonymous=False, name="N", preferred_contact=ContactMethod.IN_PERSON),
    )
    text = receipt_text(tmp_path, submission)
    assert says(text, "vid ett möte")
    assert says(text, "Vi svarar via ett personligt samtal")
