"""Who is at the desk: a worker, how they sign in, their role, and the PIN rules.

The worker's identity is the OS login by default; on a shared OS account each worker picks
their name and types a short PIN instead. A supervisor (named by IT in ``desk.supervisors``)
may export personal data and read the audit trail; a desk worker may not.
Pure Python: no Qt, no SQL, no hashing library (the service hashes PINs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

PIN_LENGTH = (4, 8)
_PIN = re.compile(r"[0-9]{4,8}")
# A worker ID is what the form's staff ID and the audit trail show: short, no spaces.
_WORKER_ID = re.compile(r"[^\s,]{1,100}")
# Wrong PINs: three tries free, then a wait that doubles (30 s, 1 min, 2 min …) up to
# 15 minutes. With at most 10^8 PINs, guessing at that pace takes years; a worker who
# mistypes twice loses nothing.
FREE_TRIES = 3
FIRST_WAIT = timedelta(seconds=30)
LONGEST_WAIT = timedelta(minutes=15)


class SignInMode(StrEnum):
    """How the desk knows who is working (``desk.sign_in``)."""

    OS_LOGIN = "os_login"  # each worker has their own OS account
    PIN = "pin"  # a shared OS account: each worker picks their name and types a PIN


class Role(StrEnum):
    """What a worker may do with residents' data beyond taking feedback."""

    DESK_WORKER = "desk_worker"
    SUPERVISOR = "supervisor"  # export with personal data, read the audit trail


@dataclass(frozen=True)
class Worker:
    """Someone signed in at the desk. ``worker_id`` fills the form's staff ID and is the
    actor in the audit trail; ``display_name`` is shown on the lock screen only."""

    worker_id: str
    display_name: str = ""
    role: Role = Role.DESK_WORKER

    @property
    def is_supervisor(self) -> bool:
        return self.role is Role.SUPERVISOR

    @property
    def shown_as(self) -> str:
        """The name a worker recognises on the sign-in list."""
        if self.display_name and self.display_name != self.worker_id:
            return f"{self.display_name} ({self.worker_id})"
        return self.worker_id


def pin_problem(pin: str) -> str | None:
    """Why ``pin`` cannot be a PIN, or None: 4 to 8 digits 0–9."""
    if _PIN.fullmatch(pin) is None:
        return f"a PIN is {PIN_LENGTH[0]} to {PIN_LENGTH[1]} digits 0–9"
    return None


def worker_id_problem(worker_id: str) -> str | None:
    """Why ``worker_id`` cannot name a worker, or None."""
    if _WORKER_ID.fullmatch(worker_id) is None:
        return "a worker ID is 1 to 100 characters without spaces or commas"
    return None


def supervisor_ids(setting: str) -> frozenset[str]:
    """The worker IDs / OS logins in ``desk.supervisors`` ("anna.s, it-admin"), compared
    without regard to case: Windows logins are case-insensitive."""
    return frozenset(part.strip().casefold() for part in setting.split(",") if part.strip())


def role_of(worker_id: str, supervisors: frozenset[str]) -> Role:
    """A worker's role: a supervisor when IT named them in ``desk.supervisors``."""
    return Role.SUPERVISOR if worker_id.casefold() in supervisors else Role.DESK_WORKER


def wait_after_failures(failures: int) -> timedelta:
    """How long a worker must wait before the next PIN try after ``failures`` wrong ones
    in a row."""
    if failures < FREE_TRIES:
        return timedelta(0)
    doubled = FIRST_WAIT * (1 << min(failures - FREE_TRIES, 10))
    return min(doubled, LONGEST_WAIT)
