"""The outbox's bookkeeping in the database: claiming records to send and recording outcomes.

The state machine (see desk_app.domain.record.SyncState):
    pending --claim--> sending --accepted--> synced
                               --invalid/conflict--> needs_attention --resend--> pending
                               --transient/auth--> pending (with next_attempt_at)
A record is `sending` only while a request is in flight; after a crash `recover_interrupted`
puts it back to `pending`, and it is resent with the same idempotency key (its UUID).

An erasure (store.privacy) of a record whose request is in flight blanks it and gives it the
erasure's reason but leaves it `sending`, and the pass settles it when the answer comes:
accepted, it is `synced` (the case system holds it, and the erasure request queued with the
erasure, which waits while its record is `sending`, asks it to erase its copy); otherwise it
is `needs_attention` with the erasure's reason, never `pending` again, so its blanked copy is
never sent. After a crash `recover_interrupted` settles it the same way.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import case, func, or_, select, update
from sqlalchemy.orm import Session

from desk_app.domain.messages import message_to_json
from desk_app.domain.record import Submission, SyncState
from desk_app.store.models import SubmissionRow
from desk_app.store.repository import SubmissionStore, from_row


@dataclass(frozen=True)
class Accepted:
    """The case system took the record: its case number, status and promised answer time."""

    case_number: str
    status: str
    ack_due: datetime | None


@dataclass(frozen=True)
class StatusUpdate:
    """A later status of a case, pulled from the case system."""

    submission_id: str
    case_number: str
    status: str
    status_text: Mapping[str, str]
    updated_at: datetime | None


class OutboxStore:
    """Outbox queries over one desk database."""

    def __init__(self, store: SubmissionStore) -> None:
        self._store = store

    def recover_interrupted(self) -> int:
        """Put records left `sending` by a crash back to `pending` (one erased meanwhile to
        `needs_attention`: it is not to be sent); returns how many."""
        return self._store.apply(
            update(SubmissionRow)
            .where(SubmissionRow.sync_state == SyncState.SENDING.value)
            .values(
                sync_state=case(
                    (
                        SubmissionRow.personal_data_erased_at.is_not(None),
                        SyncState.NEEDS_ATTENTION.value,
                    ),
                    else_=SyncState.PENDING.value,
                )
            )
        )

    def claim_due(
        self, limit: int, now: datetime, *, ignore_backoff: bool = False
    ) -> list[Submission]:
        """Mark up to ``limit`` due pending records `sending`, oldest first, and return them."""
        query = (
            select(SubmissionRow)
            .where(SubmissionRow.sync_state == SyncState.PENDING.value)
            .order_by(SubmissionRow.received_at, SubmissionRow.id)
            .limit(limit)
        )
        if not ignore_backoff:
            query = query.where(
                or_(SubmissionRow.next_attempt_at.is_(None), SubmissionRow.next_attempt_at <= now)
            )
        with self._store.writing_session() as session:
            rows = list(session.scalars(query))
            if rows:
                session.execute(
                    update(SubmissionRow)
                    .where(SubmissionRow.id.in_([row.id for row in rows]))
                    .values(sync_state=SyncState.SENDING.value, last_attempt_at=now)
                    .execution_options(synchronize_session=False)
                )
            session.commit()
            return [replace(from_row(row), sync_state=SyncState.SENDING) for row in rows]

    def record_answers(
        self,
        *,
        accepted: Mapping[str, Accepted],
        refused: Mapping[str, str],
        now: datetime,
    ) -> None:
        """Record the server's answers in one transaction (one disk sync for a whole batch).

        ``accepted`` records become `synced` with their case, even one erased meanwhile (the
        case system holds it: its erasure request then goes as for any delivered record);
        ``refused`` ones (id → reason) become `needs_attention`: a person must look at them,
        they are not resent alone. A refused record erased meanwhile keeps the erasure's
        reason: it will never be sent again, whatever the server thought of it.
        """
        with self._store.writing_session() as session:
            _settle_erased(session, list(refused))
            refused = {
                submission_id: refused[submission_id]
                for submission_id in _not_erased(session, list(refused))
            }
            # ORM bulk UPDATE by primary key: one executemany per kind of answer.
            if accepted:
                session.execute(
                    update(SubmissionRow),
                    [
                        {
                            "id": submission_id,
                            "sync_state": SyncState.SYNCED.value,
                            "sync_reason": "",
                            "sync_reason_message": None,
                            "case_number": case.case_number,
                            "case_status": case.status,
                            "ack_due": case.ack_due,
                            "synced_at": now,
                            "next_attempt_at": None,
                        }
                        for submission_id, case in accepted.items()
                    ],
                )
            if refused:
                session.execute(
                    update(SubmissionRow),
                    [
                        {
                            "id": submission_id,
                            "sync_state": SyncState.NEEDS_ATTENTION.value,
                            "sync_reason": reason,
                            "sync_reason_message": message_to_json(reason),
                            "next_attempt_at": None,
                        }
                        for submission_id, reason in refused.items()
                    ],
                )
            session.commit()

    def release(
        self,
        submission_ids: Sequence[str],
        *,
        reason: str,
        next_attempt_at: datetime | None,
        count_attempt: bool = True,
    ) -> None:
        """Back to `pending` after a failed attempt, to be tried again at ``next_attempt_at``
        (a record erased meanwhile goes to `needs_attention` with the erasure's reason)."""
        if not submission_ids:
            return
        values: dict[str, object] = {
            "sync_state": SyncState.PENDING.value,
            "sync_reason": reason,
            "sync_reason_message": message_to_json(reason),
            "next_attempt_at": next_attempt_at,
        }
        if count_attempt:
            values["sync_attempts"] = SubmissionRow.sync_attempts + 1
        with self._store.writing_session() as session:
            _settle_erased(session, submission_ids)
            session.execute(
                update(SubmissionRow)
                .where(
                    SubmissionRow.id.in_(submission_ids),
                    SubmissionRow.personal_data_erased_at.is_(None),
                )
                .values(**values)
            )
            session.commit()

    def back_off(
        self,
        submission_ids: Sequence[str],
        *,
        reason: str,
        now: datetime,
        delay: Callable[[int], timedelta],
    ) -> int:
        """Back to `pending` after a transient failure; returns how many went back. Each
        record waits ``delay(attempt)``, ``attempt`` being its count of failed attempts with
        this one. One transaction (one disk sync) for the whole batch, however many records it
        held. A record erased while its request was in flight goes to `needs_attention` with
        the erasure's reason instead."""
        if not submission_ids:
            return 0
        with self._store.writing_session() as session:
            _settle_erased(session, submission_ids)
            rows = session.execute(
                select(SubmissionRow.id, SubmissionRow.sync_attempts).where(
                    SubmissionRow.id.in_(submission_ids),
                    SubmissionRow.personal_data_erased_at.is_(None),
                )
            )
            attempts = {submission_id: count for submission_id, count in rows}
            if not attempts:
                session.commit()
                return 0
            stored_reason = message_to_json(reason)
            session.execute(
                update(SubmissionRow),
                [
                    {
                        "id": submission_id,
                        "sync_state": SyncState.PENDING.value,
                        "sync_reason": reason,
                        "sync_reason_message": stored_reason,
                        "sync_attempts": attempts[submission_id] + 1,
                        "next_attempt_at": now + delay(attempts[submission_id] + 1),
                    }
                    for submission_id in submission_ids
                    if submission_id in attempts
                ],
            )
            session.commit()
        return len(attempts)

    def not_erased(self, submission_ids: Sequence[str]) -> set[str]:
        """Which of these records still hold their personal data: what one erased since it
        was claimed said must not leave the desk after that."""
        if not submission_ids:
            return set()
        with self._store.session() as session:
            return _not_erased(session, submission_ids)

    def settle_erased(self, submission_ids: Sequence[str]) -> None:
        """Claimed records erased before they were sent: out of the queue, to
        `needs_attention` with the erasure's reason (their erasure requests may go now)."""
        if not submission_ids:
            return
        with self._store.writing_session() as session:
            _settle_erased(session, submission_ids)
            session.commit()

    def resend(self, submission_id: str) -> None:
        """A person corrected or checked the record: send it again at the next pass."""
        self._update(
            [submission_id],
            sync_state=SyncState.PENDING.value,
            sync_reason="",
            sync_reason_message=None,
            next_attempt_at=None,
            sync_attempts=0,
        )

    def attempts(self, submission_id: str) -> int:
        """How many failed attempts the record has had."""
        with self._store.session() as session:
            value = session.scalar(
                select(SubmissionRow.sync_attempts).where(SubmissionRow.id == submission_id)
            )
            return int(value or 0)

    def waiting_count(self) -> int:
        """Records not yet delivered and not waiting for a person (pending or sending)."""
        with self._store.session() as session:
            return int(
                session.scalar(
                    select(func.count()).where(
                        SubmissionRow.sync_state.in_(
                            [SyncState.PENDING.value, SyncState.SENDING.value]
                        )
                    )
                )
                or 0
            )

    def next_attempt_at(self) -> datetime | None:
        """The earliest moment a pending record in back-off becomes due (None: one is due now)."""
        with self._store.session() as session:
            due_now = session.scalar(
                select(func.count()).where(
                    SubmissionRow.sync_state == SyncState.PENDING.value,
                    SubmissionRow.next_attempt_at.is_(None),
                )
            )
            if due_now:
                return None
            return session.scalar(
                select(func.min(SubmissionRow.next_attempt_at)).where(
                    SubmissionRow.sync_state == SyncState.PENDING.value
                )
            )

    def apply_status_updates(self, updates: Iterable[StatusUpdate]) -> int:
        """Record the case system's later statuses; returns how many records changed."""
        latest = {update.submission_id: update for update in updates}  # the newest wins
        if not latest:
            return 0
        with self._store.writing_session() as session:
            ours = set(
                session.scalars(select(SubmissionRow.id).where(SubmissionRow.id.in_(latest)))
            )  # other desks' records (or ones deleted here) are not ours to update
            rows = []
            for submission_id in ours:
                status = latest[submission_id]
                row: dict[str, object] = {
                    "id": submission_id,
                    "case_status": status.status,
                    "case_status_text": json.dumps(dict(status.status_text), ensure_ascii=False),
                    "status_updated_at": status.updated_at,
                }
                if status.case_number:
                    row["case_number"] = status.case_number
                rows.append(row)
            if rows:
                session.execute(update(SubmissionRow), rows)
            session.commit()
        return len(rows)

    def _update(self, submission_ids: Sequence[str], **values: object) -> None:
        with self._store.writing_session() as session:
            session.execute(
                update(SubmissionRow).where(SubmissionRow.id.in_(submission_ids)).values(**values)
            )
            session.commit()


def _settle_erased(session: Session, submission_ids: Sequence[str]) -> None:
    """Inside the caller's transaction: those of these records erased while `sending` leave
    the queue, keeping the reason the erasure gave them."""
    if not submission_ids:
        return
    session.execute(
        update(SubmissionRow)
        .where(
            SubmissionRow.id.in_(submission_ids),
            SubmissionRow.sync_state == SyncState.SENDING.value,
            SubmissionRow.personal_data_erased_at.is_not(None),
        )
        .values(sync_state=SyncState.NEEDS_ATTENTION.value, next_attempt_at=None)
    )


def _not_erased(session: Session, submission_ids: Sequence[str]) -> set[str]:
    if not submission_ids:
        return set()
    return set(
        session.scalars(
            select(SubmissionRow.id).where(
                SubmissionRow.id.in_(submission_ids),
                SubmissionRow.personal_data_erased_at.is_(None),
            )
        )
    )
