"""Background sync for the window: a worker on its own QThread, reporting through signals.

Sync starts after a save, on a timer, when the network comes back, and on "Sync now". Only one
pass runs at a time; a trigger during a pass runs one more pass after it. The window never
waits for the network.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from desk_app.domain.messages import QT_TRANSLATE_NOOP, message_of
from desk_app.services.sync import SyncNotConfigured, SyncReport, SyncService

logger = logging.getLogger(__name__)


class SyncWorker(QObject):
    """Runs sync passes on the worker thread; never touches widgets."""

    progress = Signal(int, int)
    finished = Signal(object)  # SyncReport
    not_configured = Signal(object)  # a Message: str would lose its translation

    def __init__(self, sync: SyncService) -> None:
        super().__init__()
        self._sync = sync
        self._stopping = False

    def stop(self) -> None:
        """Ask a running pass to stop after the request in flight (called on quit)."""
        self._stopping = True

    @Slot(bool)
    def run_pass(self, ignore_backoff: bool) -> None:
        started = time.monotonic()
        try:
            report = self._sync.run_once(
                ignore_backoff=ignore_backoff,
                progress=self.progress.emit,
                should_stop=lambda: self._stopping,
            )
        except SyncNotConfigured as error:
            self.not_configured.emit(message_of(error))
            return
        except Exception as error:  # a bug must not kill the worker thread silently
            logger.exception("Sync pass failed")
            report = SyncReport(
                last_error=QT_TRANSLATE_NOOP(
                    "Sync", "sync failed unexpectedly ({error}); see the log"
                ).format(error=type(error).__name__)
            )
        logger.info(
            "Sync pass took %.2f s: %d delivered, %d need attention, %d waiting%s",
            time.monotonic() - started,
            report.delivered,
            report.needs_attention,
            report.waiting,
            f" ({report.paused_reason or report.last_error})" if not report.ok else "",
        )
        self.finished.emit(report)


class SyncController(QObject):
    """Owns the worker thread and decides when a pass runs."""

    requested = Signal(bool)  # to the worker: run a pass (ignore back-off?)
    started = Signal()
    progress = Signal(int, int)
    finished = Signal(object)
    not_configured = Signal(object)  # a Message: str would lose its translation

    def __init__(self, sync: SyncService, *, interval_seconds: float) -> None:
        super().__init__()
        self.sync = sync
        self.running = False
        self._again: bool | None = None
        self._thread = QThread()
        self._thread.setObjectName("sync")
        self._worker = SyncWorker(sync)
        self._worker.moveToThread(self._thread)
        self.requested.connect(self._worker.run_pass)
        self._worker.progress.connect(self.progress)
        self._worker.finished.connect(self._pass_finished)
        self._worker.not_configured.connect(self._not_configured)
        self._timer = QTimer(self)
        self._timer.setInterval(int(interval_seconds * 1000))
        self._timer.timeout.connect(lambda: self.request(ignore_backoff=False))
        self._thread.start()

    def start(self) -> None:
        """Begin: one pass now, then on the timer and whenever the network comes back."""
        if self.sync.configured:
            self._watch_network()  # costs a few MB: only for a desk that has a case system
            self._timer.start()
        self.request(ignore_backoff=False)

    def request(self, *, ignore_backoff: bool) -> None:
        """Run a pass now, or right after the one that is running."""
        if not self.sync.configured:
            self.not_configured.emit(
                QT_TRANSLATE_NOOP(
                    "Sync", "Not connected to a case system: records stay on this desk."
                )
            )
            return
        if self.running:
            self._again = bool(self._again) or ignore_backoff
            return
        self.running = True
        self.started.emit()
        self.requested.emit(ignore_backoff)

    def sync_now(self) -> None:
        """The worker pressed "Sync now": try every waiting record, back-off or not."""
        self.request(ignore_backoff=True)

    def _pass_finished(self, report: SyncReport) -> None:
        self.running = False
        self.finished.emit(report)
        if self._again is not None:
            again, self._again = self._again, None
            self.request(ignore_backoff=again)

    def _not_configured(self, message: str) -> None:
        self.running = False
        self._again = None
        self.not_configured.emit(message)

    def _watch_network(self) -> None:
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if not QNetworkInformation.loadDefaultBackend():
                return
            info = QNetworkInformation.instance()
        except (ImportError, RuntimeError):
            return
        if info is None:
            return
        info.reachabilityChanged.connect(self._reachability_changed)

    def _reachability_changed(self, reachability: object) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability == QNetworkInformation.Reachability.Online:
            logger.info("Network is back; syncing")
            self.request(ignore_backoff=True)

    def shutdown(self, timeout_ms: int = 15000) -> None:
        """Stop the timer, let the request in flight finish, and end the thread (on quit)."""
        self._timer.stop()
        self._worker.stop()
        self._thread.quit()
        if not self._thread.wait(timeout_ms):
            logger.warning("The sync thread did not stop in time")
