"""What one sync pass did, for the status bar, the CLI and the log (no network imports)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime


@dataclass
class SyncReport:
    """Counts of one pass; ``paused_reason`` is set when sending must wait for a person."""

    delivered: int = 0
    needs_attention: int = 0
    retry_later: int = 0
    status_updates: int = 0
    categories_updated: bool = False
    waiting: int = 0
    # Visitors' ratings (feature ``ratings``), counted apart from the records.
    ratings_delivered: int = 0
    ratings_needs_attention: int = 0
    ratings_retry_later: int = 0
    ratings_waiting: int = 0
    # Corrections and erasures of delivered records (feature personal-data-1.1).
    requests_sent: int = 0
    requests_need_attention: int = 0
    requests_unsupported: int = 0
    paused_reason: str = ""
    last_error: str = ""
    finished_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def ok(self) -> bool:
        """Nothing went wrong in this pass (records may still wait for a later one)."""
        return not self.paused_reason and not self.last_error
