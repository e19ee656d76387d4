"""The statistics tab's charts read the way the screen language reads: in Persian the first
day stands at the right, the value axis on the right and the legend starts at the right; in
Swedish the same chart runs from the left. Read back from the real tab in a real window (the
bars' values at their places on the chart, compared with the table beside it), and kept as
screenshots to look at."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QValueAxis
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QScrollArea

from desk_app.domain.record import Channel, Kind
from desk_app.ui.main_window import MainWindow
from desk_app.ui.plumbing.i18n import use_language
from tests.conftest import complete_draft

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)  # a Thursday: "this week" is 23-29 November
# Read at import: the desk fixtures clear DESK_APP_* from the environment of each test.
SCREENSHOTS_DIR = os.environ.get("DESK_APP_SCREENSHOTS_DIR")
# Monday one complaint, Tuesday a complaint and praise, Thursday praise: no day count reads
# the same backwards, so a chart drawn in the wrong order cannot pass for the right one.
SAVED = [
    (datetime(2026, 11, 23, 11, 0, tzinfo=UTC), Kind.COMPLAINT),
    (datetime(2026, 11, 24, 11, 0, tzinfo=UTC), Kind.COMPLAINT),
    (datetime(2026, 11, 24, 13, 0, tzinfo=UTC), Kind.PRAISE),
    (datetime(2026, 11, 26, 10, 0, tzinfo=UTC), Kind.PRAISE),
]


@pytest.fixture
def window(qtbot, desk):
    desk.service.clock = lambda: NOW
    for received, kind in SAVED:
        draft = complete_draft(kind=kind, channel=Channel.IN_PERSON)
        desk.service.save(draft, received_at=received)
    shown = MainWindow(desk.service, statistics=desk.statistics)
    qtbot.addWidget(shown)
    shown.resize(1280, 720)
    shown.show()
    yield shown
    if shown.statistics is not None:
        shown.statistics.shutdown()


def _open_tab(qtbot, window: MainWindow):
    window.open_statistics()
    tab = window.statistics
    assert tab is not None
    window.tabs.setCurrentIndex(0)
    with qtbot.waitSignal(tab.counted, timeout=20_000):
        window.tabs.setCurrentWidget(window.statistics_page)
    qtbot.waitUntil(lambda: bool(tab.over_time.chart.chart().series()), timeout=5_000)
    return tab


def _axes(chart) -> tuple[QBarCategoryAxis, QValueAxis]:
    (across,) = chart.axes(Qt.Orientation.Horizontal)
    (upright,) = chart.axes(Qt.Orientation.Vertical)
    assert isinstance(across, QBarCategoryAxis) and isinstance(upright, QValueAxis)
    return across, upright


@pytest.mark.parametrize(("language", "right_to_left"), [("sv", False), ("fa", True)])
def test_the_records_over_time_chart_runs_the_way_the_language_reads(
    qtbot, window, language, right_to_left, tmp_path
):
    use_language(language)
    tab = _open_tab(qtbot, window)
    model = tab.over_time.model
    totals = [model.value(row, model.columnCount() - 1) for row in range(model.rowCount())]
    assert totals == [1, 2, 0, 1, 0, 0, 0]  # the table: Monday to Sunday, as saved

    chart = tab.over_time.chart.chart()
    across, upright = _axes(chart)
    (bars,) = chart.series()
    # Each place on the category axis, left to right on the screen, with its stacked total.
    places = range(across.count())
    x = [chart.mapToPosition(QPointF(place, 0), bars).x() for place in places]
    assert x == sorted(x)  # place 0 is the leftmost
    stacked = [int(sum(drawn.at(place) for drawn in bars.barSets())) for place in places]
    labels = across.categories()
    if right_to_left:
        # Monday's bar at the far right, Sunday's at the far left, as a Persian reader reads.
        assert stacked == list(reversed(totals))
        assert labels == list(reversed(_chart_labels(tab)))
        assert upright.alignment() == Qt.AlignmentFlag.AlignRight
        assert chart.legend().reverseMarkers()
    else:
        assert stacked == totals
        assert labels == _chart_labels(tab)
        assert upright.alignment() == Qt.AlignmentFlag.AlignLeft
        assert not chart.legend().reverseMarkers()
    # The first day's bar is right of the last day's in Persian, left of it in Swedish.
    first_day_x = x[labels.index(_chart_labels(tab)[0])]
    last_day_x = x[labels.index(_chart_labels(tab)[-1])]
    assert (first_day_x > last_day_x) == right_to_left

    folder = Path(SCREENSHOTS_DIR or tmp_path)
    assert window.grab().save(str(folder / f"statistics-charts-{language}.png"))


def _chart_labels(tab) -> list[str]:
    """The over-time chart's period labels in time order (the table's first column holds
    the same periods written out in full)."""
    from desk_app.ui.screens.statistics import _period_text

    figures = tab.figures
    assert figures is not None
    granularity = figures.query.granularity
    return [_period_text(p.start, granularity, short=True) for p in figures.over_time]


def test_a_single_series_bar_chart_in_arabic_has_the_tables_first_row_at_the_right(qtbot, window):
    use_language("ar")
    tab = _open_tab(qtbot, window)
    kinds = tab.by_kind
    scroll = tab.findChild(QScrollArea)
    scroll.ensureWidgetVisible(kinds)
    qtbot.waitUntil(lambda: bool(kinds.chart.chart().series()), timeout=5_000)
    chart = kinds.chart.chart()
    across, upright = _axes(chart)
    (bars,) = chart.series()
    (drawn,) = bars.barSets()
    names = [kinds.model.value(row, 0) for row in range(kinds.model.rowCount())]
    counts = [kinds.model.value(row, 1) for row in range(kinds.model.rowCount())]
    assert sorted(counts) == [2, 2]
    # Left to right on the screen: the table's rows from the last to the first.
    assert across.categories() == list(reversed(names))
    assert [int(drawn.at(at)) for at in range(drawn.count())] == list(reversed(counts))
    assert upright.alignment() == Qt.AlignmentFlag.AlignRight


@pytest.mark.parametrize(("language", "right_to_left"), [("sv", False), ("fa", True)])
def test_a_line_chart_puts_the_first_periods_point_where_the_language_starts(
    qtbot, language, right_to_left
):
    from desk_app.ui.screens import statistics_charts as charts

    use_language(language)
    view = charts.chart_view("Mean rating")
    qtbot.addWidget(view)
    view.resize(600, 350)
    view.show()
    # Three periods; the middle one without answers has no point.
    charts.show_lines(view, ["w1", "w2", "w3"], [("Overall", [1.0, None, 5.0])], top=5)
    chart = view.chart()
    (line,) = chart.series()
    across, upright = _axes(chart)
    at_x = {chart.mapToPosition(point, line).x(): point.y() for point in line.points()}
    assert len(at_x) == 2
    leftmost, rightmost = at_x[min(at_x)], at_x[max(at_x)]
    if right_to_left:
        assert (rightmost, leftmost) == (1.0, 5.0)  # the first period at the right
        assert across.categories() == ["w3", "w2", "w1"]
        assert upright.alignment() == Qt.AlignmentFlag.AlignRight
    else:
        assert (leftmost, rightmost) == (1.0, 5.0)
        assert across.categories() == ["w1", "w2", "w3"]
        assert upright.alignment() == Qt.AlignmentFlag.AlignLeft
