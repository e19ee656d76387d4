"""The desk's main window: the intake form and the queue, with a status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from desk_app.domain.record import Submission, SyncState
from desk_app.services.desk import DeskService
from desk_app.ui.intake_form import IntakeForm
from desk_app.ui.queue_view import QueueView
from desk_app.ui.receipt_dialog import ReceiptDialog
from desk_app.ui.record_dialog import RecordDialog


class MainWindow(QMainWindow):
    """Tabs for a new record (Ctrl+1) and the queue (Ctrl+2)."""

    def __init__(self, desk: DeskService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(f"Feedback Desk – {desk.site.name}")
        self.form = IntakeForm(desk)
        self.queue = QueueView(desk)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, "New record  (Ctrl+1)")
        self.tabs.addTab(self.queue, "Queue  (Ctrl+2)")
        self.tabs.setAccessibleName("Sections")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)
        QShortcut(QKeySequence("Ctrl+1"), self, lambda: self.tabs.setCurrentIndex(0))
        QShortcut(QKeySequence("Ctrl+2"), self, lambda: self.tabs.setCurrentIndex(1))

        self.queue_status = QLabel()
        self.connection_status = QLabel()
        self.statusBar().addWidget(self.queue_status, 1)
        self.statusBar().addPermanentWidget(self.connection_status)
        self.form.saved.connect(self._after_save)
        self.queue.open_requested.connect(self.open_record)
        self.last_receipt_dialog: ReceiptDialog | None = None
        self.update_status()
        self.resize(1180, 720)

    def update_status(self) -> None:
        """Refresh the status bar: records waiting, and whether a case system is set up."""
        counts = self.desk.store.counts_by_state()
        waiting = counts[SyncState.PENDING] + counts[SyncState.SENDING]
        attention = counts[SyncState.NEEDS_ATTENTION]
        text = f"{waiting} record{'s' if waiting != 1 else ''} waiting to be sent"
        if attention:
            text += f" · {attention} need{'s' if attention == 1 else ''} attention"
        self.queue_status.setText(text)
        api_url = self.desk.settings["api.url"]
        self.connection_status.setText(
            "Not connected to a case system: records stay on this desk"
            if not api_url
            else "Case system configured"
        )

    def _after_save(self, submission: Submission) -> None:
        pdf = self.desk.receipt_pdf(submission)
        dialog = ReceiptDialog(
            submission, pdf, print_mode=self.desk.settings["printing.mode"], parent=self
        )
        self.last_receipt_dialog = dialog
        dialog.finished.connect(self._ready_for_next_person)
        dialog.open()
        self.update_status()
        self.queue.refresh()

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
        dialog = RecordDialog(self.desk, submission, self)
        dialog.open()
        return dialog

    def bring_to_front(self) -> None:
        """Raise the window (a second start of the app asks for this)."""
        self.setWindowState(
            (self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.form.is_dirty():
            answer = QMessageBox.question(
                self,
                "Quit Feedback Desk?",
                "The form holds a record that is not saved. Quit and discard it?",
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        event.accept()
