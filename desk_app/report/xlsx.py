"""The report as a spreadsheet (XLSX): one sheet per table of content.py, a header row each,
and real Excel types — days as dates, counts as whole numbers, means and shares as numbers
with a number format — so a manager can sum, chart and compare without retyping.

No personal data: the tables hold counts and the names of coded values only. A text that a
spreadsheet would take for a formula (a provider typed as "=HYPERLINK(…)") is stored as text
and marked so (OWASP, "CSV Injection"): it shows as typed and is never run.
"""

from __future__ import annotations

import io
import re
from datetime import date, datetime

from openpyxl import Workbook
from openpyxl.cell.cell import Cell as SheetCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from desk_app.receipt.rtl import is_rtl_language
from desk_app.report.content import Cell, ColumnType, Report, Table, report_tables, words_for

# The starts OWASP lists for formula injection (services.transfer.neutralise_formula has the
# same list for the CSV export). In a CSV a leading apostrophe is the only defence; XLSX has
# a typed text cell and the quote-prefix style, which Excel and LibreOffice honour.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_SHEET_NAME_UNSAFE = re.compile(r"[\[\]:*?/\\]")
_FORMATS = {
    ColumnType.DATE: "yyyy-mm-dd",
    ColumnType.COUNT: "0",
    ColumnType.MEAN: "0.00",
    ColumnType.SHARE: "0.0%",
}


def looks_like_formula(text: str) -> bool:
    """True for a text a spreadsheet would run as a formula if typed into a cell."""
    return text.startswith(_FORMULA_STARTS)


def sheet_name(title: str, taken: set[str]) -> str:
    """A sheet name Excel accepts (31 characters, none of []:*?/\\), unique in the book."""
    name = _SHEET_NAME_UNSAFE.sub(" ", title).strip(" '")[:31] or "Sheet"
    candidate, number = name, 2
    while candidate.lower() in taken:
        suffix = f" ({number})"
        candidate, number = name[: 31 - len(suffix)] + suffix, number + 1
    taken.add(candidate.lower())
    return candidate


def _put(cell: SheetCell, value: Cell, column_type: ColumnType) -> None:
    if isinstance(value, str):
        cell.value = value
        if looks_like_formula(value):
            cell.data_type = "s"  # openpyxl would otherwise write it as a formula
            cell.quotePrefix = True
        return
    cell.value = value
    if isinstance(value, datetime):
        cell.number_format = "yyyy-mm-dd hh:mm"
    elif isinstance(value, date):
        cell.number_format = "yyyy-mm-dd"
    elif isinstance(value, int | float) and column_type in _FORMATS:
        cell.number_format = _FORMATS[column_type]


def _write_table(book: Workbook, table: Table, taken: set[str], right_to_left: bool) -> None:
    sheet = book.create_sheet(sheet_name(table.title, taken))
    sheet.sheet_view.rightToLeft = right_to_left
    bold = Font(bold=True)
    for at, column in enumerate(table.columns, start=1):
        cell = sheet.cell(row=1, column=at)
        _put(cell, column.title, ColumnType.TEXT)
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row_at, row in enumerate(table.rows, start=2):
        for at, value in enumerate(row, start=1):
            _put(sheet.cell(row=row_at, column=at), value, table.columns[at - 1].type)
    for at, column in enumerate(table.columns, start=1):
        longest = max(
            [len(column.title)] + [len(str(row[at - 1] or "")) for row in table.rows[:500]]
        )
        sheet.column_dimensions[get_column_letter(at)].width = min(max(10, longest + 2), 60)
    sheet.freeze_panes = "A2"  # the header stays in view while scrolling


def render_report_xlsx(report: Report) -> bytes:
    """The report as XLSX bytes: a sheet per table, in ``report.language``."""
    words = words_for(report.language)
    book = Workbook()
    book.remove(book.active)
    # The book's own properties say what it is, not who made it (openpyxl's default author).
    query = report.statistics.query
    book.properties.creator = "Feedback Desk"
    book.properties.lastModifiedBy = "Feedback Desk"
    book.properties.title = (
        f"{words['title']} {query.first_day.isoformat()} – {query.last_day.isoformat()}"
    )
    taken: set[str] = set()
    right_to_left = is_rtl_language(report.language)
    for table in report_tables(report):
        _write_table(book, table, taken, right_to_left)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
