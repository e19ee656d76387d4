"""The resident's rights and the retention promise: find a person's records, show and print
everything held about one, erase its personal data, sweep old personal data away, and keep
an audit trail of all of it.

Every receipt promises "we use your contact details only to handle your feedback, keep them
as long as needed, and you may ask to see, correct or delete them"; this is what keeps it.
Logs name references and counts only, never a person's details nor the text searched for.
"""

from __future__ import annotations

import getpass
import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.domain.audit import AuditEvent, AuditKind
from desk_app.domain.messages import QT_TRANSLATE_NOOP
from desk_app.domain.record import ErasureReason, Submission, SyncState
from desk_app.domain.reference import ReferenceError, normalize
from desk_app.domain.validation import ValidationFailed, contact_correction_errors
from desk_app.services.case_requests import (
    CaseRequest,
    CaseRequestState,
    CaseSystemCopy,
    CaseSystemRequests,
    copy_of,
)
from desk_app.services.settings import SettingsService
from desk_app.services.store_handle import StoreHandle
from desk_app.settings import Settings

if TYPE_CHECKING:
    from desk_app.store import SubmissionStore
    from desk_app.store.privacy import PrivacyStore

logger = logging.getLogger(__name__)
__all__ = [
    "CONTACT_FIELDS",
    "CaseRequest",
    "CaseRequestState",
    "CaseSystemCopy",
    "CorrectionOutcome",
    "CorrectionRefused",
    "ErasureOutcome",
    "PrivacyService",
    "ReferenceError",
    "SweepReport",
    "ValidationFailed",
    "count_waiting_too_long",
    "describe",
]

# Why an erased record that was never delivered leaves the queue (shown in the queue view).
# Plain English for now: making it a QT_TRANSLATE_NOOP message needs its Swedish, Arabic and
# Persian in the .ts files (scripts/translations.py check), which the translators own.
UNSENT_AFTER_ERASURE = (
    "Not sent: the resident's personal data was erased before delivery, at their request."
)
_BACKUP_STAMP = re.compile(r"desk-(\d{8}T\d{6}Z)")
_PHONE_NOISE = re.compile(r"[\s\-+().]")
_MIN_NAME_CHARS = 3  # shorter text would match half the residents


@dataclass(frozen=True)
class ErasureOutcome:
    """What ``erase`` did to one record."""

    submission: Submission  # as stored now (blanked)
    erased_now: bool  # False: it had been erased before, nothing changed
    was_delivered: bool  # True: the case system holds a copy (see case_system)
    case_system: CaseSystemCopy = CaseSystemCopy.NOT_HELD
    request_id: str = ""  # the erasure request queued for the case system, if any


# The contact details a person may have corrected (the right to rectification).
CONTACT_FIELDS = ("name", "email", "phone", "postal_address")


class CorrectionRefused(Exception):
    """The record holds no contact details to correct: it is anonymous, or they are erased."""


@dataclass(frozen=True)
class CorrectionOutcome:
    """What ``correct_contact`` did to one record."""

    submission: Submission  # as stored now
    corrected_fields: tuple[str, ...]  # names from CONTACT_FIELDS; empty: nothing differed
    was_delivered: bool  # True: the case system holds the old details (see case_system)
    case_system: CaseSystemCopy = CaseSystemCopy.NOT_HELD
    request_id: str = ""  # the correction request queued for the case system, if any


@dataclass(frozen=True)
class SweepReport:
    """What one retention sweep removed: counts only."""

    records_erased: int
    backups_removed: int


def _phone_digits(phone: str) -> str:
    return _PHONE_NOISE.sub("", phone)


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


def _who() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in this environment
        return "unknown"


class PrivacyService(CaseSystemRequests):
    """Use cases of the resident's rights and of retention over one desk's store."""

    def __init__(
        self,
        store: StoreHandle,
        settings: SettingsService,
        *,
        backups_dir: Path,
        staff_id: Callable[[], str] | None = None,
    ) -> None:
        self._handle = store
        self._settings = settings
        self._backups_dir = backups_dir
        # Who acts, for the audit trail: the signed-in worker (services.identity), else the
        # desk.staff_id setting.
        self._staff_id = staff_id or (lambda: self._settings.current.desk.staff_id)

    @property
    def _privacy(self) -> PrivacyStore:
        from desk_app.store.privacy import PrivacyStore

        return PrivacyStore(self._handle.get())

    def _audit(
        self,
        kind: AuditKind,
        now: datetime | None,
        references: Sequence[str] = (),
        *,
        count: int | None = None,
        detail: str = "",
    ) -> None:
        self._privacy.append_audit(
            AuditEvent(
                occurred_at=now or datetime.now(UTC),
                kind=kind,
                os_user=_who(),
                staff_id=self._staff_id(),
                references=tuple(references),
                record_count=len(references) if count is None else count,
                detail=detail,
            )
        )

    def find_person(self, text: str, *, now: datetime | None = None) -> list[Submission]:
        """A person's records, newest first: by name (part of it, any case), email (any
        case), phone (spaces, dashes and + ignored) or reference. The audit trail records
        that a find happened and how many records matched — not what was searched for."""
        store = self._handle.get()
        wanted = text.strip()
        found: list[str] = []
        try:
            by_reference = store.get(normalize(wanted)) if wanted else None
        except ReferenceError:
            by_reference = None
        if by_reference is not None:
            found.append(by_reference.reference)
        name, email, digits = _folded(wanted), wanted.casefold(), _phone_digits(wanted)
        if wanted:
            for details in self._privacy.contact_details():
                if details.reference in found:
                    continue
                if (
                    (len(name) >= _MIN_NAME_CHARS and name in _folded(details.name))
                    or (details.email and email == details.email.strip().casefold())
                    or (digits.isdigit() and digits == _phone_digits(details.phone))
                ):
                    found.append(details.reference)
        records = [record for reference in found if (record := store.get(reference))]
        self._audit(AuditKind.PERSON_FIND, now, count=len(records), detail="records matched")
        logger.info("Person look-up: %d record(s) matched", len(records))
        return records

    def show(self, reference_text: str, *, now: datetime | None = None) -> Submission | None:
        """Everything held about one record (raises ReferenceError for a typo); audited."""
        submission = self._handle.get().get(normalize(reference_text))
        if submission is not None:
            self._audit(AuditKind.PERSON_SHOW, now, [submission.reference])
            logger.info("Record %s shown in full (right of access)", submission.reference)
        return submission

    def record_copy_pdf(
        self,
        submission: Submission,
        rows: Sequence[tuple[str, str]],
        *,
        now: datetime | None = None,
    ) -> bytes:
        """A printable A4 copy of ``rows`` (what ``show`` lists) about ``submission``."""
        from desk_app.receipt.record_copy import render_record_copy

        pdf = render_record_copy(
            f"Feedback Desk — record {submission.reference}", rows, subject=submission.reference
        )
        self._audit(AuditKind.PERSON_PRINT, now, [submission.reference])
        return pdf

    def correct_contact(
        self,
        reference_text: str,
        changes: Mapping[str, str],
        *,
        now: datetime | None = None,
    ) -> CorrectionOutcome | None:
        """Correct a record's contact details at the person's request (None: no such record).

        ``changes`` maps names of CONTACT_FIELDS to their new values; the others stay. The
        form's rules apply (ValidationFailed names the fields); an anonymous or erased record
        has nothing to correct (CorrectionRefused). A record not yet delivered is sent with
        the corrected details; for a delivered one a correction request is queued for the
        case system (or kept as unsupported when it does not take them: see case_system).
        """
        unknown = set(changes) - set(CONTACT_FIELDS)
        if unknown:
            raise ValueError(f"not contact details: {', '.join(sorted(unknown))}")
        store = self._handle.get()
        before = store.get(normalize(reference_text))
        if before is None:
            return None
        if before.personal_data_erased:
            raise CorrectionRefused(
                QT_TRANSLATE_NOOP(
                    "Privacy", "The personal data of this record is erased: nothing to correct."
                )
            )
        if before.reporter.anonymous:
            raise CorrectionRefused(
                QT_TRANSLATE_NOOP(
                    "Privacy", "This record was given anonymously: it holds no contact details."
                )
            )
        value = {name: changes.get(name, getattr(before.reporter, name)) for name in CONTACT_FIELDS}
        reporter = replace(
            before.reporter,
            name=value["name"].strip(),
            email=value["email"].strip(),
            phone=value["phone"].strip(),
            postal_address=value["postal_address"].strip(),
        )
        corrected = tuple(
            name
            for name in CONTACT_FIELDS
            if getattr(reporter, name) != getattr(before.reporter, name)
        )
        delivered = before.sync_state is SyncState.SYNCED
        if not corrected:
            return CorrectionOutcome(before, (), delivered)
        errors = contact_correction_errors(replace(before.as_draft(), reporter=reporter))
        if errors:
            raise ValidationFailed(errors)
        privacy = self._privacy
        privacy.correct_contact(
            before.reference,
            reporter,
            # The case system's copy gets the corrected fields alone, in its own names.
            ask_case_system={name: getattr(reporter, name) for name in corrected},
            unsupported_reason=self._unsupported_reason(),
            now=now,
        )
        fields = ", ".join(corrected)  # field names only, never their values
        self._audit(AuditKind.PERSON_CORRECT, now, [before.reference], detail=f"corrected {fields}")
        logger.info("Contact details of record %s corrected: %s", before.reference, fields)
        after = store.get(before.reference)
        assert after is not None  # a correction never deletes the record
        request = self._latest_request(before.reference) if privacy.queued_correction else None
        return CorrectionOutcome(
            after, corrected, delivered, copy_of(request), request.id if request else ""
        )

    def erase(self, reference_text: str, *, now: datetime | None = None) -> ErasureOutcome | None:
        """Erase one record's personal data at the resident's request (None: no such record;
        ReferenceError for a typo). A record not delivered yet will not be sent; for one the
        case system holds, an erasure request is queued (see ``case_system``)."""
        moment = now or datetime.now(UTC)
        store = self._handle.get()
        before = store.get(normalize(reference_text))
        if before is None:
            return None
        privacy = self._privacy
        erased = privacy.erase(
            [before.reference],
            ErasureReason.REQUEST,
            moment,
            unsent_reason=UNSENT_AFTER_ERASURE,
            ask_case_system=True,
            unsupported_reason=self._unsupported_reason(),
        )
        self._audit(AuditKind.PERSON_ERASE, moment, [before.reference])
        logger.info("Personal data of record %s erased at the resident's request", before.reference)
        after = store.get(before.reference)
        assert after is not None  # erasure blanks fields, it never deletes the record
        request = self._latest_request(before.reference) if privacy.queued_erasures else None
        if not erased:  # erased before: say what became of the case system's copy then
            request = self._latest_request(before.reference, kind="erasure")
        return ErasureOutcome(
            submission=after,
            erased_now=bool(erased),
            was_delivered=before.sync_state is SyncState.SYNCED,
            case_system=copy_of(request),
            request_id=request.id if request else "",
        )

    def sweep(self, now: datetime | None = None) -> SweepReport:
        """Erase the personal data of records delivered more than ``privacy.retention_days``
        ago, and remove backups older than that. Records never delivered are kept whole.

        The window calls this once when its store opens and then daily; ``desk-app retention
        run`` calls it too. Returns counts only.
        """
        moment = now or datetime.now(UTC)
        cutoff = moment - timedelta(days=self._settings.current.privacy.retention_days)
        references = self._privacy.erasable(cutoff)
        erased = self._privacy.erase(
            references, ErasureReason.RETENTION, moment, unsent_reason=UNSENT_AFTER_ERASURE
        )
        removed = self._remove_old_backups(cutoff)
        self._audit(
            AuditKind.RETENTION_SWEEP,
            moment,
            erased,
            detail=f"{len(erased)} record(s) erased, {removed} backup(s) removed",
        )
        logger.info(
            "Retention sweep: %d record(s) erased, %d backup(s) removed", len(erased), removed
        )
        return SweepReport(records_erased=len(erased), backups_removed=removed)

    def _remove_old_backups(self, cutoff: datetime) -> int:
        # Backups are whole copies of the database, personal data in clear text included.
        if not self._backups_dir.is_dir():
            return 0
        removed = 0
        for copy in sorted(self._backups_dir.glob("desk-*.sqlite3")):
            if _backup_time(copy) < cutoff:
                try:
                    copy.unlink()
                except OSError as error:
                    logger.warning("Could not remove the old backup %s: %s", copy, error.strerror)
                    continue
                removed += 1
        return removed

    def waiting_too_long(self, now: datetime | None = None) -> int:
        """How many records have waited undelivered more than ``privacy.warn_waiting_days``."""
        return count_waiting_too_long(self._handle.get(), self._settings.current, now)

    def record_export(
        self,
        count: int,
        *,
        since: datetime | None,
        now: datetime | None = None,
        failed: str = "",
    ) -> None:
        """Note in the audit trail that ``count`` records left the desk with personal data;
        ``failed`` says why an export that was attempted did not finish (its file removed)."""
        since_text = f" received since {since.isoformat()}" if since else ""
        failed_text = f"; FAILED, no file kept: {failed}" if failed else ""
        self._audit(
            AuditKind.EXPORT_PERSONAL_DATA,
            now,
            count=count,
            detail=f"CSV export with personal data{since_text}{failed_text}",
        )

    def audit_trail(self, since: datetime | None = None) -> list[AuditEvent]:
        """The audit trail, oldest first."""
        return self._privacy.audit_events(since)


def _deadline_text(deadline: datetime | None) -> str:
    from desk_app.domain.deadline import deadline_day

    return deadline_day(deadline).isoformat() if deadline is not None else ""


def describe(submission: Submission) -> list[tuple[str, str]]:
    """Everything the desk holds about a record, as (label, value) rows: what ``person
    show`` prints and its PDF copy holds."""
    reporter, on_behalf = submission.reporter, submission.on_behalf_of
    concerns, referral, urgent = submission.concerns, submission.referral, submission.urgent

    def when(moment: datetime | None) -> str:
        return moment.astimezone().strftime("%Y-%m-%d %H:%M %Z") if moment else ""

    erasure = ""
    if submission.personal_data_erased_at is not None:
        reason = submission.personal_data_erasure_reason
        erasure = f"{when(submission.personal_data_erased_at)} ({reason.value if reason else ''})"
    return [
        ("Reference", submission.reference),
        ("Received", when(submission.received_at)),
        ("Received by (staff ID)", submission.received_by.staff_id),
        ("Site", f"{submission.site.name} ({submission.site.site_id})"),
        ("Kind", submission.kind.value),
        ("Category", submission.category),
        ("Channel", submission.channel.value),
        ("Language", submission.language),
        ("Occurred", when(submission.occurred_at)),
        ("Location", submission.location),
        ("Description", submission.description),
        ("Anonymous", "yes" if reporter.anonymous else "no"),
        ("Name", reporter.name),
        ("Email", reporter.email),
        ("Phone", reporter.phone),
        ("Postal address", reporter.postal_address),
        (
            "Preferred contact",
            reporter.preferred_contact.value if reporter.preferred_contact else "",
        ),
        ("Wants a reply", "yes" if submission.wants_reply else "no"),
        ("On behalf of", on_behalf.relation.value if on_behalf else ""),
        ("On-behalf note", on_behalf.note if on_behalf else ""),
        ("Privacy notice given", "yes" if submission.privacy_notice_given else "no"),
        ("May be contacted", "yes" if submission.contact_ok else "no"),
        ("Given by", submission.submitter_type.value if submission.submitter_type else ""),
        ("Unit concerned", concerns.unit or "" if concerns else ""),
        ("Provider", concerns.provider if concerns else ""),
        ("Referred to", referral.to.value if referral else ""),
        ("Referral note", referral.note if referral else ""),
        ("Urgent", urgent.reason or "yes" if urgent else "no"),
        # The answers to the category's questions (Open311 service attributes), by code.
        *(
            (f"Answer '{code}'", answer if isinstance(answer, str) else ", ".join(answer))
            for code, answer in submission.attributes.items()
        ),
        ("First response by", _deadline_text(submission.ack_due or submission.first_response_due)),
        ("Sync state", submission.sync_state.value),
        ("Delivered", when(submission.synced_at)),
        ("Case number", submission.case_number),
        ("Case status", submission.case_status),
        ("Personal data erased", erasure),
    ]


def count_waiting_too_long(
    store: SubmissionStore, settings: Settings, now: datetime | None = None
) -> int:
    """How many records have waited undelivered more than ``privacy.warn_waiting_days``."""
    from desk_app.store.privacy import PrivacyStore

    moment = now or datetime.now(UTC)
    cutoff = moment - timedelta(days=settings.privacy.warn_waiting_days)
    return PrivacyStore(store).waiting_since(cutoff)


def _backup_time(copy: Path) -> datetime:
    """When a backup was made: the stamp in its name (copying keeps it), else the file's time."""
    match = _BACKUP_STAMP.match(copy.name)
    if match:
        return datetime.strptime(match.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    return datetime.fromtimestamp(copy.stat().st_mtime, UTC)
