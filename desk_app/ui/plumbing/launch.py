"""Starting the window: one instance per data folder, friendly messages when it cannot start,
and once a day a word about reply promises at risk."""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QLockFile,
    QObject,
    QTimer,
    Signal,
)
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desk_app.domain.messages import QT_TRANSLATE_NOOP, message_of
from desk_app.paths import DeskPaths
from desk_app.settings import Settings

if TYPE_CHECKING:
    from desk_app.services import DeskService
    from desk_app.ui.main_window import MainWindow
    from desk_app.ui.plumbing.promise_reminder import PromiseReminder
    from desk_app.ui.plumbing.retention import RetentionJob
    from desk_app.ui.plumbing.sync_controller import SyncController

logger = logging.getLogger(__name__)
EXIT_ALREADY_RUNNING, EXIT_STORE = 4, 3


def instance_server_name(paths: DeskPaths) -> str:
    """The local socket name the running instance listens on, unique per data folder."""
    digest = hashlib.sha256(str(paths.data_dir.resolve()).encode()).hexdigest()[:16]
    return f"feedback-desk-{digest}"


def ask_running_instance_to_show(server_name: str) -> bool:
    """Ask the instance holding the data folder to come to the front; True if it answered."""
    socket = QLocalSocket()
    socket.connectToServer(server_name)
    if not socket.waitForConnected(1000):
        return False
    socket.write(b"show\n")
    socket.waitForBytesWritten(1000)
    socket.disconnectFromServer()
    return True


def show_startup_error(title: str, message: str) -> None:
    """Tell the person at the desk (and stderr, for IT) why the app cannot start.

    ``title`` and ``message`` are English source texts (or a :class:`Message`); the box shows
    them in the screen language, stderr in English.
    """
    print(f"desk-app: {message}", file=sys.stderr)
    app = QApplication.instance() or QApplication(sys.argv)
    assert app is not None
    from desk_app.ui.plumbing.i18n import (
        DEFAULT_LANGUAGE,
        language_chosen,
        localized,
        translate,
        use_language,
    )

    if not language_chosen():  # the settings could not be read: the desk's default language
        use_language(DEFAULT_LANGUAGE, app)
    QMessageBox.critical(None, translate("Launch", title), localized(message))


def run_gui(settings: Settings) -> int:
    """Open the window and run until it closes; returns the exit code."""
    from desk_app.ui.plumbing.module_sources import stop_keeping_module_sources

    stop_keeping_module_sources()  # before the window's and the store's modules are imported
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Feedback Desk")
    from desk_app.ui.plumbing.i18n import use_language
    from desk_app.ui.plumbing.theme import apply_theme

    apply_theme(app, theme=settings.ui.theme, large=settings.ui.large_mode)
    use_language(settings.ui.language, app)
    paths = DeskPaths.from_settings(settings)
    try:
        paths.ensure()
    except OSError as error:  # a read-only drive, a folder this user may not write
        from desk_app.services import folder_unusable

        show_startup_error(
            QT_TRANSLATE_NOOP("Launch", "The database cannot be opened"),
            message_of(folder_unusable(error)),
        )
        return EXIT_STORE
    lock = QLockFile(str(paths.lock_file))
    lock.setStaleLockTime(0)  # a crashed instance's lock is detected by its dead PID
    server_name = instance_server_name(paths)
    if not lock.tryLock(200):
        if ask_running_instance_to_show(server_name):
            print("Feedback Desk is already running; brought its window to the front.")
            return 0
        show_startup_error(
            QT_TRANSLATE_NOOP("Launch", "Feedback Desk is already running"),
            QT_TRANSLATE_NOOP(
                "Launch",
                "Another Feedback Desk is using the data folder {folder} and does not answer. "
                "Close it (or restart the computer) and try again.",
            ).format(folder=str(paths.data_dir)),
        )
        return EXIT_ALREADY_RUNNING

    from desk_app.app import open_desk
    from desk_app.services import StoreError

    try:
        # The form paints first; the store (SQLAlchemy, the file's check) opens right after.
        desk = open_desk(settings, check_in_background=True, open_store_now=False)
    except StoreError as error:
        show_startup_error(
            QT_TRANSLATE_NOOP("Launch", "The database cannot be opened"), message_of(error)
        )
        return EXIT_STORE

    from desk_app.ui.main_window import MainWindow
    from desk_app.ui.plumbing.retention import RetentionJob
    from desk_app.ui.plumbing.sync_controller import SyncController
    from desk_app.ui.plumbing.window_placement import WindowPlacement

    sync = SyncController(desk.sync, interval_seconds=settings.sync.interval_seconds)
    placement = WindowPlacement(paths.data_dir / "window.ini")
    window = MainWindow(
        desk.service,
        sync=sync,
        placement=placement,
        privacy=desk.privacy,
        identity=desk.identity,
        statistics=desk.statistics,
    )
    from desk_app.ui.plumbing.promise_reminder import PromiseReminder

    reminder = PromiseReminder(desk.service, paths.data_dir / "reminders.ini", window)
    QLocalServer.removeServer(server_name)  # a stale socket left by a crash
    server = QLocalServer(window)
    server.newConnection.connect(lambda: _answer(server, window))
    server.listen(server_name)
    window.show()
    logger.info("Window shown; data folder %s", paths.data_dir)
    if os.environ.get("DESK_APP_EXIT_AFTER_START"):
        # For start-up benchmarks and smoke tests: say when the first paint is done, and quit.
        QTimer.singleShot(0, lambda: _report_ready_and_quit(app))
    refusal = StoreRefusal(window)
    # After the first paint: open the store, tidy the heap, then sync in the background.
    retention = RetentionJob(desk.privacy, window.operations)
    from desk_app.services.keys import encrypted_at_rest

    QTimer.singleShot(
        0,
        lambda: _open_store_after_paint(
            desk.service,
            window,
            sync,
            refusal,
            retention,
            reminder,
            encrypted=lambda: encrypted_at_rest(desk.store),
        ),
    )
    try:
        code = app.exec()
        return EXIT_STORE if refusal.refused else code
    finally:
        sync.shutdown()
        lock.unlock()


class StoreRefusal(QObject):
    """Closes the app when the store turns out unusable after the window is up: it cannot
    be opened, or its page check (on a thread, while writes wait) finds damage. The reason is
    told in the screen language, as for a database that cannot be opened at all."""

    failed = Signal(object)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.refused = False
        self.failed.connect(self.refuse)  # queued when emitted from the check's thread

    def watch_check(self, desk: DeskService) -> None:
        """Wait for the store's page check off the UI thread; refuse if it fails."""

        def wait() -> None:
            problem = desk.store_problem()
            if problem is not None:
                self.failed.emit(problem)

        threading.Thread(target=wait, name="store-check-watch", daemon=True).start()

    def refuse(self, problem: Exception) -> None:
        self.refused = True
        logger.error("Closing: the database cannot be used")
        self._window.hide()
        show_startup_error(
            QT_TRANSLATE_NOOP("Launch", "The database cannot be opened"), message_of(problem)
        )
        app = QApplication.instance()
        if app is not None:
            app.exit(EXIT_STORE)


def _open_store_after_paint(
    desk: DeskService,
    window: MainWindow,
    sync: SyncController,
    refusal: StoreRefusal,
    retention: RetentionJob,
    reminder: PromiseReminder,
    *,
    encrypted: Callable[[], bool] = lambda: True,
) -> None:
    from desk_app.services import StoreError

    try:
        desk.open_store()
    except StoreError as error:
        refusal.refuse(error)
        return
    refusal.watch_check(desk)
    if not encrypted():  # no keyring, and IT allowed that: the person at the desk must know
        from desk_app.ui.plumbing.not_encrypted_banner import show_not_encrypted_banner

        show_not_encrypted_banner(window)
    # What the form and the status bar showed before the store was open: now the real thing.
    window.operations.categories_changed.emit()
    window.operations.records_changed.emit()
    freeze_startup_objects()
    sync.start()
    retention.start()  # erases what is past its retention period: today, then daily
    reminder.remind()


def freeze_startup_objects() -> None:
    """Exclude everything made at start-up from later garbage collections.

    A full collection walks every object and holds the GIL throughout; started from the sync
    thread it froze the window for ~60 ms. Start-up objects live as long as the app anyway.
    """
    gc.collect()
    gc.freeze()


def _report_ready_and_quit(app: QApplication) -> None:
    print(f"ready-at {time.time():.6f}", flush=True)
    app.quit()


def _answer(server: QLocalServer, window: object) -> None:
    connection = server.nextPendingConnection()
    if connection is not None:
        connection.disconnectFromServer()
    bring_to_front = getattr(window, "bring_to_front", None)
    if bring_to_front:
        bring_to_front()
