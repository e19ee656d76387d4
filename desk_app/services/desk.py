"""The desk's use cases: save a record, render its receipt, find and list records.

The UI and the CLI both call this; neither touches SQL or ReportLab directly.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, cast

from desk_app import __version__
from desk_app.domain.case_request import CaseRequestState
from desk_app.domain.categories import (
    Category,
    active_codes,
    attributes_of,
    categories_from_json,
)
from desk_app.domain.deadline import (
    FirstResponsePromise,
    PromiseRisk,
    promise_risk,
    record_deadline,
    stored_deadline,
)
from desk_app.domain.record import Draft, ReferralBody, Site, Submission, SyncState
from desk_app.domain.reference import ReferenceError, new_reference, normalize
from desk_app.domain.units import Unit, units_from_json
from desk_app.domain.validation import ValidationFailed, validate
from desk_app.services.settings import SettingsService
from desk_app.services.store_handle import StoreHandle
from desk_app.settings import Settings
from desk_app.store.errors import StoreError

if TYPE_CHECKING:
    from desk_app.receipt import Paper
    from desk_app.store import SubmissionStore

logger = logging.getLogger(__name__)
__all__ = ["DeskService", "StatusReport", "StoreError", "load_categories"]
_REFERENCE_ATTEMPTS = 5


@dataclass(frozen=True)
class StatusReport:
    """What ``desk-app status`` shows: counts per sync state and where the data lives."""

    counts: dict[SyncState, int]
    data_dir: Path
    database: Path
    database_bytes: int
    app_version: str = __version__
    # Records undelivered for more than privacy.warn_waiting_days (the queue warning).
    waiting_too_long: int = 0
    # Undelivered records whose first-response deadline is near (promise.at_risk_days), or past.
    promises_at_risk: int = 0
    promises_past: int = 0
    # Corrections and erasures the case system refused: a person must send again or settle.
    case_requests_refused: int = 0
    # Ratings not delivered yet (they go only to a case system that takes them).
    ratings_waiting: int = 0


def load_categories(store: SubmissionStore | None) -> list[Category]:
    """The cached list from the case system, or the built-in list when there is none (or the
    store is not open yet)."""
    from desk_app.resources import builtin_categories

    cached = store.cached_categories_json() if store is not None else None
    if cached:
        try:
            return categories_from_json(json.loads(cached))
        # The parser raises only ValueError; json.loads also RecursionError on deep nesting.
        # Either way the desk must open: a bad list the case system sent is IT's to fix.
        except (ValueError, RecursionError) as error:
            logger.warning(
                "The cached category list is unreadable (%s); using the built-in list", error
            )
    return builtin_categories()


class DeskService:
    """Use cases over one desk's store, configured by the effective settings."""

    def __init__(
        self,
        store: StoreHandle,
        settings: SettingsService,
        *,
        database_path: Path,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._handle = store
        # The desk's clock (UTC): deadlines come near as it moves; tests move it, not sleep.
        self.clock: Callable[[], datetime] = clock or (lambda: datetime.now(UTC))
        self.settings_service = settings
        # Until the store is open, the built-in categories; the cached list once it is.
        self._categories = load_categories(store.get() if store.is_open else None)
        store.on_open(lambda _store: self.reload_categories())
        self._database_path = database_path

    @property
    def _store(self) -> SubmissionStore:
        return self._handle.get()

    @property
    def store_is_open(self) -> bool:
        """False until the store is opened (the window opens it right after its first paint)."""
        return self._handle.is_open

    def open_store(self) -> None:
        """Open the store now if nobody has (raises StoreError when it cannot be used)."""
        self._handle.get()

    @property
    def settings(self) -> Settings:
        """The settings in force (read-only: change them through ``settings_service``)."""
        return self.settings_service.current

    @property
    def site(self) -> Site:
        site = self.settings.site
        return Site(site_id=site.id, name=site.name)

    @property
    def default_language(self) -> str:
        return self.settings.site.language

    def receipt_languages(self) -> list[str]:
        """The languages a receipt can be printed in, Swedish first."""
        from desk_app.resources import receipt_text_languages

        return receipt_text_languages()

    @property
    def default_staff_id(self) -> str:
        return self.settings.desk.staff_id

    def reload_categories(self) -> None:
        """Use the case system's category list cached by sync (the built-in one until then)."""
        self._categories = load_categories(self._store)

    def categories(self, *, include_inactive: bool = False) -> list[Category]:
        """Categories to offer (active only, unless asked)."""
        return [c for c in self._categories if c.active or include_inactive]

    def units(self, *, include_inactive: bool = False) -> list[Unit]:
        """The case system's units as sync last cached them (contract 1.1); none before."""
        if not self.store_is_open:
            return []
        from desk_app.store.repository import META_UNITS  # the store's module loads with it

        cached = units_from_json(self._store.meta(META_UNITS))
        return [unit for unit in cached if unit.active or include_inactive]

    def category_name(self, code: str, language: str) -> str:
        """A category's name in ``language``, or its code when the desk does not know it."""
        for category in self._categories:
            if category.code == code:
                return category.display_name(language)
        return code

    def check(self, draft: Draft) -> dict[str, str]:
        """The draft's broken rules, ``{field: message}``; empty when it may be saved."""
        return validate(
            draft,
            category_codes=active_codes(self._categories),
            attributes=attributes_of(self._categories, draft.category),
        )

    def save(
        self,
        draft: Draft,
        *,
        received_at: datetime | None = None,
        record_id: uuid.UUID | None = None,
    ) -> Submission:
        """Validate and store a record durably; returns it with its new reference.

        Raises ValidationFailed (nothing stored) when the draft breaks a rule. When this
        returns, the record is committed with synchronous=FULL: it survives a power cut.
        ``record_id`` (default: a fresh UUID) lets the import derive the ID from a line, so
        the store's unique ID refuses the same line twice (sqlalchemy's IntegrityError).
        """
        from desk_app.store import DuplicateReference

        errors = self.check(draft)
        if errors:
            raise ValidationFailed(errors)
        for _attempt in range(_REFERENCE_ATTEMPTS):
            submission = Submission.from_draft(
                draft,
                reference=new_reference(self.settings.site.code),
                site=self.site,
                now=received_at or self.clock(),
            )
            if record_id is not None:
                submission = replace(submission, id=record_id)
            # Counted once, now: the queue and the status bar read the date, not the rule.
            submission = replace(
                submission, first_response_due=stored_deadline(submission, self.promise)
            )
            try:
                self._store.add(submission)
            except DuplicateReference:
                logger.warning("Reference clash on this desk; drawing a new reference")
                continue
            # Identifiers only: the log never holds what the resident said or who they are.
            logger.info(
                "Saved record %s (%s, %s)",
                submission.reference,
                submission.kind,
                submission.category,
            )
            return submission
        raise RuntimeError("could not draw an unused reference number")  # pragma: no cover

    def receipt_pdf(
        self, submission: Submission, *, copy: bool = False, paper: Paper | None = None
    ) -> bytes:
        """The record's receipt as PDF bytes (``copy`` marks a reprint).

        Where a reply was asked for and can be given it prints the first-response date, the
        record's ``deadline_of``: the case system's ``ack_due`` once it has set one (a reprint
        keeps to what the case system promises), otherwise the desk's own, stored at save, in
        this desk's local time.
        """
        # ReportLab loads on first use, not at start-up: the form must be ready first.
        from desk_app.domain.deadline import deadline_day
        from desk_app.receipt import SiteTexts, render_receipt

        # The site's own wording where it has one in the receipt's language; otherwise the
        # built-in text in that language rather than words the resident may not understand.
        language = submission.language
        settings = self.settings
        texts = SiteTexts(
            site_name=settings.site.name,
            contact=settings.site.contact,
            next_steps=settings.in_language("receipt.next_steps", language),
            privacy=settings.in_language("receipt.privacy", language),
            next_steps_no_reply=settings.in_language("receipt.next_steps_no_reply", language),
            privacy_anonymous=settings.in_language("receipt.privacy_anonymous", language),
            referral_contacts={
                body.value: settings.in_language(f"referral.{body.value}", language)
                for body in ReferralBody
            },
        )
        deadline = self.deadline_of(submission)
        first_response_by = deadline_day(deadline) if deadline is not None else None
        return render_receipt(
            submission,
            texts,
            category_name=self.category_name(submission.category, submission.language),
            paper=paper or cast("Paper", settings.receipt.paper),  # a choice checked on load
            copy=copy,
            first_response_by=first_response_by,
        )

    def correct(self, submission: Submission, draft: Draft) -> Submission:
        """Store a refused record as corrected and queue it to be sent again (next sync).

        Only a record that needs attention may change. For one the server refused as invalid
        (400/422) it stored nothing under the ID, so the corrected body is no idempotency
        conflict; one it answered 409 for will meet the same conflict again. The same rules as
        for a new record apply (ValidationFailed, nothing changed); the ID, reference, time and
        the person who took it stay. Returns the record as now stored.
        """
        from desk_app.store.outbox import OutboxStore

        if not submission.correctable:
            raise ValueError(
                "only a record the case system refused, with its personal data, can be corrected"
            )
        errors = self.check(draft)
        if errors:
            raise ValidationFailed(errors)
        corrected = submission.corrected(draft)
        # Contact details may have come or gone: the promise follows them. One already made
        # stays as it was (the receipt printed it), whatever the settings say today.
        due = stored_deadline(corrected, self.promise)
        if due is not None and submission.first_response_due is not None:
            due = submission.first_response_due
        corrected = replace(corrected, first_response_due=due)
        self._store.update_content(corrected)
        OutboxStore(self._store).resend(str(submission.id))
        logger.info("Record %s corrected and queued to be sent again", submission.reference)
        stored = self._store.get(submission.reference)
        assert stored is not None  # it was just written
        return stored

    @property
    def promise(self) -> FirstResponsePromise:
        """The first response this site promises (the ``[promise]`` settings)."""
        promise = self.settings.promise
        return FirstResponsePromise(
            promise.first_response_days, promise.working_days, promise.holiday_country
        )

    def deadline_of(self, submission: Submission) -> datetime | None:
        """The record's first-response deadline (see domain.deadline.record_deadline): the
        one answer the receipt, the queue, the status bar and the command line give."""
        return record_deadline(submission, self.promise)

    def promise_risk_of(
        self, submission: Submission, now: datetime | None = None
    ) -> PromiseRisk | None:
        """Whether the record's promise is on track, at risk or past (None: nothing at stake)."""
        ((_deadline, risk),) = self.deadlines_of([submission], now)
        return risk

    def deadlines_of(
        self, submissions: list[Submission], now: datetime | None = None
    ) -> list[tuple[datetime | None, PromiseRisk | None]]:
        """``deadline_of`` and ``promise_risk_of`` for a list (the queue's page), with the
        settings read once rather than per record."""
        promise, at_risk_days = self.promise, self.settings.promise.at_risk_days
        moment = now or self.clock()
        judged = []
        for submission in submissions:
            deadline = record_deadline(submission, promise)
            judged.append((deadline, promise_risk(submission, deadline, moment, at_risk_days)))
        return judged

    def find(self, reference_text: str) -> Submission | None:
        """The record a typed reference points to; raises ReferenceError for a typo."""
        return self._store.get(normalize(reference_text))

    def search(self, text: str = "", *, limit: int = 500) -> list[Submission]:
        """Records for the queue view, newest first, filtered by ``text``.

        A typed reference with a typo still finds nothing rather than something wrong.
        """
        try:
            exact = self._store.get(normalize(text)) if text.strip() else None
        except ReferenceError:
            exact = None
        if exact is not None:
            return [exact]
        return self._store.search(text, limit=limit)

    def reference_of(self, record_id: uuid.UUID) -> str | None:
        """The reference of the record with this ID (an import line saved before), or None."""
        return self._store.reference_of(str(record_id))

    def received_since(self, since: datetime | None) -> Iterator[Submission]:
        """Records received at or after ``since`` (all when None), oldest first (exports)."""
        return self._store.received_since(since)

    def store_problem(self, *, wait: float | None = None) -> Exception | None:
        """Why the store must not be used (damaged), once its check is done; None when sound.

        ``wait``: seconds to wait for a check still running (None: until it is done).
        """
        return self._store.integrity.wait(wait)

    def counts_by_state(self) -> dict[SyncState, int]:
        """How many records are in each sync state."""
        return self._store.counts_by_state()

    def status(self, now: datetime | None = None) -> StatusReport:
        """Counts per sync state, the long-waiting records, the promises at risk or past, the
        refused case-system requests, the ratings waiting and the database's size (``now``: the
        desk's clock)."""
        from desk_app.services.privacy import count_waiting_too_long

        size = sum(
            candidate.stat().st_size
            for candidate in (
                self._database_path,
                self._database_path.with_name(self._database_path.name + "-wal"),
            )
            if candidate.exists()
        )
        from desk_app.store.case_requests import CaseRequestStore
        from desk_app.store.rating_outbox import RatingOutbox

        moment = now or self.clock()
        at_risk, past = self._store.promises_at_risk(
            moment, timedelta(days=self.settings.promise.at_risk_days)
        )
        return StatusReport(
            promises_at_risk=at_risk,
            promises_past=past,
            counts=self.counts_by_state(),
            data_dir=self._database_path.parent,
            database=self._database_path,
            database_bytes=size,
            waiting_too_long=count_waiting_too_long(self._store, self.settings, moment),
            case_requests_refused=CaseRequestStore(self._store).count_in_state(
                CaseRequestState.NEEDS_ATTENTION
            ),
            ratings_waiting=RatingOutbox(self._store).waiting_count(),
        )
