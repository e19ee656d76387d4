"""Visitors' ratings written straight into a desk's store, and what the server holds of them.

The rating screen and its save are built elsewhere; the delivery tests only need the rows the
contract describes: one row per answer, the answers of one visit sharing ``visit_id``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from case_server.ratings import RatingStore
from desk_app.store.models import RatingRow
from desk_app.store.repository import SubmissionStore

QUESTIONS = ("treatment", "answer", "wait", "overall")
GIVEN_AT = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def give_visit(
    store: SubmissionStore,
    scores: Sequence[int],
    *,
    questions: Sequence[str] = QUESTIONS,
    comment: str = "",
    staff_id: str | None = None,
    submission_id: str | None = None,
    given_at: datetime = GIVEN_AT,
    language: str = "sv",
    site_id: str = "VAS",
) -> list[RatingRow]:
    """One visit's answers (one row per score, in question order), stored `pending`; the
    comment rides on the last answer, as the rating screen stores it."""
    visit_id = str(uuid.uuid4())
    rows = [
        RatingRow(
            id=str(uuid.uuid4()),
            visit_id=visit_id,
            given_at=given_at + timedelta(seconds=index),
            site_id=site_id,
            language=language,
            question=question,
            score=score,
            comment=comment if index == len(scores) - 1 else "",
            staff_id=staff_id,
            submission_id=submission_id,
            sync_state="pending",
            sync_reason="",
            sync_attempts=0,
        )
        for index, (question, score) in enumerate(zip(questions, scores, strict=False))
    ]
    with store.writing_session() as session:
        session.add_all(rows)
        session.commit()
    return rows


def give_visits(store: SubmissionStore, count: int, **options: object) -> list[str]:
    """``count`` visits of four answers each (scores cycling 1-5); the IDs of every answer."""
    ids = []
    for number in range(count):
        scores = [(number + offset) % 5 + 1 for offset in range(4)]
        ids += [row.id for row in give_visit(store, scores, **options)]  # type: ignore[arg-type]
    return ids


def local_ratings(store: SubmissionStore, ids: Iterable[str] | None = None) -> dict[str, RatingRow]:
    """The desk's rating rows by ID (all, or those of ``ids``)."""
    query = select(RatingRow)
    if ids is not None:
        query = query.where(RatingRow.id.in_(list(ids)))
    with store.session() as session:
        return {row.id: row for row in session.scalars(query)}


def server_ratings(server_store: object) -> RatingStore:
    """The ratings kept by a reference server over ``server_store`` (a CaseStore)."""
    return RatingStore(server_store)  # type: ignore[arg-type]


def assert_ratings_exactly_once(
    store: SubmissionStore, server_store: object, ids: list[str]
) -> None:
    """The server holds each of ``ids`` once (and nothing else); the desk marks each synced."""
    held = server_ratings(server_store).ids()
    assert len(held) == len(set(held))
    assert sorted(held) == sorted(ids)
    rows = local_ratings(store, ids)
    assert {row.sync_state for row in rows.values()} == {"synced"}
    assert all(row.synced_at is not None for row in rows.values())
