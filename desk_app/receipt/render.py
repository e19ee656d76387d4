"""Render a record's receipt as PDF bytes with ReportLab: 80 mm roll paper or A4.

The receipt is laid out once as a list of blocks, wrapped, measured, and then drawn, so a roll
receipt is exactly as long as its content. Text is never cut: long lines wrap, and a word longer
than the line breaks at the paper's edge. The fonts are embedded: DejaVu Sans (shipped in
resources/fonts) for Latin, Greek, Cyrillic, Arabic and Hebrew, and Noto fonts for the scripts it
lacks (see fonts.py); a character no font has prints as its code point, and the receipt says so.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import cache
from typing import Literal

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desk_app.domain.deadline import reply_possible
from desk_app.domain.record import Submission
from desk_app.receipt import fonts
from desk_app.receipt.fonts import BOLD, REGULAR, printable
from desk_app.receipt.lines import Line, draw, wrap
from desk_app.receipt.rtl import is_rtl_language
from desk_app.receipt.texts import SiteTexts, labels_for

__all__ = ["BOLD", "FONT_DIR", "REGULAR", "Paper", "register_fonts", "render_receipt"]

Paper = Literal["80mm", "a4"]
FONT_DIR = fonts.FONT_DIR
ROLL_WIDTH = 80 * mm
ROLL_MARGIN = 4 * mm  # thermal roll printers print about 72 mm of the 80 mm
A4_COLUMN = 120 * mm
QR_SIZE = 28 * mm
SUMMARY_CHARS = 300


@dataclass(frozen=True)
class _Text:
    text: str
    size: float
    bold: bool = False
    centered: bool = False
    space_before: float = 0.0


@dataclass(frozen=True)
class _QrCode:
    value: str


@dataclass(frozen=True)
class _Rule:
    pass


_Block = _Text | _QrCode | _Rule


@cache
def register_fonts() -> None:
    """Register the receipt's own font from ``FONT_DIR``, once; fallback fonts come as needed."""
    fonts.register_base_fonts(FONT_DIR)


def _format_local(moment: datetime, language: str) -> str:
    """Date and time where the desk is, written the receipt language's way."""
    from babel.core import UnknownLocaleError
    from babel.dates import format_datetime

    local = moment.astimezone()
    try:
        return str(
            format_datetime(
                local, "d MMM y, HH:mm", tzinfo=local.tzinfo, locale=language.replace("-", "_")
            )
        )
    except (UnknownLocaleError, ValueError):
        return local.strftime("%Y-%m-%d %H:%M")


def format_day(day: date, language: str) -> str:
    """A date the receipt language's way, with its weekday ("tisdag 1 december 2026")."""
    from babel.core import UnknownLocaleError
    from babel.dates import format_date

    try:
        return str(format_date(day, "full", locale=language.replace("-", "_")))
    except (UnknownLocaleError, ValueError):
        return day.isoformat()


def _promise_blocks(
    submission: Submission, texts: SiteTexts, first_response_by: date | None
) -> list[_Block]:
    """The reply line, what happens next and the privacy note: what the desk promises.

    Contact is promised — with the first-response date — only where a reply was asked for and
    can be given; an anonymous or no-reply receipt says how to follow the feedback up instead,
    and speaks of contact details only where the desk holds some.
    """
    words = labels_for(submission.language)
    reporter = submission.reporter
    answerable = reply_possible(submission)
    deadline = format_day(first_response_by, submission.language) if first_response_by else ""
    if answerable and reporter.preferred_contact:
        method = words["method." + reporter.preferred_contact.value]
        reply = words["reply_by"].format(method=method)
    elif reporter.anonymous:
        reply = words["anonymous"]
    elif submission.wants_reply:  # asked, but no address or number for the chosen way
        reply = words["reply_unreachable"]
    else:
        reply = words["no_reply"]
    blocks: list[_Block] = [_Text(f"{words['reply']}: {reply}", 9, space_before=4)]
    if answerable:
        next_steps = texts.next_steps or words["next_steps"]
        # The date prints once: in the site's words where they name it, else on its own line.
        if deadline and "{deadline}" not in next_steps:
            line = words["first_response"].format(deadline=deadline)
            blocks.append(_Text(line, 9, bold=True, space_before=2))
        # Only {deadline} is replaced: any other brace in a site's text prints as written.
        next_steps = next_steps.replace("{deadline}", deadline)
    else:
        next_steps = texts.next_steps_no_reply or words["next_steps_no_reply"]
    if reporter.anonymous:
        privacy_title = words["privacy_title_anonymous"]
        privacy = texts.privacy_anonymous or words["privacy_anonymous"]
    else:
        privacy_title = words["privacy_title"]
        privacy = texts.privacy or words["privacy" if answerable else "privacy_no_reply"]
    blocks += [
        _Rule(),
        _Text(words["next_steps_title"], 9, bold=True, space_before=2),
        _Text(next_steps, 9, space_before=1),
        _Text(words["contact_title"], 9, bold=True, space_before=6),
        _Text(texts.contact, 9, space_before=1),
        _Text(privacy_title, 8, bold=True, space_before=6),
        _Text(privacy, 8, space_before=1),
    ]
    return blocks


def _referral_blocks(submission: Submission, texts: SiteTexts) -> list[_Block]:
    """Where to turn, when the desk referred the matter elsewhere: the body, how to reach it
    (the site's text, else the built-in one) and the worker's note."""
    referral = submission.referral
    if referral is None:
        return []
    words = labels_for(submission.language)
    body = referral.to.value
    contact = texts.referral_contacts.get(body) or words["referral_contact." + body]
    intro = words["referral_intro"].replace("{body}", words["referral." + body])
    blocks: list[_Block] = [
        _Rule(),
        _Text(words["referral_title"], 9, bold=True, space_before=2),
        _Text(intro, 9, space_before=1),
        _Text(contact, 9, space_before=1),
    ]
    if referral.note.strip():
        blocks.append(_Text(f"{words['referral_note']}: {referral.note}", 9, space_before=1))
    return blocks


def _blocks(
    submission: Submission,
    texts: SiteTexts,
    *,
    category_name: str,
    copy: bool,
    first_response_by: date | None,
) -> list[_Block]:
    words = labels_for(submission.language)
    blocks: list[_Block] = [
        _Text(texts.site_name, 12, bold=True, centered=True),
        _Text(words["title"], 10, centered=True, space_before=2),
    ]
    if copy:
        blocks.append(
            _Text(f"*** {words['copy']} ***", 12, bold=True, centered=True, space_before=4)
        )
    blocks += [
        _Rule(),
        _Text(words["reference"], 9, centered=True, space_before=2),
        _Text(submission.reference, 14, bold=True, centered=True, space_before=2),
        _QrCode(submission.reference),
        _Text(
            f"{words['received']}: {_format_local(submission.received_at, submission.language)}",
            9,
        ),
        _Text(f"{words['kind']}: {words['kind.' + submission.kind.value]}", 9, space_before=2),
        _Text(f"{words['category']}: {category_name}", 9, space_before=2),
        _Text(
            f"{words['channel']}: {words['channel.' + submission.channel.value]}",
            9,
            space_before=2,
        ),
        _Text(words["summary"], 9, bold=True, space_before=6),
        _Text(submission.summary(SUMMARY_CHARS), 9, space_before=1),
    ]
    blocks += _referral_blocks(submission, texts)
    blocks += _promise_blocks(submission, texts, first_response_by)
    blocks += [
        _Rule(),
        _Text(
            f"{words['received_by']}: "
            f"{submission.received_by.display_name or submission.received_by.staff_id}"
            f" · {submission.site.name}",
            8,
            space_before=2,
        ),
    ]
    return blocks


def _line_height(size: float) -> float:
    return size * 1.25


def _printable_blocks(blocks: list[_Block], language: str) -> list[_Block]:
    """The blocks with what no font prints marked, and a note saying so if anything was."""
    result: list[_Block] = []
    marked = False
    for block in blocks:
        if isinstance(block, _Text):
            text, replaced = printable(block.text, bold=block.bold)
            marked = marked or replaced
            block = replace(block, text=text)
        result.append(block)
    if marked:
        # The resident must know the marker is the printer's limit, not what they said.
        words = labels_for(language)
        note = words.get("unprintable") or labels_for("en")["unprintable"]
        result.append(_Text(note, 8, space_before=4))
    return result


def _wrapped(block: _Text, width: float, right_to_left: bool) -> list[Line]:
    return wrap(
        block.text, bold=block.bold, size=block.size, width=width, right_to_left=right_to_left
    )


def _height(blocks: list[_Block], lines: dict[int, list[Line]]) -> float:
    total = 0.0
    for at, block in enumerate(blocks):
        if isinstance(block, _Text):
            total += block.space_before + _line_height(block.size) * len(lines[at])
        elif isinstance(block, _QrCode):
            total += QR_SIZE + 2 * mm
        else:
            total += 3 * mm
    return total


def render_receipt(
    submission: Submission,
    texts: SiteTexts,
    *,
    category_name: str,
    paper: Paper = "80mm",
    copy: bool = False,
    first_response_by: date | None = None,
) -> bytes:
    """The receipt of ``submission`` as PDF bytes; ``copy`` marks a reprint.

    ``first_response_by`` is the last day of the first-response promise; it prints only where
    a reply was asked for and can be given (``domain.deadline.reply_possible``).

    The receipt is in ``submission.language``; Persian, Arabic and other right-to-left
    languages are laid out right to left with their letters joined. Every text wraps within
    the paper's printable width, whatever its script and however long its words.
    """
    register_fonts()
    right_to_left = is_rtl_language(submission.language)
    blocks = _printable_blocks(
        _blocks(
            submission,
            texts,
            category_name=category_name,
            copy=copy,
            first_response_by=first_response_by,
        ),
        submission.language,
    )
    width = A4_COLUMN if paper == "a4" else ROLL_WIDTH - 2 * ROLL_MARGIN
    lines = {
        at: _wrapped(block, width, right_to_left)
        for at, block in enumerate(blocks)
        if isinstance(block, _Text)
    }
    if paper == "a4":
        page_width, page_height = A4
        left = (page_width - width) / 2
        top = page_height - 25 * mm
    else:
        left = ROLL_MARGIN
        page_width = ROLL_WIDTH
        page_height = _height(blocks, lines) + 2 * ROLL_MARGIN + 6 * mm
        top = page_height - ROLL_MARGIN
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(page_width, page_height), invariant=False)
    canvas.setTitle(f"{labels_for(submission.language)['title']} {submission.reference}")
    canvas.setSubject(submission.reference)
    canvas.setCreator("Feedback Desk")
    y = top
    for at, block in enumerate(blocks):
        if isinstance(block, _Text):
            y -= block.space_before
            for line in lines[at]:
                y -= _line_height(block.size)
                baseline = y + block.size * 0.25
                if block.centered:
                    start = left + (width - line.width) / 2
                elif right_to_left:
                    start = left + width - line.width
                else:
                    start = left
                draw(canvas, line.pieces, start, baseline, block.size)
        elif isinstance(block, _QrCode):
            y -= QR_SIZE + 2 * mm
            widget = QrCodeWidget(block.value, barLevel="M", barBorder=0)
            x0, y0, x1, y1 = widget.getBounds()
            drawing = Drawing(
                QR_SIZE, QR_SIZE, transform=[QR_SIZE / (x1 - x0), 0, 0, QR_SIZE / (y1 - y0), 0, 0]
            )
            drawing.add(widget)
            renderPDF.draw(drawing, canvas, left + (width - QR_SIZE) / 2, y + 1 * mm)
        else:
            y -= 3 * mm
            canvas.setLineWidth(0.5)
            canvas.setDash(2, 2)
            canvas.line(left, y + 1.5 * mm, left + width, y + 1.5 * mm)
            canvas.setDash()
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
