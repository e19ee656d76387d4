"""Starting the window: one instance per data folder, friendly messages when it cannot start."""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import sys
import time

from PySide6.QtCore import QLockFile, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox

from desk_app.domain.messages import QT_TRANSLATE_NOOP, message_of
from desk_app.paths import DeskPaths
from desk_app.settings import Settings

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
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Feedback Desk")
    from desk_app.ui.plumbing.i18n import use_language
    from desk_app.ui.plumbing.theme import apply_theme

    apply_theme(app, theme=settings.ui.theme, large=settings.ui.large_mode)
    use_language(settings.ui.language, app)
    paths = DeskPaths.from_settings(settings)
    paths.ensure()
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
        desk = open_desk(settings)
    except StoreError as error:
        show_startup_error(
            QT_TRANSLATE_NOOP("Launch", "The database cannot be opened"), message_of(error)
        )
        return EXIT_STORE

    from desk_app.ui.main_window import MainWindow
    from desk_app.ui.plumbing.sync_controller import SyncController
    from desk_app.ui.plumbing.window_placement import WindowPlacement

    sync = SyncController(desk.sync, interval_seconds=settings.sync.interval_seconds)
    placement = WindowPlacement(paths.data_dir / "window.ini")
    window = MainWindow(desk.service, sync=sync, placement=placement)
    QLocalServer.removeServer(server_name)  # a stale socket left by a crash
    server = QLocalServer(window)
    server.newConnection.connect(lambda: _answer(server, window))
    server.listen(server_name)
    window.show()
    logger.info("Window shown; data folder %s", paths.data_dir)
    if os.environ.get("DESK_APP_EXIT_AFTER_START"):
        # For start-up benchmarks and smoke tests: say when the first paint is done, and quit.
        QTimer.singleShot(0, lambda: _report_ready_and_quit(app))
    # After the first paint: tidy the heap, then start syncing in the background.
    QTimer.singleShot(0, freeze_startup_objects)
    QTimer.singleShot(0, sync.start)
    try:
        return app.exec()
    finally:
        sync.shutdown()
        lock.unlock()


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
