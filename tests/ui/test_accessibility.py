"""Every control a keyboard can reach has a name and a description a screen reader can speak,
and the desk's whole flow works with the keyboard alone."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from desk_app.domain.record import Kind, SyncState
from desk_app.ui.dialogs.correction import CorrectionDialog
from desk_app.ui.dialogs.person import PersonDialog
from desk_app.ui.dialogs.receipt import ReceiptDialog
from desk_app.ui.dialogs.record import RecordDialog
from desk_app.ui.dialogs.settings import SettingsDialog
from desk_app.ui.main_window import MainWindow
from desk_app.ui.plumbing.i18n import use_language
from desk_app.ui.plumbing.labels import KIND_LABELS, label
from tests.conftest import RESIDENT_EMAIL, complete_draft
from tests.ui.keyboard import alt_key, type_text


def unnamed_controls(top: QWidget) -> list[str]:
    """Focusable, visible widgets under ``top`` that lack a spoken name or description."""
    missing = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(top):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        parts = [interface]
        if interface is not None and interface.role() == QAccessible.Role.PageTabList:
            # A tab bar is announced tab by tab: each tab needs the name and description.
            children = [interface.child(n) for n in range(interface.childCount())]
            parts = [c for c in children if c.role() == QAccessible.Role.PageTab]
        for part in parts:
            name = part.text(QAccessible.Text.Name) if part else ""
            description = part.text(QAccessible.Text.Description) if part else ""
            if not name or not description:
                missing.append(f"{type(widget).__name__} {widget.objectName()!r} name={name!r}")
    return missing


@pytest.fixture
def window(qtbot, desk):
    main_window = MainWindow(desk.service)
    main_window.show()
    qtbot.waitExposed(main_window)
    yield main_window
    main_window.form.clear()
    main_window.close()


@pytest.mark.parametrize("language", ["en", "sv", "fa", "ar"])
def test_every_control_of_the_window_is_named_and_described(window, language):
    use_language(language)
    QApplication.processEvents()  # the window takes its new words
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert unnamed_controls(window) == [], window.tabs.tabText(index)


@pytest.mark.parametrize("language", ["en", "sv", "fa", "ar"])
def test_every_control_of_the_dialogs_is_named_and_described(qtbot, window, desk, language):
    use_language(language)
    saved = desk.service.save(complete_draft())
    receipt = ReceiptDialog(saved, desk.service.receipt_pdf(saved), print_mode="none")
    refused = replace(saved, sync_state=SyncState.NEEDS_ATTENTION, sync_reason="unknown code")
    person = PersonDialog(desk.privacy, desk.service)
    person.search.setText(RESIDENT_EMAIL)
    person.find_records()
    person.show_selected()  # every control in use: the list and everything held
    dialogs = [
        receipt,
        RecordDialog(desk.service, refused),
        CorrectionDialog(desk.service, refused),
        SettingsDialog(desk.service),
        person,
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        assert unnamed_controls(dialog) == [], type(dialog).__name__


def press_keys_in_next_modal(qtbot, *keys):
    """Send keys to the next modal dialog once it is open (a person answering it)."""
    already_open = QApplication.activeModalWidget()

    def send():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog is already_open:
            QTimer.singleShot(20, send)
            return
        dialog.activateWindow()
        for key in keys:
            qtbot.keyClick(dialog.focusWidget() or dialog, key)

    QTimer.singleShot(20, send)


def activate(qtbot, widget):
    """Make ``widget``'s window the active one, as the window manager does for a new dialog
    (the offscreen test platform does not)."""
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())


@pytest.mark.parametrize("language", ["en", "sv", "fa", "ar"])
def test_the_whole_flow_works_with_the_keyboard_alone(qtbot, window, desk, language):
    use_language(language)
    QApplication.processEvents()
    form = window.form
    keys = qtbot.keyClick
    not_printed = QCoreApplication.translate("ReceiptActions", "Not printed.")
    activate(qtbot, window)
    assert form.kind.hasFocus()  # the window opens ready for typing
    type_text(form.kind, label(KIND_LABELS, Kind.COMPLAINT))  # type-to-search in the list
    assert form.kind.currentData() == Kind.COMPLAINT
    keys(form.kind, Qt.Key.Key_Tab)
    type_text(QApplication.focusWidget(), desk.service.category_name("streets.snow", language))
    keys(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert form.description.hasFocus()
    type_text(form.description, DESCRIPTIONS[language])
    # Alt+mnemonics jump straight to a field, wherever the focus is.
    keys(form.description, alt_key(form.anonymous), Qt.KeyboardModifier.AltModifier)
    assert form.anonymous.hasFocus()
    keys(form.anonymous, Qt.Key.Key_Space)
    keys(form.anonymous, alt_key(form.staff_id), Qt.KeyboardModifier.AltModifier)
    assert form.staff_id.hasFocus()
    qtbot.keyClicks(form.staff_id, "anna.s")
    keys(form.staff_id, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # save
    qtbot.waitUntil(lambda: window.last_receipt_dialog is not None)
    receipt = window.last_receipt_dialog
    reference = receipt.reference_label.text()

    # Print with Alt+its letter; the print dialog opens, and Escape cancels it.
    activate(qtbot, receipt)
    press_keys_in_next_modal(qtbot, Qt.Key.Key_Escape)
    keys(receipt, alt_key(receipt.print_button), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: receipt.print_status.text() == not_printed)

    assert receipt.focusWidget() is receipt.next_button  # back on "Next person"
    keys(receipt.next_button, Qt.Key.Key_Return)  # next person
    qtbot.waitUntil(lambda: not receipt.isVisible())
    activate(qtbot, window)
    assert form.kind.hasFocus() and not form.is_dirty()
    keys(form.kind, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # the queue
    assert window.queue.search.hasFocus()
    qtbot.keyClicks(window.queue.search, reference)
    keys(window.queue.search, Qt.Key.Key_Return)  # search now, focus to the list
    assert window.queue.table.hasFocus()
    opened = []
    window.queue.open_requested.connect(opened.append)
    keys(window.queue.table, Qt.Key.Key_Return)  # open the record
    assert [record.reference for record in opened] == [reference]
    record_dialog = window.findChildren(RecordDialog)[-1]
    qtbot.waitUntil(record_dialog.isVisible)

    # Reprint with Alt+its letter: printing is off on this desk, so the print dialog asks.
    activate(qtbot, record_dialog)
    press_keys_in_next_modal(qtbot, Qt.Key.Key_Escape)
    keys(record_dialog, alt_key(record_dialog.reprint_button), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: record_dialog.status.text() == not_printed)
    keys(record_dialog.focusWidget() or record_dialog, Qt.Key.Key_Escape)  # close the record
    qtbot.waitUntil(lambda: not record_dialog.isVisible())
    saved = desk.service.find(reference)
    assert saved.description == DESCRIPTIONS[language]
    assert (saved.kind, saved.category) == (Kind.COMPLAINT, "streets.snow")
    assert saved.reporter.anonymous and saved.received_by.staff_id == "anna.s"


DESCRIPTIONS = {
    "en": "The pavement outside the library is icy",
    "sv": "Trottoaren utanför biblioteket är isig",
    "fa": "پیاده‌رو جلوی کتابخانه یخ زده است",
    "ar": "الرصيف أمام المكتبة متجمد",
}
