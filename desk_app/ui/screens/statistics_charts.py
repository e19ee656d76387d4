"""The statistics tab's charts, drawn with Qt Charts (PySide6-Addons).

Loaded when the tab is first opened, never at start-up: Qt Charts costs about 45 ms and
13 MiB to load (pyqtgraph, measured on the same machine: about 2 s and 60 MiB with numpy),
which the form, the first thing a desk worker needs, must not wait for.

A chart is a picture of the table beside it; the table is what a screen reader reads and
what counts. Colours follow the theme: the chart takes the window's palette and font (high
contrast: white on black; large mode: the larger font), and its series use colours told
apart without red/green (Okabe–Ito), brighter ones on a dark background.

Right to left (Persian, Arabic) a chart is mirrored as the tables beside it are: the first
period or category stands at the right, the value axis on the right, and the legend reads
from the right. Qt Charts does not mirror by itself (a bar series ignores the layout
direction and an axis' ``reverse``), so the helpers below lay every chart out in reading
order; the chart functions never handle direction themselves.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QSizePolicy

# Okabe–Ito: distinguishable with the common colour-vision deficiencies.
_ON_LIGHT = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#7F7F7F")
_ON_DARK = ("#56B4E9", "#F0E442", "#8CFF8C", "#FF9CEB", "#FFB070", "#FFFFFF", "#C8C8C8")
Value = TypeVar("Value")  # a count or a mean
# Many labels on the category axis stand upright so that none is cut or overlaps.
_UPRIGHT_FROM = 8


def chart_view(accessible_name: str) -> QChartView:
    """An empty chart, ready to be filled by the functions below."""
    view = QChartView()
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(300)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    view.setAccessibleName(accessible_name)
    # The numbers are in the table beside it: Tab moves on to the table.
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return view


def show_stacked_bars(
    view: QChartView, categories: Sequence[str], series: Sequence[tuple[str, Sequence[int]]]
) -> None:
    """One bar per category, stacked from ``series`` (name, one value per category)."""
    _show_bars(view, QStackedBarSeries(), categories, series, legend=True)


def show_bars(view: QChartView, categories: Sequence[str], numbers: Sequence[int]) -> None:
    """One bar per category (a single series: no legend)."""
    _show_bars(view, QBarSeries(), categories, [("", numbers)], legend=False)


def show_lines(
    view: QChartView,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    *,
    top: float,
) -> None:
    """One line per series over the categories, from 0 to ``top``; a period without a value
    has no point (the line joins its neighbours)."""
    chart = _new_chart(legend=True)
    categories, series = _reading_order(categories, series)
    axis_x = _category_axis(categories)
    axis_y = QValueAxis()
    axis_y.setRange(0, top)
    axis_y.setTickCount(int(top) + 1)
    axis_y.setLabelFormat("%.0f")
    lines: list[QLineSeries] = []
    for index, (name, values) in enumerate(series):
        line = QLineSeries()
        line.setName(name)
        line.setPointsVisible(True)
        # Category axes place the n-th category at x = n.
        for position, value in enumerate(values):
            if value is not None:
                line.append(float(position), float(value))
        pen = QPen(QColor(_colours()[index % len(_colours())]))
        pen.setWidth(3)
        line.setPen(pen)
        lines.append(line)
    _add_with_axes(chart, lines, axis_x, axis_y)
    view.setChart(chart)


def right_to_left() -> bool:
    """True when the screen language reads right to left (the window is mirrored)."""
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def _reading_order(
    categories: Sequence[str], series: Sequence[tuple[str, Sequence[Value]]]
) -> tuple[list[str], list[tuple[str, list[Value]]]]:
    """The categories and each series' values in the order they stand from the left: as
    given left to right, reversed right to left, so that the first stands at the right.

    Qt Charts draws category n at x = n from the left whatever the layout direction, and a
    bar series ignores an axis' ``reverse``: the order of the data is what mirrors a chart.
    """
    if not right_to_left():
        return list(categories), [(name, list(values)) for name, values in series]
    return list(reversed(categories)), [(name, list(reversed(values))) for name, values in series]


def _show_bars(
    view: QChartView,
    bars: QBarSeries | QStackedBarSeries,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[int]]],
    *,
    legend: bool,
) -> None:
    chart = _new_chart(legend=legend)
    categories, ordered = _reading_order(categories, series)
    for index, (name, numbers) in enumerate(ordered):
        bar_set = QBarSet(name)
        bar_set.append([float(number) for number in numbers])
        _colour(bar_set, index)
        bars.append(bar_set)
    _add_with_axes(chart, [bars], _category_axis(categories), _count_axis(bars))
    view.setChart(chart)


def _add_with_axes(
    chart: QChart,
    series: Sequence[QBarSeries | QStackedBarSeries | QLineSeries],
    axis_x: QBarCategoryAxis,
    axis_y: QValueAxis,
) -> None:
    """The series on the chart, over the categories along the bottom and the values up the
    reading side: the left, or the right in a right-to-left language."""
    for one in series:
        chart.addSeries(one)
    _style_axis(axis_x)
    _style_axis(axis_y)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    side = Qt.AlignmentFlag.AlignRight if right_to_left() else Qt.AlignmentFlag.AlignLeft
    chart.addAxis(axis_y, side)
    for one in series:
        one.attachAxis(axis_x)
        one.attachAxis(axis_y)


def _count_axis(bars: QBarSeries | QStackedBarSeries) -> QValueAxis:
    """A value axis from 0 with whole-number ticks at round steps (never half a record)."""
    highest = 0.0
    sets = bars.barSets()
    if sets:
        columns = max(bar.count() for bar in sets)
        for column in range(columns):
            values = [bar.at(column) for bar in sets if column < bar.count()]
            highest = max(
                highest, sum(values) if isinstance(bars, QStackedBarSeries) else max(values)
            )
    step = 1.0
    while highest / step > 5:
        step *= 2.5 if str(int(step)).startswith("2") else 2  # 1, 2, 5, 10, 20, 50 ...
    axis = QValueAxis()
    axis.setRange(0, max(step, step * -(-highest // step)))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%.0f")
    return axis


def _new_chart(*, legend: bool) -> QChart:
    palette = QApplication.palette()
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
    chart.setBackgroundPen(QPen(palette.color(QPalette.ColorRole.Mid)))
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setLocalizeNumbers(True)  # Persian and Arabic digits, as in the tables
    chart.legend().setVisible(legend)
    chart.legend().setLabelColor(palette.color(QPalette.ColorRole.Text))
    chart.legend().setFont(QApplication.font())
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    # The first series' marker at the right, where a right-to-left reader starts (Qt Charts
    # lays markers out from the left and has no mirrored layout of its own).
    chart.legend().setReverseMarkers(right_to_left())
    return chart


def _category_axis(categories: Sequence[str]) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(list(categories))
    # A cut label ("…") tells nothing: long names wrap or stand upright instead.
    axis.setTruncateLabels(False)
    if len(categories) >= _UPRIGHT_FROM:
        axis.setLabelsAngle(-90)
    return axis


def _style_axis(axis: QBarCategoryAxis | QValueAxis) -> None:
    palette = QApplication.palette()
    axis.setLabelsColor(palette.color(QPalette.ColorRole.Text))
    axis.setLabelsFont(QApplication.font())
    axis.setLinePenColor(palette.color(QPalette.ColorRole.Text))
    axis.setGridLineColor(palette.color(QPalette.ColorRole.Mid))


def _colours() -> tuple[str, ...]:
    dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return _ON_DARK if dark else _ON_LIGHT


def _colour(bar_set: QBarSet, index: int) -> None:
    colours = _colours()
    bar_set.setColor(QColor(colours[index % len(colours)]))
    bar_set.setBorderColor(QApplication.palette().color(QPalette.ColorRole.Base))
    bar_set.setLabelColor(QApplication.palette().color(QPalette.ColorRole.Text))
