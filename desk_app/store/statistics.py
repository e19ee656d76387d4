"""The statistics' counts, computed by aggregate SQL in SQLite (issue 11, "Insight").

``statistics()`` answers a ``domain.statistics.StatisticsQuery`` with one ``Statistics``:
every figure is a ``COUNT`` in the database; no record is loaded into Python.

Counting without sorting. A ``GROUP BY`` over the period's records sorts all of them (half a
second per breakdown for a year of a million records). Instead each breakdown's column leads
an index of its own, ``(column, received_at)`` (migration 0011): the values present in the
store are read off that index, and each value's records in the period are counted as one range
of it — from the index alone, without table look-ups. Records over time are counted the same
way, per period and kind. With a filter, the other columns are checked in the table.

Local days. ``received_at`` and ``given_at`` are stored as naive UTC. SQLite's ``'localtime'``
modifier would turn each row into the process's local time one by one (a C library call per
row, and outside 1970–2037 it guesses); instead the desk's local calendar is laid out here in
Python, once per query: each period (day, ISO week from Monday, month) becomes its UTC range
``[local midnight of its first day, local midnight after its last day)``, counted as
``domain.deadline.end_of_day`` counts the end of a day, so a day across a DST change is 23
or 25 hours long, as the desk's clock says. The periods go to SQLite as a small ``VALUES``
table joined on those ranges: each one is an index range search on ``received_at``. The
desk's zone is this computer's (``local_zone=None``), the same zone in which the deadlines,
the receipt and the queue show their dates; tests pass a zone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Engine,
    Integer,
    String,
    and_,
    column,
    func,
    or_,
    select,
    text,
    true,
    values,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from desk_app.domain.deadline import end_of_day
from desk_app.domain.record import SyncState
from desk_app.domain.statistics import (
    Count,
    DeliveryFigures,
    Granularity,
    PeriodCounts,
    Question,
    RatingFigures,
    Statistics,
    StatisticsFilter,
    StatisticsQuery,
)
from desk_app.store.models import RatingRow, SubmissionRow, UTCDateTime
from desk_app.store.repository import promise_at_stake, promise_risk_counts

__all__ = ["period_starts", "statistics"]
_QUESTIONS = frozenset(question.value for question in Question)


def period_starts(query: StatisticsQuery) -> list[date]:
    """The first day of every period the query covers, oldest first (a week's Monday, a
    month's first day), the period holding ``first_day`` included even when it began
    earlier."""
    starts = []
    start = _period_start(query.first_day, query.granularity)
    while start <= query.last_day:
        starts.append(start)
        start = _next_period_start(start, query.granularity)
    return starts


def statistics(
    source: Engine | Session,
    query: StatisticsQuery,
    at_risk_days: int,
    now: datetime,
    *,
    site_name: str = "",
    local_zone: tzinfo | None = None,
) -> Statistics:
    """Count the records and ratings of ``query``'s period (``local_zone``: the desk's zone,
    None for this computer's). ``at_risk_days`` and ``now`` judge the first-response promises
    as the queue does (store.repository.promises_at_risk's rule)."""
    starts = period_starts(query)
    ranges = [
        (
            start,
            _start_of_day(max(start, query.first_day), local_zone),
            _start_of_day(
                min(_next_period_start(start, query.granularity), _after(query)), local_zone
            ),
        )
        for start in starts
    ]
    first_moment = ranges[0][1]
    last_moment = ranges[-1][2]
    in_period = and_(
        SubmissionRow.received_at >= first_moment, SubmissionRow.received_at < last_moment
    )
    filters = _filter_conditions(query.filter)
    chosen = (in_period, *filters)
    with _reading(source) as session:
        # The periods' own ranges bound this one: with the whole period's range beside them,
        # SQLite searched the index by that range once per period (31 times for a month).
        over_time = _over_time(session, ranges, filters)
        breakdowns = {
            name: _counts(session, attribute, chosen) for name, attribute in _BREAKDOWNS.items()
        }
        delivery = _delivery(session, chosen, at_risk_days, now)
        given_in_period = and_(RatingRow.given_at >= first_moment, RatingRow.given_at < last_moment)
        # Visits, not answers: a visit's answers share given_at (saved together), so grouped
        # by (given_at, visit_id) they stream off the period index as one run each, where
        # count(DISTINCT visit_id) sorted every answer of the period first.
        visits = (
            select(RatingRow.visit_id)
            .where(given_in_period)
            .group_by(RatingRow.given_at, RatingRow.visit_id)
            .subquery()
        )
        ratings_total = session.scalar(select(func.count()).select_from(visits))
        # Every known (question, score) pair counted as one range of the ratings'
        # (question, score, given_at) index: no sorting of the period's answers.
        answers = _answers()
        overall = _rating_distributions(
            session.execute(
                select(
                    answers.c.question,
                    answers.c.score,
                    _answers_between(answers, first_moment, last_moment),
                )
            )
        )
        buckets = _buckets(ranges)
        per_period = _rating_distributions(
            session.execute(
                select(
                    buckets.c.start,
                    answers.c.question,
                    answers.c.score,
                    _answers_between(answers, buckets.c.lo, buckets.c.hi),
                )
                .select_from(buckets)
                .join(answers, true())
            )
        )
    return Statistics(
        query=query,
        site_name=site_name,
        total=sum(count.count for count in breakdowns["kind"]),
        over_time=over_time,
        by_kind=breakdowns["kind"],
        by_category=breakdowns["category"],
        by_unit=breakdowns["unit"],
        by_provider=breakdowns["provider"],
        by_channel=breakdowns["channel"],
        by_submitter_type=breakdowns["submitter_type"],
        delivery=delivery,
        ratings_total=int(ratings_total or 0),
        ratings_overall=tuple(
            RatingFigures(question, None, overall.get((None, question), (0, 0, 0, 0, 0)))
            for question in Question
        ),
        ratings_over_time=tuple(
            RatingFigures(question, start, distribution)
            for (start, question), distribution in sorted(
                per_period.items(), key=lambda item: (item[0][0] or date.min, item[0][1].value)
            )
            if start is not None
        ),
    )


# Each led by its own index (store.models.STATISTICS_INDEXES). A record that says nothing
# about the matter (NULL or "") counts under "" (Count's rule).
_BREAKDOWNS: dict[str, InstrumentedAttribute[Any]] = {
    "kind": SubmissionRow.kind,
    "category": SubmissionRow.category,
    "unit": SubmissionRow.concerns_unit,
    "provider": SubmissionRow.concerns_provider,
    "channel": SubmissionRow.channel,
    "submitter_type": SubmissionRow.submitter_type,
}


def _filter_conditions(chosen: StatisticsFilter) -> list[ColumnElement[bool]]:
    """The filter as WHERE conditions; ``""`` picks the records that say nothing (NULL)."""
    conditions: list[ColumnElement[bool]] = []
    for wanted, attribute in (
        (chosen.kind, SubmissionRow.kind),
        (chosen.category, SubmissionRow.category),
        (chosen.unit, SubmissionRow.concerns_unit),
        (chosen.channel, SubmissionRow.channel),
        (chosen.submitter_type, SubmissionRow.submitter_type),
    ):
        if wanted is None:
            continue
        if wanted == "":
            conditions.append(or_(attribute.is_(None), attribute == ""))
        else:
            conditions.append(attribute == wanted)
    return conditions


def _over_time(
    session: Session,
    ranges: Sequence[tuple[date, datetime, datetime]],
    chosen: Sequence[ColumnElement[bool]],
) -> tuple[PeriodCounts, ...]:
    buckets = _buckets(ranges)
    kinds = _values_present(SubmissionRow.kind)
    # One range of the (kind, received_at) index per period and kind.
    counted = (
        select(func.count())
        .where(
            SubmissionRow.kind == kinds.c.value,
            SubmissionRow.received_at >= buckets.c.lo,
            SubmissionRow.received_at < buckets.c.hi,
            *chosen,
        )
        .scalar_subquery()
    )
    rows = session.execute(
        select(buckets.c.start, kinds.c.value, counted)
        .select_from(buckets)
        .join(kinds, true())  # every period with every kind
    )
    by_period: dict[str, dict[str, int]] = defaultdict(dict)
    for start, kind, count in rows:
        if count:
            by_period[start][kind] = int(count)
    # Every period of the query, the empty ones with no counts (a total of zero).
    return tuple(
        PeriodCounts(start=start, by_kind=by_period.get(start.isoformat(), {}))
        for start, _lo, _hi in ranges
    )


def _counts(
    session: Session,
    attribute: InstrumentedAttribute[Any],
    chosen: Sequence[ColumnElement[bool]],
) -> tuple[Count, ...]:
    """The ``chosen`` records per value of ``attribute``, largest first; none for a value with
    none. The values come off the column's index, and each is counted as one range of it."""
    present = _values_present(attribute)
    counted = select(func.count()).where(attribute.is_(present.c.value), *chosen).scalar_subquery()
    found: dict[str, int] = defaultdict(int)
    for value, count in session.execute(select(present.c.value, counted)):
        if count:
            found[str(value or "")] += int(count)  # NULL and "" both say nothing
    counts = [Count(key=key, count=count) for key, count in found.items()]
    return tuple(sorted(counts, key=lambda count: (-count.count, count.key)))


def _values_present(attribute: InstrumentedAttribute[Any]) -> Any:
    """Every value of ``attribute`` in the store, NULL included, read off the column's index by
    seeking from one value to the next (a loose index scan): its cost follows the number of
    values, not of records. The last row is always NULL: the seek that found no more."""
    name = attribute.name
    table = SubmissionRow.__tablename__
    return (
        text(
            f"WITH RECURSIVE present(value) AS ("
            f" SELECT min({name}) FROM {table}"
            f" UNION ALL"
            f" SELECT (SELECT min({name}) FROM {table} WHERE {name} > present.value)"
            f" FROM present WHERE present.value IS NOT NULL"
            f") SELECT value FROM present"
        )
        .columns(column("value", String))
        .subquery("present")
    )


def _delivery(
    session: Session, chosen: Sequence[ColumnElement[bool]], at_risk_days: int, now: datetime
) -> DeliveryFigures:
    # Ranges of the (sync_state, received_at) index, like the breakdowns.
    per_state = {
        count.key: count.count for count in _counts(session, SubmissionRow.sync_state, chosen)
    }
    waiting = per_state.get(SyncState.PENDING.value, 0) + per_state.get(SyncState.SENDING.value, 0)
    needs_attention = per_state.get(SyncState.NEEDS_ATTENTION.value, 0)
    delivered = per_state.get(SyncState.SYNCED.value, 0)
    # The queue's own rule (store.repository), narrowed to the period's chosen records.
    at_risk, past = session.execute(
        select(*promise_risk_counts(now, timedelta(days=at_risk_days))).where(
            *chosen, *promise_at_stake()
        )
    ).one()
    return DeliveryFigures(
        waiting=int(waiting),
        needs_attention=int(needs_attention),
        delivered=int(delivered),
        at_risk=int(at_risk),
        past_deadline=int(past),
    )


def _answers() -> Any:
    """Every answer a visitor can give, (question, score), as a VALUES table."""
    return (
        values(column("question", String), column("score", Integer), name="answers")
        .data([(question.value, score) for question in Question for score in range(1, 6)])
        .cte("answers")
    )


def _answers_between(answers: Any, low: Any, high: Any) -> Any:
    """How many times ``answers``' (question, score) was given in ``[low, high)``."""
    return (
        select(func.count())
        .where(
            RatingRow.question == answers.c.question,
            RatingRow.score == answers.c.score,
            RatingRow.given_at >= low,
            RatingRow.given_at < high,
        )
        .scalar_subquery()
    )


def _rating_distributions(
    rows: Iterator[Any],
) -> dict[tuple[date | None, Question], tuple[int, int, int, int, int]]:
    """``(start?, question, score, count)`` rows as a distribution per (start, question)."""
    found: dict[tuple[date | None, Question], list[int]] = defaultdict(lambda: [0] * 5)
    for row in rows:
        *start, question, score, count = row
        if not count or question not in _QUESTIONS or not 1 <= score <= 5:
            continue  # none given, or a question or score this version does not know
        day = date.fromisoformat(start[0]) if start else None
        found[(day, Question(question))][score - 1] += int(count)
    return {key: (d[0], d[1], d[2], d[3], d[4]) for key, d in found.items()}


def _buckets(ranges: Sequence[tuple[date, datetime, datetime]]) -> Any:
    """The periods as a VALUES table (start as ISO text, lo and hi as stored UTC)."""
    return (
        values(
            column("start", String),
            column("lo", UTCDateTime()),
            column("hi", UTCDateTime()),
            name="periods",
        )
        .data([(start.isoformat(), lo, hi) for start, lo, hi in ranges])
        .cte("periods")
    )


@contextmanager
def _reading(source: Engine | Session) -> Iterator[Session]:
    """One read transaction for every figure: they all describe the same moment."""
    if isinstance(source, Session):
        yield source
        return
    with Session(source) as session:
        yield session


def _start_of_day(day: date, local_zone: tzinfo | None) -> datetime:
    """The local midnight that begins ``day``, in UTC."""
    return end_of_day(day - timedelta(days=1), local_zone)


def _after(query: StatisticsQuery) -> date:
    return query.last_day + timedelta(days=1)


def _period_start(day: date, granularity: Granularity) -> date:
    if granularity is Granularity.WEEK:
        return day - timedelta(days=day.weekday())  # ISO 8601: weeks start on Monday
    if granularity is Granularity.MONTH:
        return day.replace(day=1)
    return day


def _next_period_start(start: date, granularity: Granularity) -> date:
    if granularity is Granularity.WEEK:
        return start + timedelta(days=7)
    if granularity is Granularity.MONTH:
        return (start.replace(day=28) + timedelta(days=4)).replace(day=1)
    return start + timedelta(days=1)
