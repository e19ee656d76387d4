"""A copy of everything the desk holds about one record, as an A4 PDF (the right of access).

Input is a title and (label, value) rows the service has put together; output is PDF bytes.
Text is laid out as on receipts (lines.py, fonts.py): any script, wrapped, never cut; a long
record continues on further pages.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desk_app.receipt.fonts import printable
from desk_app.receipt.lines import draw, wrap
from desk_app.receipt.render import register_fonts

_MARGIN = 20 * mm
_LABEL_WIDTH = 50 * mm
_SIZE = 10.0
_TITLE_SIZE = 14.0


def render_record_copy(title: str, rows: Sequence[tuple[str, str]], *, subject: str) -> bytes:
    """An A4 PDF: ``title``, then each row's label and its (wrapped) value."""
    register_fonts()
    page_width, page_height = A4
    value_width = page_width - 2 * _MARGIN - _LABEL_WIDTH
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=False)
    canvas.setTitle(title)
    canvas.setSubject(subject)
    canvas.setCreator("Feedback Desk")
    line_height = _SIZE * 1.3
    y = page_height - _MARGIN
    for line in wrap(
        printable(title, bold=True)[0],
        bold=True,
        size=_TITLE_SIZE,
        width=page_width - 2 * _MARGIN,
        right_to_left=False,
    ):
        y -= _TITLE_SIZE * 1.3
        draw(canvas, line.pieces, _MARGIN, y, _TITLE_SIZE)
    y -= 4 * mm
    for label, value in rows:
        label_lines = wrap(
            label, bold=True, size=_SIZE, width=_LABEL_WIDTH - 3 * mm, right_to_left=False
        )
        value_lines = wrap(
            printable(value or "—")[0],
            bold=False,
            size=_SIZE,
            width=value_width,
            right_to_left=False,
        )
        for at in range(max(len(label_lines), len(value_lines))):
            if y - line_height < _MARGIN:
                canvas.showPage()
                y = page_height - _MARGIN
            y -= line_height
            if at < len(label_lines):
                draw(canvas, label_lines[at].pieces, _MARGIN, y, _SIZE)
            if at < len(value_lines):
                draw(canvas, value_lines[at].pieces, _MARGIN + _LABEL_WIDTH, y, _SIZE)
        y -= 1.5 * mm
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
