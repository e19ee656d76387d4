"""Tools → Report… counts only the records its filters pick: it starts with the filters set on
the Statistics tab, the worker changes one with the keyboard, and the written spreadsheet holds
exactly the records the test saved with those values (counted here, not by the store)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk_app.domain.record import Channel, Kind
from desk_app.domain.statistics import StatisticsFilter
from desk_app.ui.dialogs.report import ReportDialog
from desk_app.ui.main_window import MainWindow
from tests.conftest import complete_draft

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
FIRST = date(2026, 11, 2)
SAVED = [  # (day offset from FIRST, kind, channel)
    (0, Kind.PRAISE, Channel.PHONE),
    (1, Kind.PRAISE, Channel.IN_PERSON),
    (1, Kind.COMPLAINT, Channel.PHONE),
    (3, Kind.PRAISE, Channel.PHONE),
    (4, Kind.PRAISE, Channel.EMAIL),
    (6, Kind.COMPLAINT, Channel.IN_PERSON),
    (9, Kind.PRAISE, Channel.PHONE),
    (12, Kind.SUGGESTION, Channel.PHONE),
]


def _noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12).astimezone().astimezone(UTC)


def _window(qtbot, desk) -> MainWindow:
    desk.service.clock = lambda: NOW
    for offset, kind, channel in SAVED:
        draft = complete_draft(kind=kind, channel=channel)
        desk.service.save(draft, received_at=_noon(FIRST + timedelta(days=offset)))
    window = MainWindow(desk.service, statistics=desk.statistics)
    qtbot.addWidget(window)
    window.show()
    return window


def _dialog(qtbot, window: MainWindow) -> ReportDialog:
    dialog = window.open_report()
    assert dialog is not None
    dialog.activateWindow()  # as a window manager would (the offscreen platform does not)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_the_dialog_starts_with_the_tabs_filters_and_writes_only_the_records_picked(
    qtbot, desk, tmp_path
):
    window = _window(qtbot, desk)
    tab = window.open_statistics()
    qtbot.waitUntil(lambda: tab.figures is not None, timeout=20_000)
    with qtbot.waitSignal(tab.counted, timeout=20_000):
        tab.kind.setCurrentIndex(tab.kind.findData("=praise"))

    dialog = _dialog(qtbot, window)
    assert dialog.counted() == StatisticsFilter(kind="praise")
    assert dialog.filter_boxes["kind"].currentText() == "Praise"
    # The worker narrows it to phone calls: Alt+N reaches the channel, typing picks one.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    channel = dialog.filter_boxes["channel"]
    assert QApplication.focusWidget() is channel
    qtbot.keyClicks(channel, "Ph")
    assert channel.currentText() == "Phone"
    dialog.path.setText(str(tmp_path / "praise-by-phone"))
    qtbot.keyClick(channel, Qt.Key.Key_Return)  # the default button: Create report

    qtbot.waitUntil(lambda: "Report written" in dialog.status.text(), timeout=120_000)
    picked = [
        entry
        for entry in SAVED
        if entry[1] is Kind.PRAISE
        and entry[2] is Channel.PHONE
        and FIRST + timedelta(days=entry[0]) >= NOW.date().replace(day=1)
    ]
    assert len(picked) == 3
    assert f"{len(picked)} records" in dialog.status.text()
    book = openpyxl.load_workbook(tmp_path / "praise-by-phone.xlsx")
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(values_only=True)}
    assert summary["Records received"] == len(picked)
    assert summary["Records counted"] == "Kind: Praise; Channel: Phone"
    by_channel = book["Records by channel"].iter_rows(min_row=2, values_only=True)
    assert {row[0]: row[1] for row in by_channel} == {"Phone": len(picked)}
    assert (tmp_path / "praise-by-phone.pdf").read_bytes().startswith(b"%PDF")
    tab.shutdown()


def test_without_the_tab_opened_the_dialog_counts_every_record(qtbot, desk):
    window = _window(qtbot, desk)
    dialog = _dialog(qtbot, window)
    assert window.statistics is None  # the tab (and Qt Charts) stays unbuilt
    assert dialog.counted() == StatisticsFilter()
    for combo in dialog.filter_boxes.values():
        assert combo.currentText() == "All"


def test_a_filter_on_not_stated_is_offered_where_a_record_may_say_nothing(qtbot, desk):
    window = _window(qtbot, desk)
    dialog = _dialog(qtbot, window)
    for name in ("unit", "submitter_type"):
        combo = dialog.filter_boxes[name]
        combo.setCurrentIndex(combo.findText("Not stated"))
    assert dialog.counted() == StatisticsFilter(unit="", submitter_type="")
    assert dialog.filter_boxes["kind"].findText("Not stated") < 0


def test_every_filter_has_a_spoken_name_and_an_alt_key(qtbot, desk):
    window = _window(qtbot, desk)
    dialog = _dialog(qtbot, window)
    keys = {
        "kind": Qt.Key.Key_K,
        "category": Qt.Key.Key_Y,
        "unit": Qt.Key.Key_U,
        "channel": Qt.Key.Key_N,
        "submitter_type": Qt.Key.Key_S,
    }
    for name, key in keys.items():
        combo = dialog.filter_boxes[name]
        assert combo.accessibleName() and combo.accessibleDescription(), name
        qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is combo, name
