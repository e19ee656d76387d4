"""What the report says: its words in each language, and its tables, built once from a
``Statistics`` for both the PDF and the spreadsheet.

The words of each report language live in ``resources/report_texts/<code>.json`` (as the
receipt's do): a new report language is one more file. A table's cells keep their real types —
dates, counts as ints, means as floats — so the spreadsheet gets numbers, not text; the PDF
formats them. A report holds counts only: no record, no name, no description reaches it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from enum import StrEnum
from functools import cache
from itertools import product
from math import prod
from pathlib import Path

from desk_app.domain.record import Channel, Kind, SubmitterType
from desk_app.domain.statistics import (
    Count,
    Question,
    RatingFigures,
    Statistics,
    StatisticsFilter,
)
from desk_app.resources import RESOURCE_DIR

TEXTS_DIR = RESOURCE_DIR / "report_texts"
FALLBACK = "en"
Cell = str | int | float | date | datetime | None


class ColumnType(StrEnum):
    """How a column's cells are typed in the spreadsheet and aligned in the PDF."""

    TEXT = "text"
    DATE = "date"
    COUNT = "count"
    MEAN = "mean"
    SHARE = "share"  # a fraction of the whole, 0..1


class Chart(StrEnum):
    """Which chart the PDF draws above a table (the spreadsheet has the numbers alone)."""

    NONE = "none"
    BARS = "bars"  # one horizontal bar per row: the first column's label, the second's count
    STACKED_OVER_TIME = "stacked_over_time"  # a bar per period, stacked by kind
    DISTRIBUTION = "distribution"  # a bar per question, stacked by score
    MEANS_OVER_TIME = "means_over_time"  # a line per question through the periods


@dataclass(frozen=True)
class Column:
    """A table's column: its heading in the report's language and its type."""

    title: str
    type: ColumnType


@dataclass(frozen=True)
class Table:
    """One table of the report; ``key`` names it in code (stable across languages)."""

    key: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    chart: Chart = Chart.NONE
    # Series names for the stacked and line charts (the kinds, the scores, the questions).
    series: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReportNames:
    """Names for the codes the store counts by, in the report's language: the category list's
    and the units' names (the services know them; the report does not look them up)."""

    categories: Mapping[str, str] = field(default_factory=dict)
    units: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ReportFilter:
    """The records a report counts: for each of the Statistics tab's filters the values it
    picks (none: every value; several: a record with any of them). ``""`` picks the records
    that say nothing (no unit, no submitter type)."""

    kind: tuple[str, ...] = ()
    category: tuple[str, ...] = ()
    unit: tuple[str, ...] = ()
    channel: tuple[str, ...] = ()
    submitter_type: tuple[str, ...] = ()

    @classmethod
    def of(cls, chosen: StatisticsFilter) -> ReportFilter:
        """The one value of each filter the store counts by (the tab's choice)."""
        return cls(
            **{
                part.name: (value,)
                for part in fields(StatisticsFilter)
                if (value := getattr(chosen, part.name)) is not None
            }
        )

    def combinations(self) -> int:
        """How many store filters ``store_filters`` yields (each one count of the period)."""
        return prod(len(getattr(self, part.name)) or 1 for part in fields(self))

    def store_filters(self) -> Iterator[StatisticsFilter]:
        """One store filter per combination of the values picked: together they count each
        picked record exactly once (a record has one value of each)."""
        names = [part.name for part in fields(self)]
        choices = [getattr(self, name) or (None,) for name in names]
        for values in product(*choices):
            yield StatisticsFilter(**dict(zip(names, values, strict=True)))


@dataclass(frozen=True)
class Report:
    """Everything one report shows: the counted statistics, its language, its names and when
    it was made (UTC; shown in the desk's local time). ``counted`` is what was counted when
    it is more than the statistics' own filter says (several values of one filter)."""

    statistics: Statistics
    language: str
    generated_at: datetime
    names: ReportNames = field(default_factory=ReportNames)
    counted: ReportFilter | None = None


@cache
def _all_words(directory: Path = TEXTS_DIR) -> dict[str, dict[str, str]]:
    """Every report language's words: one JSON file per language, named by its code."""
    return {
        path.stem: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(directory.glob("*.json"))
    }


def report_languages() -> list[str]:
    """The languages a report can be made in, Swedish first."""
    return sorted(_all_words(), key=lambda code: (code != "sv", code))


def words_for(language: str) -> dict[str, str]:
    """The report's words in ``language``; English for a missing word or language."""
    everything = _all_words()
    own = everything.get(language.split("-")[0], {})
    return {**everything[FALLBACK], **own}


def _label(words: Mapping[str, str], prefix: str, key: str) -> str:
    """A coded value's name ("kind.praise" → "Beröm"); "" reads "not stated"; a code the
    report has no word for (a newer server's) prints as it is."""
    if not key:
        return words["not_stated"]
    return words.get(f"{prefix}.{key}", key)


def _named(names: Mapping[str, str], words: Mapping[str, str]) -> Callable[[str], str]:
    def name(key: str) -> str:
        return names.get(key, key) if key else words["not_stated"]

    return name


def _count_table(
    key: str,
    words: Mapping[str, str],
    heading: str,
    counts: tuple[Count, ...],
    name: Callable[[str], str],
) -> Table:
    """A "records by …" table: the value's name, its count and its share of the period's."""
    whole = sum(count.count for count in counts)
    rows = tuple(
        (name(count.key), count.count, count.count / whole if whole else 0.0) for count in counts
    )
    columns = (
        Column(words[heading], ColumnType.TEXT),
        Column(words["count"], ColumnType.COUNT),
        Column(words["share"], ColumnType.SHARE),
    )
    return Table(key, words[key], columns, rows, Chart.BARS)


def summary_table(report: Report, *, whole: bool = True) -> Table:
    """The report's key figures: the records and the rated visits; ``whole`` adds what the
    PDF prints in its heading (the site, the period, grouping, filters, when it was made)."""
    words = words_for(report.language)
    statistics = report.statistics
    query = statistics.query
    rows: list[tuple[Cell, ...]] = []
    if whole:
        counted = counted_text(report)
        rows += [
            (words["site"], statistics.site_name),
            (words["period_first_day"], query.first_day),
            (words["period_last_day"], query.last_day),
            (words["by"], words["granularity." + query.granularity.value]),
            (words["filters"], counted or words["filters_none"]),
            # Local wall time: a spreadsheet has no time zones.
            (words["generated"], report.generated_at.astimezone().replace(tzinfo=None)),
        ]
    rows += [
        (words["records_total"], statistics.total),
        (words["rated_visits"], statistics.ratings_total),
    ]
    columns = (Column(words["figure"], ColumnType.TEXT), Column(words["value"], ColumnType.TEXT))
    return Table("summary", words["summary"], columns, tuple(rows))


def _kinds_present(statistics: Statistics) -> list[str]:
    """The kinds with records in the period, in the domain's order (praise first), then any
    kind the desk does not know, so every count has its column."""
    seen = {kind for period in statistics.over_time for kind in period.by_kind}
    seen |= {count.key for count in statistics.by_kind}
    known = [kind.value for kind in Kind if kind.value in seen]
    return known + sorted(seen - set(known))


def over_time_table(report: Report) -> Table:
    """Records per period (every period, empty ones too), a column per kind and the total."""
    words = words_for(report.language)
    statistics = report.statistics
    kinds = _kinds_present(statistics)
    columns = (
        Column(words["period_start"], ColumnType.DATE),
        *(Column(_label(words, "kind", kind), ColumnType.COUNT) for kind in kinds),
        Column(words["total"], ColumnType.COUNT),
    )
    rows: tuple[tuple[Cell, ...], ...] = tuple(
        (period.start, *(period.by_kind.get(kind, 0) for kind in kinds), period.total)
        for period in statistics.over_time
    )
    series = tuple(_label(words, "kind", kind) for kind in kinds)
    return Table("over_time", words["over_time"], columns, rows, Chart.STACKED_OVER_TIME, series)


def delivery_table(report: Report) -> Table:
    """Where the period's records stand with the case system and the first-response promise."""
    words = words_for(report.language)
    delivery = report.statistics.delivery
    rows: tuple[tuple[Cell, ...], ...] = tuple(
        (words[f"delivery.{name}"], getattr(delivery, name))
        for name in ("delivered", "waiting", "needs_attention", "at_risk", "past_deadline")
    )
    columns = (Column(words["figure"], ColumnType.TEXT), Column(words["count"], ColumnType.COUNT))
    return Table("delivery", words["delivery"], columns, rows, Chart.BARS)


def _question_name(words: Mapping[str, str], question: Question) -> str:
    return words.get(f"question.{question.value}", question.value)


def ratings_table(report: Report) -> Table:
    """Each question's answers over the whole period: how many gave each score, and the mean."""
    words = words_for(report.language)
    columns = (
        Column(words["question"], ColumnType.TEXT),
        *(Column(f"{words['score']} {score}", ColumnType.COUNT) for score in range(1, 6)),
        Column(words["answers"], ColumnType.COUNT),
        Column(words["mean"], ColumnType.MEAN),
    )
    rows = tuple(
        (
            _question_name(words, figures.question),
            *figures.distribution,
            figures.responses,
            figures.mean,
        )
        for figures in report.statistics.ratings_overall
    )
    series = tuple(str(score) for score in range(1, 6))
    return Table("ratings", words["ratings"], columns, rows, Chart.DISTRIBUTION, series)


def ratings_over_time_table(report: Report) -> Table:
    """Each question's mean per period, a column per question asked, and the period's answers
    (periods without answers are left out; a question not answered in a period is empty)."""
    words = words_for(report.language)
    figures: list[RatingFigures] = [
        figure for figure in report.statistics.ratings_over_time if figure.start is not None
    ]
    asked = [question for question in Question if any(f.question is question for f in figures)]
    starts = sorted({figure.start for figure in figures if figure.start is not None})
    found = {(figure.start, figure.question): figure for figure in figures}
    columns = (
        Column(words["period_start"], ColumnType.DATE),
        *(Column(_question_name(words, question), ColumnType.MEAN) for question in asked),
        Column(words["answers"], ColumnType.COUNT),
    )
    rows: list[tuple[Cell, ...]] = []
    for start in starts:
        in_period = [found.get((start, question)) for question in asked]
        means = tuple(figure.mean if figure is not None else None for figure in in_period)
        answers = sum(figure.responses for figure in in_period if figure is not None)
        rows.append((start, *means, answers))
    series = tuple(_question_name(words, question) for question in asked)
    return Table(
        "ratings_over_time",
        words["ratings_over_time"],
        columns,
        tuple(rows),
        Chart.MEANS_OVER_TIME,
        series,
    )


def report_tables(report: Report, *, whole_summary: bool = True) -> list[Table]:
    """Every table of the report, in the order it prints (see ``summary_table``)."""
    words = words_for(report.language)
    statistics = report.statistics

    def kind(key: str) -> str:
        return _label(words, "kind", key)

    def channel(key: str) -> str:
        return _label(words, "channel", key)

    def submitter(key: str) -> str:
        return _label(words, "submitter", key)

    def provider(key: str) -> str:
        return key or words["not_stated"]

    counted = [
        ("by_kind", "kind", statistics.by_kind, kind),
        ("by_category", "category", statistics.by_category, _named(report.names.categories, words)),
        ("by_unit", "unit", statistics.by_unit, _named(report.names.units, words)),
        ("by_provider", "provider", statistics.by_provider, provider),
        ("by_channel", "channel", statistics.by_channel, channel),
        ("by_submitter_type", "submitter_type", statistics.by_submitter_type, submitter),
    ]
    tables = [summary_table(report, whole=whole_summary), over_time_table(report)]
    for key, heading, counts, name in counted:
        tables.append(_count_table(key, words, heading, counts, name))
    tables += [delivery_table(report), ratings_table(report), ratings_over_time_table(report)]
    return tables


def filter_lines(report: Report) -> list[tuple[str, str]]:
    """The filters the records were counted with, as (what, values) in the report's words;
    empty when every record of the period was counted. A filter on "not stated" (``""``:
    the records without a unit, say) is a filter too, and says so."""
    words = words_for(report.language)
    chosen = report.counted or ReportFilter.of(report.statistics.query.filter)
    name_of: dict[str, Callable[[str], str]] = {
        "kind": lambda key: _label(words, "kind", key),
        "category": _named(report.names.categories, words),
        "unit": _named(report.names.units, words),
        "channel": lambda key: _label(words, "channel", key),
        "submitter_type": lambda key: _label(words, "submitter", key),
    }
    comma = ", " if _latin_punctuation(report.language) else "، "
    return [
        (words[f"filter.{what}"], comma.join(name(value) for value in getattr(chosen, what)))
        for what, name in name_of.items()
        if getattr(chosen, what)
    ]


def counted_text(report: Report) -> str:
    """The filters in one line ("Kind: Complaint; Channel: Phone"); "" for none."""
    semicolon = "; " if _latin_punctuation(report.language) else "؛ "
    return semicolon.join(f"{what}: {value}" for what, value in filter_lines(report))


def _latin_punctuation(language: str) -> bool:
    """False for Persian and Arabic, which part lists with their own comma and semicolon."""
    return language.split("-")[0] not in ("fa", "ar")


def coded_name(language: str, prefix: str, key: str) -> str:
    """A coded value's name in the report's words of ``language`` ("kind", "complaint" →
    "Complaint"); ``""`` reads "not stated"."""
    return _label(words_for(language), prefix, key)


# Every coded value has a word in every language (tests/report checks the files against these).
CODED_WORDS = (
    [f"kind.{kind.value}" for kind in Kind]
    + [f"channel.{channel.value}" for channel in Channel]
    + [f"submitter.{submitter.value}" for submitter in SubmitterType]
    + [f"question.{question.value}" for question in Question]
)
