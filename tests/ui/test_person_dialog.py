"""A person's records from the window: find, show, copy and erase, as a desk worker does it,
against a real store; the list never shows personal data and an erasure is announced once."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from desk_app.app import open_desk
from desk_app.domain.audit import AuditKind
from desk_app.domain.record import Reporter, SyncState
from desk_app.settings import load_settings
from desk_app.ui.dialogs.person import PersonDialog
from desk_app.ui.main_window import MainWindow
from desk_app.ui.plumbing.i18n import use_language
from desk_app.ui.plumbing.theme import MIN_TARGET_PX
from tests.conftest import (
    RESIDENT_EMAIL,
    RESIDENT_NAME,
    RESIDENT_PHONE,
    SECRET_DESCRIPTION,
    answer_message_boxes,
    complete_draft,
    deliver,
)
from tests.ui.keyboard import alt_key, type_text

PERSONAL = (RESIDENT_NAME, RESIDENT_EMAIL, RESIDENT_PHONE, SECRET_DESCRIPTION, "Zorbulina")


def list_texts(dialog: PersonDialog) -> list[str]:
    table = dialog.table
    return [
        table.item(row, column).text()
        for row in range(table.rowCount())
        for column in range(table.columnCount())
    ]


def count_announcements(dialog: PersonDialog) -> list[None]:
    announced: list[None] = []
    dialog._operations.records_changed.connect(lambda: announced.append(None))
    return announced


def test_finding_by_email_lists_the_record_without_personal_data(person_dialog, desk):
    saved = desk.service.save(complete_draft())
    desk.service.save(complete_draft(reporter=Reporter(anonymous=True), wants_reply=False))
    person_dialog.search.setText(RESIDENT_EMAIL.upper())  # any case
    person_dialog.find_records()
    assert person_dialog.table.rowCount() == 1
    texts = list_texts(person_dialog)
    assert texts[0] == saved.reference
    assert "Complaint" in texts and "Waiting to be sent" in texts and "Held" in texts
    assert not [text for text in texts if any(part in text for part in PERSONAL)]
    assert person_dialog.count_label.text() == "1 record found."
    assert person_dialog.table.hasFocus() and person_dialog.selected() == saved


def test_finding_by_phone_ignores_spaces_dashes_and_plus(person_dialog, desk):
    saved = desk.service.save(complete_draft())
    person_dialog.search.setText("46-70-555 1234")
    person_dialog.find_records()
    assert [record.reference for record in person_dialog.found] == [saved.reference]
    assert not [text for text in list_texts(person_dialog) if RESIDENT_PHONE in text]


def test_a_find_with_no_match_says_so_and_the_audit_trail_keeps_no_search_text(person_dialog, desk):
    desk.service.save(complete_draft())
    person_dialog.search.setText("nobody@example.se")
    assert person_dialog.find_records() == []
    assert person_dialog.count_label.text() == "0 records found."
    assert not person_dialog.show_button.isEnabled() and not person_dialog.erase_button.isEnabled()
    events = desk.privacy.audit_trail()
    assert [event.kind for event in events] == [AuditKind.PERSON_FIND]
    assert "nobody" not in repr(events)


def test_show_lists_everything_held_including_the_name(person_dialog, desk):
    saved = desk.service.save(complete_draft())
    person_dialog.search.setText(RESIDENT_NAME.split()[0].lower())  # part of the name
    person_dialog.find_records()
    assert person_dialog.show_selected() == saved
    values = {
        label.accessibleName(): label.text() for label in person_dialog.details.findChildren(QLabel)
    }
    assert values["Name"] == RESIDENT_NAME
    assert values["Email"] == RESIDENT_EMAIL
    assert values["Description"] == SECRET_DESCRIPTION
    assert (values["Kind"], values["Anonymous"]) == ("Complaint", "No")  # codes in words
    assert saved.reference in person_dialog.details_heading.text()
    assert person_dialog.print_button.isEnabled() and person_dialog.save_button.isEnabled()
    kinds = [event.kind for event in desk.privacy.audit_trail()]
    assert kinds == [AuditKind.PERSON_FIND, AuditKind.PERSON_SHOW]


def test_the_copy_saved_as_pdf_holds_everything_shown(qtbot, person_dialog, desk, tmp_path):
    saved = desk.service.save(complete_draft())
    person_dialog.search.setText(saved.reference)
    person_dialog.find_records()
    person_dialog.show_selected()
    target = tmp_path / "copy.pdf"

    def choose_file() -> None:
        chooser = QApplication.activeModalWidget()
        if not isinstance(chooser, QFileDialog):
            QTimer.singleShot(20, choose_file)
            return
        chooser.selectFile(str(target))
        chooser.accept()

    QTimer.singleShot(20, choose_file)
    person_dialog.save_copy()
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert saved.reference in text and RESIDENT_NAME in text and RESIDENT_EMAIL in text
    assert str(target) in person_dialog.status.text()
    assert AuditKind.PERSON_PRINT in [event.kind for event in desk.privacy.audit_trail()]


def test_erasing_after_confirming_blanks_the_store_and_announces_once(person_dialog, desk):
    saved = desk.service.save(complete_draft())
    announced = count_announcements(person_dialog)
    person_dialog.search.setText(RESIDENT_EMAIL)
    person_dialog.find_records()
    person_dialog.show_selected()
    asked = answer_message_boxes(QMessageBox.StandardButton.Yes)
    outcome = person_dialog.erase_selected()
    assert outcome is not None and outcome.erased_now and not outcome.was_delivered
    assert "cannot be undone" in asked[0] and "Kept:" in asked[0]
    stored = desk.service.find(saved.reference)
    assert stored.reporter.name == stored.reporter.email == stored.description == ""
    assert stored.personal_data_erased
    assert stored.sync_state is SyncState.NEEDS_ATTENTION  # never sent now
    assert announced == [None]
    assert list_texts(person_dialog)[-1] == "Erased"
    assert not person_dialog.erase_button.isEnabled()
    shown = [label.text() for label in person_dialog.details.findChildren(QLabel)]
    assert RESIDENT_NAME not in shown  # the details show what is held now
    assert "will not be sent" in person_dialog.status.text()


def test_erasing_a_delivered_record_says_the_case_system_must_be_asked(person_dialog, desk):
    saved = desk.service.save(complete_draft())
    deliver(desk, saved)
    announced = count_announcements(person_dialog)
    person_dialog.search.setText(RESIDENT_EMAIL)
    person_dialog.find_records()
    told = answer_message_boxes(QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok)
    outcome = person_dialog.erase_selected()
    assert outcome is not None and outcome.was_delivered
    assert "delivered to the case system" in told[0]  # warned before, too
    assert "C-77" in told[1] and "ask the case system's administrators to erase it" in told[1]
    assert person_dialog.status.text() == told[1]
    assert person_dialog.status.property("tone") == "warning"
    stored = desk.service.find(saved.reference)
    assert stored.reporter.name == "" and stored.case_number == "C-77"
    assert stored.sync_state is SyncState.SYNCED
    assert announced == [None]


def test_cancelling_the_erasure_changes_nothing(person_dialog, desk):
    saved = desk.service.save(complete_draft())
    announced = count_announcements(person_dialog)
    person_dialog.search.setText(RESIDENT_EMAIL)
    person_dialog.find_records()
    answer_message_boxes(QMessageBox.StandardButton.Cancel)
    assert person_dialog.erase_selected() is None
    assert desk.service.find(saved.reference) == saved
    assert announced == []
    assert person_dialog.status.text() == "Nothing was erased."
    assert AuditKind.PERSON_ERASE not in [event.kind for event in desk.privacy.audit_trail()]


@pytest.mark.parametrize("language", ["en", "sv", "fa", "ar"])
def test_the_keyboard_alone_finds_shows_and_erases(qtbot, desk, language):
    use_language(language)  # right to left too: Qt's selectRow selects nothing there
    window = MainWindow(desk.service, privacy=desk.privacy)
    qtbot.addWidget(window)
    window.show()
    saved = desk.service.save(complete_draft())
    announced: list[None] = []
    window.operations.records_changed.connect(lambda: announced.append(None))
    window.person_action.trigger()
    dialog = window.findChild(PersonDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.search.hasFocus()
    type_text(dialog.search, RESIDENT_EMAIL)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # find: focus to the list
    assert dialog.table.hasFocus() and dialog.selected() == saved
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # show
    assert dialog.shown == saved
    shows = [e for e in desk.privacy.audit_trail() if e.kind is AuditKind.PERSON_SHOW]
    assert len(shows) == 1  # Enter showed it once, and pressed no other button

    def confirm_by_keyboard() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, confirm_by_keyboard)
            return
        erase = box.button(QMessageBox.StandardButton.Yes)
        assert box.focusWidget() is not erase  # Enter alone would not erase
        qtbot.keyClick(box.focusWidget() or box, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        if box.focusWidget() is not erase:
            qtbot.keyClick(box.focusWidget() or box, Qt.Key.Key_Tab)
        assert box.focusWidget() is erase
        qtbot.keyClick(erase, Qt.Key.Key_Space)

    QTimer.singleShot(20, confirm_by_keyboard)
    qtbot.keyClick(dialog.table, alt_key(dialog.erase_button), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: desk.service.find(saved.reference).personal_data_erased)
    assert announced == [None]
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)  # close
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_menu_offers_a_persons_records_only_with_the_privacy_service(qtbot, desk):
    without = MainWindow(desk.service)
    qtbot.addWidget(without)
    assert not without.person_action.isVisible()
    assert without.open_person_records() is None
    with_privacy = MainWindow(desk.service, privacy=desk.privacy)
    qtbot.addWidget(with_privacy)
    assert with_privacy.person_action.isVisible()
    assert with_privacy.person_action.text() == "A &person's records…"
    dialog = with_privacy.open_person_records()
    assert isinstance(dialog, PersonDialog) and dialog.isVisible()
    dialog.reject()


def test_large_mode_makes_the_rows_and_buttons_large_targets(qtbot, desk_environ, tmp_path: Path):
    large = open_desk(load_settings(environ={**desk_environ, "DESK_APP_UI_LARGE_MODE": "true"}))
    try:
        large.service.save(complete_draft())
        dialog = PersonDialog(large.privacy, large.service)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.search.setText(RESIDENT_EMAIL)
        dialog.find_records()
        assert dialog.table.rowHeight(0) >= MIN_TARGET_PX
        assert dialog.erase_button.height() >= MIN_TARGET_PX
    finally:
        large.close()


@pytest.mark.parametrize("language", ["en", "sv", "fa", "ar"])
def test_the_menu_item_has_an_alt_letter_of_its_own_in_every_language(qtbot, desk, language):
    use_language(language)
    window = MainWindow(desk.service, privacy=desk.privacy)
    qtbot.addWidget(window)

    def letter(text: str) -> str:
        clean = text.replace("&&", "")
        return clean[clean.index("&") + 1].lower()

    mine = letter(window.person_action.text())
    others = [
        letter(action.text())
        for action in window.tools_menu.actions()
        if action is not window.person_action and "&" in action.text()
    ]
    assert mine not in others, (window.person_action.text(), others)
