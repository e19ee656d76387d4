"""The statistics tab: counts of records and ratings over a period, as charts and tables.

Built the first time the tab is opened (the main window imports this module then, and with
it Qt Charts): start-up and the form never pay for it. Every chart has its numbers in a
table beside it; the table is the truth and what a screen reader reads. Counting runs on a
worker thread (at a million records a year's counts take longer than a frame), and only the
answer to the latest question is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.messages import QT_TRANSLATE_NOOP
from desk_app.domain.record import Kind
from desk_app.domain.statistics import (
    Count,
    Granularity,
    Question,
    Statistics,
    StatisticsFilter,
    StatisticsQuery,
)
from desk_app.services.statistics import (
    StatisticsService,
    default_granularity,
    last_days,
    this_month,
    this_week,
)
from desk_app.ui.plumbing.accessibility import describe
from desk_app.ui.plumbing.i18n import align_with_screen, current_language, translate
from desk_app.ui.plumbing.labels import (
    CHANNEL_LABELS,
    KIND_LABELS,
    SUBMITTER_LABELS,
    label,
    translated,
)
from desk_app.ui.plumbing.operations import DeskOperations
from desk_app.ui.plumbing.qt_values import chosen_value
from desk_app.ui.screens import statistics_charts as charts
from desk_app.ui.screens.statistics_parts import Counting, CountingSignals, Section

logger = logging.getLogger(__name__)
_Index = QModelIndex | QPersistentModelIndex
_CONTEXT = "StatisticsTab"

QUESTION_LABELS = {
    Question.TREATMENT: QT_TRANSLATE_NOOP("StatisticsTab", "Treatment"),
    Question.ANSWER: QT_TRANSLATE_NOOP("StatisticsTab", "Answer to the errand"),
    Question.WAIT: QT_TRANSLATE_NOOP("StatisticsTab", "Waiting time"),
    Question.OVERALL: QT_TRANSLATE_NOOP("StatisticsTab", "Overall"),
}
_WEEK = QT_TRANSLATE_NOOP("StatisticsTab", "week {week}, {year}")
# Filter items carry "=" + the value; "=" alone picks the records that say nothing.
_PICK = "="


class StatisticsTab(QWidget):
    """Period, granularity and filters above; records, breakdowns, ratings and delivery below."""

    counted = Signal()  # the tables show a new answer

    def __init__(
        self,
        statistics: StatisticsService,
        operations: DeskOperations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service, self.desk = statistics, operations.desk
        # Saves, corrections and sync passes change the counts: at once when the tab is on
        # screen, otherwise the next time it is shown (as the queue does).
        self._stale = False
        operations.records_changed.connect(self._records_changed)
        self.figures: Statistics | None = None
        self._generation = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = CountingSignals(self)
        self._signals.counted.connect(self._show)
        self._signals.failed.connect(self._failed)

        self.period = QComboBox()
        self.first_day, self.last_day = QDateEdit(), QDateEdit()
        for edit in (self.first_day, self.last_day):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.granularity = QComboBox()
        self.kind, self.category, self.unit = QComboBox(), QComboBox(), QComboBox()
        self.channel, self.submitter_type = QComboBox(), QComboBox()
        self.labels: dict[QWidget, QLabel] = {}
        picker = QGridLayout()
        controls = [self.period, self.first_day, self.last_day, self.granularity]
        controls += [self.kind, self.category, self.unit, self.channel, self.submitter_type]
        for index, control in enumerate(controls):
            caption = QLabel()
            caption.setBuddy(control)
            self.labels[control] = caption
            row, column = divmod(index, 5)
            form = QFormLayout()
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            form.addRow(caption, control)
            picker.addLayout(form, row, column)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.over_time, self.by_kind, self.by_category = Section(), Section(), Section()
        self.by_unit, self.by_provider, self.by_channel = Section(), Section(), Section()
        self.by_submitter_type, self.ratings, self.ratings_over_time = (
            Section(),
            Section(),
            Section(),
        )
        self.delivery = Section()
        self.sections = [
            self.over_time,
            self.by_kind,
            self.by_category,
            self.by_unit,
            self.by_provider,
            self.by_channel,
            self.by_submitter_type,
            self.ratings,
            self.ratings_over_time,
            self.delivery,
        ]
        body = QWidget()
        stacked = QVBoxLayout(body)
        for section in self.sections:
            stacked.addWidget(section)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.verticalScrollBar().valueChanged.connect(self._draw_visible)
        layout = QVBoxLayout(self)
        layout.addLayout(picker)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)

        self.retranslate()
        self._fill_filters()
        self._apply_preset()
        self.period.currentIndexChanged.connect(self._apply_preset)
        for edit in (self.first_day, self.last_day):
            edit.dateChanged.connect(self.recount)
        for combo in controls[3:]:
            assert isinstance(combo, QComboBox)
            combo.currentIndexChanged.connect(self.recount)

    def query(self) -> StatisticsQuery:
        """What the pickers ask for now."""
        first, last = _day(self.first_day.date()), _day(self.last_day.date())
        if last < first:
            first, last = last, first
        granularity = chosen_value(self.granularity)
        return StatisticsQuery(
            first_day=first,
            last_day=last,
            granularity=Granularity(granularity) if granularity else Granularity.DAY,
            filter=StatisticsFilter(
                kind=_picked(self.kind),
                category=_picked(self.category),
                unit=_picked(self.unit),
                channel=_picked(self.channel),
                submitter_type=_picked(self.submitter_type),
            ),
        )

    def recount(self) -> None:
        """Count again for the pickers' query, on the worker thread."""
        self._generation += 1
        query = self.query()
        self.summary.setText(self.tr("Counting…"))
        self._pool.start(
            Counting(lambda: self.service.statistics(query), self._generation, self._signals)
        )

    def shutdown(self) -> None:
        """Wait for a count still running (on quit: no thread outlives the window)."""
        self._generation += 1
        self._pool.waitForDone()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._fill_filters()
            if self.figures is not None:
                self._show(self._generation, self.figures)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text in the screen language."""
        captions = {
            self.period: self.tr("&Period"),
            self.first_day: self.tr("&From"),
            self.last_day: self.tr("&To"),
            self.granularity: self.tr("&Group by"),
            self.kind: self.tr("&Kind"),
            self.category: self.tr("Categor&y"),
            self.unit: self.tr("&Unit"),
            self.channel: self.tr("C&hannel"),
            self.submitter_type: self.tr("&Submitted by"),
        }
        for control, text in captions.items():
            self.labels[control].setText(text)
            describe(control, text, self.tr("Which records the statistics count."))
        _fill(
            self.period,
            {
                "week": self.tr("This week"),
                "month": self.tr("This month"),
                "30": self.tr("Last 30 days"),
                "custom": self.tr("Chosen dates"),
            },
        )
        _fill(
            self.granularity,
            {
                Granularity.DAY.value: self.tr("Day"),
                Granularity.WEEK.value: self.tr("Week"),
                Granularity.MONTH.value: self.tr("Month"),
            },
        )
        names = [
            (self.over_time, self.tr("Records over time, by kind")),
            (self.by_kind, self.tr("Records by kind")),
            (self.by_category, self.tr("Records by category")),
            (self.by_unit, self.tr("Records by unit")),
            (self.by_provider, self.tr("Records by provider")),
            (self.by_channel, self.tr("Records by channel")),
            (self.by_submitter_type, self.tr("Records by who gave the feedback")),
            (self.ratings, self.tr("Visitors' ratings, whole period")),
            (self.ratings_over_time, self.tr("Mean rating per question over time")),
            (self.delivery, self.tr("Delivery to the case system and first-response promises")),
        ]
        for section, title in names:
            section.name(title, self.tr("The chart's numbers, one row per bar."))

    def _fill_filters(self) -> None:
        language = current_language()
        everything = self.tr("All")
        not_stated = self.tr("Not stated")
        _fill(self.kind, {"": everything} | {_PICK + k: t for k, t in _kinds().items()})
        categories = {
            c.code: c.display_name(language) for c in self.desk.categories(include_inactive=True)
        }
        _fill(self.category, {"": everything} | {_PICK + k: t for k, t in categories.items()})
        units = {u.code: u.display_name(language) for u in self.desk.units(include_inactive=True)}
        _fill(
            self.unit,
            {"": everything, _PICK: not_stated} | {_PICK + k: t for k, t in units.items()},
        )
        channels = translated(CHANNEL_LABELS)
        _fill(self.channel, {"": everything} | {_PICK + k.value: t for k, t in channels.items()})
        submitters = translated(SUBMITTER_LABELS)
        _fill(
            self.submitter_type,
            {"": everything} | {_PICK + (k.value if k else ""): t for k, t in submitters.items()},
        )

    def _apply_preset(self) -> None:
        today = self.service.today()
        preset = chosen_value(self.period) or "week"
        custom = preset == "custom"
        for edit in (self.first_day, self.last_day):
            edit.setEnabled(custom)
        if custom:
            return
        first, last = {"week": this_week, "month": this_month}.get(preset, last_days)(today)
        for edit, day in ((self.first_day, first), (self.last_day, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        wanted = default_granularity(first, last).value
        self.granularity.blockSignals(True)
        self.granularity.setCurrentIndex(max(0, self.granularity.findData(wanted)))
        self.granularity.blockSignals(False)
        self.recount()

    def _failed(self, generation: int, reason: str) -> None:
        if generation == self._generation:
            self.summary.setText(
                self.tr("The statistics could not be counted ({reason}); see the log.").format(
                    reason=reason
                )
            )

    def _show(self, generation: int, figures: Statistics) -> None:
        if generation != self._generation:
            return  # an older question's answer: a newer one is on its way
        self.figures = figures
        query = figures.query
        # The site's name may run the other way than the screen language: the mark starts
        # the line in the screen's reading direction, or bidi would jumble it in Persian.
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        align_with_screen(self.summary)
        self.summary.setText(
            ("\u200f" if rtl else "\u200e")
            + self.tr("{site}, {first} – {last}: {records} records, {visits} rated visits.").format(
                site=_isolated(figures.site_name),
                first=_isolated(_date_text(query.first_day)),
                last=_isolated(_date_text(query.last_day)),
                records=QLocale().toString(figures.total),
                visits=QLocale().toString(figures.ratings_total),
            )
        )
        self._show_over_time(figures)
        language = current_language()
        units = {u.code: u.display_name(language) for u in self.desk.units(include_inactive=True)}
        breakdowns: list[tuple[Section, Sequence[Count], Callable[[str], str]]] = [
            (self.by_kind, figures.by_kind, lambda key: _kinds().get(key, key)),
            (
                self.by_category,
                figures.by_category,
                lambda key: self.desk.category_name(key, language),
            ),
            (self.by_unit, figures.by_unit, lambda key: units.get(key, key)),
            (self.by_provider, figures.by_provider, lambda key: key),
            (self.by_channel, figures.by_channel, lambda key: _coded(CHANNEL_LABELS, key)),
            (
                self.by_submitter_type,
                figures.by_submitter_type,
                lambda key: _coded(SUBMITTER_LABELS, key),
            ),
        ]
        for section, counts, name_of in breakdowns:
            names = [name_of(count.key) if count.key else self.tr("Not stated") for count in counts]
            section.model.show(
                [self.tr("Value"), self.tr("Records")],
                [[name, count.count] for name, count in zip(names, counts, strict=True)],
            )
            section.draw_later(
                partial(charts.show_bars, section.chart, names, [c.count for c in counts])
            )
        self._show_ratings(figures)
        self._show_delivery(figures)
        self.counted.emit()

    def _show_over_time(self, figures: Statistics) -> None:
        kinds = [kind.value for kind in Kind]
        kind_names = _kinds()
        periods = [_period_text(p.start, figures.query.granularity) for p in figures.over_time]
        self.over_time.model.show(
            [self.tr("Period")] + [kind_names[k] for k in kinds] + [self.tr("Total")],
            [
                [name] + [p.by_kind.get(k, 0) for k in kinds] + [p.total]
                for name, p in zip(periods, figures.over_time, strict=True)
            ],
        )
        present = [k for k in kinds if any(p.by_kind.get(k) for p in figures.over_time)]
        labels = [
            _period_text(p.start, figures.query.granularity, short=True) for p in figures.over_time
        ]
        stacks = [
            (kind_names[k], [p.by_kind.get(k, 0) for p in figures.over_time]) for k in present
        ]
        self.over_time.draw_later(
            lambda: charts.show_stacked_bars(self.over_time.chart, labels, stacks)
        )

    def _show_ratings(self, figures: Statistics) -> None:
        scores = [str(score) for score in range(1, 6)]
        self.ratings.model.show(
            [self.tr("Question"), self.tr("Answers"), self.tr("Mean (1–5)"), *scores],
            [
                [_question(f.question), f.responses, f.mean, *f.distribution]
                for f in figures.ratings_overall
            ],
        )
        questions = [_question(f.question) for f in figures.ratings_overall]
        answers = [f.responses for f in figures.ratings_overall]
        self.ratings.draw_later(lambda: charts.show_bars(self.ratings.chart, questions, answers))
        granularity = figures.query.granularity
        self.ratings_over_time.model.show(
            [self.tr("Period"), self.tr("Question"), self.tr("Answers"), self.tr("Mean (1–5)")],
            [
                [
                    _period_text(f.start, granularity) if f.start else "",
                    _question(f.question),
                    f.responses,
                    f.mean,
                ]
                for f in figures.ratings_over_time
            ],
        )
        starts = [p.start for p in figures.over_time]
        means = {(f.start, f.question): f.mean for f in figures.ratings_over_time}
        labels = [_period_text(start, granularity, short=True) for start in starts]
        lines = [
            (_question(question), [means.get((start, question)) for start in starts])
            for question in Question
            if any((start, question) in means for start in starts)
        ]
        self.ratings_over_time.draw_later(
            lambda: charts.show_lines(self.ratings_over_time.chart, labels, lines, top=5)
        )

    def _show_delivery(self, figures: Statistics) -> None:
        delivery = figures.delivery
        rows = [
            (self.tr("Waiting to be sent"), delivery.waiting),
            (self.tr("Needs attention"), delivery.needs_attention),
            (self.tr("Delivered"), delivery.delivered),
            (self.tr("First response at risk"), delivery.at_risk),
            (self.tr("First response past its deadline"), delivery.past_deadline),
        ]
        self.delivery.model.show([self.tr("Figure"), self.tr("Records")], [list(r) for r in rows])
        self.delivery.draw_later(
            lambda: charts.show_bars(
                self.delivery.chart, [r[0] for r in rows], [r[1] for r in rows]
            )
        )

    def _draw_visible(self) -> None:
        for section in self.sections:
            section.draw_if_visible()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.recount()
        self._draw_visible()

    def _records_changed(self) -> None:
        if self.isVisible():
            self.recount()
        else:
            self._stale = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._draw_visible()


def _isolated(text: str) -> str:
    """``text`` as a bidi isolate (FSI … PDI): a Latin site name or a date keeps its own order
    inside a Persian or Arabic sentence, and the sentence keeps its."""
    return "\u2068" + text + "\u2069"


def _kinds() -> dict[str, str]:
    return {kind.value: text for kind, text in translated(KIND_LABELS).items()}


def _coded(table: Any, key: str) -> str:
    for code, _text in table.items():
        if code is not None and code.value == key:
            return label(table, code)
    return key


def _question(question: Question) -> str:
    return translate(_CONTEXT, QUESTION_LABELS[question])


def _picked(combo: QComboBox) -> str | None:
    value = chosen_value(combo)
    return value[len(_PICK) :] if isinstance(value, str) and value.startswith(_PICK) else None


def _fill(combo: QComboBox, items: dict[str, str]) -> None:
    """Items with data, renamed in place when the set is unchanged (the choice stays)."""
    current = chosen_value(combo)
    combo.blockSignals(True)
    if [combo.itemData(i) for i in range(combo.count())] != list(items):
        combo.clear()
        for value, text in items.items():
            combo.addItem(text, value)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, index))
    else:
        for index, text in enumerate(items.values()):
            combo.setItemText(index, text)
    combo.blockSignals(False)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_text(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "yyyy-MM-dd")


def _period_text(start: date, granularity: Granularity, *, short: bool = False) -> str:
    """A period's name: the date for a day (month-day on a chart's axis when ``short``),
    the ISO week for a week, year-month for a month."""
    if granularity is Granularity.WEEK:
        _year, week, _weekday = start.isocalendar()
        thursday = start + timedelta(days=3)  # the ISO week belongs to its Thursday's year
        return translate(_CONTEXT, _WEEK).format(
            week=QLocale().toString(week),
            year=QLocale().toString(QDate(thursday.year, thursday.month, thursday.day), "yyyy"),
        )
    if granularity is Granularity.MONTH:
        return QLocale().toString(QDate(start.year, start.month, 1), "yyyy-MM")
    if short:
        return QLocale().toString(QDate(start.year, start.month, start.day), "MM-dd")
    return _date_text(start)
