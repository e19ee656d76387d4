"""The policy's fields in the intake form: no keystroke when unused, the keyboard alone when
used, names for screen readers, right-to-left in Persian, and a record saved with them."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk_app.domain.record import Channel, ReferralBody, SubmitterType
from desk_app.store.repository import META_UNITS
from desk_app.ui.plumbing.i18n import use_language
from desk_app.ui.screens.intake import IntakeForm
from desk_app.ui.screens.intake.draft import read_draft
from tests.ui.keyboard import type_text

UNITS = {
    "version": "1",
    "units": [
        {
            "code": "vasaskolan",
            "kind": "school",
            "provider": "Västerås stad",
            "active": True,
            "name": {"sv": "Vasaskolan", "en": "Vasa School", "fa": "مدرسه واسا"},
        },
        {
            "code": "gamla-badet",
            "kind": "other",
            "provider": "",
            "active": False,
            "name": {"sv": "Gamla badet", "en": "The old baths"},
        },
    ],
}


@pytest.fixture
def form(qtbot, desk):
    desk.store.set_meta(META_UNITS, json.dumps(UNITS))  # as sync caches it from a 1.1 server
    intake = IntakeForm(desk.service)
    qtbot.addWidget(intake)
    intake.show()
    qtbot.waitExposed(intake)
    yield intake
    intake.clear()


def press(qtbot, key: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key)


def test_a_record_that_needs_no_policy_field_costs_no_keystroke(form):
    draft = read_draft(form, "sv")
    assert (draft.submitter_type, draft.concerns, draft.referral, draft.urgent) == (
        None,
        None,
        None,
        None,
    )
    assert not form.urgent_reason.isEnabled() and not form.referral_note.isEnabled()
    assert not form.is_dirty()


def test_the_unit_list_offers_the_cached_active_units_only(form):
    offered = [form.unit.itemData(index) for index in range(form.unit.count())]
    assert offered == [None, "vasaskolan"]  # "no unit" first; the closed baths not offered


def test_the_policy_fields_are_filled_with_the_keyboard_alone(qtbot, form):
    form.location.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert form.unit.hasFocus()  # right after "where": the place the worker looks for it
    type_text(form.unit, "Vasa")  # type-to-search in the list
    press(qtbot, Qt.Key.Key_Tab)
    assert form.provider.hasFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert form.channel.hasFocus()
    type_text(form.channel, "Meeting")
    press(qtbot, Qt.Key.Key_Tab)
    assert form.urgent.hasFocus()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    assert form.urgent_reason.hasFocus()
    qtbot.keyClicks(form.urgent_reason, "Heating off in the classroom")
    press(qtbot, Qt.Key.Key_Tab)
    assert form.referral.hasFocus()
    type_text(form.referral, "Police")
    press(qtbot, Qt.Key.Key_Tab)
    assert form.referral_note.hasFocus()
    qtbot.keyClicks(form.referral_note, "114 14")
    press(qtbot, Qt.Key.Key_Tab)
    assert form.language.hasFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert form.submitter.hasFocus()  # first in the person's column
    type_text(form.submitter, "Guardian")
    draft = read_draft(form, "sv")
    assert draft.concerns is not None and draft.concerns.unit == "vasaskolan"
    assert draft.channel is Channel.MEETING
    assert draft.urgent is not None and draft.urgent.reason == "Heating off in the classroom"
    assert draft.referral is not None and draft.referral.to is ReferralBody.POLICE
    assert draft.referral.note == "114 14"
    assert draft.submitter_type is SubmitterType.GUARDIAN


def test_an_urgent_record_without_a_reason_is_shown_next_to_the_reason(qtbot, form, desk):
    form.urgent.setChecked(True)
    errors = desk.service.check(read_draft(form, "sv"))
    form.show_errors(errors, focus=False)
    assert "urgent.reason" in errors
    assert form._errors["urgent.reason"].isVisibleTo(form)


@pytest.mark.parametrize("language", ["sv", "fa", "ar"])
def test_every_new_field_has_a_translated_accessible_name(qtbot, form, language):
    use_language(language)
    QApplication.processEvents()
    try:
        for widget in (
            form.submitter,
            form.unit,
            form.provider,
            form.urgent,
            form.urgent_reason,
            form.referral,
            form.referral_note,
        ):
            assert widget.accessibleName(), widget
        assert form.urgent.text() != "Urgent"  # translated, not the English source
        assert form.referral.itemText(0) != "Not referred"
        if language in ("fa", "ar"):
            assert form.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        use_language("en")


def test_a_correction_shows_the_policy_fields_as_saved(qtbot, form, desk):
    from desk_app.domain.record import Concerns, Referral, Urgent
    from desk_app.ui.screens.intake.draft import show_draft
    from tests.conftest import complete_draft

    draft = complete_draft(
        submitter_type=SubmitterType.PUPIL,
        concerns=Concerns(unit="gamla-badet", provider="Badbolaget"),
        referral=Referral(ReferralBody.STATE_AGENCY, "Skolinspektionen"),
        urgent=Urgent("Unsafe ladder"),
    )
    show_draft(form, draft)
    again = read_draft(form, draft.language)
    assert (again.submitter_type, again.concerns, again.referral, again.urgent) == (
        draft.submitter_type,
        draft.concerns,
        draft.referral,
        draft.urgent,
    )
