"""Saving a visitor's rating: one ``RatingRow`` per answer, all of a visit in one transaction.

Durable like a record: the same writing session and commit ``SubmissionStore.add`` uses, so
when ``save_rated_visit`` returns, the rating survives a crash or a power cut; when it raises,
nothing of the visit is stored (never half a visit). Delivering the rows is the outbox's work
(store.rating_outbox), not this module's.
"""

from __future__ import annotations

import uuid

from sqlalchemy.exc import OperationalError

from desk_app.domain.messages import QT_TRANSLATE_NOOP
from desk_app.domain.rating import RatedVisit
from desk_app.store.errors import StoreError
from desk_app.store.models import RatingRow
from desk_app.store.repository import SubmissionStore


def rating_rows(visit: RatedVisit, *, site_id: str) -> list[RatingRow]:
    """The rows ``visit`` is stored as: one per answer, each with its own ID (the item ID the
    case system deduplicates by). The comment rides on the last answer given only, so that a
    sum over rows never counts it twice. All share the visit's given_at: the statistics count
    visits as runs of (given_at, visit_id)."""
    last = len(visit.answers) - 1
    return [
        RatingRow(
            id=str(uuid.uuid4()),
            visit_id=visit.visit_id,
            given_at=visit.given_at,
            site_id=site_id,
            language=visit.language,
            question=answer.question.value,
            score=answer.score,
            comment=visit.comment if index == last else "",
            staff_id=visit.staff_id,
            submission_id=visit.submission_id,
            sync_state="pending",
            sync_reason="",
            sync_attempts=0,
        )
        for index, answer in enumerate(visit.answers)
    ]


def save_rated_visit(store: SubmissionStore, visit: RatedVisit, *, site_id: str) -> list[str]:
    """Store ``visit`` durably, one row per answer in one transaction; returns the rows' IDs.

    Raises StoreError when the disk refuses the write (full, read-only, locked too long):
    nothing of the visit is stored then.
    """
    rows = rating_rows(visit, site_id=site_id)
    try:
        with store.writing_session() as session:
            session.add_all(rows)
            session.commit()
    except OperationalError as error:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Store",
                "The rating could not be saved ({reason}). Free some disk space or call IT "
                "support.",
            ).format(reason=str(error.orig))
        ) from error
    return [row.id for row in rows]
