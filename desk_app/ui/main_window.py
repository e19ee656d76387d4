"""The desk's main window: the intake form and the queue, with a status bar."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QWidget,
)

from desk_app.domain.messages import message_of
from desk_app.domain.record import Submission, SyncState
from desk_app.services.desk import DeskService
from desk_app.services.sync import SyncReport
from desk_app.ui.plumbing.accessibility import describe
from desk_app.ui.plumbing.i18n import localized, moment_text
from desk_app.ui.plumbing.sync_controller import SyncController
from desk_app.ui.plumbing.theme import set_tone
from desk_app.ui.screens.intake import IntakeForm
from desk_app.ui.screens.queue import QueueView

if TYPE_CHECKING:  # the dialogs load when first opened, not at start-up
    from desk_app.ui.dialogs.receipt import ReceiptDialog
    from desk_app.ui.dialogs.record import RecordDialog
    from desk_app.ui.dialogs.settings import SettingsDialog

logger = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Tabs for a new record (Ctrl+1) and the queue (Ctrl+2)."""

    def __init__(
        self,
        desk: DeskService,
        parent: QWidget | None = None,
        *,
        sync: SyncController | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.sync = sync
        self.form = IntakeForm(desk)
        self.queue = QueueView(desk)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, "")
        self.tabs.addTab(self.queue, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)
        QShortcut(QKeySequence("Ctrl+1"), self, lambda: self.tabs.setCurrentIndex(0))
        QShortcut(QKeySequence("Ctrl+2"), self, lambda: self.tabs.setCurrentIndex(1))

        self.queue_status = QLabel()
        self.connection_status = QLabel()
        self.connection_status.setWordWrap(False)
        self.last_sync = QLabel()
        self.sync_progress = QProgressBar()
        self.sync_progress.setMaximumWidth(200)
        self.sync_progress.hide()
        self.sync_button = QPushButton()
        self.sync_button.clicked.connect(self.sync_now)
        self._build_menu()
        bar = self.statusBar()
        bar.addWidget(self.queue_status, 1)
        bar.addPermanentWidget(self.sync_progress)
        bar.addPermanentWidget(self.connection_status)
        bar.addPermanentWidget(self.last_sync)
        bar.addPermanentWidget(self.sync_button)
        if sync is not None:
            sync.started.connect(self._sync_started)
            sync.progress.connect(self._sync_progress)
            sync.finished.connect(self._sync_finished)
            sync.not_configured.connect(self._sync_not_configured)
        self.form.saved.connect(self._after_save)
        self.queue.open_requested.connect(self.open_record)
        self.last_receipt_dialog: ReceiptDialog | None = None
        self.last_sync_at: datetime | None = None
        self._last_report: SyncReport | None = None
        self._not_configured_reason = ""
        self.retranslate()
        self.resize(1180, 720)

    def retranslate(self) -> None:
        """Set every text in the screen language (at start and after a language switch)."""
        self.setWindowTitle(self.tr("Feedback Desk – {site}").format(site=self.desk.site.name))
        self.tabs.setTabText(0, self.tr("New record  (Ctrl+1)"))
        self.tabs.setTabText(1, self.tr("Queue  (Ctrl+2)"))
        sections, sections_help = (
            self.tr("Sections"),
            self.tr("New record (Ctrl+1) or the queue (Ctrl+2)."),
        )
        describe(self.tabs, sections, sections_help)
        describe(self.tabs.tabBar(), sections, sections_help)
        self.tabs.setTabToolTip(0, self.tr("Record what a resident says (Ctrl+1)."))
        self.tabs.setTabToolTip(
            1, self.tr("Every record on this desk and its sync state (Ctrl+2).")
        )
        self.sync_progress.setFormat(self.tr("Sending %v of %m"))
        self.sync_progress.setAccessibleName(self.tr("Sending progress"))
        self.sync_button.setText(self.tr("Sync now (F5)"))
        describe(
            self.sync_button,
            self.tr("Sync now"),
            self.tr("Sends waiting records and fetches updates now (F5)."),
        )
        self.tools_menu.setTitle(self.tr("Too&ls"))
        self.sync_action.setText(self.tr("&Sync now"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.token_action.setText(self.tr("Case system &access token…"))
        self.quit_action.setText(self.tr("&Quit"))
        if self._last_report is not None:
            self._show_sync_report(self._last_report)
        self.update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def update_status(self) -> None:
        """Refresh the status bar: records waiting, and whether a case system is set up."""
        counts = self.desk.counts_by_state()
        waiting = counts[SyncState.PENDING] + counts[SyncState.SENDING]
        attention = counts[SyncState.NEEDS_ATTENTION]
        text = self.tr("%Ln record(s) waiting to be sent", "", waiting)
        if attention:
            text += " · " + self.tr("%Ln need(s) attention", "", attention)
        self.queue_status.setText(text)
        if self.sync is None or not self.sync.sync.configured:
            self._sync_not_configured(
                self.tr("Not connected to a case system: records stay on this desk")
            )
        elif self._not_configured_reason:
            self._sync_not_configured(self._not_configured_reason)

    def _build_menu(self) -> None:
        # Alt+L opens it in English: the form's labels use the other letters.
        self.tools_menu = menu = self.menuBar().addMenu("")
        self.sync_action = menu.addAction("")
        self.sync_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.sync_action.triggered.connect(self.sync_now)
        self.addAction(self.sync_action)  # F5 works wherever the focus is in the window
        self.settings_action = menu.addAction("")
        self.settings_action.triggered.connect(self.open_settings)
        self.token_action = menu.addAction("")
        self.token_action.triggered.connect(self.enter_token)
        menu.addSeparator()
        self.quit_action = menu.addAction("")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)

    def open_settings(self) -> SettingsDialog:
        """The desk's own settings (those not fixed by policy can be changed here)."""
        from desk_app.ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.desk, self)
        dialog.open()
        return dialog

    def enter_token(self) -> None:
        """Ask for the case system's access token and keep it in the OS keyring."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        from desk_app.services.sync import CredentialError, SyncNotConfigured

        api_url = self.desk.settings.api.url
        if not api_url or self.sync is None:
            QMessageBox.information(
                self,
                self.tr("No case system"),
                self.tr("IT has not set the case system's address (api.url) on this desk."),
            )
            return
        token, accepted = QInputDialog.getText(
            self,
            self.tr("Case system access token"),
            self.tr(
                "Access token for {address}\n(kept in the system's keyring, never in a file):"
            ).format(address=api_url),
            QLineEdit.EchoMode.Password,
        )
        if not accepted or not token.strip():
            return
        try:
            self.sync.sync.store_token(token)
        except (CredentialError, SyncNotConfigured) as error:
            QMessageBox.warning(self, self.tr("Token not stored"), localized(message_of(error)))
            return
        self.sync_button.setEnabled(True)
        self.sync.sync_now()

    def sync_now(self) -> None:
        """Send waiting records and fetch updates now (F5)."""
        if self.sync is not None:
            self.sync.sync_now()

    def _sync_started(self) -> None:
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
        if report.categories_updated:
            self.form.reload_categories()
        self.update_status()
        if self.tabs.currentWidget() is self.queue:
            self.queue.refresh()

    def _show_sync_report(self, report: SyncReport) -> None:
        paused, error = localized(report.paused_reason), localized(report.last_error)
        self.connection_status.setToolTip(paused or error)
        if paused:
            self.connection_status.setText(
                self.tr("Sending paused: {reason}").format(reason=paused)
            )
            set_tone(self.connection_status, "error")
        elif error:
            self.connection_status.setText(
                self.tr("Offline – will retry ({reason})").format(reason=error)
            )
            set_tone(self.connection_status, "warning")
        else:
            self.connection_status.setText(self.tr("Online"))
            set_tone(self.connection_status, "ok")
        if self.last_sync_at is not None:
            time = moment_text(self.last_sync_at.astimezone(), with_date=False)
            self.last_sync.setText(self.tr("Last sync {time}").format(time=time))

    def _sync_not_configured(self, message: str) -> None:
        self._not_configured_reason = message
        shown = localized(message)
        self.connection_status.setText(shown)
        self.connection_status.setToolTip(shown)  # the status bar may cut a long message
        self.sync_button.setEnabled(False)

    def _after_save(self, submission: Submission) -> None:
        try:
            pdf = self.desk.receipt_pdf(submission)
        except Exception as error:  # the record is saved: its reference must still be shown
            logger.exception("Receipt for %s could not be made", submission.reference)
            QMessageBox.warning(
                self,
                self.tr("Saved, but no receipt"),
                self.tr(
                    "Saved as {reference}. The receipt could not be made ({reason}); write the "
                    "reference down for the resident and reprint it from the queue later."
                ).format(reference=submission.reference, reason=type(error).__name__),
            )
            self.update_status()
            self._ready_for_next_person()
            return
        from desk_app.ui.dialogs.receipt import ReceiptDialog

        dialog = ReceiptDialog(
            submission, pdf, print_mode=self.desk.settings.printing.mode, parent=self
        )
        self.last_receipt_dialog = dialog
        dialog.finished.connect(self._ready_for_next_person)
        dialog.open()
        self.update_status()
        self.queue.refresh()
        if self.sync is not None:
            self.sync.request(ignore_backoff=False)

    def _ready_for_next_person(self) -> None:
        self.form.clear()
        self.tabs.setCurrentIndex(0)
        self.form.kind.setFocus()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.queue:
            self.queue.refresh()
            self.queue.search.setFocus()
        else:
            self.form.kind.setFocus()

    def open_record(self, submission: Submission) -> RecordDialog:
        """Open a record read-only (from the queue)."""
        from desk_app.ui.dialogs.record import RecordDialog

        dialog = RecordDialog(self.desk, submission, self)
        dialog.sent_again.connect(self._record_sent_again)
        dialog.open()
        return dialog

    def _record_sent_again(self) -> None:
        self.update_status()
        self.queue.refresh()
        if self.sync is not None:
            self.sync.sync_now()

    def bring_to_front(self) -> None:
        """Raise the window (a second start of the app asks for this)."""
        self.setWindowState(
            (self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
        self.show()
        self.raise_()
        self.activateWindow()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The window opens ready for typing: in the form's first field, not on the tabs.
        if self.tabs.currentWidget() is self.form:
            self.form.kind.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.form.may_discard(
            self.tr("Quit Feedback Desk?"), self.tr("Quit and discard it?")
        ):
            event.ignore()
            return
        if self.sync is not None:
            self.sync.shutdown()
        event.accept()
