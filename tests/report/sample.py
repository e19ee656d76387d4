"""Statistics values built by hand, for the report's renderers alone (no store)."""

from __future__ import annotations

from datetime import date, timedelta

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

FIRST_DAY = date(2026, 11, 2)
DAYS = 14
SITE_NAME = "Stadshuset Väsby"
FORMULA_PROVIDER = '=HYPERLINK("http://example.invalid","x")'


def sample_statistics(
    *, filter: StatisticsFilter | None = None, site_name: str = SITE_NAME
) -> Statistics:
    """Two weeks of days: complaints every day, praise on even days, ratings on two questions."""
    last_day = FIRST_DAY + timedelta(days=DAYS - 1)
    query = StatisticsQuery(FIRST_DAY, last_day, Granularity.DAY, filter or StatisticsFilter())
    over_time = tuple(
        PeriodCounts(
            FIRST_DAY + timedelta(days=at),
            {"complaint": 1 + at % 3, **({"praise": 2} if at % 2 == 0 else {})},
        )
        for at in range(DAYS)
    )
    complaints = sum(period.by_kind["complaint"] for period in over_time)
    praise = sum(period.by_kind.get("praise", 0) for period in over_time)
    total = complaints + praise
    return Statistics(
        query=query,
        site_name=site_name,
        total=total,
        over_time=over_time,
        by_kind=(Count("complaint", complaints), Count("praise", praise)),
        by_category=(Count("streets.snow", total - 5), Count("libraries", 5)),
        by_unit=(Count("", total - 7), Count("school-7", 7)),
        by_provider=(Count("", total - 4), Count("Attendo", 3), Count(FORMULA_PROVIDER, 1)),
        by_channel=(Count("in_person", total - 2), Count("phone", 2)),
        by_submitter_type=(Count("", total - 6), Count("resident", 6)),
        delivery=DeliveryFigures(
            waiting=4, needs_attention=1, delivered=total - 5, at_risk=2, past_deadline=1
        ),
        ratings_total=9,
        ratings_overall=(
            RatingFigures(Question.TREATMENT, None, (0, 1, 1, 3, 4)),
            RatingFigures(Question.OVERALL, None, (1, 0, 2, 2, 3)),
        ),
        ratings_over_time=(
            RatingFigures(Question.TREATMENT, FIRST_DAY, (0, 1, 0, 2, 1)),
            RatingFigures(Question.OVERALL, FIRST_DAY, (1, 0, 1, 1, 1)),
            RatingFigures(Question.TREATMENT, FIRST_DAY + timedelta(days=3), (0, 0, 1, 1, 3)),
            RatingFigures(Question.OVERALL, FIRST_DAY + timedelta(days=3), (0, 0, 1, 1, 2)),
        ),
    )
