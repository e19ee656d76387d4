"""Correcting contact details from the window: the person dialog's button, the correction
dialog's fields and messages, driven as a desk worker does, on a real store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from desk_app.domain.audit import AuditKind
from desk_app.domain.record import Reporter
from desk_app.ui.dialogs.contact_correction import ContactCorrectionDialog
from desk_app.ui.plumbing.i18n import use_language
from tests.conftest import (
    RESIDENT_EMAIL,
    RESIDENT_PHONE,
    answer_message_boxes,
    complete_draft,
    deliver,
)
from tests.ui.keyboard import alt_key, type_text

NEW_PHONE = "+46 70 999 88 77"


def when_the_correction_dialog_opens(action) -> list[BaseException]:
    """Run ``action(dialog)`` once the correction dialog is the modal window. A failure
    inside closes the dialog (else its event loop would wait forever) and is returned."""
    failures: list[BaseException] = []

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ContactCorrectionDialog):
            QTimer.singleShot(20, check)
            return
        if QApplication.activeWindow() is not dialog:  # keys go to the active window only
            dialog.activateWindow()
            QTimer.singleShot(20, check)
            return
        try:
            action(dialog)
        except BaseException as failure:
            failures.append(failure)
            dialog.reject()

    QTimer.singleShot(20, check)
    return failures


@pytest.mark.parametrize("language", ["en", "fa"])
def test_the_keyboard_alone_corrects_a_phone_number(qtbot, person_dialog, desk, language):
    use_language(language)
    saved = desk.service.save(complete_draft())
    person_dialog.search.setText(RESIDENT_EMAIL)
    person_dialog.find_records()
    person_dialog.show_selected()
    announced: list[None] = []
    person_dialog._operations.records_changed.connect(lambda: announced.append(None))

    def correct(dialog: ContactCorrectionDialog) -> None:
        assert dialog.fields["phone"].text() == RESIDENT_PHONE  # what is held, to edit
        qtbot.keyClick(dialog, alt_key(dialog.fields["phone"]), Qt.KeyboardModifier.AltModifier)
        assert dialog.fields["phone"].hasFocus()
        dialog.fields["phone"].selectAll()
        type_text(dialog.fields["phone"], NEW_PHONE)
        qtbot.keyClick(dialog.fields["phone"], Qt.Key.Key_Return)  # Save is the default

    failures = when_the_correction_dialog_opens(correct)
    person_dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is person_dialog)
    qtbot.keyClick(
        person_dialog.table, alt_key(person_dialog.correct_button), Qt.KeyboardModifier.AltModifier
    )
    qtbot.waitUntil(lambda: bool(failures) or person_dialog.correction_dialog is not None)
    qtbot.waitUntil(lambda: bool(failures) or not person_dialog.correction_dialog.isVisible())
    if failures:
        raise failures[0]
    assert desk.service.find(saved.reference).reporter.phone == NEW_PHONE
    assert announced == [None]
    shown = [label.text() for label in person_dialog.details.findChildren(QLabel)]
    assert NEW_PHONE in shown and RESIDENT_PHONE not in shown  # the details show it now
    assert person_dialog.status.property("tone") == "ok"


def test_a_bad_email_is_explained_next_to_its_field_and_nothing_is_saved(
    qtbot, person_dialog, desk
):
    saved = desk.service.save(complete_draft())
    person_dialog.search.setText(RESIDENT_EMAIL)
    person_dialog.find_records()
    seen: dict[str, object] = {}

    def try_bad_then_cancel(dialog: ContactCorrectionDialog) -> None:
        dialog.fields["email"].setText("not an address")
        dialog.save()
        seen["error"] = dialog.errors["email"].text()
        seen["visible"] = dialog.errors["email"].isVisible()
        seen["focus"] = dialog.focusWidget() is dialog.fields["email"]
        seen["open"] = dialog.isVisible()
        dialog.reject()

    when_the_correction_dialog_opens(try_bad_then_cancel)
    assert person_dialog.correct_selected() is None
    assert "email address" in str(seen["error"]) and seen["visible"] and seen["open"]
    assert seen["focus"]
    assert desk.service.find(saved.reference) == saved
    assert person_dialog.status.text() == "Nothing was changed."
    assert AuditKind.PERSON_CORRECT not in [e.kind for e in desk.privacy.audit_trail()]


def test_a_delivered_record_says_the_case_system_must_be_asked_too(qtbot, person_dialog, desk):
    saved = desk.service.save(complete_draft())
    deliver(desk, saved, "C-91")
    person_dialog.search.setText(RESIDENT_EMAIL)
    person_dialog.find_records()
    when_the_correction_dialog_opens(
        lambda dialog: (dialog.fields["phone"].setText(NEW_PHONE), dialog.save())
    )
    told = answer_message_boxes(QMessageBox.StandardButton.Ok)
    outcome = person_dialog.correct_selected()
    assert outcome is not None and outcome.was_delivered
    assert "C-91" in told[0] and "correct them there too" in told[0]
    assert person_dialog.status.property("tone") == "warning"


def test_the_button_is_off_for_anonymous_and_erased_records(person_dialog, desk):
    anonymous = desk.service.save(
        complete_draft(
            reporter=Reporter(anonymous=True), wants_reply=False, privacy_notice_given=False
        )
    )
    person_dialog.search.setText(anonymous.reference)
    person_dialog.find_records()
    assert person_dialog.selected() == anonymous
    assert not person_dialog.correct_button.isEnabled()
    named = desk.service.save(complete_draft())
    person_dialog.search.setText(named.reference)
    person_dialog.find_records()
    assert person_dialog.correct_button.isEnabled()
    desk.privacy.erase(named.reference)
    person_dialog.find_records()
    assert not person_dialog.correct_button.isEnabled()
