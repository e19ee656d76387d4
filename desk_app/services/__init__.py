"""Use cases the UI and CLI call: saving, receipts, queue, settings, sync, import/export, doctor."""

from desk_app.services.desk import DeskService, StatusReport, StoreError
from desk_app.store.errors import folder_unusable

__all__ = ["DeskService", "StatusReport", "StoreError", "folder_unusable"]
