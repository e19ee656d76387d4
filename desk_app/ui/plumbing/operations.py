"""The services' Qt face: changes to the records go through here and are announced once.

As in Anki's operations, a change runs, then says that it happened; every view that shows
records listens to ``records_changed`` and refreshes itself. A save, a correction and a sync
pass that changed records each emit it exactly once, after the change is committed. Nobody
calls another view's ``refresh()`` by hand.

Sync state (started, progress, finished, not configured) is the SyncController's own signals;
this adapter only turns a finished pass into "records changed" or "categories changed".
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desk_app.domain.record import Draft, Submission
from desk_app.services.desk import DeskService
from desk_app.services.sync import SyncReport
from desk_app.ui.plumbing.sync_controller import SyncController


def pass_changed_records(report: SyncReport) -> bool:
    """True when a sync pass changed what a record shows (state, case, reason, next try)."""
    return bool(
        report.delivered or report.needs_attention or report.retry_later or report.status_updates
    )


class DeskOperations(QObject):
    """Saves and corrections for the screens, announced; sync passes turned into announcements."""

    records_changed = Signal()
    categories_changed = Signal()  # sync brought a new category list

    def __init__(
        self,
        desk: DeskService,
        sync: SyncController | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.sync = sync
        if sync is not None:
            sync.finished.connect(self._pass_finished)

    def save(self, draft: Draft) -> Submission:
        """Store a new record (DeskService.save), announce it and ask for a sync pass.

        Raises what the service raises (ValidationFailed, StoreError); nothing is announced then.
        """
        submission = self.desk.save(draft)
        self.records_changed.emit()
        if self.sync is not None:
            self.sync.request(ignore_backoff=False)  # a new record waits for no timer
        return submission

    def correct(self, submission: Submission, draft: Draft) -> Submission:
        """Store a refused record as corrected, announce it and send it again now."""
        corrected = self.desk.correct(submission, draft)
        self.records_changed.emit()
        if self.sync is not None:
            self.sync.sync_now()  # the worker just fixed it: try at once, back-off or not
        return corrected

    def _pass_finished(self, report: SyncReport) -> None:
        if report.categories_updated:
            self.categories_changed.emit()
        if pass_changed_records(report):
            self.records_changed.emit()


def operations_for(
    source: DeskService | DeskOperations, parent: QObject | None = None
) -> DeskOperations:
    """The adapter a view works through: the one it is given, or its own over a bare service.

    A dialog opened on its own (in a test, or a tool) has no other view to tell; inside the
    main window every view is handed the window's single adapter.
    """
    if isinstance(source, DeskOperations):
        return source
    return DeskOperations(source, parent=parent)
