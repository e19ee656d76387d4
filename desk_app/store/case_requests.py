"""The outbox of corrections and erasures for the case system (feature personal-data-1.1).

A request is written in the same transaction as the local correction or erasure it follows
(``queue``, called from store.privacy), so a crash between the two cannot lose it. The sync
pass claims a request only once its record has settled (delivered, or waiting for a person):
a record still on its way would otherwise be corrected before the case system holds it.

    pending --claim--> sending --confirmed--> sent (a correction's new details blanked)
                               --refused--> needs_attention (a person must look)
                               --transient--> pending (with next_attempt_at)
                               --not held by the case system--> not_needed
    pending --the case system lacks the feature--> unsupported (details blanked)
    needs_attention --a person: send again--> pending
                    --a person settled it with the case system--> settled_by_person (blanked)
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, func, or_, select, update
from sqlalchemy.orm import Session

from desk_app.domain.case_request import CaseRequest, CaseRequestKind, CaseRequestState
from desk_app.domain.record import SyncState
from desk_app.store.models import CaseRequestRow, SubmissionRow
from desk_app.store.repository import SubmissionStore

_BLANK = "{}"
# The states in which a correction's new details are still needed.
_OPEN = (CaseRequestState.PENDING.value, CaseRequestState.SENDING.value)


def held_by_case_system() -> ColumnElement[bool]:
    """SQL: the record is, or may be, held by the case system — delivered, or sent at least
    once (a reply lost on the way leaves the case system holding what the desk never heard
    of)."""
    return or_(
        SubmissionRow.sync_state == SyncState.SYNCED.value,
        SubmissionRow.last_attempt_at.is_not(None),
    )


def queue(
    session: Session,
    kind: CaseRequestKind,
    rows: Iterable[tuple[str, str]],
    now: datetime,
    fields: Mapping[str, str] | None = None,
    *,
    unsupported_reason: str = "",
) -> list[str]:
    """Add a request of ``kind`` for each (submission id, reference) in ``rows``, inside the
    caller's transaction; returns the references queued. An erasure supersedes the open
    corrections of the same record: their new details are blanked at once.

    With ``unsupported_reason`` (the case system is known not to take such requests) the
    request is kept as `unsupported`, without the new details: a record of what a person
    must still ask the case system's administrators to do."""
    queued = []
    for submission_id, reference in rows:
        if kind is CaseRequestKind.ERASURE:
            supersede_corrections(session, [submission_id], in_flight_too=True)
        session.add(
            CaseRequestRow(
                id=str(uuid.uuid4()),
                submission_id=submission_id,
                reference=reference,
                kind=kind.value,
                fields=_BLANK
                if unsupported_reason
                else json.dumps(dict(fields or {}), ensure_ascii=False),
                created_at=now,
                state=CaseRequestState.UNSUPPORTED.value
                if unsupported_reason
                else CaseRequestState.PENDING.value,
                reason=unsupported_reason,
                attempts=0,
            )
        )
        queued.append(reference)
    return queued


def supersede_corrections(
    session: Session, submission_ids: Sequence[str], *, in_flight_too: bool = False
) -> set[str]:
    """Close these records' corrections still waiting or refused (and, ``in_flight_too``,
    being sent): `not_needed`, their new details blanked. Returns the names of the fields
    they would have corrected, so that a newer correction can carry them all.

    An erasure makes them moot; a newer correction carries their fields with the values
    held now, so a refused one sent again later can never undo it at the case system.
    """
    states = [CaseRequestState.PENDING.value, CaseRequestState.NEEDS_ATTENTION.value]
    if in_flight_too:
        states.append(CaseRequestState.SENDING.value)
    chosen = (
        CaseRequestRow.submission_id.in_(submission_ids),
        CaseRequestRow.kind == CaseRequestKind.CORRECTION.value,
        CaseRequestRow.state.in_(states),
    )
    names = {
        name for fields in session.scalars(select(CaseRequestRow.fields).where(*chosen))
        for name in json.loads(fields or _BLANK)
    }  # fmt: skip
    session.execute(
        update(CaseRequestRow)
        .where(*chosen)
        .values(state=CaseRequestState.NOT_NEEDED.value, fields=_BLANK, reason="")
    )
    return names


def _request(row: CaseRequestRow) -> CaseRequest:
    return CaseRequest(
        id=row.id,
        submission_id=row.submission_id,
        reference=row.reference,
        kind=CaseRequestKind(row.kind),
        fields=json.loads(row.fields or _BLANK),
        created_at=row.created_at,
        state=CaseRequestState(row.state),
        reason=row.reason,
        attempts=row.attempts,
        next_attempt_at=row.next_attempt_at,
        sent_at=row.sent_at,
    )


class CaseRequestStore:
    """Queries over the outbox of corrections and erasures of one desk database."""

    def __init__(self, store: SubmissionStore) -> None:
        self._store = store

    def recover_interrupted(self) -> int:
        """Put requests left `sending` by a crash back to `pending`; returns how many."""
        return self._set(
            CaseRequestRow.state == CaseRequestState.SENDING.value,
            state=CaseRequestState.PENDING.value,
        )

    def claim_due(
        self, now: datetime, *, ignore_backoff: bool = False, limit: int = 100
    ) -> list[tuple[CaseRequest, bool]]:
        """Mark due pending requests `sending`, oldest first, and return each with whether
        its record is confirmed delivered (has a case number). A request whose record is
        still pending or in flight waits: the case system may not hold it yet."""
        query = (
            select(CaseRequestRow, SubmissionRow.case_number)
            .join(SubmissionRow, SubmissionRow.id == CaseRequestRow.submission_id)
            .where(
                CaseRequestRow.state == CaseRequestState.PENDING.value,
                SubmissionRow.sync_state.not_in([SyncState.PENDING.value, SyncState.SENDING.value]),
            )
            .order_by(CaseRequestRow.created_at, CaseRequestRow.id)
            .limit(limit)
        )
        if not ignore_backoff:
            query = query.where(
                or_(CaseRequestRow.next_attempt_at.is_(None), CaseRequestRow.next_attempt_at <= now)
            )
        with self._store.writing_session() as session:
            claimed = [(_request(row), bool(number)) for row, number in session.execute(query)]
            if claimed:
                session.execute(
                    update(CaseRequestRow)
                    .where(CaseRequestRow.id.in_([request.id for request, _ in claimed]))
                    .values(state=CaseRequestState.SENDING.value)
                )
            session.commit()
        return claimed

    def mark_sent(self, request_id: str, now: datetime) -> None:
        """The case system confirmed it: a correction's new details are no longer kept here
        (the record itself holds them)."""
        self._set(
            CaseRequestRow.id == request_id,
            state=CaseRequestState.SENT.value,
            fields=_BLANK,
            reason="",
            sent_at=now,
            next_attempt_at=None,
        )
        self._forget_old_pages()

    def _forget_old_pages(self) -> None:
        """Truncate the WAL: the page images from before the blanking held the details
        (secure_delete zeroes them in the database file itself)."""
        from desk_app.store.privacy import PrivacyStore  # it queues through this module

        PrivacyStore(self._store).checkpoint()

    def mark_not_needed(self, request_ids: Sequence[str], reason: str) -> None:
        """The case system never held the record: nothing to correct or erase there."""
        self._set(
            CaseRequestRow.id.in_(request_ids),
            state=CaseRequestState.NOT_NEEDED.value,
            fields=_BLANK,
            reason=reason,
            next_attempt_at=None,
        )

    def refuse(self, request_id: str, reason: str) -> None:
        """Refused (409/422 …): a person must look; a correction keeps its details so that
        it can be sent again once the cause is fixed."""
        self._set(
            CaseRequestRow.id == request_id,
            state=CaseRequestState.NEEDS_ATTENTION.value,
            reason=reason,
            next_attempt_at=None,
        )

    def mark_unsupported(self, reason: str) -> int:
        """Every open request: this case system does not take them. A person must ask its
        administrators instead; the new details are no longer kept for sending."""
        given_up = self._set(
            CaseRequestRow.state.in_(_OPEN),
            state=CaseRequestState.UNSUPPORTED.value,
            fields=_BLANK,
            reason=reason,
            next_attempt_at=None,
        )
        if given_up:
            self._forget_old_pages()
        return given_up

    def release(
        self,
        request_ids: Sequence[str],
        *,
        reason: str,
        next_attempt_at: datetime | None,
        count_attempt: bool = True,
    ) -> None:
        """Back to `pending` after a failed attempt, due again at ``next_attempt_at``."""
        if not request_ids:
            return
        values: dict[str, object] = {
            "state": CaseRequestState.PENDING.value,
            "reason": reason,
            "next_attempt_at": next_attempt_at,
        }
        if count_attempt:
            values["attempts"] = CaseRequestRow.attempts + 1
        self._set(CaseRequestRow.id.in_(request_ids), **values)

    def resend(self, request_id: str) -> bool:
        """A person looked at a refused request: send it again at the next pass. False when
        it is not (or no longer) refused."""
        return bool(
            self._set(
                CaseRequestRow.id == request_id,
                CaseRequestRow.state == CaseRequestState.NEEDS_ATTENTION.value,
                state=CaseRequestState.PENDING.value,
                reason="",
                attempts=0,
                next_attempt_at=None,
            )
        )

    def settle(self, request_id: str) -> bool:
        """A person settled a refused request with the case system's administrators: it is
        never sent, and a correction's new details are blanked. False when it is not (or no
        longer) refused. The refusal's reason is kept: it says what was settled."""
        return bool(
            self._set(
                CaseRequestRow.id == request_id,
                CaseRequestRow.state == CaseRequestState.NEEDS_ATTENTION.value,
                state=CaseRequestState.SETTLED_BY_PERSON.value,
                fields=_BLANK,
                next_attempt_at=None,
            )
        )

    def count_in_state(self, state: CaseRequestState) -> int:
        """How many requests are in ``state`` (counted in SQL, on the state's index)."""
        query = select(func.count()).where(CaseRequestRow.state == state.value)
        with self._store.session() as session:
            return int(session.scalar(query) or 0)

    def for_reference(self, reference: str) -> list[CaseRequest]:
        """A record's requests, oldest first."""
        query = (
            select(CaseRequestRow)
            .where(CaseRequestRow.reference == reference)
            .order_by(CaseRequestRow.created_at, CaseRequestRow.id)
        )
        with self._store.session() as session:
            return [_request(row) for row in session.scalars(query)]

    def in_state(self, *states: CaseRequestState) -> list[CaseRequest]:
        """Every request in one of ``states``, oldest first."""
        query = (
            select(CaseRequestRow)
            .where(CaseRequestRow.state.in_([state.value for state in states]))
            .order_by(CaseRequestRow.created_at, CaseRequestRow.id)
        )
        with self._store.session() as session:
            return [_request(row) for row in session.scalars(query)]

    def get(self, request_id: str) -> CaseRequest | None:
        """One request by its ID."""
        with self._store.session() as session:
            row = session.get(CaseRequestRow, request_id)
            return _request(row) if row is not None else None

    def _set(self, *where: object, **values: object) -> int:
        return self._store.apply(update(CaseRequestRow).where(*where).values(**values))  # type: ignore[arg-type]
