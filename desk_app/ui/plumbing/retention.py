"""The retention sweep for the window: when the store opens, then daily, off the UI thread.

Erasing personal data past ``privacy.retention_days`` (services.privacy) writes to the store and
may rebuild the search index: seconds on a large store, so it runs on a thread of its own and
announces erased records once, like any other change to the records.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal

from desk_app.services.privacy import PrivacyService, SweepReport
from desk_app.ui.plumbing.operations import DeskOperations

logger = logging.getLogger(__name__)
DAY_MS = 24 * 60 * 60 * 1000


class RetentionJob(QObject):
    """Runs ``PrivacyService.sweep`` now and every day; one sweep at a time."""

    swept = Signal(object)  # SweepReport, from the sweep's thread: queued to the UI thread

    def __init__(self, privacy: PrivacyService, operations: DeskOperations) -> None:
        super().__init__(operations)
        self._privacy = privacy
        self._operations = operations
        self._running = threading.Lock()
        self._timer = QTimer(self)
        self._timer.setInterval(DAY_MS)
        self._timer.timeout.connect(self.run)
        self.swept.connect(self._announce)

    def start(self) -> None:
        """Sweep now, then once a day while the window is open."""
        self.run()
        self._timer.start()

    def run(self) -> None:
        """Start a sweep on its own thread, unless one is still running."""
        if not self._running.acquire(blocking=False):
            return
        threading.Thread(target=self._sweep, name="retention", daemon=True).start()

    def _sweep(self) -> None:
        try:
            report = self._privacy.sweep()
        except Exception:  # the sweep runs again tomorrow; the desk goes on meanwhile
            logger.exception("The retention sweep failed")
            return
        finally:
            self._running.release()
        self.swept.emit(report)

    def _announce(self, report: SweepReport) -> None:
        if report.records_erased:
            self._operations.records_changed.emit()
