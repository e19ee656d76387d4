"""Queries behind the resident's rights and retention: erasing personal data, finding a
person's records, counting the long-waiting queue, and the append-only audit trail.

Erasure promises that the words are gone from the file, not just from the rows: connections
run with ``secure_delete`` (store.database), the search index is merged so that no segment
keeps the old trigrams, and the WAL is checkpointed and truncated, so that no old page image
of the record survives in ``desk.sqlite3-wal``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import case, exists, func, select, text, update

from desk_app.domain.audit import AuditEvent, AuditKind
from desk_app.domain.case_request import CaseRequestKind
from desk_app.domain.messages import message_to_json
from desk_app.domain.record import ErasureReason, Reporter, SyncState
from desk_app.store.case_requests import held_by_case_system, queue, supersede_corrections
from desk_app.store.models import AuditEventRow, CaseRequestRow, SubmissionRow
from desk_app.store.repository import SubmissionStore

logger = logging.getLogger(__name__)

# The states of a record not yet delivered, spelled out so that SQL can use an index.
_UNDELIVERED = [state.value for state in SyncState if state is not SyncState.SYNCED]
# What an erasure blanks (see Submission.without_personal_data): the reporter's details,
# the on-behalf note, what was said and where (often the person's own home or room).
_BLANKED: dict[str, object] = {
    "description": "",
    "location": "",
    "reporter_name": "",
    "reporter_email": "",
    "reporter_phone": "",
    "reporter_postal_address": "",
    "preferred_contact": None,
    "on_behalf_note": "",
    # Free text of contract 1.1 that may describe the person; NULL (none given) stays NULL.
    "referral_note": case((SubmissionRow.referral_note.is_not(None), ""), else_=None),
    "urgent_reason": case((SubmissionRow.urgent_reason.is_not(None), ""), else_=None),
    # A free-text answer to a service's question may describe the person, too.
    "open311_attributes": None,
}


@dataclass(frozen=True)
class ContactDetails:
    """How a record can be found by its person: the details as stored."""

    reference: str
    name: str
    email: str
    phone: str


class PrivacyStore:
    """Erasure, person look-ups and the audit trail over one desk database."""

    def __init__(self, store: SubmissionStore) -> None:
        self._store = store
        # What the last erase / correct_contact queued for the case system.
        self.queued_erasures: list[str] = []
        self.queued_correction = False

    def erase(
        self,
        references: Sequence[str],
        reason: ErasureReason,
        now: datetime,
        *,
        unsent_reason: str,
        ask_case_system: bool = False,
        unsupported_reason: str = "",
    ) -> list[str]:
        """Blank the personal data of these records in one transaction; returns the
        references erased now (a record erased before is left as it is).

        A record not yet delivered is taken out of the queue (``needs_attention`` with
        ``unsent_reason``): with what was said erased there is nothing left to send. One being
        sent right now gets the reason and stays `sending` until the sync pass has its answer
        (store.outbox). With
        ``ask_case_system``, an erasure request (store.case_requests) is queued in the same
        transaction for each erased record the case system holds or may hold; see
        ``queued_erasures`` for which.
        """
        self.queued_erasures = []
        if not references:
            return []
        with self._store.writing_session() as session:
            erased = list(
                session.scalars(
                    select(SubmissionRow.reference).where(
                        SubmissionRow.reference.in_(references),
                        SubmissionRow.personal_data_erased_at.is_(None),
                    )
                )
            )
            chosen = SubmissionRow.reference.in_(erased)
            if ask_case_system:
                # Before the update below: it takes undelivered records out of the queue.
                # A record the desk erased before (its retention period, say) is asked for
                # too, once: the case system's copy is not the desk's to expire.
                held = session.execute(
                    select(SubmissionRow.id, SubmissionRow.reference).where(
                        SubmissionRow.reference.in_(references),
                        held_by_case_system(),
                        ~exists().where(
                            CaseRequestRow.submission_id == SubmissionRow.id,
                            CaseRequestRow.kind == CaseRequestKind.ERASURE.value,
                        ),
                    )
                )
                self.queued_erasures = queue(
                    session,
                    CaseRequestKind.ERASURE,
                    list(held),
                    now,
                    unsupported_reason=unsupported_reason,
                )
            if not erased:
                session.commit()
                return []
            # What a waiting or refused correction would still send holds personal data too.
            supersede_corrections(
                session,
                list(session.scalars(select(SubmissionRow.id).where(chosen))),
            )
            session.execute(
                update(SubmissionRow)
                .where(chosen)
                .values(
                    **_BLANKED,
                    personal_data_erased_at=now,
                    personal_data_erasure_reason=reason.value,
                )
            )
            session.execute(
                update(SubmissionRow)
                .where(chosen, SubmissionRow.sync_state != SyncState.SYNCED.value)
                .values(
                    # One whose request is in flight stays `sending` until the sync pass hears
                    # the answer (store.outbox then settles it): its erasure request waits for
                    # that, or it could reach the case system before the record itself, find
                    # nothing to erase, and be given up.
                    sync_state=case(
                        (
                            SubmissionRow.sync_state == SyncState.SENDING.value,
                            SyncState.SENDING.value,
                        ),
                        else_=SyncState.NEEDS_ATTENTION.value,
                    ),
                    sync_reason=unsent_reason,
                    sync_reason_message=message_to_json(unsent_reason),
                    next_attempt_at=None,
                )
            )
            # The update trigger told the index to forget the old words, but a contentless
            # FTS5 table keeps them in its older segments until they merge: merge them all now.
            # (SQLite 3.42's 'secure-delete' option would do it per row; desks run older ones.)
            session.execute(
                text("INSERT INTO submission_search (submission_search) VALUES ('optimize')")
            )
            session.commit()
        self.checkpoint()
        return erased

    def correct_contact(
        self,
        reference: str,
        reporter: Reporter,
        *,
        ask_case_system: Mapping[str, str] | None = None,
        unsupported_reason: str = "",
        now: datetime | None = None,
    ) -> bool:
        """Replace the contact details of one record that holds some (not anonymous, not
        erased); False when there was no such record. The old details leave the search
        index and the WAL as on erasure.

        With ``ask_case_system`` (the corrected fields and their new values), a correction
        request is queued in the same transaction when the case system holds or may hold
        the record; ``queued_correction`` then says so.
        """
        self.queued_correction = False
        with self._store.writing_session() as session:
            if ask_case_system:
                held = list(
                    session.execute(
                        select(SubmissionRow.id, SubmissionRow.reference).where(
                            SubmissionRow.reference == reference,
                            SubmissionRow.anonymous.is_(False),
                            SubmissionRow.personal_data_erased_at.is_(None),
                            held_by_case_system(),
                        )
                    )
                )
                # The corrections before it that wait or were refused: this one carries
                # their fields too, with the values held from now on, and replaces them.
                earlier = supersede_corrections(session, [row.id for row in held])
                fields = {
                    **{name: getattr(reporter, name) for name in sorted(earlier)},
                    **ask_case_system,
                }
                self.queued_correction = bool(
                    queue(
                        session,
                        CaseRequestKind.CORRECTION,
                        held,
                        now or datetime.now(UTC),
                        fields=fields,
                        unsupported_reason=unsupported_reason,
                    )
                )
            changed = session.execute(
                update(SubmissionRow)
                .where(
                    SubmissionRow.reference == reference,
                    SubmissionRow.anonymous.is_(False),
                    SubmissionRow.personal_data_erased_at.is_(None),
                )
                .values(
                    reporter_name=reporter.name,
                    reporter_email=reporter.email,
                    reporter_phone=reporter.phone,
                    reporter_postal_address=reporter.postal_address,
                )
            )
            if not changed.rowcount:  # type: ignore[attr-defined]
                return False
            session.execute(
                text("INSERT INTO submission_search (submission_search) VALUES ('optimize')")
            )
            session.commit()
        self.checkpoint()
        return True

    def checkpoint(self) -> None:
        """Copy the WAL into the database and truncate it to zero bytes."""
        # A raw connection: SQLAlchemy would wrap the PRAGMA in a transaction (see
        # database._begin), and a checkpoint inside one cannot finish.
        with closing(self._store.engine.raw_connection()) as connection:
            cursor = connection.cursor()
            busy, _frames, _copied = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            cursor.close()
        if busy:
            logger.warning("The WAL could not be truncated yet: another connection reads")

    def erasable(self, delivered_before: datetime) -> list[str]:
        """References of records delivered before ``delivered_before`` whose personal data is
        still there. A record never delivered is never among them."""
        with self._store.session() as session:
            return list(
                session.scalars(
                    select(SubmissionRow.reference)
                    .where(
                        SubmissionRow.sync_state == SyncState.SYNCED.value,
                        SubmissionRow.synced_at.is_not(None),
                        SubmissionRow.synced_at < delivered_before,
                        SubmissionRow.personal_data_erased_at.is_(None),
                    )
                    .order_by(SubmissionRow.synced_at)
                )
            )

    def waiting_since(self, received_before: datetime) -> int:
        """How many records received before ``received_before`` are still not delivered
        (erased ones, which will never be sent, aside)."""
        with self._store.session() as session:
            count = session.scalar(
                select(func.count()).where(
                    # IN, not !=: the sync queue's index (state, received) then finds them.
                    SubmissionRow.sync_state.in_(_UNDELIVERED),
                    SubmissionRow.received_at < received_before,
                    SubmissionRow.personal_data_erased_at.is_(None),
                )
            )
        return int(count or 0)

    def contact_details(self) -> Iterator[ContactDetails]:
        """Every record that holds a name, email or phone, newest first (a person look-up
        compares them in Python: SQLite folds the case of A–Z only)."""
        query = (
            select(
                SubmissionRow.reference,
                SubmissionRow.reporter_name,
                SubmissionRow.reporter_email,
                SubmissionRow.reporter_phone,
            )
            .where(
                (SubmissionRow.reporter_name != "")
                | (SubmissionRow.reporter_email != "")
                | (SubmissionRow.reporter_phone != "")
            )
            .order_by(SubmissionRow.received_at.desc())
        )
        with self._store.session() as session:
            for reference, name, email, phone in session.execute(query):
                yield ContactDetails(reference, name, email, phone)

    def append_audit(self, event: AuditEvent) -> None:
        """Add one event to the audit trail (durably: it is committed when this returns)."""
        with self._store.writing_session() as session:
            session.add(
                AuditEventRow(
                    occurred_at=event.occurred_at,
                    kind=event.kind.value,
                    os_user=event.os_user,
                    staff_id=event.staff_id,
                    references=json.dumps(list(event.references)),
                    record_count=event.record_count,
                    detail=event.detail,
                )
            )
            session.commit()

    def audit_events(self, since: datetime | None = None) -> list[AuditEvent]:
        """The audit trail, oldest first (from ``since`` on, when given)."""
        query = select(AuditEventRow).order_by(AuditEventRow.occurred_at, AuditEventRow.id)
        if since is not None:
            query = query.where(AuditEventRow.occurred_at >= since)
        with self._store.session() as session:
            return [_event(row) for row in session.scalars(query)]


def _event(row: AuditEventRow) -> AuditEvent:
    return AuditEvent(
        occurred_at=row.occurred_at,
        kind=AuditKind(row.kind),
        os_user=row.os_user,
        staff_id=row.staff_id,
        references=tuple(json.loads(row.references)),
        record_count=row.record_count,
        detail=row.detail,
    )
