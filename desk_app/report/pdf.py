"""The report as an A4 PDF: a heading (the site, the period, the filters, when it was made),
then each table of content.py with its chart above it, drawn by ReportLab's own charts.

Text goes through the receipt's fonts and line setter (receipt.fonts, receipt.lines): DejaVu
Sans with the Noto fallbacks, and Persian and Arabic shaped by HarfBuzz and laid out right to
left, tables mirrored. Chart labels are short and in DejaVu Sans alone; each chart's numbers
are in the table beneath it, for a reader who cannot see the picture and for the record.

Charts are drawn left to right and, in a right-to-left report, mirrored in one place
(``_mirror``): the first period or category at the right, the value axis and the category
names on the right, the legend on the left with its names ending at their swatches. Text is
never mirrored as a picture would be: only positions, directions and anchors change.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime

from reportlab import rl_config
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as GridTable

from desk_app.receipt.fonts import REGULAR, printable, register_base_fonts
from desk_app.receipt.lines import Line, draw, wrap
from desk_app.receipt.rtl import is_rtl_language, visual_line
from desk_app.report.content import (
    Cell,
    Chart,
    ColumnType,
    Report,
    Table,
    counted_text,
    report_tables,
    words_for,
)

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
# Rows a table prints; the rest (a free-text provider can have thousands) is in the XLSX.
MAX_PRINTED_ROWS = 40
MAX_CHART_BARS = 12
CHART_LABEL_CHARS = 28
# Okabe & Ito's palette: told apart by colour-blind readers and in greyscale print.
PALETTE = (
    colors.HexColor("#0072B2"),
    colors.HexColor("#E69F00"),
    colors.HexColor("#009E73"),
    colors.HexColor("#CC79A7"),
    colors.HexColor("#56B4E9"),
    colors.HexColor("#D55E00"),
    colors.HexColor("#F0E442"),
    colors.HexColor("#000000"),
)
# Scores from 1 (red) to 5 (blue) through the palette: the score is also in the legend.
SCORE_COLOURS = (PALETTE[5], PALETTE[1], PALETTE[6], PALETTE[4], PALETTE[0])


def _register_fonts() -> None:
    """The receipt's fonts, registered once (a receipt may have done it already)."""
    if REGULAR not in pdfmetrics.getRegisteredFontNames():
        register_base_fonts()


class Words(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """A paragraph in the report's fonts and direction, wrapped at the width it is given.

    ``align`` is "start" (left, or right in a right-to-left report), "end" or "center".
    """

    def __init__(
        self,
        text: str,
        *,
        size: float = 9,
        bold: bool = False,
        right_to_left: bool = False,
        align: str = "start",
        space_after: float = 0,
    ) -> None:
        super().__init__()
        self.text, _marked = printable(text, bold=bold)
        self.size, self.bold, self.right_to_left = size, bold, right_to_left
        self.align = align
        self.space_after = space_after
        self._lines: list[Line] = []
        self._width = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._width = available_width
        self._lines = wrap(
            self.text,
            bold=self.bold,
            size=self.size,
            width=available_width,
            right_to_left=self.right_to_left,
        )
        self.width = available_width
        self.height = len(self._lines) * self.size * 1.25 + self.space_after
        return available_width, self.height

    def draw(self) -> None:
        y = self.height - self.space_after
        right = (self.align == "start") == self.right_to_left
        for line in self._lines:
            y -= self.size * 1.25
            if self.align == "center":
                x = (self._width - line.width) / 2
            elif right:
                x = self._width - line.width
            else:
                x = 0.0
            draw(self.canv, line.pieces, x, y + self.size * 0.25, self.size)


def _number(value: float, digits: int, language: str) -> str:
    """A number with the language's decimal sign, in the digits 0-9 (as tables and the
    spreadsheet show them, and a reader can search for)."""
    from babel.numbers import format_decimal

    pattern = "0." + "0" * digits if digits else "0"
    try:
        return str(
            format_decimal(value, pattern, locale=language.split("-")[0], numbering_system="latn")
        )
    except (ValueError, LookupError):
        return f"{value:.{digits}f}"


def _cell_text(value: Cell, column_type: ColumnType, language: str) -> str:
    if value is None:
        return "–"
    if isinstance(value, date | datetime):
        return value.isoformat()
    if column_type is ColumnType.MEAN and isinstance(value, float):
        return _number(value, 2, language)
    if column_type is ColumnType.SHARE and isinstance(value, float):
        return _number(value * 100, 1, language) + " %"
    return str(value)


def _chart_label(text: str) -> str:
    """A chart's label: short, and already shaped where it is right to left (a chart draws
    its labels as plain strings, so the joined letter forms must be in the text itself)."""
    if len(text) > CHART_LABEL_CHARS:
        text = text[: CHART_LABEL_CHARS - 1] + "…"
    if any(unicodedata.bidirectional(char) in ("R", "AL") for char in text):
        return str(visual_line(text, REGULAR, 8))
    return text


def _grid(table: Table, language: str) -> list[Flowable]:
    """The table as a grid of Words; mirrored (first column on the right) right to left."""
    right_to_left = is_rtl_language(language)
    words = words_for(language)
    numeric = [column.type is not ColumnType.TEXT for column in table.columns]
    count = len(table.columns)
    first = WIDTH * (0.42 if count <= 3 else 0.28 if count <= 5 else 0.22)
    widths = [first] + [(WIDTH - first) / max(count - 1, 1)] * (count - 1)
    printed = table.rows[:MAX_PRINTED_ROWS]

    def cell(text: str, at: int, *, bold: bool = False) -> Words:
        return Words(
            text,
            size=8,
            bold=bold,
            right_to_left=right_to_left,
            align="end" if numeric[at] else "start",
        )

    data = [[cell(column.title, at, bold=True) for at, column in enumerate(table.columns)]]
    for row in printed:
        data.append(
            [
                cell(_cell_text(value, table.columns[at].type, language), at)
                for at, value in enumerate(row)
            ]
        )
    if right_to_left:
        data = [list(reversed(row)) for row in data]
        widths = list(reversed(widths))
    grid = GridTable(data, colWidths=widths, repeatRows=1)
    grid.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#BBBBBB")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    result: list[Flowable] = [grid]
    if len(table.rows) > len(printed):
        more = words["more_rows"].format(count=len(table.rows) - len(printed))
        result.append(Words(more, size=8, right_to_left=right_to_left))
    return result


def _count(value: Cell) -> int:
    return value if isinstance(value, int) else 0


def _axis_fonts(chart: HorizontalBarChart | VerticalBarChart | HorizontalLineChart) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = REGULAR
        axis.labels.fontSize = 7
    chart.valueAxis.forceZero = True
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")


def _legend(
    drawing: Drawing,
    names: Sequence[str],
    x: float,
    y: float,
    palette: Sequence[colors.Color] = PALETTE,
) -> None:
    legend = Legend()
    legend.fontName = REGULAR
    legend.fontSize = 7
    legend.x, legend.y = x, y
    legend.alignment = "right"  # the name right of its swatch (see _mirror)
    legend.boxAnchor = "nw"
    legend.columnMaximum = 9
    legend.colorNamePairs = [
        (palette[at % len(palette)], _chart_label(name)) for at, name in enumerate(names)
    ]
    drawing.add(legend)
    # A legend longer than its chart is (five scores beside two questions' bars) would run
    # into the table below: the drawing grows downwards to hold it instead.
    below = 4 - legend.getBounds()[1]  # and 4 points clear of the table's heading
    if below > 0:
        drawing.height += below
        for shape in drawing.contents:
            shape.y += below


def _bars_chart(table: Table) -> Drawing | None:
    rows = [row for row in table.rows[:MAX_CHART_BARS]]
    if not rows or not any(row[1] for row in rows):
        return None
    rows.reverse()  # a horizontal bar chart draws its first bar at the bottom
    height = 14 + 13 * len(rows)
    drawing = Drawing(WIDTH, height + 16)
    chart = HorizontalBarChart()
    chart.x, chart.y = 62 * mm, 12
    chart.width, chart.height = WIDTH - 70 * mm, height
    chart.data = [[_count(row[1]) for row in rows]]
    chart.categoryAxis.categoryNames = [_chart_label(str(row[0])) for row in rows]
    chart.bars[0].fillColor = PALETTE[0]
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    _axis_fonts(chart)
    chart.valueAxis.valueStep = None
    drawing.add(chart)
    return drawing


def _periods_labels(starts: Sequence[Cell]) -> list[str]:
    """Period labels thinned out so they do not overlap (every period still has its bar)."""
    step = max(1, len(starts) // 12 + (1 if len(starts) % 12 else 0))
    return [
        (value.isoformat() if isinstance(value, date) else str(value)) if at % step == 0 else ""
        for at, value in enumerate(starts)
    ]


def _stacked_chart(table: Table) -> Drawing | None:
    if not table.rows or not table.series or not any(row[-1] for row in table.rows):
        return None
    drawing = Drawing(WIDTH, 70 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 14 * mm
    chart.width, chart.height = WIDTH - 50 * mm, 52 * mm
    chart.data = [[_count(row[1 + at]) for row in table.rows] for at in range(len(table.series))]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = _periods_labels([row[0] for row in table.rows])
    chart.categoryAxis.labels.angle = 45
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.barSpacing = 0
    chart.groupSpacing = 1 if len(table.rows) > 40 else 3
    for at in range(len(table.series)):
        chart.bars[at].fillColor = PALETTE[at % len(PALETTE)]
        chart.bars[at].strokeColor = None
    _axis_fonts(chart)
    drawing.add(chart)
    _legend(drawing, table.series, WIDTH - 34 * mm, 66 * mm)
    return drawing


def _distribution_chart(table: Table) -> Drawing | None:
    rows = [row for row in table.rows if row[6]]
    if not rows:
        return None
    rows.reverse()
    height = 16 * len(rows) + 8
    drawing = Drawing(WIDTH, height + 30)
    chart = HorizontalBarChart()
    chart.x, chart.y = 40 * mm, 14
    chart.width, chart.height = WIDTH - 75 * mm, height
    chart.data = [[_count(row[score]) for row in rows] for score in range(1, 6)]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = [_chart_label(str(row[0])) for row in rows]
    for at in range(5):
        chart.bars[at].fillColor = SCORE_COLOURS[at]
        chart.bars[at].strokeColor = None
    _axis_fonts(chart)
    drawing.add(chart)
    _legend(drawing, table.series, WIDTH - 26 * mm, height + 14, SCORE_COLOURS)
    return drawing


def _means_chart(table: Table) -> Drawing | None:
    if len(table.rows) < 2 or not table.series:
        return None
    drawing = Drawing(WIDTH, 62 * mm)
    chart = HorizontalLineChart()
    chart.x, chart.y = 12 * mm, 14 * mm
    chart.width, chart.height = WIDTH - 56 * mm, 44 * mm
    chart.data = [
        [row[1 + at] if isinstance(row[1 + at], float) else None for row in table.rows]
        for at in range(len(table.series))
    ]
    chart.categoryAxis.categoryNames = _periods_labels([row[0] for row in table.rows])
    chart.categoryAxis.labels.angle = 45
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 1, 5, 1
    for at in range(len(table.series)):
        chart.lines[at].strokeColor = PALETTE[at % len(PALETTE)]
        chart.lines[at].strokeWidth = 1.5
    _axis_fonts(chart)
    chart.valueAxis.forceZero = False
    drawing.add(chart)
    _legend(drawing, table.series, WIDTH - 40 * mm, 58 * mm)
    return drawing


def _chart(table: Table, rtl: bool) -> Drawing | None:
    builders = {
        Chart.BARS: _bars_chart,
        Chart.STACKED_OVER_TIME: _stacked_chart,
        Chart.DISTRIBUTION: _distribution_chart,
        Chart.MEANS_OVER_TIME: _means_chart,
    }
    build = builders.get(table.chart)
    drawing = build(table) if build is not None else None
    if drawing is not None and rtl:
        _mirror(drawing)
    return drawing


_Plot = HorizontalBarChart | VerticalBarChart | HorizontalLineChart
_OTHER_SIDE = str.maketrans("ew", "we")  # a box anchor's side: "ne" <-> "nw", "e" <-> "w"


def _mirror(drawing: Drawing) -> None:
    """A chart laid out left to right, mirrored for a right-to-left reader.

    The plot moves to the other side of the drawing; the axis across the page runs from the
    right (for a vertical chart the first period or category stands at the right, for a
    horizontal bar chart the bars grow leftwards); the axis up the page stands at the
    plot's right edge with its labels beyond it; the legend moves to the left, each name
    left of its swatch and ending at it. Labels keep their own text direction.
    """
    for shape in drawing.contents:
        if isinstance(shape, Legend):
            shape.x = drawing.width - shape.x
            shape.boxAnchor = shape.boxAnchor.translate(_OTHER_SIDE)
            shape.alignment = "left"
            shape.subCols[0].align = "right"
        elif isinstance(shape, _Plot):
            shape.x = drawing.width - shape.x - shape.width
            horizontal = isinstance(shape, HorizontalBarChart)
            across = shape.valueAxis if horizontal else shape.categoryAxis
            upright = shape.categoryAxis if horizontal else shape.valueAxis
            across.reverseDirection = 1
            across.labels.angle = -across.labels.angle
            across.labels.boxAnchor = across.labels.boxAnchor.translate(_OTHER_SIDE)
            upright.joinAxisMode = "right"
            upright.tickLeft, upright.tickRight = upright.tickRight, upright.tickLeft
            upright.labels.boxAnchor = upright.labels.boxAnchor.translate(_OTHER_SIDE)
            upright.labels.dx = -upright.labels.dx
            if horizontal:
                _mirror_zero_counts(shape)


def _mirror_zero_counts(chart: HorizontalBarChart) -> None:
    """A bar's count stands beyond its end, and ReportLab turns it round by itself when the
    bar grows leftwards, but not when there is no bar: a 0 would sit on the category names
    at the right. Those labels alone are anchored the other way."""
    for row, values in enumerate(chart.data):
        for column, value in enumerate(values):
            if not value:
                label = chart.barLabels[(row, column)]
                label.boxAnchor = str(chart.barLabels.boxAnchor).translate(_OTHER_SIDE)
                label.dx = -chart.barLabels.dx


def _local_time(moment: datetime, language: str) -> str:
    from babel.dates import format_datetime

    local = moment.astimezone()
    try:
        return str(format_datetime(local, "yyyy-MM-dd HH:mm", locale=language.split("-")[0]))
    except (ValueError, LookupError):
        return local.strftime("%Y-%m-%d %H:%M")


def _heading(report: Report) -> list[Flowable]:
    words = words_for(report.language)
    rtl = is_rtl_language(report.language)
    query = report.statistics.query
    counted = counted_text(report) or words["filters_none"]
    lines = [
        f"{words['period']}: {query.first_day.isoformat()} – {query.last_day.isoformat()}",
        f"{words['by']}: {words['granularity.' + query.granularity.value]}",
        f"{words['filters']}: {counted}",
        f"{words['generated']}: {_local_time(report.generated_at, report.language)}",
        words["privacy_note"],
    ]
    flowables: list[Flowable] = [
        Words(report.statistics.site_name, size=16, bold=True, right_to_left=rtl, space_after=2),
        Words(words["title"], size=13, right_to_left=rtl, space_after=6),
    ]
    flowables += [Words(line, size=9, right_to_left=rtl, space_after=1) for line in lines]
    flowables.append(Spacer(1, 4 * mm))
    return flowables


def _section(table: Table, report: Report) -> list[Flowable]:
    rtl = is_rtl_language(report.language)
    words = words_for(report.language)
    title = Words(table.title, size=11, bold=True, right_to_left=rtl, space_after=3)
    if not table.rows:
        return [
            CondPageBreak(30 * mm),
            title,
            Words(words["no_data"], size=8, right_to_left=rtl),
            Spacer(1, 5 * mm),
        ]
    chart = _chart(table, rtl)
    grid = _grid(table, report.language)
    head = [title] + ([chart] if chart is not None else [])
    # The title and chart stay with the table's first rows; a long table flows on.
    return [CondPageBreak(60 * mm), KeepTogether(head), *grid, Spacer(1, 6 * mm)]


def render_report_pdf(report: Report) -> bytes:
    """The report as A4 PDF bytes, in ``report.language``."""
    # ReportLab checks every attribute a chart sets; the charts here are built by this code, so
    # the checks only cost time (a third of the report's, with a year of weeks).
    checking = rl_config.shapeChecking
    rl_config.shapeChecking = 0
    try:
        return _render(report)
    finally:
        rl_config.shapeChecking = checking


def _render(report: Report) -> bytes:
    _register_fonts()
    words = words_for(report.language)
    rtl = is_rtl_language(report.language)
    buffer = io.BytesIO()
    query = report.statistics.query
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{words['title']} {query.first_day.isoformat()} – {query.last_day.isoformat()}",
        author=report.statistics.site_name,
        creator="Feedback Desk",
    )
    story: list[Flowable] = _heading(report)
    for table in report_tables(report, whole_summary=False):
        story += _section(table, report)

    def footer(canvas: Canvas, document: SimpleDocTemplate) -> None:
        text = words["page"].format(page=canvas.getPageNumber())
        for line in wrap(text, bold=False, size=7, width=WIDTH, right_to_left=rtl):
            x = MARGIN + (WIDTH - line.width if rtl else 0)
            draw(canvas, line.pieces, x, MARGIN / 2, 7)

    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
