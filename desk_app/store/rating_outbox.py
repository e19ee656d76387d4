"""The ratings' outbox in the database: claiming visitors' answers to send, recording outcomes.

The same state machine as records (desk_app.store.outbox), one row per answer:
    pending --claim--> sending --accepted--> synced
                               --invalid/conflict--> needs_attention
                               --transient/auth--> pending (with next_attempt_at)
A rating is `sending` only while a request is in flight; after a crash `recover_interrupted`
puts it back to `pending`, and it is resent under the same ID (the server's idempotency key),
so a lost reply never makes a second copy and a crash never loses one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select, update

from desk_app.domain.record import SyncState
from desk_app.store.models import RatingRow
from desk_app.store.repository import SubmissionStore


@dataclass(frozen=True)
class OutgoingRating:
    """One answer as it is to be delivered (contract 1.1 feature ``ratings``)."""

    id: str
    visit_id: str
    given_at: datetime
    site_id: str
    language: str
    question: str
    score: int
    comment: str
    staff_id: str | None  # stored only where the site allows it; sent as stored
    submission_id: str | None


def _outgoing(row: RatingRow) -> OutgoingRating:
    return OutgoingRating(
        id=row.id,
        visit_id=row.visit_id,
        given_at=row.given_at,
        site_id=row.site_id,
        language=row.language,
        question=row.question,
        score=row.score,
        comment=row.comment or "",
        staff_id=row.staff_id,
        submission_id=row.submission_id,
    )


class RatingOutbox:
    """Outbox queries over the ratings of one desk database."""

    def __init__(self, store: SubmissionStore) -> None:
        self._store = store

    def recover_interrupted(self) -> int:
        """Put ratings left `sending` by a crash back to `pending`; returns how many.

        They keep their IDs, so the next pass resends exactly them and the server answers a
        copy it already holds with 200, not with a second rating.
        """
        return self._store.apply(
            update(RatingRow)
            .where(RatingRow.sync_state == SyncState.SENDING.value)
            .values(sync_state=SyncState.PENDING.value)
        )

    def claim_due(
        self, limit: int, now: datetime, *, ignore_backoff: bool = False
    ) -> list[OutgoingRating]:
        """Mark up to ``limit`` due pending ratings `sending`, oldest first, and return them."""
        query = (
            select(RatingRow)
            .where(RatingRow.sync_state == SyncState.PENDING.value)
            .order_by(RatingRow.given_at, RatingRow.id)
            .limit(limit)
        )
        if not ignore_backoff:
            query = query.where(
                or_(RatingRow.next_attempt_at.is_(None), RatingRow.next_attempt_at <= now)
            )
        with self._store.writing_session() as session:
            rows = list(session.scalars(query))
            claimed = [_outgoing(row) for row in rows]
            if rows:
                session.execute(
                    update(RatingRow)
                    .where(RatingRow.id.in_([row.id for row in rows]))
                    .values(sync_state=SyncState.SENDING.value)
                    .execution_options(synchronize_session=False)
                )
            session.commit()
            return claimed

    def record_answers(
        self, *, accepted: Sequence[str], refused: Mapping[str, str], now: datetime
    ) -> None:
        """Record the server's answers in one transaction (one disk sync for a whole batch).

        ``accepted`` ratings become `synced`; ``refused`` ones (id → reason) become
        `needs_attention`: resending the same answer would be refused the same way.
        """
        with self._store.writing_session() as session:
            if accepted:
                session.execute(
                    update(RatingRow),
                    [
                        {
                            "id": rating_id,
                            "sync_state": SyncState.SYNCED.value,
                            "sync_reason": "",
                            "synced_at": now,
                            "next_attempt_at": None,
                        }
                        for rating_id in accepted
                    ],
                )
            if refused:
                session.execute(
                    update(RatingRow),
                    [
                        {
                            "id": rating_id,
                            "sync_state": SyncState.NEEDS_ATTENTION.value,
                            "sync_reason": reason,
                            "next_attempt_at": None,
                        }
                        for rating_id, reason in refused.items()
                    ],
                )
            session.commit()

    def release(self, rating_ids: Sequence[str], *, reason: str = "") -> None:
        """Back to `pending`, due now and without an attempt counted: not the ratings' fault
        (the token must be renewed, or the server stopped taking ratings)."""
        if not rating_ids:
            return
        with self._store.writing_session() as session:
            session.execute(
                update(RatingRow)
                .where(RatingRow.id.in_(rating_ids))
                .values(sync_state=SyncState.PENDING.value, sync_reason=reason)
            )
            session.commit()

    def back_off(
        self,
        rating_ids: Sequence[str],
        *,
        reason: str,
        now: datetime,
        delay: Callable[[int], timedelta],
    ) -> None:
        """Back to `pending` after a transient failure; each rating waits ``delay(attempt)``,
        ``attempt`` being its count of failed attempts with this one (one transaction)."""
        if not rating_ids:
            return
        with self._store.writing_session() as session:
            rows = session.execute(
                select(RatingRow.id, RatingRow.sync_attempts).where(RatingRow.id.in_(rating_ids))
            )
            attempts = {rating_id: count for rating_id, count in rows}
            updates = [
                {
                    "id": rating_id,
                    "sync_state": SyncState.PENDING.value,
                    "sync_reason": reason,
                    "sync_attempts": attempts[rating_id] + 1,
                    "next_attempt_at": now + delay(attempts[rating_id] + 1),
                }
                for rating_id in rating_ids
                if rating_id in attempts
            ]
            if updates:
                session.execute(update(RatingRow), updates)
            session.commit()

    def counts(self) -> dict[SyncState, int]:
        """How many ratings are in each state (every state present, zero or not)."""
        counts = dict.fromkeys(SyncState, 0)
        with self._store.session() as session:
            rows = session.execute(
                select(RatingRow.sync_state, func.count()).group_by(RatingRow.sync_state)
            )
            for state, count in rows:
                counts[SyncState(state)] = int(count)
        return counts

    def waiting_count(self) -> int:
        """Ratings not yet delivered and not waiting for a person (pending or sending).

        Counted as two ranges of the sync queue's index: the status bar and every sync pass
        ask, and grouping every rating by state walked all of them (seconds at a million)."""
        waiting = (SyncState.PENDING.value, SyncState.SENDING.value)
        query = select(func.count()).where(RatingRow.sync_state.in_(waiting))
        with self._store.session() as session:
            return int(session.scalar(query) or 0)
