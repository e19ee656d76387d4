"""Which font prints each character of a receipt, and a visible marker where none can.

The receipt prints in DejaVu Sans (Latin, Greek, Cyrillic, Arabic, Hebrew, Armenian …). For
the scripts it lacks — Chinese, Japanese, Korean, Devanagari and the other scripts of India,
Thai, Ethiopic, emoji … — the Noto fonts in ``resources/fonts`` take over, character by
character. ``fallback-fonts.json`` (made with the fonts by ``make_fallback_fonts.py``) says
which code points each adds, so choosing a font opens no font file, and a fallback font is
registered with ReportLab only when a receipt needs it: a Latin receipt costs what it did.

A character no shipped font has is printed as its code point, "[U+1F9CC]", never as an empty
box; the receipt then says that the full text is kept under the reference number.
"""

from __future__ import annotations

import json
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from desk_app.resources import RESOURCE_DIR

FONT_DIR = RESOURCE_DIR / "fonts"
REGULAR, BOLD = "DeskSans", "DeskSans-Bold"
FALLBACK_INDEX = FONT_DIR / "fallback-fonts.json"

# Characters that belong to the one before them (marks, joiners, selectors, skin tones): they
# stay in its font so that HarfBuzz shapes them together.
_JOINERS = frozenset({0x200C, 0x200D, 0x20E3})


def _to_unicode_cmap(font_name: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap, with characters beyond U+FFFF written as UTF-16.

    ReportLab writes every code point as four hex digits, so an emoji or a rare Han character
    (U+1F600, U+20000) reads back from the PDF as a different character (U+1F60 …); a PDF
    reader's search and copy need the surrogate pair the PDF standard asks for.
    """
    mappings = [
        f"<{index:02X}> <{char.encode('utf-16-be').hex().upper()}>"
        for index, char in enumerate(map(chr, subset))
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({font_name})",
            f"/Ordering ({font_name})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{font_name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *mappings,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def register_base_fonts(font_dir: Path = FONT_DIR) -> None:
    """Register the receipt's own font (DejaVu Sans, regular and bold) with ReportLab.

    Raises an OSError (or ReportLab's TTFError) when the fonts are missing or damaged.
    """
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    pdfmetrics.registerFont(TTFont(REGULAR, str(font_dir / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(font_dir / "DejaVuSans-Bold.ttf")))


@cache
def _ensure_base_fonts() -> None:
    """The receipt font, registered once, for the look-ups below."""
    if REGULAR not in pdfmetrics.getRegisteredFontNames():
        register_base_fonts()


@cache
def _covered(font_name: str) -> frozenset[int]:
    """The code points a registered font has a glyph for."""
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


@cache
def coverage(font_name: str) -> frozenset[str]:
    """The characters a registered font has a glyph for."""
    _ensure_base_fonts()
    return frozenset(map(chr, _covered(font_name)))


@cache
def plain_coverage(font_name: str) -> frozenset[str]:
    """The characters ``font_name`` prints as they are: covered, and not right to left.

    A string of only these needs no font fallback, no shaping and no reordering.
    """
    _ensure_base_fonts()
    return frozenset(
        chr(code)
        for code in _covered(font_name)
        if unicodedata.bidirectional(chr(code)) not in ("R", "AL")
    )


@cache
def _base_coverage(bold: bool) -> frozenset[int]:
    """What the receipt's own font prints (a bold block may borrow from the regular face)."""
    _ensure_base_fonts()
    return _covered(REGULAR) | _covered(BOLD) if bold else _covered(REGULAR)


@dataclass(frozen=True)
class _Fallback:
    file: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def covers(self, code: int) -> bool:
        at = bisect_right(self.starts, code) - 1
        return at >= 0 and code <= self.ends[at]


@cache
def _fallbacks() -> tuple[_Fallback, ...]:
    """The fallback fonts in the order they are tried, from the index shipped with them."""
    index = json.loads(FALLBACK_INDEX.read_text(encoding="utf-8"))
    return tuple(
        _Fallback(
            entry["file"],
            tuple(start for start, _end in entry["ranges"]),
            tuple(end for _start, end in entry["ranges"]),
        )
        for entry in index["fonts"]
    )


@cache
def _registered(file: str) -> str:
    """Register a fallback font the first time a receipt needs it; its ReportLab name."""
    name = "DeskFallback-" + file.removesuffix(".ttf")
    pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    return name


def fallback_font(code: int) -> str | None:
    """The ReportLab name of the first fallback font that has ``code``, registered; or None."""
    for fallback in _fallbacks():
        if fallback.covers(code):
            return _registered(fallback.file)
    return None


def marker(char: str) -> str:
    """What is printed for a character no font has: its code point, plainly not a box.

    Left-to-right marks around it keep its brackets in place on a right-to-left receipt.
    """
    return f"\u200e[U+{ord(char):04X}]\u200e"


def _invisible(char: str) -> bool:
    """Format controls and variation selectors: they change how text looks, print nothing."""
    code = ord(char)
    return (
        unicodedata.category(char) == "Cf" or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF
    )


def _clings(char: str) -> bool:
    """True for a character that is part of the cluster before it (a mark, a joiner …)."""
    code = ord(char)
    return (
        unicodedata.category(char) in ("Mn", "Mc", "Me")
        or code in _JOINERS
        or _invisible(char)
        or 0x1F3FB <= code <= 0x1F3FF  # emoji skin tones
    )


@dataclass(frozen=True)
class FontRun:
    """A stretch of text that one font prints; ``fallback`` runs are shaped by HarfBuzz."""

    text: str
    font: str
    fallback: bool


def _stays_with(char: str, run: FontRun) -> bool:
    """A mark the run's font has, or a joiner inside a shaped run (an emoji sequence)."""
    if not _clings(char):
        return False
    if ord(char) in _covered(run.font):
        return True
    # HarfBuzz hides joiners and selectors a font lacks; a visible mark would print as a box.
    return run.fallback and (_invisible(char) or ord(char) in _JOINERS)


def printable(text: str, *, bold: bool = False) -> tuple[str, bool]:
    """``text`` with each character no font has replaced by its marker; True if any was.

    Invisible characters (format controls, variation selectors) that no font has are dropped
    rather than marked: they print nothing in any font.
    """
    base = _base_coverage(bold)
    if all(ord(char) in base or char in "\n\r\t" for char in text):
        return text, False  # the common case: nothing to look up
    result: list[str] = []
    marked = False
    for char in text:
        code = ord(char)
        if code in base or char in "\n\r\t" or fallback_font(code) is not None:
            result.append(char)
        elif _invisible(char):
            continue
        else:
            result.append(marker(char))
            marked = True
    return "".join(result), marked


def font_runs(text: str, *, bold: bool = False) -> list[FontRun]:
    """Split printable ``text`` into runs by the font that prints each character.

    The block's own font comes first, then the regular face (DejaVu Sans Bold lacks a few
    characters the regular face has), then the fallback fonts. A mark or joiner stays with
    the character before it whenever that character's font has it.
    """
    _ensure_base_fonts()
    own = BOLD if bold else REGULAR
    if set(text) <= coverage(own):
        return [FontRun(text, own, False)] if text else []  # the common case, at once
    runs: list[FontRun] = []
    for char in text:
        code = ord(char)
        if runs and _stays_with(char, runs[-1]):
            runs[-1] = FontRun(runs[-1].text + char, runs[-1].font, runs[-1].fallback)
            continue
        font, fallback = own, False
        if code not in _covered(own):
            if code in _covered(REGULAR):
                font = REGULAR
            else:
                found = fallback_font(code)
                if found is None:
                    # Only invisible characters get here (see printable): keep them with the
                    # run before, whose shaping hides them, or leave them out.
                    if runs and runs[-1].fallback:
                        runs[-1] = FontRun(runs[-1].text + char, runs[-1].font, True)
                    continue
                font, fallback = found, True
        if runs and runs[-1].font == font:
            runs[-1] = FontRun(runs[-1].text + char, font, fallback)
        else:
            runs.append(FontRun(char, font, fallback))
    return runs
