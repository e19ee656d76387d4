"""The PDF report's charts read the way the report's language reads: read back from the PDF
(where each label was drawn on the page), a Persian report's first period stands right of its
last, its value axis on the right and its legend on the left; a Swedish one runs from the left.
Its list of filters is parted with the Persian comma and semicolon.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from desk_app.report import Report, ReportNames
from desk_app.report.pdf import render_report_pdf
from tests.report.sample import FIRST_DAY, sample_statistics

GENERATED = datetime(2026, 11, 26, 8, 30, tzinfo=UTC)


@dataclass(frozen=True)
class Placed:
    """A piece of text drawn on a page: where its baseline starts, and whether it is turned
    (a chart's period labels stand at an angle; the tables' cells do not)."""

    text: str
    x: float
    y: float
    turned: bool


def _placed(pdf: bytes, page: int = 0) -> list[Placed]:
    found: list[Placed] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: float) -> None:
        if text.strip():
            # The text's origin in page space: its text matrix, then the current transform.
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append(Placed(text.strip(), x, y, abs(cm[1]) > 0.01 or abs(tm[1]) > 0.01))

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return found


def _pdf(language: str) -> bytes:
    names = ReportNames(categories={"streets.snow": "Snöröjning", "libraries": "Bibliotek"})
    return render_report_pdf(Report(sample_statistics(), language, GENERATED, names))


@pytest.mark.parametrize(("language", "right_to_left"), [("sv", False), ("fa", True)])
def test_the_records_over_time_chart_puts_the_first_period_where_the_language_starts(
    language, right_to_left
):
    placed = _placed(_pdf(language))
    # The chart labels every second day of the fortnight, at an angle below its bars.
    labels = [piece for piece in placed if piece.turned and piece.text.startswith("2026-11-")]
    days = [piece.text for piece in labels]
    assert days[0] in days and FIRST_DAY.isoformat() in days
    first = next(piece for piece in labels if piece.text == FIRST_DAY.isoformat())
    last = next(piece for piece in labels if piece.text == max(days))
    assert max(days) == "2026-11-14"
    assert (first.x > last.x) == right_to_left
    # Every label steps the same way across the page: from the right in Persian.
    in_time_order = [piece.x for piece in sorted(labels, key=lambda piece: piece.text)]
    assert in_time_order == sorted(in_time_order, reverse=right_to_left)


@pytest.mark.parametrize(("language", "right_to_left"), [("sv", False), ("fa", True)])
def test_the_value_axis_and_the_legend_trade_sides_in_a_persian_report(language, right_to_left):
    placed = _placed(_pdf(language))
    labels = [piece for piece in placed if piece.turned and piece.text.startswith("2026-11-")]
    bottom = max(piece.y for piece in labels)
    # Above the day labels: the value axis' numbers (0 to 5 records a day), and level with
    # them the legend's names of the kinds; the section's title stands higher.
    above = [p for p in placed if not p.turned and bottom < p.y < bottom + 200]
    ticks = [piece for piece in above if piece.text.isdigit()]
    top = max(piece.y for piece in ticks)
    legend = [piece for piece in above if not piece.text.isdigit() and piece.y <= top]
    assert sorted(int(piece.text) for piece in ticks) == [0, 1, 2, 3, 4, 5]
    assert len(legend) == 2  # complaints and praise
    assert len({round(piece.x) for piece in ticks}) == 1  # one axis, straight up
    if right_to_left:
        assert min(piece.x for piece in ticks) > max(piece.x for piece in legend)
        assert min(piece.x for piece in ticks) > max(piece.x for piece in labels)
    else:
        assert max(piece.x for piece in ticks) < min(piece.x for piece in legend)
        assert "Klagomål" in {piece.text for piece in legend}


def test_a_persian_report_lists_several_filter_values_with_persian_punctuation():
    from desk_app.report import ReportFilter
    from desk_app.report.content import summary_table

    counted = ReportFilter(kind=("complaint", "praise"), channel=("phone",))
    for language, expected in (
        ("fa", "نوع: شکایت، قدردانی؛ روش ارائه: تلفن"),
        ("en", "Kind: Complaint, Praise; Channel: Phone"),
    ):
        report = Report(sample_statistics(), language, GENERATED, counted=counted)
        rows = {row[0]: row[1] for row in summary_table(report).rows}
        assert expected in rows.values(), language
