"""Lines of receipt text: laid out in fonts and directions, wrapped at the paper's edge, drawn.

A line is laid out as pieces in drawing (left-to-right) order, each in one font and measured as
it will be drawn, so that wrapping and drawing agree to the point: no line is wider than the
column. A word longer than the line is broken inside — between letters, never inside a
cluster (a letter and its marks, a conjunct, an emoji sequence) — so nothing runs off the
paper and nothing is cut: the lines joined give the text back.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import shapeStr
from reportlab.pdfgen.canvas import Canvas

from desk_app.receipt.fonts import BOLD, REGULAR, coverage, font_runs, plain_coverage
from desk_app.receipt.rtl import Run, runs, shaped_width

_VIRAMA = 9  # the canonical combining class of a virama: it joins the letters around it
_ZWJ = "\u200d"
EMBOLDEN = 0.03  # the stroke, in ems, that makes a regular face look about as bold as DejaVu's
_MIRRORED = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")
# Chinese and Japanese never start a line with these (kinsoku): commas, full stops, marks.
_NO_LINE_START = frozenset("、。，．・：；？！…‥ーゝゞ々ぁぃぅぇぉっゃゅょァィゥェォッャュョ,.:;?!")


@dataclass(frozen=True)
class Piece:
    """Text in one font, ready for drawString (a ReportLab ShapedStr when shaped).

    ``emboldened`` marks bold text in a font that has no bold face (the fallback fonts ship
    regular only): it is drawn with its outline stroked, so a heading stays a heading.
    """

    text: str
    font: str
    width: float
    emboldened: bool = False


def _has_right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def _run_pieces(run: Run, *, bold: bool, size: float, shape_all: bool) -> list[Piece]:
    pieces: list[Piece] = []
    for font_run in font_runs(run.text, bold=bold):
        text = font_run.text
        if run.direction == "R" and not _has_right_to_left(text):
            # HarfBuzz would take a stretch of only spaces and brackets for left-to-right:
            # set it right to left here, its brackets mirrored, as the bidi rules ask.
            text = _reversed_clusters(text).translate(_MIRRORED)
        if shape_all or run.direction == "R" or font_run.fallback:
            shaped = shapeStr(text, font_run.font, size, force=True)
            width = shaped_width(shaped, font_run.font, size)
            pieces.append(Piece(shaped, font_run.font, width, bold and font_run.fallback))
        else:  # Latin, Greek, Cyrillic: drawn as is, as fast as ever
            width = stringWidth(text, font_run.font, size)
            pieces.append(Piece(text, font_run.font, width))
    if run.direction == "R":
        pieces.reverse()  # fonts change inside a right-to-left run from right to left
    return pieces


def laid_out(line: str, *, bold: bool, size: float, right_to_left: bool) -> list[Piece]:
    """``line`` as pieces in drawing order, in a right-to-left or left-to-right paragraph.

    A right-to-left paragraph is shaped throughout (as it always was); a left-to-right one
    shapes only what needs it — right-to-left words and text in a fallback font.
    """
    if right_to_left:
        direction_runs = list(reversed(runs(line, "R")))
    elif _has_right_to_left(line):
        direction_runs = runs(line, "L")
    else:
        direction_runs = [Run("L", line)]
    pieces: list[Piece] = []
    for run in direction_runs:
        pieces += _run_pieces(run, bold=bold, size=size, shape_all=right_to_left)
    return pieces


def width_of(pieces: list[Piece]) -> float:
    """How wide the laid-out line is on paper, in points."""
    return sum(piece.width for piece in pieces)


def _inside_cluster(text: str, index: int) -> bool:
    """True where a break would split a cluster: a letter and its marks, a conjunct, an emoji."""
    char, before = text[index], text[index - 1]
    if unicodedata.category(char) in ("Mn", "Mc", "Me", "Cf") or char == _ZWJ:
        return True
    if 0xFE00 <= ord(char) <= 0xFE0F or 0x1F3FB <= ord(char) <= 0x1F3FF:
        return True
    return before == _ZWJ or unicodedata.combining(before) == _VIRAMA


def _reversed_clusters(text: str) -> str:
    """``text`` with its clusters in reverse order, each cluster (an emoji and its skin tone,
    a letter and its marks) kept as it is."""
    clusters: list[str] = []
    for index, char in enumerate(text):
        if clusters and _inside_cluster(text, index):
            clusters[-1] += char
        else:
            clusters.append(char)
    return "".join(reversed(clusters))


def _break_points(word: str, *, strict: bool) -> list[int]:
    """Where a line may break inside ``word``: between clusters, and (``strict``) not before
    a closing mark, which stays with what it closes."""
    return [
        index
        for index in range(1, len(word))
        if not _inside_cluster(word, index)
        and not (
            strict
            and (word[index] in _NO_LINE_START or unicodedata.category(word[index]) in ("Pe", "Pf"))
        )
    ]


def _breaks_anywhere(word: str) -> bool:
    """Chinese and Japanese are written without spaces: a line may break between any two."""
    return any(unicodedata.east_asian_width(char) in ("W", "F") for char in word)


def _longest_prefix(word: str, fits: Callable[[str], bool]) -> int:
    """The longest break point ``i`` at which ``fits(word[:i])``; 0 if even one cluster fails.

    A closing mark is kept off the start of a line where the word allows it; a word of
    nothing but such marks still breaks, between any two clusters.
    """
    for strict in (True, False):
        points = _break_points(word, strict=strict)
        low, high, best = 0, len(points) - 1, 0
        while low <= high:  # widths grow with the prefix, so a binary search finds the edge
            middle = (low + high) // 2
            if fits(word[: points[middle]]):
                best, low = points[middle], middle + 1
            else:
                high = middle - 1
        if best:
            return best
    return 0


def _first_cluster(word: str) -> int:
    points = _break_points(word, strict=False)
    return points[0] if points else len(word)


@dataclass(frozen=True)
class Line:
    """One printed line: its text, its pieces in drawing order, and its width in points."""

    text: str
    pieces: list[Piece]
    width: float


class _Setter:
    """Measures the lines of one block's text, remembering the width of each word.

    A paragraph of plain text — every character in the block's own font, none right to left —
    is measured as ReportLab draws it, word widths simply adding up. Any other paragraph is
    first broken on the sum of its words' widths (unshaped where the block's font has every
    letter, laid out otherwise), and each line is then laid out whole and checked: should
    shaping or kerning make it wider than the column, that line is broken again measuring
    every candidate whole.
    """

    def __init__(self, *, bold: bool, size: float, right_to_left: bool) -> None:
        self.bold, self.size, self.right_to_left = bold, size, right_to_left
        self.font = BOLD if bold else REGULAR
        self.plain_characters: frozenset[str] = (
            frozenset() if right_to_left else plain_coverage(self.font)
        )
        self.own_characters = coverage(self.font)
        self.space = stringWidth(" ", self.font, size)
        self.word_widths: dict[str, float] = {}

    def is_plain(self, text: str) -> bool:
        return set(text) <= self.plain_characters

    def lay_out(self, text: str) -> Line:
        if self.is_plain(text):
            width = stringWidth(text, self.font, self.size)
            return Line(text, [Piece(text, self.font, width)], width)
        pieces = laid_out(text, bold=self.bold, size=self.size, right_to_left=self.right_to_left)
        return Line(text, pieces, width_of(pieces))

    def measure(self, text: str) -> float:
        if self.is_plain(text):
            return float(stringWidth(text, self.font, self.size))
        return self.lay_out(text).width

    def word_width(self, word: str) -> float:
        """The word's width for a first guess at the lines (each line is checked after)."""
        if word not in self.word_widths:
            if set(word) <= self.own_characters:
                # Unshaped, as ReportLab measures: near enough for joined Arabic letters,
                # and far cheaper than shaping every word.
                self.word_widths[word] = stringWidth(word, self.font, self.size)
            else:
                self.word_widths[word] = self.measure(word)
        return self.word_widths[word]

    def break_paragraph(self, paragraph: str, width: float, *, exact: bool) -> list[str]:
        """Greedy line breaking: as many words as fit, a word too long broken inside."""

        def fits(text: str) -> bool:
            return self.measure(text) <= width

        lines: list[str] = []
        current, current_width = "", 0.0
        for word in paragraph.split():
            joined = f"{current} {word}" if current else word
            if exact:
                joined_width = self.measure(joined)
            else:
                joined_width = current_width + (self.space if current else 0.0)
                joined_width += self.word_width(word)
            if joined_width <= width:
                current, current_width = joined, joined_width
                continue
            if current and _breaks_anywhere(word):
                # Fill the line before breaking the word, as Chinese and Japanese are set.
                cut = _longest_prefix(word, partial(_fits_after, fits, current))
                if cut:
                    lines.append(f"{current} {word[:cut]}")
                    current, word = "", word[cut:]
            if current:
                lines.append(current)
            while not fits(word):
                cut = _longest_prefix(word, fits) or _first_cluster(word)
                if cut >= len(word):
                    break  # one cluster wider than the paper: print it rather than lose it
                lines.append(word[:cut])
                word = word[cut:]
            current, current_width = word, self.measure(word)
        lines.append(current)
        return lines


def _fits_after(fits: Callable[[str], bool], start: str, part: str) -> bool:
    return fits(f"{start} {part}")


def wrap(text: str, *, bold: bool, size: float, width: float, right_to_left: bool) -> list[Line]:
    """``text`` broken into lines no wider than ``width`` points; paragraphs stay apart."""
    setter = _Setter(bold=bold, size=size, right_to_left=right_to_left)
    lines: list[Line] = []
    for paragraph in text.splitlines() or [""]:
        for candidate in setter.break_paragraph(paragraph, width, exact=False):
            line = setter.lay_out(candidate)
            if line.width <= width:
                lines.append(line)
            else:  # the words' widths did not add up to the line's: measure it whole
                for text_line in setter.break_paragraph(candidate, width, exact=True):
                    lines.append(setter.lay_out(text_line))
    return lines


def draw(canvas: Canvas, pieces: list[Piece], x: float, baseline: float, size: float) -> None:
    """Draw a laid-out line starting at ``x``, each piece in its font."""
    for piece in pieces:
        canvas.setFont(piece.font, size)
        if piece.emboldened:
            canvas.saveState()
            canvas.setLineWidth(size * EMBOLDEN)
            canvas.drawString(x, baseline, piece.text, mode=2)  # fill, then stroke
            canvas.restoreState()
        else:
            canvas.drawString(x, baseline, piece.text)
        x += piece.width
