"""The statistics use case as the window and the report reach it (open_desk's wiring): the
site's name from the settings, the desk's own clock, and the queue's idea of "at risk"."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from desk_app.domain.deadline import PromiseRisk
from desk_app.domain.record import Kind
from desk_app.domain.statistics import Granularity, StatisticsQuery
from desk_app.services.statistics import default_granularity, last_days, this_month, this_week
from tests.conftest import complete_draft

RECEIVED = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)  # a Monday


class Clock:
    """The desk's clock, moved by the test."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_statistics_name_the_site_and_count_what_the_desk_saved(desk):
    for hours in range(3):
        desk.service.save(complete_draft(), received_at=RECEIVED + timedelta(hours=hours))
    desk.service.save(complete_draft(kind=Kind.PRAISE), received_at=RECEIVED + timedelta(days=1))

    figures = desk.statistics.statistics(StatisticsQuery(date(2026, 11, 23), date(2026, 11, 29)))

    assert figures.site_name == desk.settings.current.site.name
    assert figures.total == 4
    assert [(c.key, c.count) for c in figures.by_kind] == [("complaint", 3), ("praise", 1)]
    assert len(figures.over_time) == 7


def test_at_risk_follows_the_desks_clock_as_the_queue_and_status_bar_do(desk):
    clock = Clock(RECEIVED)
    desk.service.clock = clock
    saved = desk.service.save(complete_draft(), received_at=RECEIVED)
    week = StatisticsQuery(date(2026, 11, 23), date(2026, 11, 29), Granularity.WEEK)

    moments = [RECEIVED, saved.first_response_due - timedelta(hours=2), saved.first_response_due]
    seen = []
    for moment in moments:
        clock.now = moment
        delivery = desk.statistics.statistics(week).delivery
        status = desk.service.status()
        risk = desk.service.promise_risk_of(saved)
        seen.append(risk)
        assert (delivery.at_risk, delivery.past_deadline) == (
            status.promises_at_risk,
            status.promises_past,
        )
        assert delivery.at_risk == (risk is PromiseRisk.AT_RISK)
        assert delivery.past_deadline == (risk is PromiseRisk.PAST)
    assert seen == [PromiseRisk.ON_TRACK, PromiseRisk.AT_RISK, PromiseRisk.PAST]


def test_the_period_picker_ranges_are_whole_weeks_months_and_thirty_days():
    thursday = date(2026, 2, 26)
    assert this_week(thursday) == (date(2026, 2, 23), date(2026, 3, 1))
    assert this_month(thursday) == (date(2026, 2, 1), date(2026, 2, 28))
    assert this_month(date(2026, 12, 31)) == (date(2026, 12, 1), date(2026, 12, 31))
    assert last_days(thursday) == (date(2026, 1, 28), thursday)
    assert default_granularity(*this_month(thursday)) is Granularity.DAY
    assert default_granularity(date(2026, 1, 1), date(2026, 6, 30)) is Granularity.WEEK
    assert default_granularity(date(2025, 1, 1), date(2026, 6, 30)) is Granularity.MONTH
