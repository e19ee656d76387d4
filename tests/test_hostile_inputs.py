"""A settings file nested thousands of brackets deep, and report dates at the ends of the
calendar, get the desk's own clear message and exit code, never a traceback."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from desk_app.domain.statistics import FIRST_REPORT_DAY, LAST_REPORT_DAY
from tests.conftest import desk_app


@pytest.mark.parametrize("depth", [5_000, 900])
def test_a_settings_file_nested_too_deeply_is_named_and_the_desk_exits_2(
    tmp_path: Path, depth: int
) -> None:
    user_settings = tmp_path / "user-settings.toml"  # the file desk_command points at
    user_settings.write_text("[site]\nname = " + "[" * depth + "]" * depth + "\n", encoding="utf-8")

    finished = desk_app(tmp_path, "status")

    assert finished.returncode == 2, finished.stderr
    assert "Traceback" not in finished.stderr
    assert f"Settings file {user_settings} cannot be read" in finished.stderr


@pytest.mark.parametrize(
    ("first", "last", "by", "named"),
    [
        ("2026-01-01", "9999-12-31", None, "--to: '9999-12-31'"),
        ("0001-01-01", "0001-01-31", "week", "--from: '0001-01-01'"),
        ("1969-12-01", "1970-01-31", "day", "--from: '1969-12-01'"),
        ("2026-01-01", "3000-01-01", "month", "--to: '3000-01-01'"),
    ],
)
def test_report_dates_outside_what_can_be_counted_exit_2_with_the_bounds(
    tmp_path: Path, first: str, last: str, by: str | None, named: str
) -> None:
    step = ["--by", by] if by else []
    finished = desk_app(
        tmp_path, "report", "--from", first, "--to", last, "--xlsx", tmp_path / "x.xlsx", *step
    )

    assert finished.returncode == 2, finished.stderr
    assert "Traceback" not in finished.stderr
    assert named in finished.stderr
    assert f"{FIRST_REPORT_DAY} to {LAST_REPORT_DAY}" in finished.stderr
    assert not (tmp_path / "x.xlsx").exists()


def test_a_report_at_both_ends_of_the_bounds_is_written(tmp_path: Path) -> None:
    for first, last, by in (
        (FIRST_REPORT_DAY, date(1971, 2, 28), "week"),
        (date(2999, 1, 1), LAST_REPORT_DAY, "week"),
    ):
        out = tmp_path / f"{first.year}.xlsx"
        finished = desk_app(
            tmp_path, "report", "--from", str(first), "--to", str(last), "--xlsx", out, "--by", by
        )
        assert finished.returncode == 0, finished.stderr
        assert out.read_bytes().startswith(b"PK")  # a real XLSX (a zip) was written


def test_the_report_dialog_offers_only_the_days_a_report_can_cover(qtbot, desk) -> None:
    from desk_app.ui.main_window import MainWindow

    window = MainWindow(desk.service, statistics=desk.statistics)
    qtbot.addWidget(window)
    window.show()
    dialog = window.open_report()
    assert dialog is not None
    qtbot.addWidget(dialog)
    for edit in (dialog.first_day, dialog.last_day):
        edit.setDate(QDate(1, 1, 1))
        assert edit.date() == QDate(FIRST_REPORT_DAY.year, 1, 1)
        edit.setDate(QDate(9999, 12, 31))
        assert edit.date() == QDate(LAST_REPORT_DAY.year, 12, 31)


@pytest.mark.parametrize(
    ("first", "last", "by", "parts"),
    [
        ("2025-01-01", "2026-12-31", "day", "730 parts"),
        ("1971-01-01", "2999-12-31", None, "12,348 parts"),  # by month, chosen for the length
    ],
)
def test_a_report_of_more_parts_than_a_chart_can_show_exits_2_before_counting(
    tmp_path: Path, first: str, last: str, by: str | None, parts: str
) -> None:
    step = ["--by", by] if by else []
    finished = desk_app(
        tmp_path, "report", "--from", first, "--to", last, "--xlsx", tmp_path / "x.xlsx", *step
    )

    assert finished.returncode == 2, finished.stderr
    assert parts in finished.stderr and "--by" in finished.stderr
    assert not (tmp_path / "x.xlsx").exists()


def test_the_periods_of_a_query_are_counted_as_the_chart_draws_them() -> None:
    from desk_app.domain.statistics import Granularity, StatisticsQuery

    def parts(first: date, last: date, step: Granularity) -> int:
        return StatisticsQuery(first, last, step).period_count()

    assert parts(date(2026, 11, 1), date(2026, 11, 30), Granularity.DAY) == 30
    # Sunday 1 November 2026 lies in the week from Monday 26 October; Monday 30th starts a 6th.
    assert parts(date(2026, 11, 1), date(2026, 11, 30), Granularity.WEEK) == 6
    assert parts(date(2026, 11, 2), date(2026, 11, 29), Granularity.WEEK) == 4
    assert parts(date(2025, 12, 31), date(2026, 1, 1), Granularity.MONTH) == 2


def test_the_report_dialog_refuses_more_parts_than_a_chart_can_show(qtbot, desk) -> None:
    from desk_app.ui.main_window import MainWindow

    window = MainWindow(desk.service, statistics=desk.statistics)
    qtbot.addWidget(window)
    window.show()
    dialog = window.open_report()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.first_day.setDate(QDate(2020, 1, 1))
    dialog.last_day.setDate(QDate(2026, 12, 31))
    by_day = dialog.granularity.findData("day")
    assert by_day >= 0
    dialog.granularity.setCurrentIndex(by_day)
    dialog.path.setText(str(desk.paths.data_dir / "long"))
    assert dialog.request() is None
    assert "2,557 parts" in dialog.status.text() or "2557 parts" in dialog.status.text()
    assert dialog.job is None
