"""The statistics tab in a real window: its tables show the counts of the chosen period and
filters (checked against counts made here from the records the test saved), it loads Qt
Charts only when first opened, and it is looked at in Swedish and Persian."""

from __future__ import annotations

import os
import uuid
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QScrollArea

from desk_app.domain.record import Channel, Kind
from desk_app.store.models import RatingRow
from desk_app.ui.main_window import MainWindow
from desk_app.ui.plumbing.i18n import use_language
from tests.conftest import complete_draft, desk_command, run_python

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)  # a Thursday
# Read at import: the desk fixtures clear DESK_APP_* from the environment of each test.
SCREENSHOTS_DIR = os.environ.get("DESK_APP_SCREENSHOTS_DIR")
SAVED = [  # (received, kind, channel)
    (datetime(2026, 11, 23, 8, 0, tzinfo=UTC), Kind.COMPLAINT, Channel.PHONE),
    (datetime(2026, 11, 24, 9, 0, tzinfo=UTC), Kind.PRAISE, Channel.IN_PERSON),
    (datetime(2026, 11, 24, 15, 0, tzinfo=UTC), Kind.COMPLAINT, Channel.IN_PERSON),
    (datetime(2026, 11, 26, 10, 0, tzinfo=UTC), Kind.PRAISE, Channel.EMAIL),
    (datetime(2026, 11, 20, 10, 0, tzinfo=UTC), Kind.COMPLAINT, Channel.IN_PERSON),
    (datetime(2026, 11, 2, 11, 0, tzinfo=UTC), Kind.SUGGESTION, Channel.PHONE),
    (datetime(2026, 10, 30, 12, 0, tzinfo=UTC), Kind.COMPLAINT, Channel.EMAIL),
    (datetime(2026, 10, 1, 12, 0, tzinfo=UTC), Kind.PRAISE, Channel.PHONE),
]


class Clock:
    """The desk's clock, fixed by the test."""

    def __call__(self) -> datetime:
        return NOW


@pytest.fixture
def counted_desk(desk):
    desk.service.clock = Clock()
    for received, kind, channel in SAVED:
        desk.service.save(complete_draft(kind=kind, channel=channel), received_at=received)
    with desk.store.writing_session() as session:
        for day, scores in ((23, (5, 4)), (24, (2, 5)), (25, (4, 4))):
            visit = str(uuid.uuid4())
            for question, score in zip(("treatment", "overall"), scores, strict=True):
                session.add(
                    RatingRow(
                        id=str(uuid.uuid4()),
                        visit_id=visit,
                        given_at=datetime(2026, 11, day, 10, tzinfo=UTC),
                        site_id="vas",
                        language="sv",
                        question=question,
                        score=score,
                        comment="",
                    )
                )
        session.commit()
    return desk


@pytest.fixture
def window(qtbot, counted_desk):
    shown = MainWindow(counted_desk.service, statistics=counted_desk.statistics)
    qtbot.addWidget(shown)
    shown.resize(1280, 720)
    shown.show()
    yield shown
    if shown.statistics is not None:
        shown.statistics.shutdown()


def open_tab(qtbot, window):
    with qtbot.waitSignal(window_counted(window), timeout=20_000):
        window.tabs.setCurrentIndex(2)
    return window.statistics


def window_counted(window):
    """The tab's ``counted`` signal; the tab is built as it is opened, so build it first."""
    window.open_statistics()
    window.tabs.setCurrentIndex(0)
    return window.statistics.counted


def column(model, header):
    headers = [model.headerData(i, _horizontal()) for i in range(model.columnCount())]
    index = headers.index(header)
    return [model.value(row, index) for row in range(model.rowCount())]


def named_counts(model):
    """A two-column table (name, count) as a dict."""
    return {model.value(row, 0): model.value(row, 1) for row in range(model.rowCount())}


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def expected_days(first: date, last: date, kind: Kind | None = None) -> dict[date, int]:
    counts: Counter[date] = Counter()
    day = first
    while day <= last:
        counts[day] += 0
        day += timedelta(days=1)
    for received, saved_kind, _channel in SAVED:
        local = received.astimezone().date()  # the desk's zone: this computer's
        if first <= local <= last and kind in (None, saved_kind):
            counts[local] += 1
    return dict(counts)


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_the_tab_shows_this_weeks_counts_by_day_and_by_kind(qtbot, window):
    tab = open_tab(qtbot, window)
    wanted = expected_days(date(2026, 11, 23), date(2026, 11, 29))

    assert column(tab.over_time.model, "Total") == list(wanted.values())
    assert column(tab.over_time.model, "Period") == [f"{day:%Y-%m-%d}" for day in wanted]
    assert named_counts(tab.by_kind.model) == {"Complaint": 2, "Praise": 2}
    assert "4 records, 3 rated visits" in tab.summary.text()
    ratings = tab.ratings.model
    assert column(ratings, "Answers") == [3, 0, 0, 3]  # treatment, answer, wait, overall
    assert column(ratings, "Mean (1–5)")[0] == pytest.approx((5 + 2 + 4) / 3)


def test_switching_period_and_filters_changes_the_tables_to_the_right_numbers(qtbot, window):
    tab = open_tab(qtbot, window)

    with qtbot.waitSignal(tab.counted, timeout=20_000):
        choose(tab.period, "month")
    assert tab.granularity.currentData() == "day"
    wanted = expected_days(date(2026, 11, 1), date(2026, 11, 30))
    assert column(tab.over_time.model, "Total") == list(wanted.values())
    assert sum(wanted.values()) == 6

    with qtbot.waitSignal(tab.counted, timeout=20_000):
        choose(tab.kind, "=praise")
    praise = expected_days(date(2026, 11, 1), date(2026, 11, 30), Kind.PRAISE)
    assert column(tab.over_time.model, "Total") == list(praise.values())
    assert column(tab.by_kind.model, "Records") == [2]

    with qtbot.waitSignal(tab.counted, timeout=20_000):
        choose(tab.kind, "")
    with qtbot.waitSignal(tab.counted, timeout=20_000):
        choose(tab.channel, "=phone")
    assert named_counts(tab.by_channel.model) == {"Phone": 2}

    with qtbot.waitSignal(tab.counted, timeout=20_000):
        choose(tab.period, "30")
    # Last 30 days: 28 October to 26 November; phone records only.
    thirty = {date(2026, 10, 28) + timedelta(days=i): 0 for i in range(30)}
    for received, _kind, channel in SAVED:
        local = received.astimezone().date()
        if channel is Channel.PHONE and local in thirty:
            thirty[local] += 1
    assert sum(thirty.values()) == 2
    assert column(tab.over_time.model, "Total") == list(thirty.values())

    with qtbot.waitSignal(tab.counted, timeout=20_000):
        choose(tab.channel, "")
    choose(tab.period, "custom")  # the same dates, now editable: nothing to count again
    assert tab.first_day.isEnabled()
    with qtbot.waitSignal(tab.counted, timeout=20_000):
        tab.first_day.setDate(QDate(2026, 9, 1))
    with qtbot.waitSignal(tab.counted, timeout=20_000):
        choose(tab.granularity, "month")
    assert column(tab.over_time.model, "Total") == [0, 2, 6]  # September, October, November
    delivery = named_counts(tab.delivery.model)
    assert delivery["Waiting to be sent"] == 8
    assert delivery["Delivered"] == 0


def test_every_chart_has_a_named_table_beside_it(qtbot, window):
    tab = open_tab(qtbot, window)
    for section in tab.sections:
        assert section.table.accessibleName() == section.title() != ""
        assert section.chart.accessibleName() == section.title()
        assert section.table.model() is section.model
        assert section.chart.chart() is not None


CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desk_app.settings import load_settings
from desk_app.ui import launch

WATCHED = ("PySide6.QtCharts", "desk_app.ui.screens.statistics_charts")
app = QApplication(sys.argv)

def look():
    print("before", [name for name in WATCHED if name in sys.modules], flush=True)
    window = next(w for w in app.topLevelWidgets() if hasattr(w, "open_statistics"))
    window.open_statistics()
    print("after", [name for name in WATCHED if name in sys.modules], flush=True)
    window.statistics.shutdown()
    app.quit()

QTimer.singleShot(1500, look)
sys.exit(launch.run_gui(load_settings()))
"""


def test_qt_charts_load_only_when_the_statistics_tab_is_first_opened(tmp_path):
    _command, environ = desk_command(tmp_path)
    environ["QT_QPA_PLATFORM"] = "offscreen"
    result = run_python(CHILD, environ, tmp_path)
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert lines.get("before") == "[]", result.stdout + result.stderr
    assert lines.get("after") == "['PySide6.QtCharts', 'desk_app.ui.screens.statistics_charts']"


@pytest.mark.parametrize("language", ["sv", "fa"])
def test_the_tab_in_swedish_and_persian_is_kept_as_a_screenshot(qtbot, window, language, tmp_path):
    use_language(language)
    tab = open_tab(qtbot, window)
    with qtbot.waitSignal(tab.counted, timeout=20_000):
        choose(tab.period, "month")
    assert window.tabs.tabText(2) != "Statistics  (Ctrl+3)"
    assert tab.over_time.title() != "Records over time, by kind"
    folder = Path(SCREENSHOTS_DIR or tmp_path)
    assert window.grab().save(str(folder / f"statistics-{language}.png"))


def test_a_chart_below_the_fold_is_drawn_once_it_is_scrolled_into_view(qtbot, window):
    tab = open_tab(qtbot, window)
    assert tab.over_time.chart.chart().series()  # on screen: drawn with the numbers
    assert not tab.delivery.chart.chart().series()  # below the fold: not drawn yet
    scroll = tab.findChild(QScrollArea)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: bool(tab.delivery.chart.chart().series()), timeout=5_000)
    (bars,) = tab.delivery.chart.chart().series()
    (drawn,) = bars.barSets()
    assert [int(drawn.at(i)) for i in range(drawn.count())] == column(tab.delivery.model, "Records")


def test_charts_follow_high_contrast_and_large_mode(qtbot, window, tmp_path):
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from desk_app.ui.plumbing.theme import apply_theme

    app = QApplication.instance()
    normal_size = app.font().pointSizeF()
    apply_theme(app, theme="high_contrast", large=True)
    try:
        tab = open_tab(qtbot, window)
        chart = tab.over_time.chart.chart()
        assert chart.backgroundBrush().color() == QColor("#000000")
        for axis in chart.axes():
            assert axis.labelsColor() == app.palette().color(QPalette.ColorRole.Text)
            assert axis.labelsFont().pointSizeF() > normal_size
        (bars,) = chart.series()
        for drawn in bars.barSets():  # bright on black: lightness well above the background
            assert drawn.color().lightness() > 120
        folder = Path(SCREENSHOTS_DIR or tmp_path)
        assert window.grab().save(str(folder / "statistics-high-contrast-large.png"))
    finally:
        apply_theme(app)


def test_a_record_saved_while_the_tab_is_open_is_counted_at_once(qtbot, window):
    tab = open_tab(qtbot, window)
    window.tabs.setCurrentWidget(window.statistics_page)
    before = sum(column(tab.over_time.model, "Total"))

    with qtbot.waitSignal(tab.counted, timeout=20_000):
        window.operations.save(complete_draft(kind=Kind.PRAISE))  # the desk's clock: NOW

    assert sum(column(tab.over_time.model, "Total")) == before + 1
    assert named_counts(tab.by_kind.model)["Praise"] == 3
