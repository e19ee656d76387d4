"""The audit trail's events: who looked at, printed, exported or erased residents' data,
and who signed in and out at the desk.

An event names the records (their references) and counts, never the personal data itself
nor the text someone searched for. Pure Python: no Qt, no SQL, no HTTP.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class AuditKind(StrEnum):
    """What was done with residents' data."""

    PERSON_FIND = "person.find"
    PERSON_SHOW = "person.show"
    PERSON_PRINT = "person.print"  # a copy of the record as PDF
    PERSON_CORRECT = "person.correct"  # contact details corrected at the person's request
    PERSON_ERASE = "person.erase"
    RETENTION_SWEEP = "retention.sweep"
    EXPORT_PERSONAL_DATA = "export.personal_data"
    # Who is at the desk (services.identity): who, when; never a PIN.
    SIGN_IN = "desk.sign_in"
    SIGN_IN_REFUSED = "desk.sign_in_refused"  # a wrong PIN
    SIGN_OUT = "desk.sign_out"
    LOCK = "desk.lock"  # the window locked itself after idle time, or was locked
    WORKER_PIN_SET = "desk.worker_pin_set"  # a worker added, or given a new PIN
    WORKER_REMOVED = "desk.worker_removed"  # a worker who may no longer sign in with a PIN
    REFUSED = "desk.refused"  # a desk worker asked for a supervisor's action


@dataclass(frozen=True)
class AuditEvent:
    """One entry of the audit trail."""

    occurred_at: datetime  # UTC
    kind: AuditKind
    os_user: str  # the operating system's login name
    staff_id: str  # the desk's staff ID setting ("" when not set)
    references: tuple[str, ...] = ()
    record_count: int = 0
    detail: str = ""  # counts and options, in words; never personal data
