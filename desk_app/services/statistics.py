"""The statistics use case: what the statistics tab and the manager's report read.

One call, one ``domain.statistics.Statistics``: the store counts in SQL; this layer adds what
the store does not know — the site's name, the desk's clock and the site's at-risk days, so
that "at risk" here means what it means in the queue and the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, tzinfo

from desk_app.domain.statistics import Granularity, Statistics, StatisticsQuery
from desk_app.services.settings import SettingsService
from desk_app.services.store_handle import StoreHandle

__all__ = ["StatisticsService", "last_days", "this_month", "this_week"]


class StatisticsService:
    """Counts of records and ratings over a period (read-only; safe from a worker thread:
    each call opens its own database session)."""

    def __init__(
        self,
        store: StoreHandle,
        settings: SettingsService,
        *,
        clock: Callable[[], datetime],
        local_zone: tzinfo | None = None,
    ) -> None:
        self._handle = store
        self._settings = settings
        # The DeskService's clock: deadlines come near as it moves (tests move it).
        self.clock = clock
        # None: this computer's zone, as for the deadlines (domain.deadline).
        self.local_zone = local_zone

    def statistics(self, query: StatisticsQuery) -> Statistics:
        """Everything the tab and the report show for ``query`` (raises StoreError when the
        store cannot be opened)."""
        # The SQL lives in the store; it loads with the first statistics asked for.
        from desk_app.store.statistics import statistics

        settings = self._settings.current
        return statistics(
            self._handle.get().engine,
            query,
            settings.promise.at_risk_days,
            self.clock(),
            site_name=settings.site.name,
            local_zone=self.local_zone,
        )

    def today(self) -> date:
        """The desk's local date by its clock (where "this week" and "this month" start)."""
        return self.clock().astimezone(self.local_zone).date()


def this_week(today: date) -> tuple[date, date]:
    """Monday to Sunday of ``today``'s ISO week."""
    monday = today - timedelta(days=today.weekday())
    return monday, monday + timedelta(days=6)


def this_month(today: date) -> tuple[date, date]:
    """The first to the last day of ``today``'s month."""
    first = today.replace(day=1)
    following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    return first, following - timedelta(days=1)


def last_days(today: date, days: int = 30) -> tuple[date, date]:
    """The ``days`` days ending with ``today``."""
    return today - timedelta(days=days - 1), today


def default_granularity(first_day: date, last_day: date) -> Granularity:
    """Days for up to two months, weeks up to a year, months beyond: a readable chart."""
    span = (last_day - first_day).days + 1
    if span <= 62:
        return Granularity.DAY
    if span <= 366:
        return Granularity.WEEK
    return Granularity.MONTH
