"""The manager's report (issue 11): count a period in the store, then write it as PDF and/or
XLSX. The command line and Tools → Report… both come here.

Counting is the statistics service's (SQL aggregates in the store); this adds the names of
categories and units in the report's language, says which values each filter may pick (the
Statistics tab's filters: kind, category, unit, channel, who submitted), and writes the files
whole or not at all.
"""

from __future__ import annotations

import os
from collections import Counter as Tally
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from desk_app.domain.record import Channel, Kind, SubmitterType
from desk_app.domain.statistics import (
    Count,
    DeliveryFigures,
    PeriodCounts,
    Statistics,
    StatisticsFilter,
    StatisticsQuery,
)
from desk_app.report import Report, ReportFilter, ReportNames, report_languages
from desk_app.report.content import coded_name
from desk_app.services.desk import DeskService

Counter = Callable[[StatisticsQuery], Statistics]
# The fields of domain.statistics.StatisticsFilter, in the order the Statistics tab shows them.
FILTERS = ("kind", "category", "unit", "channel", "submitter_type")


class ReportError(Exception):
    """A report could not be written; the message says where and why (no personal data)."""


@dataclass(frozen=True)
class WrittenReport:
    """What a report run wrote, and how the period counted."""

    paths: tuple[Path, ...]
    total: int
    ratings_total: int


class ReportService:
    """Builds the report of a period from the store's counts, in a report language."""

    def __init__(
        self,
        desk: DeskService,
        count: Counter,
        *,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._desk = desk
        self._count = count
        self._clock = clock or (lambda: datetime.now(UTC))

    def languages(self) -> list[str]:
        """The languages a report can be made in, Swedish first."""
        return report_languages()

    def filter_choices(self, language: str) -> dict[str, dict[str, str]]:
        """What each filter (``FILTERS``) may pick: value -> its name in ``language``, as the
        Statistics tab offers them. ``""`` picks the records that name no unit or no
        submitter (a record always has a kind, a category and a channel)."""
        not_stated = {"": coded_name(language, "", "")}
        return {
            "kind": {kind.value: coded_name(language, "kind", kind.value) for kind in Kind},
            "category": {
                category.code: category.display_name(language)
                for category in self._desk.categories(include_inactive=True)
            },
            "unit": not_stated
            | {
                unit.code: unit.display_name(language)
                for unit in self._desk.units(include_inactive=True)
            },
            "channel": {
                channel.value: coded_name(language, "channel", channel.value) for channel in Channel
            },
            "submitter_type": not_stated
            | {
                submitter.value: coded_name(language, "submitter", submitter.value)
                for submitter in SubmitterType
            },
        }

    def build(
        self, query: StatisticsQuery, language: str, counted: ReportFilter | None = None
    ) -> Report:
        """The period counted (raises StoreError when the store cannot be read), with the
        names of its categories and units in ``language``.

        ``counted`` (several values of a filter) replaces the query's own filter: the store
        counts one value of each filter at a time, so each combination of the values is
        counted and the counts are added up.
        """
        if counted is None:
            statistics = self._count(query)
        else:
            statistics = _added_up(
                [self._count(replace(query, filter=one)) for one in counted.store_filters()]
            )
        names = ReportNames(
            categories={
                category.code: category.display_name(language)
                for category in self._desk.categories(include_inactive=True)
            },
            units={
                unit.code: unit.display_name(language)
                for unit in self._desk.units(include_inactive=True)
            },
        )
        return Report(statistics, language, self._clock(), names, counted)

    def write(
        self,
        query: StatisticsQuery,
        language: str,
        *,
        pdf: Path | None = None,
        xlsx: Path | None = None,
        counted: ReportFilter | None = None,
    ) -> WrittenReport:
        """Count the period once and write the PDF and/or the XLSX.

        Each file is written beside its place and renamed over it, so a reader never opens
        half a report. Raises ReportError when a file cannot be written (nothing is left
        behind), StoreError when the store cannot be read, ValueError for an unknown language.
        ``counted``: see ``build``.
        """
        # ReportLab and openpyxl load on first use: the window must not wait for them.
        from desk_app.report.pdf import render_report_pdf
        from desk_app.report.xlsx import render_report_xlsx

        if language not in self.languages():
            raise ValueError(
                f"no report texts in {language!r}; this desk has {', '.join(self.languages())}"
            )
        report = self.build(query, language, counted)
        outputs = [
            (path, render)
            for path, render in ((pdf, render_report_pdf), (xlsx, render_report_xlsx))
            if path is not None
        ]
        written: list[Path] = []
        for path, render in outputs:
            _write_whole(path, render(report))
            written.append(path)
        return WrittenReport(
            tuple(written), report.statistics.total, report.statistics.ratings_total
        )


def _added_up(parts: Sequence[Statistics]) -> Statistics:
    """The statistics of records counted apart (each record in one part), as one: the
    counts added up, ordered as the store orders them (largest first, then by value). The
    ratings are counted by period alone, the same in every part. The query is the first
    part's without a filter; the report's ``counted`` says what was counted."""
    first = parts[0]
    if len(parts) == 1:
        return first

    def added(pick: Callable[[Statistics], Sequence[Count]]) -> tuple[Count, ...]:
        total: Tally[str] = Tally()
        for part in parts:
            for count in pick(part):
                total[count.key] += count.count
        counts = [Count(key, number) for key, number in total.items()]
        return tuple(sorted(counts, key=lambda count: (-count.count, count.key)))

    over_time = []
    for at, period in enumerate(first.over_time):
        by_kind: Tally[str] = Tally()
        for part in parts:
            by_kind.update(part.over_time[at].by_kind)
        over_time.append(PeriodCounts(period.start, dict(by_kind)))
    delivery = DeliveryFigures(
        *(
            sum(getattr(part.delivery, name) for part in parts)
            for name in ("waiting", "needs_attention", "delivered", "at_risk", "past_deadline")
        )
    )
    return replace(
        first,
        query=replace(first.query, filter=StatisticsFilter()),
        total=sum(part.total for part in parts),
        over_time=tuple(over_time),
        by_kind=added(lambda part: part.by_kind),
        by_category=added(lambda part: part.by_category),
        by_unit=added(lambda part: part.by_unit),
        by_provider=added(lambda part: part.by_provider),
        by_channel=added(lambda part: part.by_channel),
        by_submitter_type=added(lambda part: part.by_submitter_type),
        delivery=delivery,
    )


def _write_whole(path: Path, content: bytes) -> None:
    temporary = path.with_name(path.name + ".part")
    try:
        temporary.write_bytes(content)
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        reason = error.strerror or str(error)
        raise ReportError(f"cannot write {path}: {reason}") from error
