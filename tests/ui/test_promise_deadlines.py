"""Reply promises in the window: the queue's Deadline column marks promises at risk or past
(words, an icon and a colour that high contrast keeps), the status bar counts them, and the
window says once a day at start what to do. The desk's clock is moved, never slept on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import event

from desk_app.domain.deadline import deadline_day
from desk_app.domain.record import Reporter
from desk_app.ui.main_window import MainWindow
from desk_app.ui.plumbing.promise_reminder import PromiseReminder
from desk_app.ui.plumbing.theme import apply_theme
from desk_app.ui.screens.queue import NO_DEADLINE, QueueModel, QueueView
from tests.conftest import complete_draft

RECEIVED = datetime(2026, 11, 27, 13, 0, tzinfo=UTC)
DEADLINE = QueueModel.DEADLINE_COLUMN


class Clock:
    """The desk's clock, moved by the test."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _cell(model: QueueModel, reference: str, role=Qt.ItemDataRole.DisplayRole):
    for row in range(model.rowCount()):
        if model.data(model.index(row, 0)) == reference:
            return model.data(model.index(row, DEADLINE), role)
    raise AssertionError(f"{reference} is not in the queue")


def test_a_record_saved_offline_shows_its_deadline_and_turns_at_risk_then_past(qtbot, desk):
    clock = Clock(RECEIVED)
    desk.service.clock = clock
    promised = desk.service.save(complete_draft())
    anonymous = desk.service.save(
        complete_draft(reporter=Reporter(anonymous=True), wants_reply=False, contact_ok=False)
    )
    queue = QueueView(desk.service)
    qtbot.addWidget(queue)
    queue.refresh()
    model = queue.model
    assert model.headerData(DEADLINE, Qt.Orientation.Horizontal) == "Deadline"
    day = deadline_day(promised.first_response_due)
    shown = QLocale().toString(QDate(day.year, day.month, day.day), "yyyy-MM-dd")
    assert _cell(model, promised.reference) == shown
    assert _cell(model, promised.reference, Qt.ItemDataRole.ForegroundRole) is None
    assert _cell(model, anonymous.reference) == NO_DEADLINE

    clock.now = promised.first_response_due - timedelta(hours=20)
    model.recheck()  # what the minute's tick does
    assert _cell(model, promised.reference) == f"{shown} – at risk"
    assert _cell(model, promised.reference, Qt.ItemDataRole.ForegroundRole) == QColor("#8a5a00")
    assert _cell(model, promised.reference, Qt.ItemDataRole.DecorationRole) is not None
    assert "check the network" in _cell(model, promised.reference, Qt.ItemDataRole.ToolTipRole)
    assert _cell(model, anonymous.reference) == NO_DEADLINE  # never at risk

    clock.now = promised.first_response_due + timedelta(minutes=5)
    model.recheck()
    assert _cell(model, promised.reference) == f"{shown} – past"
    assert _cell(model, promised.reference, Qt.ItemDataRole.ForegroundRole) == QColor("#b00020")


def test_in_high_contrast_the_mark_keeps_its_words_and_takes_a_readable_colour(qtbot, qapp, desk):
    clock = Clock(RECEIVED)
    desk.service.clock = clock
    promised = desk.service.save(complete_draft())
    clock.now = promised.first_response_due - timedelta(hours=2)
    apply_theme(qapp, theme="high_contrast")
    try:
        queue = QueueView(desk.service)
        qtbot.addWidget(queue)
        queue.refresh()
        assert _cell(queue.model, promised.reference).endswith("– at risk")
        # The theme's warning colour on black, not the dark standard one.
        colour = _cell(queue.model, promised.reference, Qt.ItemDataRole.ForegroundRole)
        assert colour == QColor("#ffd35c")
    finally:
        apply_theme(qapp)  # the theme is app-wide: leave the standard one for other tests


def test_the_status_bar_counts_promises_at_risk_and_past_in_words(qtbot, desk):
    clock = Clock(RECEIVED)
    desk.service.clock = clock
    window = MainWindow(desk.service)
    qtbot.addWidget(window)
    first = desk.service.save(complete_draft())
    clock.now = RECEIVED + timedelta(days=2)
    desk.service.save(complete_draft())  # received two days later: still on track
    clock.now = first.first_response_due - timedelta(hours=3)
    window.status_bar.refresh_counts()  # what the minute's tick does
    text = window.status_bar.queue_status.accessibleName()
    assert "1 reply promise at risk" in text and "past" not in text
    assert window.status_bar.queue_status.property("tone") == "warning"

    clock.now = first.first_response_due + timedelta(hours=26)
    window.status_bar.refresh_counts()
    text = window.status_bar.queue_status.accessibleName()
    assert "1 reply promise past" in text
    assert "1 reply promise at risk" in text  # the second one's turn has come
    assert window.status_bar.queue_status.property("tone") == "error"


def test_the_window_tells_of_promises_at_risk_once_a_day_at_start(qtbot, desk, tmp_path):
    clock = Clock(RECEIVED)
    desk.service.clock = clock
    remembered = tmp_path / "data" / "reminders.ini"
    window = MainWindow(desk.service)
    qtbot.addWidget(window)
    assert PromiseReminder(desk.service, remembered, window).remind() is None  # nothing at risk
    promised = desk.service.save(complete_draft())
    clock.now = promised.first_response_due - timedelta(hours=3)

    box = PromiseReminder(desk.service, remembered, window).remind()
    assert isinstance(box, QMessageBox)
    assert box.windowTitle() == "Reply promises at risk"
    assert "1 record near its first-response deadline" in box.text()
    assert "Check the network connection" in box.text()
    assert "call the case system" in box.text()
    box.accept()

    # A second start the same day (a new reminder reads the file again) says nothing, and
    # does not count again what the status bar has just counted.
    clock.now += timedelta(minutes=30)
    statements: list[str] = []
    record_statement = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(desk.store.engine, "before_cursor_execute", record_statement)
    try:
        assert PromiseReminder(desk.service, remembered, window).remind() is None
    finally:
        event.remove(desk.store.engine, "before_cursor_execute", record_statement)
    assert statements == []
    # The next morning it tells again, now of a promise past.
    clock.now += timedelta(days=1)
    box = PromiseReminder(desk.service, remembered, window).remind()
    assert box is not None and "1 record past its first-response deadline" in box.text()
    box.accept()
