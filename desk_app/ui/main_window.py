"""The desk's main window: the intake form, the queue and the statistics as tabs, a menu,
the status bar.

It puts the screens together and hands each the same DeskOperations; the screens refresh
themselves from its announcements. What is left here is the flow between them: after a save
the receipt, then the form ready for the next person.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from desk_app.domain.identity import SignInMode
from desk_app.domain.messages import message_of
from desk_app.domain.record import Submission
from desk_app.services.desk import DeskService
from desk_app.ui.plumbing.accessibility import describe
from desk_app.ui.plumbing.i18n import localized
from desk_app.ui.plumbing.operations import DeskOperations
from desk_app.ui.plumbing.sync_controller import SyncController
from desk_app.ui.plumbing.window_placement import WindowPlacement
from desk_app.ui.screens.intake import IntakeForm
from desk_app.ui.screens.queue import QueueView
from desk_app.ui.screens.status_bar import StatusBar

if TYPE_CHECKING:  # the dialogs load when first opened, not at start-up
    from desk_app.domain.identity import Worker
    from desk_app.services.identity import IdentityService
    from desk_app.services.privacy import PrivacyService
    from desk_app.services.ratings import RatingService
    from desk_app.services.statistics import StatisticsService
    from desk_app.ui.dialogs.audit import AuditDialog
    from desk_app.ui.dialogs.person import PersonDialog
    from desk_app.ui.dialogs.receipt import ReceiptDialog
    from desk_app.ui.dialogs.record import RecordDialog
    from desk_app.ui.dialogs.report import ReportDialog
    from desk_app.ui.dialogs.settings import SettingsDialog
    from desk_app.ui.dialogs.workers import ChangePinDialog, WorkersDialog
    from desk_app.ui.plumbing.idle_lock import DeskLock
    from desk_app.ui.plumbing.rating_operations import RatingOperations
    from desk_app.ui.screens.rating import RatingScreen
    from desk_app.ui.screens.statistics import StatisticsTab

logger = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Tabs for a new record (Ctrl+1), the queue (Ctrl+2) and the statistics (Ctrl+3)."""

    def __init__(
        self,
        desk: DeskService,
        parent: QWidget | None = None,
        *,
        sync: SyncController | None = None,
        operations: DeskOperations | None = None,
        placement: WindowPlacement | None = None,
        privacy: PrivacyService | None = None,
        identity: IdentityService | None = None,
        ratings: RatingService | None = None,
        statistics: StatisticsService | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.sync = sync
        self.privacy = privacy  # None: the window offers no "A person's records…"
        self.ratings = ratings  # None: the window offers no "Rate a visit"
        self.rating_screen: RatingScreen | None = None
        # Views that count ratings (the statistics tab) listen to its ratings_changed.
        self.rating_operations: RatingOperations | None = None
        if ratings is not None:
            from desk_app.ui.plumbing.rating_operations import RatingOperations

            self.rating_operations = RatingOperations(ratings, sync, self)
        # One adapter for the whole window: every view listens to the same announcements.
        self.operations = operations or DeskOperations(desk, sync, self)
        self.placement = placement
        self.form = IntakeForm(self.operations)
        self.queue = QueueView(self.operations)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, "")
        self.tabs.addTab(self.queue, "")
        # The statistics tab is built when first opened: it loads Qt Charts, which start-up
        # and the form must not wait for (issue 13's start and memory targets).
        self.statistics_service = statistics
        self.statistics: StatisticsTab | None = None
        self.statistics_page = QWidget()
        QVBoxLayout(self.statistics_page).setContentsMargins(0, 0, 0, 0)
        if statistics is not None:
            self.tabs.addTab(self.statistics_page, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        QShortcut(QKeySequence("Ctrl+1"), self, lambda: self.tabs.setCurrentIndex(0))
        QShortcut(QKeySequence("Ctrl+2"), self, lambda: self.tabs.setCurrentIndex(1))
        QShortcut(QKeySequence("Ctrl+3"), self, lambda: self.tabs.setCurrentIndex(2))

        self._build_menu()
        self.desk_lock: DeskLock | None = None
        if identity is None:  # nobody to sign in (tests of other screens): no lock
            self.setCentralWidget(self.tabs)
            self.lock_action.setVisible(False)
        else:  # the lock screen shares the central place with the tabs
            from desk_app.ui.plumbing.idle_lock import DeskLock

            self.desk_lock = DeskLock(self, self.tabs, identity)
            self.desk_lock.signed_in.connect(self._signed_in)
        self.status_bar = StatusBar(self.operations)
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)  # the window is resized by its edges, or maximised
        bar.addPermanentWidget(self.status_bar, 1)
        self.form.saved.connect(self._after_save)
        self.operations.categories_changed.connect(self._categories_changed)
        self.queue.open_requested.connect(self.open_record)
        self.last_receipt_dialog: ReceiptDialog | None = None
        self.retranslate()
        self.resize(1180, 720)
        if placement is not None:
            placement.restore(self)

    def retranslate(self) -> None:
        """Set every text in the screen language (at start and after a language switch)."""
        self.setWindowTitle(self.tr("Feedback Desk – {site}").format(site=self.desk.site.name))
        self.tabs.setTabText(0, self.tr("New record  (Ctrl+1)"))
        self.tabs.setTabText(1, self.tr("Queue  (Ctrl+2)"))
        sections, sections_help = (
            self.tr("Sections"),
            self.tr("New record (Ctrl+1), the queue (Ctrl+2) or the statistics (Ctrl+3)."),
        )
        describe(self.tabs, sections, sections_help)
        describe(self.tabs.tabBar(), sections, sections_help)
        self.tabs.setTabToolTip(0, self.tr("Record what a resident says (Ctrl+1)."))
        self.tabs.setTabToolTip(
            1, self.tr("Every record on this desk and its sync state (Ctrl+2).")
        )
        self.tabs.setTabText(2, self.tr("Statistics  (Ctrl+3)"))
        self.tabs.setTabToolTip(
            2, self.tr("Records and visitors' ratings over a period, as charts and tables.")
        )
        self.tools_menu.setTitle(self.tr("Too&ls"))
        self.sync_action.setText(self.tr("&Sync now"))
        self.person_action.setText(self.tr("A &person's records…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.lock_action.setText(self.tr("Lock the des&k"))
        self.audit_action.setText(self.tr("Audit &trail…"))
        self.report_action.setText(self.tr("&Report…"))
        self.workers_action.setText(self.tr("&Workers and PINs…"))
        self.change_pin_action.setText(self.tr("Change &my PIN…"))
        self.token_action.setText(self.tr("Case system &access token…"))
        self.rate_action.setText(self.tr("&Rate a visit"))
        self.rate_action.setToolTip(self.tr("Turn the screen to the visitor to rate the visit."))
        self.quit_action.setText(self.tr("&Quit"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _build_menu(self) -> None:
        # Alt+L opens it in English: the form's labels use the other letters.
        self.tools_menu = menu = self.menuBar().addMenu("")
        self.sync_action = menu.addAction("")
        self.sync_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.sync_action.triggered.connect(self.sync_now)
        self.addAction(self.sync_action)  # F5 works wherever the focus is in the window
        self.person_action = menu.addAction("")
        self.person_action.triggered.connect(self.open_person_records)
        self.person_action.setVisible(self.privacy is not None)
        self.rate_action = menu.addAction("")
        self.rate_action.setShortcut(QKeySequence("Ctrl+R"))
        self.rate_action.triggered.connect(lambda: self.rate_visit())
        self.rate_action.setVisible(self.ratings is not None)
        self.addAction(self.rate_action)  # Ctrl+R wherever the focus is
        self.settings_action = menu.addAction("")
        self.settings_action.triggered.connect(self.open_settings)
        self.token_action = menu.addAction("")
        self.token_action.triggered.connect(self.enter_token)
        self.audit_action = menu.addAction("")
        self.audit_action.triggered.connect(self.open_audit_trail)
        self.audit_action.setVisible(False)  # for a signed-in supervisor only
        self.report_action = menu.addAction("")
        self.report_action.triggered.connect(self.open_report)
        self.report_action.setVisible(self.statistics_service is not None)
        self.workers_action = menu.addAction("")
        self.workers_action.triggered.connect(self.open_workers)
        self.workers_action.setVisible(False)  # for a signed-in supervisor only
        self.change_pin_action = menu.addAction("")
        self.change_pin_action.triggered.connect(self.change_my_pin)
        self.change_pin_action.setVisible(False)  # for a worker signed in with a PIN
        self.lock_action = menu.addAction("")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.addAction(self.lock_action)  # Ctrl+L before stepping away, wherever the focus is
        menu.addSeparator()
        self.quit_action = menu.addAction("")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)

    def lock(self) -> None:
        """Hide personal data behind the lock screen until the worker signs in again."""
        if self.desk_lock is not None:
            self.desk_lock.lock(why="locked by the worker")

    def _signed_in(self, worker: Worker) -> None:
        # The signed-in worker took the feedback: their ID is the form's staff ID. With a PIN
        # the desk knows it for sure, so it is not typed over; with the OS login the worker
        # may still correct it (desk.staff_id may differ from the login).
        staff_id = self.form.staff_id
        assert self.desk_lock is not None
        pin = self.desk_lock.identity.mode is SignInMode.PIN
        if pin or not staff_id.text():
            staff_id.setText(worker.worker_id)
        staff_id.setReadOnly(pin)
        self.audit_action.setVisible(worker.is_supervisor and self.privacy is not None)
        self.workers_action.setVisible(worker.is_supervisor)
        self.change_pin_action.setVisible(pin)

    def open_audit_trail(self) -> AuditDialog | None:
        """The audit trail, for a supervisor (the service checks the role again)."""
        if self.desk_lock is None or self.privacy is None:
            return None
        from desk_app.services.identity import NotPermitted
        from desk_app.ui.dialogs.audit import AuditDialog

        try:
            dialog = AuditDialog(self.privacy, self.desk_lock.identity, self)
        except NotPermitted:
            QMessageBox.warning(
                self,
                self.tr("Audit trail"),
                self.tr("Only a supervisor may read the audit trail."),
            )
            return None
        dialog.open()
        return dialog

    def open_workers(self) -> WorkersDialog | None:
        """Workers and their PINs, for a supervisor (the service checks the role again)."""
        if self.desk_lock is None:
            return None
        from desk_app.services.identity import NotPermitted
        from desk_app.ui.dialogs.workers import WorkersDialog

        try:
            dialog = WorkersDialog(self.desk_lock.identity, self)
        except NotPermitted:
            QMessageBox.warning(
                self,
                self.tr("Workers and PINs"),
                self.tr("Only a supervisor may add workers and set their PINs."),
            )
            return None
        dialog.open()
        return dialog

    def change_my_pin(self) -> ChangePinDialog | None:
        """The signed-in worker changes their own PIN (old PIN, then the new one twice)."""
        if self.desk_lock is None or self.desk_lock.identity.current is None:
            return None
        from desk_app.ui.dialogs.workers import ChangePinDialog

        dialog = ChangePinDialog(self.desk_lock.identity, self)
        dialog.open()
        return dialog

    def open_person_records(self) -> PersonDialog | None:
        """Find a resident's records, show or print them, erase their personal data."""
        if self.privacy is None:
            return None
        from desk_app.ui.dialogs.person import PersonDialog

        dialog = PersonDialog(self.privacy, self.operations, self)
        dialog.open()
        return dialog

    def open_report(self) -> ReportDialog | None:
        """The manager's report of a period, as PDF and/or XLSX (counts only)."""
        if self.statistics_service is None:
            return None
        from desk_app.services.report import ReportService
        from desk_app.ui.dialogs.report import ReportDialog

        reports = ReportService(
            self.desk, self.statistics_service.statistics, clock=self.desk.clock
        )
        # The tab's filters, if it was opened: the report counts what the manager looks at.
        counted = self.statistics.query().filter if self.statistics is not None else None
        today = self.desk.clock().astimezone().date()
        dialog = ReportDialog(reports, today, self, counted=counted)
        dialog.open()
        return dialog

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
        self.sync.sync_now()

    def sync_now(self) -> None:
        """Send waiting records and fetch updates now (F5)."""
        if self.sync is not None:
            self.sync.sync_now()

    def _categories_changed(self) -> None:
        self.form.reload_categories()

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
            self._ready_for_next_person()
            return
        from desk_app.ui.dialogs.receipt import ReceiptDialog

        dialog = ReceiptDialog(
            submission, pdf, print_mode=self.desk.settings.printing.mode, parent=self
        )
        self.last_receipt_dialog = dialog
        dialog.finished.connect(self._ready_for_next_person)
        if self.ratings is not None and self.ratings.offer_after_save:
            dialog.finished.connect(lambda _result: self.rate_visit(after=submission))
        dialog.open()

    def _ready_for_next_person(self) -> None:
        self.form.clear()
        self.tabs.setCurrentIndex(0)
        self.form.kind.setFocus()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.queue:
            self.queue.search.setFocus()  # it reloads itself when shown, if records changed
        elif self.tabs.widget(index) is self.statistics_page:
            self.open_statistics().period.setFocus()
        else:
            self.form.kind.setFocus()

    def open_statistics(self) -> StatisticsTab:
        """The statistics tab, built (and Qt Charts loaded) the first time it is opened."""
        if self.statistics is None:
            assert self.statistics_service is not None  # the tab exists only with a service
            from desk_app.ui.screens.statistics import StatisticsTab

            self.statistics = StatisticsTab(self.statistics_service, self.operations)
            layout = self.statistics_page.layout()
            assert layout is not None
            layout.addWidget(self.statistics)
        self.tabs.setCurrentWidget(self.statistics_page)
        return self.statistics

    def open_record(self, submission: Submission) -> RecordDialog:
        """Open a record read-only (from the queue)."""
        from desk_app.ui.dialogs.record import RecordDialog

        dialog = RecordDialog(self.operations, submission, self)
        dialog.open()
        return dialog

    def rate_visit(self, after: Submission | None = None) -> RatingScreen | None:
        """Turn the rating screen to the visitor (``after``: the record just saved)."""
        if self.ratings is None or self.rating_screen is not None:
            return None
        if self.desk_lock is not None and self.desk_lock.is_locked:
            return None
        from desk_app.ui.screens.rating import RatingScreen

        assert self.rating_operations is not None  # made with the window when it has ratings
        screen = RatingScreen(self.rating_operations, after=after, parent=self)
        self.rating_screen = screen
        screen.closed.connect(self._rating_closed)
        if self.desk_lock is not None:
            self.desk_lock.locked_changed.connect(screen.desk_locked_changed)
        screen.cover(self, self.tabs)
        return screen

    def _rating_closed(self) -> None:
        self.rating_screen = None
        if self.desk_lock is None or not self.desk_lock.is_locked:
            self._tab_changed(self.tabs.currentIndex())  # the focus back in the form

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
        if self.rating_screen is not None:  # quitting with a visitor mid-way: keep the answers
            self.rating_screen.leave()
        if self.sync is not None:
            self.sync.shutdown()
        if self.statistics is not None:
            self.statistics.shutdown()
        if self.desk_lock is not None:
            self.desk_lock.stop()
            self.desk_lock.identity.sign_out()
        if self.placement is not None:
            self.placement.remember(self)
        event.accept()
