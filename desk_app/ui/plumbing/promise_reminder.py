"""Once a day at window start, a word about reply promises at risk or past."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desk_app.services import DeskService

logger = logging.getLogger(__name__)


class PromiseReminder(QObject):
    """Tells the worker at window start, once a day, of reply promises at risk or past.

    The status bar counts them all day; this says what to do about them, and only once a day
    (the day it last spoke is kept in ``remembered``, an ini file in the data folder), so that
    a desk restarted ten times does not nag ten times. A day with nothing at risk is not
    remembered: a record that comes near its deadline later that day is still told of at the
    next start.
    """

    def __init__(self, desk: DeskService, remembered: Path, window: QWidget) -> None:
        super().__init__(window)
        self._desk = desk
        self._remembered = remembered
        self._window = window

    def remind(self) -> QMessageBox | None:
        """Show the message unless it was shown today already or nothing is at risk; returns
        the box shown, if any. It is opened, not exec'd: syncing goes on behind it."""
        today = self._desk.clock().astimezone().date().isoformat()
        remembered = QSettings(str(self._remembered), QSettings.Format.IniFormat)
        if remembered.value("promises/told_on") == today:
            return None  # before counting: the status bar has just counted the same
        report = self._desk.status()
        if not (report.promises_at_risk or report.promises_past):
            return None
        remembered.setValue("promises/told_on", today)
        remembered.sync()
        lines = []
        if report.promises_at_risk:
            lines.append(
                self.tr(
                    "%Ln record(s) near their first-response deadline have not reached the case "
                    "system yet.",
                    "",
                    report.promises_at_risk,
                )
            )
        if report.promises_past:
            lines.append(
                self.tr(
                    "%Ln record(s) past their first-response deadline have not reached the case "
                    "system.",
                    "",
                    report.promises_past,
                )
            )
        lines.append(
            self.tr(
                "Check the network connection and press Sync now (F5). If the records still do "
                "not go, call the case system and give them the references marked in the "
                "queue's Deadline column, so the residents hear from someone in time."
            )
        )
        logger.info(
            "Told of reply promises: %d at risk, %d past",
            report.promises_at_risk,
            report.promises_past,
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Reply promises at risk"),
            "\n\n".join(lines),
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
