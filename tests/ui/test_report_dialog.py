"""Tools → Report… in the real window, driven by the keyboard alone: it writes both files, off
the UI thread, and says where; mistakes are told next to nothing written."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import openpyxl
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDateEdit

from desk_app.domain.record import Kind
from desk_app.ui.dialogs.report import ReportDialog
from desk_app.ui.main_window import MainWindow
from tests.conftest import RESIDENT_NAME, SECRET_DESCRIPTION, complete_draft

FIRST = date(2026, 11, 2)


def _noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12).astimezone().astimezone(UTC)


def _window(qtbot, desk) -> MainWindow:
    window = MainWindow(desk.service, statistics=desk.statistics)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    # The menu bar's Alt keys work in the active window only.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _type_day(qtbot, edit: QDateEdit, day: date) -> None:
    """A date typed section by section, as a worker types it, then Tab to the next field
    (Tab steps through a date's year, month and day before it leaves the field)."""
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    qtbot.keyClicks(edit, day.isoformat())
    assert edit.date() == QDate(day.year, day.month, day.day)
    for _section in range(3):
        if QApplication.focusWidget() is not edit:
            break
        qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not edit


def _open_by_keyboard(qtbot, window: MainWindow) -> ReportDialog:
    focused = QApplication.focusWidget() or window
    qtbot.keyClick(focused, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # Too&ls
    qtbot.waitUntil(lambda: window.tools_menu.isVisible())
    qtbot.keyClick(window.tools_menu, Qt.Key.Key_R)  # &Report…
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ReportDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ReportDialog)
    # As the window manager does for a new dialog (the offscreen test platform does not).
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_the_report_dialog_driven_by_keyboard_writes_the_pdf_and_the_xlsx(qtbot, desk, tmp_path):
    kinds = [Kind.COMPLAINT, Kind.PRAISE, Kind.COMPLAINT, Kind.COMPLAINT]
    for offset, kind in enumerate(kinds):
        desk.service.save(complete_draft(kind=kind), received_at=_noon(FIRST + timedelta(offset)))
    desk.service.save(complete_draft(), received_at=_noon(FIRST - timedelta(days=3)))  # before
    window = _window(qtbot, desk)
    dialog = _open_by_keyboard(qtbot, window)
    assert QApplication.focusWidget() is dialog.first_day

    _type_day(qtbot, dialog.first_day, FIRST)
    assert QApplication.focusWidget() is dialog.last_day
    _type_day(qtbot, dialog.last_day, FIRST + timedelta(days=6))
    assert QApplication.focusWidget() is dialog.granularity
    # Tab through the language and both file kinds to the file name.
    for expected in (dialog.language, dialog.pdf, dialog.xlsx, dialog.path):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected
    qtbot.keyClick(dialog.path, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.path, str(tmp_path / "november"))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)  # the default button: Create report

    qtbot.waitUntil(lambda: "Report written" in dialog.status.text(), timeout=120_000)
    pdf, xlsx = tmp_path / "november.pdf", tmp_path / "november.xlsx"
    assert str(pdf) in dialog.status.text() and str(xlsx) in dialog.status.text()
    assert "4 records" in dialog.status.text()
    assert pdf.read_bytes().startswith(b"%PDF")
    book = openpyxl.load_workbook(xlsx)
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(values_only=True)}
    assert summary["First day"] == datetime(2026, 11, 2)
    assert summary["Last day"] == datetime(2026, 11, 8)
    assert summary["Records received"] == 4
    kinds_sheet = {
        r[0]: r[1] for r in book["Records by kind"].iter_rows(min_row=2, values_only=True)
    }
    assert kinds_sheet == {"Complaint": 3, "Praise": 1}
    everything = pdf.read_bytes() + xlsx.read_bytes()
    assert RESIDENT_NAME.encode() not in everything
    assert SECRET_DESCRIPTION.encode() not in everything
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_period_that_ends_before_it_starts_is_told_and_nothing_is_written(qtbot, desk, tmp_path):
    window = _window(qtbot, desk)
    dialog = window.open_report()
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.first_day.setDate(dialog.last_day.date().addDays(3))
    (tmp_path / "out").mkdir()
    dialog.path.setText(str(tmp_path / "out" / "never"))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    assert dialog.status.text() == "The period ends before it starts."
    assert QApplication.focusWidget() is dialog.last_day
    assert dialog.job is None and list((tmp_path / "out").iterdir()) == []


def test_every_control_of_the_report_dialog_has_a_spoken_name(qtbot, desk):
    window = _window(qtbot, desk)
    dialog = window.open_report()
    assert dialog is not None
    for control in (
        dialog.first_day,
        dialog.last_day,
        dialog.granularity,
        dialog.language,
        dialog.pdf,
        dialog.xlsx,
        dialog.path,
        dialog.choose,
        dialog.create_button,
        dialog.status,
    ):
        assert control.accessibleName(), control
        assert control.accessibleDescription(), control


def test_the_step_follows_the_period_until_the_worker_picks_one(qtbot, desk):
    window = _window(qtbot, desk)
    dialog = window.open_report()
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    last = dialog.last_day.date()
    dialog.first_day.setDate(last.addDays(-20))
    assert dialog.granularity.currentText() == "Day"
    dialog.first_day.setDate(last.addDays(-200))
    assert dialog.granularity.currentText() == "Week"
    dialog.first_day.setDate(last.addYears(-2))
    assert dialog.granularity.currentText() == "Month"
    # The worker picks days with the keyboard: a new period keeps their choice.
    dialog.granularity.setFocus()
    qtbot.keyClick(dialog.granularity, Qt.Key.Key_Home)
    assert dialog.granularity.currentText() == "Day"
    dialog.first_day.setDate(last.addYears(-1))
    assert dialog.granularity.currentText() == "Day"
