"""Right-to-left receipt lines: letters joined by HarfBuzz, runs put in visual order.

ReportLab shapes text with HarfBuzz (``shapeStr``, via uharfbuzz), which also lays an Arabic
or Persian run out right-to-left. What ReportLab leaves to the optional ``rlbidi`` package —
ordering runs of different directions within a line — is done here for the receipt's needs:
a right-to-left paragraph in which Latin words and numbers (a street name, a reference) stay
left-to-right. Neutral characters between runs of different direction take the paragraph's
direction, as in the Unicode bidi algorithm's rule N2.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import shapeStr

RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "ckb"})
# LRM, RLM, ALM: they steer the direction of the neutrals around them and print nothing.
DIRECTION_MARKS = frozenset("\u200e\u200f\u061c")


def is_rtl_language(language: str) -> bool:
    """True for languages written right to left (the receipt's paragraph direction)."""
    return language.split("-")[0] in RTL_LANGUAGES


def _strength(char: str) -> str:
    kind = unicodedata.bidirectional(char)
    if kind in ("R", "AL"):
        return "R"
    if kind in ("L", "EN", "AN"):
        return "L"  # digits stay left-to-right inside a right-to-left line
    return "N"


@dataclass(frozen=True)
class Run:
    """A stretch of one direction, in logical order."""

    direction: str  # "R" or "L"
    text: str


def runs(text: str, paragraph: str = "R") -> list[Run]:
    """Split a paragraph line into direction runs, in logical order.

    ``paragraph`` is the paragraph's direction: "R" for a right-to-left receipt, "L" for a
    left-to-right one that quotes a right-to-left word. Neutrals between two runs of one
    direction take it; any other neutrals take the paragraph's (bidi rules N1 and N2).
    """
    result: list[Run] = []
    pending_neutral = ""
    for mark_or_char in text:
        strength = _strength(mark_or_char)
        char = "" if mark_or_char in DIRECTION_MARKS else mark_or_char
        if strength == "N":
            pending_neutral += char
            continue
        previous = result[-1] if result else None
        if previous is not None and previous.direction == strength:
            result[-1] = Run(strength, previous.text + pending_neutral + char)
        else:
            if pending_neutral:
                # Between runs of different directions (or at the start): the paragraph's.
                if previous is not None and previous.direction == paragraph:
                    result[-1] = Run(paragraph, previous.text + pending_neutral)
                else:
                    result.append(Run(paragraph, pending_neutral))
            result.append(Run(strength, char))
        pending_neutral = ""
    if pending_neutral:
        if result and result[-1].direction == paragraph:
            result[-1] = Run(paragraph, result[-1].text + pending_neutral)
        else:
            result.append(Run(paragraph, pending_neutral))
    return _merged(result)


def _merged(found: list[Run]) -> list[Run]:
    """Neighbouring runs of one direction as one run; a run of only marks left out."""
    merged: list[Run] = []
    for run in (run for run in found if run.text):
        if merged and merged[-1].direction == run.direction:
            merged[-1] = Run(run.direction, merged[-1].text + run.text)
        else:
            merged.append(run)
    return merged


def visual_line(text: str, font_name: str, font_size: float) -> str:
    """A right-to-left line as shaped text in drawing (left-to-right) order.

    The result is a ReportLab ShapedStr: draw it with drawString / drawRightString as is.
    """
    pieces = [shapeStr(run.text, font_name, font_size, force=True) for run in runs(text)]
    if not pieces:
        return text
    line: str = pieces[-1]
    for piece in reversed(pieces[:-1]):  # the paragraph runs right to left
        line = line + piece
    return line


def shaped_width(shaped: str, font_name: str, font_size: float) -> float:
    """The width a shaped line really takes: the sum of HarfBuzz's advances.

    ReportLab's stringWidth counts a zero-width non-joiner (ZWNJ, common in Persian) at its
    nominal width, which would push right-aligned lines off the margin.
    """
    shape_data = getattr(shaped, "__shapeData__", None)
    if not shape_data:  # nothing was shaped (an empty line)
        return float(stringWidth(shaped, font_name, font_size))
    return sum(float(entry[1]) for entry in shape_data) * font_size / 1000
