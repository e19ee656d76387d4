"""The reference server's ratings (contract 1.1 feature ``ratings``): storage and the summary.

Each rating is kept once under its ID, exactly as submissions are (see case_server.store):
inserted with ``ON CONFLICT (id) DO NOTHING``, so a desk's retry racing its first try stores
one copy; the same ID with the same body is answered 200 with the first answer, with another
body 409. The summary counts in SQL (one grouped query), never by loading ratings.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import DateTime, Index, Insert, Integer, String, Text, func, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from case_server.models import QUESTIONS
from case_server.store import CaseStore, Outcome, body_hash, local_zone


class RatingBase(DeclarativeBase):
    pass


class RatingEntry(RatingBase):
    """One answer a visitor gave, as a desk sent it."""

    __tablename__ = "ratings"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the idempotency key
    body_hash: Mapped[str] = mapped_column(String(64))
    site_id: Mapped[str] = mapped_column(String(100))
    question: Mapped[str] = mapped_column(String(20))
    score: Mapped[int] = mapped_column(Integer)
    given_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))  # UTC
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))  # UTC
    body: Mapped[str] = mapped_column(Text)

    # The summary's scan by period (and site), covering the grouped columns.
    __table_args__ = (Index("ix_ratings_period", "given_at", "site_id", "question", "score"),)


@dataclass(frozen=True)
class NewRating:
    """A valid rating to store: its key, the body as sent, and the columns the summary reads."""

    key: str
    body: dict[str, Any]
    site_id: str
    question: str
    score: int
    given_at: datetime


def _as_utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def rating_response(entry: RatingEntry) -> dict[str, Any]:
    """The answer to a stored rating (the same the first time and on every repeat)."""
    return {
        "id": entry.id,
        "status": "received",
        "received_at": _as_utc(entry.received_at).astimezone(local_zone()).isoformat(),
    }


def _conflict() -> dict[str, Any]:
    return {
        "error": {
            "code": "idempotency_conflict",
            "message": "This rating ID was used with a different body.",
            "fields": {},
        }
    }


def _judge(entry: RatingEntry, digest: str) -> Outcome:
    if entry.body_hash == digest:
        return Outcome(200, rating_response(entry))
    return Outcome(409, _conflict())


def period_bounds(first: date, last: date) -> tuple[datetime, datetime]:
    """From the start of ``first`` to the end of ``last`` (inclusive days, the server's local
    time: a municipality's "November" is its own), as UTC instants, the end exclusive."""
    zone = local_zone()
    start = datetime.combine(first, time(), tzinfo=zone)
    end = datetime.combine(last + timedelta(days=1), time(), tzinfo=zone)
    return start.astimezone(UTC), end.astimezone(UTC)


class RatingStore:
    """Ratings in the case server's database (beside its cases, in a table of their own)."""

    def __init__(self, cases: CaseStore) -> None:
        self._cases = cases
        RatingBase.metadata.create_all(cases.engine)

    def submit_many(self, items: list[NewRating]) -> list[Outcome]:
        """Store the new ratings in one transaction; answer repeats from the stored ones."""
        outcomes: list[Outcome | None] = [None] * len(items)
        digests = [body_hash(item.body) for item in items]
        with self._cases.write_lock, self._cases.session() as session:
            keys = {item.key for item in items}
            stored = {
                entry.id: entry
                for entry in session.scalars(select(RatingEntry).where(RatingEntry.id.in_(keys)))
            }
            now = datetime.now(UTC)
            fresh: dict[str, RatingEntry] = {}
            for index, item in enumerate(items):
                if item.key in stored:
                    outcomes[index] = _judge(stored[item.key], digests[index])
                elif item.key not in fresh:
                    fresh[item.key] = RatingEntry(
                        id=item.key,
                        body_hash=digests[index],
                        site_id=item.site_id,
                        question=item.question,
                        score=item.score,
                        given_at=item.given_at.astimezone(UTC),  # SQLite keeps no offsets
                        received_at=now,
                        body=json.dumps(item.body, ensure_ascii=False),
                    )
            inserted = self._insert_new(session, list(fresh.values()))
            raced = set(fresh) - inserted
            if raced:  # stored by another connection since the look-up above: theirs stands
                stored.update(
                    (entry.id, entry)
                    for entry in session.scalars(
                        select(RatingEntry).where(RatingEntry.id.in_(raced))
                    )
                )
            stored.update((key, fresh[key]) for key in inserted)
            answered: set[str] = set()
            for index, item in enumerate(items):
                if outcomes[index] is not None:
                    continue
                if item.key in inserted and item.key not in answered:
                    outcomes[index] = Outcome(201, rating_response(fresh[item.key]))
                    answered.add(item.key)
                else:  # a repeat within the batch, or a lost race
                    outcomes[index] = _judge(stored[item.key], digests[index])
            session.commit()
        return [outcome for outcome in outcomes if outcome is not None]

    def _insert_new(self, session: Any, entries: list[RatingEntry]) -> set[str]:
        """Insert ``entries`` whose key nobody holds yet; the keys that went in."""
        rows = sorted(
            (
                {column.key: getattr(entry, column.key) for column in RatingEntry.__table__.columns}
                for entry in entries
            ),
            key=lambda row: str(row["id"]),  # one order for all: concurrent batches never deadlock
        )
        if not rows:
            return set()
        statement: Insert
        dialect = self._cases.dialect
        if dialect == "postgresql":
            statement = postgresql.insert(RatingEntry).on_conflict_do_nothing(
                index_elements=[RatingEntry.id]
            )
        elif dialect == "sqlite":
            statement = sqlite.insert(RatingEntry).on_conflict_do_nothing(
                index_elements=[RatingEntry.id]
            )
        else:  # no portable ON CONFLICT: the write lock keeps the look-up above true
            session.execute(insert(RatingEntry), rows)
            return {str(row["id"]) for row in rows}
        return set(session.scalars(statement.returning(RatingEntry.id), rows))

    def summary(self, first: date, last: date, site_id: str | None) -> dict[str, Any]:
        """Per question: how many answers, their mean and how many gave each score 1-5, for
        ratings given from ``first`` to ``last`` (inclusive, local days), one site or all."""
        start, end = period_bounds(first, last)
        query = (
            select(RatingEntry.question, RatingEntry.score, func.count())
            .where(RatingEntry.given_at >= start, RatingEntry.given_at < end)
            .group_by(RatingEntry.question, RatingEntry.score)
        )
        if site_id:
            query = query.where(RatingEntry.site_id == site_id)
        distribution = {question: dict.fromkeys(range(1, 6), 0) for question in QUESTIONS}
        with self._cases.session() as session:
            for question, score, count in session.execute(query):
                if question in distribution and score in distribution[question]:
                    distribution[question][score] = int(count)
        questions = {}
        for question, scores in distribution.items():
            count = sum(scores.values())
            total = sum(score * n for score, n in scores.items())
            questions[question] = {
                "count": count,
                "mean": round(total / count, 2) if count else None,
                "distribution": {str(score): n for score, n in scores.items()},
            }
        return {
            "from": first.isoformat(),
            "to": last.isoformat(),
            "time_zone": str(local_zone()),
            "site": site_id,
            "questions": questions,
        }

    def ids(self) -> list[str]:
        """Every stored rating's ID (tests, demos)."""
        with self._cases.session() as session:
            return list(session.scalars(select(RatingEntry.id)))

    def bodies(self) -> dict[str, dict[str, Any]]:
        """Every stored rating's body as the desk sent it, by ID (tests, demos)."""
        with self._cases.session() as session:
            return {
                entry_id: json.loads(body)
                for entry_id, body in session.execute(select(RatingEntry.id, RatingEntry.body))
            }
