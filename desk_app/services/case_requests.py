"""What the case system is asked to do with its copy of a record the desk corrected or
erased (contract feature personal-data-1.1), and where each such request stands.

`CaseSystemRequests` is a part of `PrivacyService` (services.privacy): the correction and
erasure use cases queue the requests (in the same transaction as the local change, see
store.privacy); the sync pass sends them (sync.case_requests); the dialogs and the command line
read here what to tell the worker.
"""

from __future__ import annotations

import json
from enum import StrEnum
from urllib.parse import urlsplit

from desk_app.domain.case_request import (
    FEATURE_PERSONAL_DATA,
    UNSUPPORTED,
    CaseRequest,
    CaseRequestState,
)
from desk_app.services.settings import SettingsService
from desk_app.services.store_handle import StoreHandle

__all__ = ["CaseRequest", "CaseRequestState", "CaseSystemCopy", "CaseSystemRequests", "copy_of"]


class CaseSystemCopy(StrEnum):
    """What becomes of the case system's copy after a correction or erasure on the desk."""

    NOT_HELD = "not_held"  # never sent: the corrected or erased record is all it will get
    QUEUED = "queued"  # a request waits for the next sync pass (the connection, the record)
    SENT = "sent"  # the case system confirmed the request
    UNSUPPORTED = "unsupported"  # it does not take such requests: ask its administrators
    NEEDS_ATTENTION = "needs_attention"  # it refused the request: a person must look


_COPY_OF_STATE = {
    CaseRequestState.PENDING: CaseSystemCopy.QUEUED,
    CaseRequestState.SENDING: CaseSystemCopy.QUEUED,
    CaseRequestState.SENT: CaseSystemCopy.SENT,
    CaseRequestState.NEEDS_ATTENTION: CaseSystemCopy.NEEDS_ATTENTION,
    CaseRequestState.UNSUPPORTED: CaseSystemCopy.UNSUPPORTED,
    CaseRequestState.NOT_NEEDED: CaseSystemCopy.NOT_HELD,
    # The desk will not send it: as for a case system that does not take such requests, its
    # administrators were (or are to be) asked.
    CaseRequestState.SETTLED_BY_PERSON: CaseSystemCopy.UNSUPPORTED,
}


def copy_of(request: CaseRequest | None) -> CaseSystemCopy:
    """Where the case system's copy stands after ``request`` (None: nothing was asked)."""
    return CaseSystemCopy.NOT_HELD if request is None else _COPY_OF_STATE[request.state]


class CaseSystemRequests:
    """The case-system side of the resident's rights, over one desk's store and settings."""

    _handle: StoreHandle
    _settings: SettingsService

    def case_system_configured(self) -> bool:
        """Whether this desk has a case system to send requests to (api.url is set)."""
        return bool(self._settings.current.api.url)

    def case_system_name(self) -> str:
        """How to name the case system to a worker: its host (the address IT set)."""
        return urlsplit(self._settings.current.api.url).hostname or "the case system"

    def _unsupported_reason(self) -> str:
        """The reason to keep with a request the case system is known not to take, or ""
        when it may take it (it lists the feature, or its features are not known yet)."""
        from desk_app.store.repository import META_SERVER_FEATURES

        if self._settings.current.api.protocol == "open311":
            return UNSUPPORTED  # GeoReport v2 has no such call
        listed = self._handle.get().meta(META_SERVER_FEATURES)
        if listed is None:
            return ""  # never heard from the server: queue it, the sync pass will know
        return "" if FEATURE_PERSONAL_DATA in json.loads(listed) else UNSUPPORTED

    def _latest_request(self, reference: str, kind: str = "") -> CaseRequest | None:
        requests = [
            request
            for request in self.case_requests(reference)
            if not kind or request.kind.value == kind
        ]
        return requests[-1] if requests else None

    def case_requests(self, reference: str) -> list[CaseRequest]:
        """The corrections and erasures of a record asked of the case system, oldest first."""
        from desk_app.store.case_requests import CaseRequestStore

        return CaseRequestStore(self._handle.get()).for_reference(reference)

    def case_request(self, request_id: str) -> CaseRequest | None:
        """One request as it stands now (after a sync pass, say)."""
        from desk_app.store.case_requests import CaseRequestStore

        return CaseRequestStore(self._handle.get()).get(request_id)

    def case_requests_needing_attention(self) -> list[CaseRequest]:
        """Requests the case system refused (409/422/404): a person must look at them."""
        from desk_app.store.case_requests import CaseRequestStore

        return CaseRequestStore(self._handle.get()).in_state(CaseRequestState.NEEDS_ATTENTION)

    def resend_case_request(self, request_id: str) -> bool:
        """A person fixed what the case system refused: send the request at the next pass.
        False when the request is not (or no longer) refused."""
        from desk_app.store.case_requests import CaseRequestStore

        return CaseRequestStore(self._handle.get()).resend(request_id)

    def settle_case_request(self, request_id: str) -> bool:
        """A person settled a refused request with the case system's administrators: the
        desk stops asking and forgets a correction's new details. False when the request is
        not (or no longer) refused."""
        from desk_app.store.case_requests import CaseRequestStore

        return CaseRequestStore(self._handle.get()).settle(request_id)
