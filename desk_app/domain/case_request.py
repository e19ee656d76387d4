"""A correction or erasure of a delivered record, asked of the case system (contract feature
``personal-data-1.1``): what it is and where it stands. Pure Python, like the rest of domain.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from desk_app.domain.messages import QT_TRANSLATE_NOOP

# The contract feature a case system lists in /health when it takes these requests.
FEATURE_PERSONAL_DATA = "personal-data-1.1"
# Why a request was not sent, as kept with it (translated where it is shown).
UNSUPPORTED = QT_TRANSLATE_NOOP(
    "CaseRequests",
    "This case system does not accept corrections or erasures from the desk: ask its "
    "administrators to correct or erase the record there too.",
)
NEVER_HELD = QT_TRANSLATE_NOOP(
    "CaseRequests", "Nothing to send: the case system never received this record."
)
NOT_FOUND = QT_TRANSLATE_NOOP(
    "CaseRequests",
    "The case system does not know this delivered record (404): ask its administrators.",
)


class CaseRequestKind(StrEnum):
    """What the case system is asked to do with its copy of a record."""

    CORRECTION = "correction"  # replace the reporter's contact details
    ERASURE = "erasure"  # blank the record's personal data


class CaseRequestState(StrEnum):
    """Where a request stands on its way to the case system."""

    PENDING = "pending"  # waiting for the next sync pass (or its back-off)
    SENDING = "sending"  # in flight; back to pending after a crash
    SENT = "sent"  # the case system confirmed it
    NEEDS_ATTENTION = "needs_attention"  # refused (409/422/404): a person must look
    UNSUPPORTED = "unsupported"  # this case system does not take it: ask its administrators
    NOT_NEEDED = "not_needed"  # the case system never held the record, or an erasure came
    # Refused, and a person settled it with the case system's administrators: never sent.
    SETTLED_BY_PERSON = "settled_by_person"


@dataclass(frozen=True)
class CaseRequest:
    """One request as stored; ``fields`` (a correction's new details) is empty once sent."""

    id: str
    submission_id: str
    reference: str
    kind: CaseRequestKind
    fields: dict[str, str]
    created_at: datetime
    state: CaseRequestState
    reason: str
    attempts: int
    next_attempt_at: datetime | None
    sent_at: datetime | None

    @property
    def settled(self) -> bool:
        """Nothing more will happen to it by itself (sent, or waiting for a person)."""
        return self.state not in (CaseRequestState.PENDING, CaseRequestState.SENDING)
