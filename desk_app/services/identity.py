"""Use cases "who is at the desk": signing in (OS login or a worker's PIN), locking, signing
out, the supervisor's gate, and keeping workers' PINs.

Every sign-in, wrong PIN, lock, sign-out and refused supervisor action goes to the audit
trail: who (the worker ID and the OS login) and when, never a PIN nor a resident's data.
PINs are kept only as argon2id hashes (``argon2-cffi``, memory-hard: a copied database does
not give up the PINs cheaply); wrong tries are rate-limited with the count kept in the
database (domain.identity.wait_after_failures).
"""

from __future__ import annotations

import getpass
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from desk_app.domain.audit import AuditEvent, AuditKind
from desk_app.domain.identity import (
    Role,
    SignInMode,
    Worker,
    pin_problem,
    role_of,
    supervisor_ids,
    wait_after_failures,
    worker_id_problem,
)
from desk_app.services.settings import SettingsService
from desk_app.services.store_handle import StoreHandle

if TYPE_CHECKING:
    from argon2 import PasswordHasher

    from desk_app.store.workers import StoredWorker, WorkerStore

logger = logging.getLogger(__name__)
__all__ = [
    "IdentityError",
    "IdentityService",
    "NotPermitted",
    "RefusalReason",
    "SignInRefused",
    "SupervisorAction",
    "WorkerAccount",
    "os_login",
]


class IdentityError(Exception):
    """Something about signing in or a worker that the person at the desk can act on."""


class NotPermitted(IdentityError):
    """A desk worker asked for what only a supervisor may do."""


class RefusalReason(StrEnum):
    """Why a sign-in with a PIN was refused (the window words each in the screen language)."""

    UNKNOWN_WORKER = "unknown_worker"
    WRONG_PIN = "wrong_pin"
    WAIT = "wait"  # too many wrong PINs: try again at ``retry_at``


class SignInRefused(IdentityError):
    """A PIN sign-in that did not succeed; ``retry_at`` is when the next try is allowed."""

    def __init__(self, reason: RefusalReason, message: str, retry_at: datetime | None) -> None:
        super().__init__(message)
        self.reason = reason
        self.retry_at = retry_at


class SupervisorAction(StrEnum):
    """What only a supervisor may do (named in the audit trail when a worker is refused)."""

    EXPORT_PERSONAL_DATA = "export with personal data"
    READ_AUDIT_TRAIL = "read the audit trail"
    MANAGE_WORKERS = "add workers and set PINs"


@dataclass(frozen=True)
class WorkerAccount:
    """A worker as the supervisor's list shows them: who, since when their PIN, and whether
    wrong PINs keep them out until ``locked_out_until``. Never the PIN nor its hash."""

    worker: Worker
    pin_set_at: datetime
    wrong_tries: int
    locked_out_until: datetime | None


@dataclass(frozen=True)
class _Session:
    worker: Worker
    locked: bool = False


def os_login() -> str:
    """The operating system's login name of whoever runs the desk ("unknown" if none)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in this environment
        return "unknown"


class IdentityService:
    """Who is at the desk, for the window and the command line alike.

    ``os_login`` and ``clock`` are parameters so that tests can be a given login at a given
    time; ``hasher`` so that a desk could raise the KDF's cost (argon2-cffi's defaults,
    RFC 9106's low-memory choice, by default).
    """

    def __init__(
        self,
        store: StoreHandle,
        settings: SettingsService,
        *,
        login: Callable[[], str] = os_login,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        hasher: PasswordHasher | None = None,
    ) -> None:
        self._handle = store
        self._settings = settings
        self._login = login
        self._clock = clock
        self._given_hasher = hasher
        self._session: _Session | None = None
        self._pending: list[AuditEvent] = []
        # Built once per window or command, after the log is set up: the place to say that a
        # worker's own file or variables tried to set who may do what (key and layer only).
        for warning in settings.current.ignored_warnings():
            logger.warning("%s", warning)

    # What the settings say ------------------------------------------------------------

    @property
    def mode(self) -> SignInMode:
        """OS login or PIN (``desk.sign_in``: IT's choice, never the worker's own file or
        variables — the settings ignore those layers for it)."""
        return SignInMode(self._settings.current.desk.sign_in)

    @property
    def idle_lock_minutes(self) -> int:
        """Minutes without input before the window locks (0: never)."""
        return self._settings.current.desk.idle_lock_minutes

    def supervisors(self) -> frozenset[str]:
        """Who IT named as supervisors (the machine file or Group Policy). Never from the
        worker's own settings file nor a ``DESK_APP_*`` variable: a desk worker must not be
        able to make themselves one. The settings already ignore those layers; this check
        stands guard for Settings built any other way."""
        settings = self._settings.current
        if not settings.set_by_it("desk.supervisors"):
            return frozenset()
        return supervisor_ids(settings.desk.supervisors)

    def _worker(self, worker_id: str, display_name: str = "") -> Worker:
        return Worker(worker_id, display_name, role_of(worker_id, self.supervisors()))

    def os_worker(self) -> Worker:
        """The worker the OS login names (what ``os_login`` mode signs in as): their staff ID
        is ``desk.staff_id`` when set, else the login. The role goes by the login alone: the
        worker may change ``desk.staff_id`` in their own settings, not their login."""
        login = self._login()
        staff_id = self._settings.current.desk.staff_id or login
        return Worker(staff_id, "", role_of(login, self.supervisors()))

    # Who is signed in ------------------------------------------------------------------

    @property
    def current(self) -> Worker | None:
        """The worker signed in now (also while the window is locked), or None."""
        return self._session.worker if self._session else None

    @property
    def locked(self) -> bool:
        """True while the window is locked: nobody may see personal data until a sign-in."""
        return self._session is None or self._session.locked

    def staff_id(self) -> str:
        """The staff ID for the form and the audit trail: the signed-in worker's ID, else
        ``desk.staff_id``."""
        if self._session is not None:
            return self._session.worker.worker_id
        return self._settings.current.desk.staff_id

    def sign_in_as_os_login(self) -> Worker:
        """Sign in as the OS login (``os_login`` mode: the OS already knows who this is)."""
        worker = self.os_worker()
        self._session = _Session(worker)
        self._audit(AuditKind.SIGN_IN, worker, "OS login")
        logger.info("Signed in as the OS login")
        return worker

    def sign_in_with_pin(self, worker_id: str, pin: str, *, where: str = "window") -> Worker:
        """Sign ``worker_id`` in with their PIN; raises SignInRefused (wrong PIN, unknown
        worker, or too many wrong tries: wait until ``retry_at``)."""
        worker = self.check_pin(worker_id, pin, where=where)
        self._session = _Session(worker)
        self._audit(AuditKind.SIGN_IN, worker, f"PIN, {where}")
        logger.info("Worker %s signed in with a PIN", worker.worker_id)
        return worker

    def check_pin(self, worker_id: str, pin: str, *, where: str = "command line") -> Worker:
        """The worker, if ``pin`` is theirs; a wrong PIN is counted and audited, and after
        a few the next try must wait (even a right PIN is refused until then)."""
        workers = self._workers()
        now = self._clock()
        # The try is claimed (and counted as wrong) before argon2 runs, in one write
        # transaction: parallel guesses cannot all be checked before the first is counted.
        attempt = workers.claim_attempt(worker_id, now)
        stored = workers.get(worker_id) if attempt is not None else None
        if attempt is None or stored is None:
            self._audit(AuditKind.SIGN_IN_REFUSED, self._worker(worker_id), "unknown worker")
            raise SignInRefused(
                RefusalReason.UNKNOWN_WORKER,
                f"no worker {worker_id!r} on this desk (desk-app worker list)",
                None,
            )
        if not attempt.allowed:
            assert attempt.retry_at is not None  # a refused claim says until when
            raise SignInRefused(
                RefusalReason.WAIT,
                f"too many wrong PINs: try again after {attempt.retry_at.astimezone():%H:%M:%S}",
                attempt.retry_at,
            )
        from argon2.exceptions import InvalidHashError, VerificationError

        try:
            self._hasher.verify(stored.pin_hash, pin)
        except (VerificationError, InvalidHashError):  # a mismatch is a VerificationError
            failures = attempt.failures  # counted when the try was claimed
            worker = self._worker(worker_id, stored.display_name)
            self._audit(AuditKind.SIGN_IN_REFUSED, worker, f"wrong PIN ({failures} in a row)")
            logger.info("Wrong PIN for worker %s (%d in a row)", worker_id, failures)
            wait = wait_after_failures(failures)
            raise SignInRefused(
                RefusalReason.WRONG_PIN, "wrong PIN", now + wait if wait else None
            ) from None
        workers.clear_failures(worker_id)
        if self._hasher.check_needs_rehash(stored.pin_hash):
            workers.put(worker_id, None, self._hasher.hash(pin), now)
        return self._worker(worker_id, stored.display_name)

    def act_for_command(self, worker: Worker) -> None:
        """A command line run by ``worker`` (checked by the caller: OS login or PIN): the
        audit trail names them as the actor of what the command does. Not itself audited:
        a command is one action, and that action is."""
        self._session = _Session(worker)

    def lock(self, *, why: str = "idle") -> None:
        """Lock: the window hides personal data until a sign-in (audited once per lock)."""
        if self._session is None or self._session.locked:
            return
        self._session = _Session(self._session.worker, locked=True)
        self._audit(AuditKind.LOCK, self._session.worker, why)
        logger.info("Desk locked (%s)", why)

    def sign_out(self) -> None:
        """End the worker's session (audited)."""
        if self._session is None:
            return
        worker = self._session.worker
        self._session = None
        self._audit(AuditKind.SIGN_OUT, worker, "")
        logger.info("Signed out")

    # The supervisor's gate ----------------------------------------------------------------

    def require_supervisor(self, worker: Worker | None, action: SupervisorAction) -> Worker:
        """``worker`` if a supervisor; else raises NotPermitted, and the refusal is audited."""
        if worker is not None and worker.role is Role.SUPERVISOR:
            return worker
        who = worker or self._worker("")
        self._audit(AuditKind.REFUSED, who, f"not a supervisor: {action.value}")
        name = worker.worker_id if worker else "nobody signed in"
        raise NotPermitted(
            f"only a supervisor may {action.value}; {name} is not one. Supervisors are "
            "named by IT in the desk.supervisors setting."
        )

    # Workers and their PINs ---------------------------------------------------------------

    def workers(self) -> list[Worker]:
        """Every worker who can sign in with a PIN, by ID."""
        return [
            self._worker(stored.worker_id, stored.display_name) for stored in self._workers().all()
        ]

    def needs_first_supervisor(self) -> bool:
        """True while no supervisor can sign in with a PIN: the OS account may then add the
        first one (a new desk has nobody to ask)."""
        supervisors = self.supervisors()
        return not any(stored.worker_id.casefold() in supervisors for stored in self._all())

    def set_pin(
        self, worker_id: str, pin: str, *, display_name: str | None = None, by: Worker
    ) -> bool:
        """Add a worker or give one a new PIN (a supervisor's task, or the first supervisor
        on a new desk); returns True when the worker is new. Raises IdentityError for an ID
        or PIN that cannot be used, NotPermitted for a desk worker."""
        problem = worker_id_problem(worker_id) or pin_problem(pin)
        if problem:
            raise IdentityError(problem)
        first = self.needs_first_supervisor() and worker_id.casefold() in self.supervisors()
        if not first:
            self.require_supervisor(by, SupervisorAction.MANAGE_WORKERS)
        new = self._workers().put(worker_id, display_name, self._hasher.hash(pin), self._clock())
        self._audit(
            AuditKind.WORKER_PIN_SET, by, f"{'added' if new else 'new PIN for'} {worker_id}"
        )
        logger.info("PIN set for worker %s", worker_id)
        return new

    def accounts(self, by: Worker | None) -> list[WorkerAccount]:
        """Every worker with when their PIN was set and whether wrong PINs keep them out now
        (a supervisor's list; NotPermitted, audited, for anyone else)."""
        from desk_app.store.workers import retry_at as _retry_at

        self.require_supervisor(by, SupervisorAction.MANAGE_WORKERS)
        now = self._clock()
        accounts = []
        for stored in self._all():
            retry_at = _retry_at(stored.failed_tries, stored.last_failed_at)
            accounts.append(
                WorkerAccount(
                    worker=self._worker(stored.worker_id, stored.display_name),
                    pin_set_at=stored.pin_set_at,
                    wrong_tries=stored.failed_tries,
                    locked_out_until=retry_at if retry_at is not None and now < retry_at else None,
                )
            )
        return accounts

    def add_worker(self, worker_id: str, display_name: str, pin: str, *, by: Worker | None) -> None:
        """Add a worker with their first PIN (a supervisor's task). Raises IdentityError for
        an ID that is taken or cannot be used, or a PIN that breaks the rules."""
        self.require_supervisor(by, SupervisorAction.MANAGE_WORKERS)
        assert by is not None  # require_supervisor let a worker through
        if self._workers().get(worker_id) is not None:
            raise IdentityError(f"{worker_id} is already a worker on this desk")
        self.set_pin(worker_id, pin, display_name=display_name.strip(), by=by)

    def reset_pin(self, worker_id: str, pin: str, *, by: Worker | None) -> None:
        """Give a worker a new PIN (a forgotten one, say): a supervisor's task. The wrong
        tries counted so far are forgotten, so a worker kept out may sign in at once."""
        self.require_supervisor(by, SupervisorAction.MANAGE_WORKERS)
        assert by is not None
        if self._workers().get(worker_id) is None:
            raise IdentityError(f"no worker {worker_id!r} on this desk")
        self.set_pin(worker_id, pin, by=by)

    def remove_worker(self, worker_id: str, *, by: Worker | None) -> None:
        """Remove a worker: their PIN signs nobody in any more (a supervisor's task). A
        supervisor cannot remove themselves: a desk must keep someone who can add workers.
        The audit trail keeps what they did, under their ID."""
        self.require_supervisor(by, SupervisorAction.MANAGE_WORKERS)
        assert by is not None
        if worker_id.casefold() == by.worker_id.casefold():
            raise IdentityError("a supervisor cannot remove themselves")
        if not self._workers().remove(worker_id):
            raise IdentityError(f"no worker {worker_id!r} on this desk")
        self._audit(AuditKind.WORKER_REMOVED, by, f"removed {worker_id}")
        logger.info("Worker %s removed", worker_id)

    def change_own_pin(self, old_pin: str, new_pin: str) -> None:
        """The signed-in worker changes their own PIN. The old PIN is checked like a sign-in:
        a wrong one is counted and audited, and too many make the next try wait (raises
        SignInRefused), so an unlocked desk does not let a colleague guess it freely."""
        worker = self.current
        if worker is None or self.locked:
            raise IdentityError("nobody is signed in")
        problem = pin_problem(new_pin)
        if problem:
            raise IdentityError(problem)
        self.check_pin(worker.worker_id, old_pin, where="PIN change")
        self._workers().put(worker.worker_id, None, self._hasher.hash(new_pin), self._clock())
        self._audit(AuditKind.WORKER_PIN_SET, worker, "changed their own PIN")
        logger.info("Worker %s changed their own PIN", worker.worker_id)

    # Plumbing -------------------------------------------------------------------------------

    @property
    def _hasher(self) -> PasswordHasher:
        # Loaded on the first PIN, not at start-up: most desks sign in with the OS login.
        if self._given_hasher is None:
            from argon2 import PasswordHasher

            self._given_hasher = PasswordHasher()  # argon2id, RFC 9106 low-memory
        return self._given_hasher

    def _workers(self) -> WorkerStore:
        from desk_app.store.workers import WorkerStore

        return WorkerStore(self._handle.get())

    def _all(self) -> list[StoredWorker]:
        return self._workers().all()

    def _audit(self, kind: AuditKind, worker: Worker, detail: str) -> None:
        self._pending.append(
            AuditEvent(
                occurred_at=self._clock(),
                kind=kind,
                os_user=self._login(),
                staff_id=worker.worker_id,
                detail=detail,
            )
        )
        # The window signs the OS login in before its first paint and opens the store only
        # after it (its page check may still run then, and writes wait for it): an event
        # waits here, with the time it happened, for the next one once the store is open.
        if not self._handle.is_open:
            return
        from desk_app.store import StoreError
        from desk_app.store.privacy import PrivacyStore

        trail = PrivacyStore(self._handle.get())
        try:
            while self._pending:
                trail.append_audit(self._pending[0])
                del self._pending[0]
        except StoreError as error:
            # Locking must go on even when the trail cannot be written: the events are kept
            # for the next try, and the log says so (kinds only).
            logger.warning("Audit events not written yet (%s): %s", kind.value, error)
