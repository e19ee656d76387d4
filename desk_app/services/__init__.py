"""Use cases the UI and CLI call: saving, receipts, queue, import/export, doctor."""

from desk_app.services.desk import DeskService, StatusReport

__all__ = ["DeskService", "StatusReport"]
