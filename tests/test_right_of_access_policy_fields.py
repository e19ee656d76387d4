"""The right of access covers everything held: the policy's fields and the promised date too,
in what `person show` prints, its PDF copy and the window's record view."""

from __future__ import annotations

from desk_app.domain.record import Concerns, Referral, ReferralBody, SubmitterType, Urgent
from desk_app.services.privacy import describe
from tests.conftest import complete_draft

REFERRAL_NOTE = "Vårdcentralen Skultuna, ask for Dr Quenneville"
URGENT_REASON = "Pupil left without lunch all week"


def test_everything_held_lists_the_policy_fields_and_the_promised_date(desk):
    saved = desk.service.save(
        complete_draft(
            submitter_type=SubmitterType.GUARDIAN,
            concerns=Concerns(unit="vasaskolan", provider="Skolmat AB"),
            referral=Referral(ReferralBody.REGION_HEALTH, REFERRAL_NOTE),
            urgent=Urgent(URGENT_REASON),
        )
    )
    rows = dict(describe(desk.privacy.show(saved.reference)))
    assert rows["Given by"] == "guardian"
    assert rows["Unit concerned"] == "vasaskolan" and rows["Provider"] == "Skolmat AB"
    assert rows["Referred to"] == "region_health" and rows["Referral note"] == REFERRAL_NOTE
    assert rows["Urgent"] == URGENT_REASON
    assert rows["First response by"]  # a reply was promised: its date is held too
    desk.privacy.erase(saved.reference)
    after = dict(describe(desk.service.find(saved.reference)))
    assert REFERRAL_NOTE not in after.values() and URGENT_REASON not in after.values()
    assert after["Referred to"] == "region_health"  # the flags stay, the words go


def test_the_record_view_shows_the_policy_fields(qtbot, desk):
    from PySide6.QtWidgets import QLabel

    from desk_app.ui.dialogs.record import RecordDialog

    saved = desk.service.save(
        complete_draft(
            submitter_type=SubmitterType.BUSINESS,
            referral=Referral(ReferralBody.POLICE, REFERRAL_NOTE),
            urgent=Urgent(URGENT_REASON),
        )
    )
    dialog = RecordDialog(desk.service, saved)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Business" in texts
    assert any(REFERRAL_NOTE in text and text.startswith("Police") for text in texts)
    assert URGENT_REASON in texts
