"""What the people in charge read about the desk: counts of records and ratings over a
period, as plain values (issue 11, "Insight").

This module is the contract between the store's aggregate queries (store.statistics), the
statistics tab in the window and the manager's report (PDF and XLSX): each reads a
``Statistics`` and none counts anything itself. Pure Python: no Qt, SQL or HTTP.

Days are the desk's local calendar days; a week starts on Monday (ISO 8601); a month on
its first day. A period's ``start`` is its first day, even where the query began later.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum


class Granularity(StrEnum):
    """How records are bucketed over time."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


class Question(StrEnum):
    """The questions a visitor may be asked about their visit (a site picks which)."""

    TREATMENT = "treatment"  # how were you treated?
    ANSWER = "answer"  # did you get an answer to what you came for?
    WAIT = "wait"  # how was the wait?
    OVERALL = "overall"  # overall, how satisfied are you?


@dataclass(frozen=True)
class StatisticsFilter:
    """Narrows the records counted; ``None`` counts all. Ratings are filtered by period only:
    they are anonymous and not tied to a record's kind, category or unit."""

    kind: str | None = None
    category: str | None = None
    unit: str | None = None  # a unit code (the record's concerns_unit)
    channel: str | None = None
    submitter_type: str | None = None


# The days a report may cover. A week's Monday before 1 January of year 1, or the day after
# 31 December 9999, is no date Python can count to; and Windows turns a local midnight into
# UTC only between 1970 and the end of year 3000. Between these bounds every period's bounds
# are moments every desk can compute, and no desk holds records from outside them.
FIRST_REPORT_DAY = date(1971, 1, 1)
LAST_REPORT_DAY = date(2999, 12, 31)
# The most periods a report's charts and tables show: a year and a month by day, eight years
# by week, 33 by month. Beyond, a chart is unreadable and each period is one more count.
MAX_REPORT_PERIODS = 400


@dataclass(frozen=True)
class StatisticsQuery:
    """A period (both days included) and how to bucket and filter it."""

    first_day: date
    last_day: date
    granularity: Granularity = Granularity.DAY
    filter: StatisticsFilter = field(default_factory=StatisticsFilter)

    def __post_init__(self) -> None:
        if self.last_day < self.first_day:
            raise ValueError("the period ends before it starts")

    def period_count(self) -> int:
        """How many periods (days, weeks from Monday, or months) the query counts apart."""
        first, last = self.first_day, self.last_day
        if self.granularity is Granularity.DAY:
            return (last - first).days + 1
        if self.granularity is Granularity.WEEK:
            return (last - (first - timedelta(days=first.weekday()))).days // 7 + 1
        return (last.year - first.year) * 12 + last.month - first.month + 1


@dataclass(frozen=True)
class Count:
    """How many records share one value (a kind's code, a category's code, a unit ...).
    ``key`` is ``""`` for records that say nothing about the matter (e.g. no unit)."""

    key: str
    count: int


@dataclass(frozen=True)
class PeriodCounts:
    """The records received in one period, by kind (kind code -> count; kinds with no
    record are left out)."""

    start: date
    by_kind: Mapping[str, int]

    @property
    def total(self) -> int:
        return sum(self.by_kind.values())


@dataclass(frozen=True)
class RatingFigures:
    """One question's answers in one period (``start``), or over the whole query's period
    (``start`` is ``None``). ``distribution[i]`` counts the answers with score ``i + 1``."""

    question: Question
    start: date | None
    distribution: tuple[int, int, int, int, int]

    @property
    def responses(self) -> int:
        return sum(self.distribution)

    @property
    def mean(self) -> float | None:
        if not self.responses:
            return None
        weighted = sum(score * n for score, n in enumerate(self.distribution, start=1))
        return weighted / self.responses


@dataclass(frozen=True)
class DeliveryFigures:
    """Where the period's records stand with the case system, and with the desk's promise
    of a first response (judged as the queue judges it, at ``Statistics.counted_at``)."""

    waiting: int  # saved, not yet delivered (pending or sending)
    needs_attention: int
    delivered: int
    at_risk: int  # undelivered, first response due within the site's at-risk days
    past_deadline: int  # undelivered, first response already overdue


@dataclass(frozen=True)
class Statistics:
    """Everything the statistics tab and the report show, for one query."""

    query: StatisticsQuery
    site_name: str
    total: int
    over_time: tuple[PeriodCounts, ...]  # every period of the query, empty ones included
    by_kind: tuple[Count, ...]  # largest first, then by key
    by_category: tuple[Count, ...]
    by_unit: tuple[Count, ...]
    by_provider: tuple[Count, ...]  # the free-text provider, as typed
    by_channel: tuple[Count, ...]
    by_submitter_type: tuple[Count, ...]
    delivery: DeliveryFigures
    ratings_total: int  # rated visits in the period (distinct visit_id)
    ratings_overall: tuple[RatingFigures, ...]  # one per question, whole period
    ratings_over_time: tuple[RatingFigures, ...]  # per question per period with answers
