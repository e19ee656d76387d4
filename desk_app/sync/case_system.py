"""The seam between the outbox and a case system's protocol.

`SyncPass` (desk_app.sync.outbox) keeps the queue, the back-off and the exactly-once
bookkeeping; a client turns one record into one request of its protocol and an answer into an
`ItemResult`. Both the case-api-v1 client and the Open311 GeoReport v2 adapter implement this,
so the outbox logic is written once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from desk_app.sync.client import (
    CategoryList,
    ItemResult,
    RatingResult,
    RequestResult,
    StatusPage,
    UnitList,
)


class CaseSystem(Protocol):
    """What the outbox needs from a case system's client.

    ``submit_one`` gets the record in the desk's canonical wire shape (case-api-v1 JSON, see
    desk_app.domain.wire) and translates it as its protocol needs. Errors are raised as the
    `SyncError` hierarchy of desk_app.sync.client: `TransientError` (try later), `AuthError`
    (pause until a new token), `BatchUnsupported` (send one by one), `RatingsUnsupported`
    (keep the ratings).
    """

    base_url: str

    def close(self) -> None:
        """Release the connection pool."""

    def submit_one(self, body: Mapping[str, Any]) -> ItemResult:
        """Deliver one record; the same record sent twice must not make two cases."""

    def submit_batch(self, bodies: Sequence[Mapping[str, Any]]) -> list[ItemResult]:
        """Deliver several records, each judged on its own; or raise BatchUnsupported."""

    def submit_ratings(self, bodies: Sequence[Mapping[str, Any]]) -> list[RatingResult]:
        """Deliver visitors' ratings (feature ``ratings``; called only when ``features``
        lists it), each judged on its own; RatingsUnsupported when there is no such route."""

    def categories(self, etag: str = "") -> CategoryList | None:
        """The category list in the case-api-v1 shape; None when unchanged since ``etag``."""

    def status_updates(self, cursor: str = "") -> StatusPage:
        """Later statuses of delivered records (case-api-v1 update shape) and the next cursor."""

    def features(self) -> frozenset[str]:
        """The contract 1.1 features the outbox may use with this case system."""

    def units(self, etag: str = "") -> UnitList | None:
        """The unit list (feature ``units``); None when unchanged since ``etag``."""

    def correct_reporter(
        self, submission_id: str, request_id: str, fields: Mapping[str, str]
    ) -> RequestResult:
        """Correct the reporter's contact details of a delivered record (feature
        personal-data-1.1); ``request_id`` is the idempotency key."""

    def erase_personal_data(self, submission_id: str, request_id: str) -> RequestResult:
        """Erase a delivered record's personal data (feature personal-data-1.1)."""
