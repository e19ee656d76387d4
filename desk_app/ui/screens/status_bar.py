"""The strip along the bottom of the window: records waiting, need attention, reply promises
at risk or past, requests the case system refused, the connection, the last sync, progress
while sending, and "Sync now".

It refreshes itself: the counts when DeskOperations announces changed records, after each
sync pass and every minute (deadlines come near by themselves); the connection from the
SyncController's signals. Long messages are cut with "…" (the whole text is the tooltip and
what a screen reader reads), so nothing runs under the button at 1280 px or in large mode.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from desk_app.domain.record import SyncState
from desk_app.services.sync import SyncReport
from desk_app.ui.plumbing.accessibility import describe
from desk_app.ui.plumbing.i18n import localized, moment_text
from desk_app.ui.plumbing.operations import DeskOperations
from desk_app.ui.plumbing.theme import set_tone


class ElidedLabel(QLabel):
    """A one-line label that gives up width before anything else, ending its text with "…"."""

    def __init__(self) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)

    def paintEvent(self, event: QPaintEvent) -> None:
        text = self.text()
        metrics = QFontMetrics(self.font())
        if metrics.horizontalAdvance(text) <= self.contentsRect().width():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, self.contentsRect().width())
        alignment = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading
        painter.drawText(self.contentsRect(), int(alignment), shown)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)  # the whole message, when the bar has cut it


class StatusBar(QWidget):
    """What the desk is waiting for and whether the case system is reachable."""

    def __init__(self, operations: DeskOperations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._sync = operations.sync
        self.queue_status = ElidedLabel()
        self.connection_status = ElidedLabel()
        self.last_sync = QLabel()
        self.sync_progress = QProgressBar()
        self.sync_progress.setMaximumWidth(200)
        self.sync_progress.hide()
        self.sync_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        # Counts first, then the connection: both give up width before the button does.
        layout.addWidget(self.queue_status, 3)
        layout.addWidget(self.connection_status, 4)
        layout.addWidget(self.sync_progress)
        layout.addWidget(self.last_sync)
        layout.addWidget(self.sync_button)
        self.last_sync_at: datetime | None = None
        self._last_report: SyncReport | None = None
        self._not_configured_reason = ""
        operations.records_changed.connect(self.refresh_counts)
        # A deadline comes near with nothing saved or sent: count again every minute.
        self._clock_tick = QTimer(self)
        self._clock_tick.setInterval(60_000)
        self._clock_tick.timeout.connect(self.refresh_counts)
        self._clock_tick.start()
        if self._sync is not None:
            self.sync_button.clicked.connect(self._sync.sync_now)
            self._sync.started.connect(self._sync_started)
            self._sync.progress.connect(self._sync_progress)
            self._sync.finished.connect(self._sync_finished)
            self._sync.not_configured.connect(self._sync_not_configured)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the screen language (at start and after a language switch)."""
        self.sync_progress.setFormat(self.tr("Sending %v of %m"))
        self.sync_progress.setAccessibleName(self.tr("Sending progress"))
        self.sync_button.setText(self.tr("Sync now (F5)"))
        describe(
            self.sync_button,
            self.tr("Sync now"),
            self.tr("Sends waiting records and fetches updates now (F5)."),
        )
        if self._last_report is not None:
            self._show_sync_report(self._last_report)
        self.refresh_counts()
        if self._sync is None or not self._sync.sync.configured:
            self._sync_not_configured(
                self.tr("Not connected to a case system: records stay on this desk")
            )
        elif self._not_configured_reason:
            self._sync_not_configured(self._not_configured_reason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh_counts(self) -> None:
        """Show how many records wait to be sent, how many need a person, and how many reply
        promises are at risk or past."""
        if not self._operations.desk.store_is_open:
            return  # counted once the store opens, right after the first paint
        report = self._operations.desk.status()
        counts = report.counts
        waiting = counts[SyncState.PENDING] + counts[SyncState.SENDING]
        attention = counts[SyncState.NEEDS_ATTENTION]
        text = self.tr("%Ln record(s) waiting to be sent", "", waiting)
        if attention:
            text += " · " + self.tr("%Ln need(s) attention", "", attention)
        if report.waiting_too_long:
            # Never erased while undelivered, but a promise of a reply runs out meanwhile.
            text += " · " + self.tr(
                "%Ln waiting more than {days} days", "", report.waiting_too_long
            ).format(days=self._operations.desk.settings.privacy.warn_waiting_days)
        if report.promises_at_risk:
            # Words, not only a colour: the count reads the same in high contrast.
            text += " · " + self.tr("%Ln reply promise(s) at risk", "", report.promises_at_risk)
        if report.promises_past:
            text += " · " + self.tr("%Ln reply promise(s) past", "", report.promises_past)
        if report.case_requests_refused:
            # Corrections and erasures the case system refused: Tools → A person's records.
            text += " · " + self.tr(
                "%Ln request(s) refused by the case system", "", report.case_requests_refused
            )
        # As the last pass counted them: ratings wait quietly (until a case system takes
        # them), so they are shown only while some are left, and never as a warning.
        ratings = self._last_report.ratings_waiting if self._last_report else 0
        if ratings:
            text += " · " + self.tr("%Ln rating(s) waiting to be sent", "", ratings)
        tone = ""
        if report.waiting_too_long or report.promises_at_risk or report.case_requests_refused:
            tone = "warning"
        if report.promises_past:
            tone = "error"
        set_tone(self.queue_status, tone)
        self.queue_status.setText(text)
        self.queue_status.setAccessibleName(text)

    def _sync_started(self) -> None:
        self.sync_button.setEnabled(True)  # a token may just have been entered
        self.sync_progress.setRange(0, 0)  # busy until the first progress report

    def _sync_progress(self, done: int, total: int) -> None:
        if total > 1:
            self.sync_progress.setRange(0, total)
            self.sync_progress.setValue(done)
            self.sync_progress.show()

    def _sync_finished(self, report: SyncReport) -> None:
        self.sync_progress.hide()
        self._not_configured_reason = ""
        self.sync_button.setEnabled(True)
        self._last_report = report
        if report.ok:
            self.last_sync_at = report.finished_at
        self._show_sync_report(report)
        # A pass that changed nothing may still have met records saved by another way (the
        # command line): the counts are cheap, so they are read after every pass.
        self.refresh_counts()

    def _show_sync_report(self, report: SyncReport) -> None:
        paused, error = localized(report.paused_reason), localized(report.last_error)
        if paused:
            self._show_connection(
                self.tr("Sending paused: {reason}").format(reason=paused), "error"
            )
        elif error:
            self._show_connection(
                self.tr("Offline – will retry ({reason})").format(reason=error), "warning"
            )
        else:
            self._show_connection(self.tr("Online"), "ok")
        if self.last_sync_at is not None:
            time = moment_text(self.last_sync_at.astimezone(), with_date=False)
            self.last_sync.setText(self.tr("Last sync {time}").format(time=time))

    def _show_connection(self, text: str, tone: str) -> None:
        self.connection_status.setText(text)
        self.connection_status.setAccessibleName(text)
        set_tone(self.connection_status, tone)

    def _sync_not_configured(self, message: str) -> None:
        self._not_configured_reason = message
        self._show_connection(localized(message), "")
        self.sync_button.setEnabled(False)
