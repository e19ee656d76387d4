"""Build the receipt's fallback fonts and their coverage index (run by hand, not by the app).

The receipt prints in DejaVu Sans; the scripts DejaVu lacks (Chinese, Japanese, Korean, the
scripts of India, Thai, Khmer, Myanmar, Ethiopic …, and emoji) print in Noto fonts (SIL OFL 1.1).
This script makes those fonts small enough to ship and usable by ReportLab:

* Noto Sans CJK (Debian's fonts-noto-cjk) is a 19 MB collection with CFF outlines, which
  ReportLab cannot embed. We take the Simplified Chinese face, keep the characters of the
  national standard sets in everyday use — GB 2312 (6,763 Han), Big5 level 1 (5,401 Han,
  traditional), JIS X 0208 level 1 (2,965 kanji): 9,246 Han in all, which cover nearly all
  of everyday Chinese and Japanese text — plus every Hangul syllable (11,172: Korean spells
  any syllable, a loanword or name may need a rare one), kana, Bopomofo, CJK punctuation and
  full-width forms, and convert the outlines to TrueType quadratic curves. A rarer Han
  character is printed as a visible marker instead.
* The other Noto fonts (the variable fonts that the PyPI package ``manimgx-fonts`` ships
  unmodified) are cut to their regular weight.

It also writes ``fallback-fonts.json``: for each font, in the order the receipt tries them,
the code point ranges it adds to DejaVu Sans. The receipt reads that index to decide which
font (if any) a character needs without opening every font file.

Run: python make_fallback_fonts.py CJK_TTC MANIMGX_FONTS_DIR  (needs fontTools; writes here)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable
from fontTools.varLib import instancer

HERE = Path(__file__).resolve().parent
CJK_FILE = "NotoSansCJKsc-Common-Regular.ttf"
# The Noto fonts for scripts DejaVu Sans lacks, in the order the receipt tries them.
SCRIPT_FONTS = [
    "NotoSansDevanagari",
    "NotoSansBengali",
    "NotoSansGurmukhi",
    "NotoSansGujarati",
    "NotoSansOriya",
    "NotoSansTamil",
    "NotoSansTelugu",
    "NotoSansKannada",
    "NotoSansMalayalam",
    "NotoSansSinhala",
    "NotoSansThai",
    "NotoSansLao",
    "NotoSansKhmer",
    "NotoSansMyanmar",
    "NotoSansEthiopic",
    "NotoSansHebrew",
    "NotoSansArmenian",
    "NotoSansGeorgian",
    "NotoSansSymbols",
    "NotoEmoji",
]


def _decoded(codec: str, leads: range, trails: range) -> set[int]:
    """The characters a double-byte legacy code page encodes in the given byte ranges."""
    found: set[int] = set()
    for lead in leads:
        for trail in trails:
            try:
                text = bytes([lead, trail]).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(text) == 1:
                found.add(ord(text))
    return found


def cjk_characters() -> set[int]:
    """The everyday CJK repertoire: the national standards' common sets, kana and punctuation."""
    chars = _decoded("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF))
    chars |= _decoded("big5", range(0xA1, 0xC7), range(0x40, 0xFF))  # symbols + level 1
    chars |= _decoded("euc_jp", range(0xA1, 0xB0), range(0xA1, 0xFF))  # symbols, kana
    chars |= _decoded("euc_jp", range(0xB0, 0xD0), range(0xA1, 0xFF))  # kanji level 1
    chars |= _decoded("euc_kr", range(0xA1, 0xAD), range(0xA1, 0xFF))  # symbols
    for start, end in (
        (0xAC00, 0xD7A3),  # Hangul syllables
        (0x3000, 0x303F),  # CJK symbols and punctuation
        (0x3040, 0x30FF),  # Hiragana, Katakana
        (0x3100, 0x312F),  # Bopomofo
        (0x3130, 0x318F),  # Hangul compatibility jamo
        (0x31F0, 0x31FF),  # Katakana phonetic extensions
        (0xFF00, 0xFFEF),  # half- and full-width forms
    ):
        chars |= set(range(start, end + 1))
    return chars


def _to_truetype(font: TTFont) -> None:
    """Replace CFF (cubic) outlines by glyf (quadratic) ones: ReportLab embeds only glyf."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(None)
        # Half a unit of 1000 per em is far below what a receipt printer resolves.
        glyph_set[name].draw(Cu2QuPen(pen, max_err=0.5, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in [
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ]:
        setattr(maxp, field, 0)  # no hinting instructions
    maxp.maxZones = 1
    maxp.numGlyphs = len(glyph_order)
    font["head"].glyphDataFormat = 0
    font["head"].indexToLocFormat = 1
    font["post"].formatType = 3.0  # no glyph names: smaller, and nothing needs them
    font.sfntVersion = "\x00\x01\x00\x00"
    font.recalcBBoxes = True


def _subset(font: TTFont, codepoints: set[int], *, layout: bool) -> None:
    options = subset.Options()
    options.layout_features = ["*"] if layout else []
    options.name_IDs = ["*"]  # keeps the copyright and licence notices
    options.notdef_outline = True
    options.hinting = False  # pdf viewers and printers do not use TrueType hinting
    options.drop_tables += ["vhea", "vmtx", "BASE", "STAT", "MVAR", "HVAR"]
    if not layout:
        options.drop_tables += ["GSUB", "GPOS", "GDEF"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)


def build_cjk(collection_path: Path) -> Path:
    """The Simplified Chinese face, cut to the everyday repertoire, with TrueType outlines."""
    collection = TTCollection(str(collection_path))
    font = next(
        face for face in collection.fonts if face["name"].getDebugName(4) == "Noto Sans CJK SC"
    )
    # CJK needs no shaping on a receipt (no vertical text, no ligatures): layout tables go.
    _subset(font, cjk_characters() & set(font.getBestCmap()), layout=False)
    _to_truetype(font)
    target = HERE / CJK_FILE
    font.save(str(target))
    return target


def build_script_font(source_dir: Path, family: str) -> Path:
    """``family`` at its regular weight as a static font, with its shaping tables."""
    font = TTFont(str(source_dir / f"{family}[wght].ttf"))
    instancer.instantiateVariableFont(font, {"wght": 400}, inplace=True)
    _subset(font, set(font.getBestCmap()), layout=True)
    target = HERE / f"{family}-Regular.ttf"
    font.save(str(target))
    return target


def _ranges(codepoints: set[int]) -> list[list[int]]:
    ranges: list[list[int]] = []
    for code in sorted(codepoints):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return ranges


def write_index(fonts: list[Path]) -> None:
    """For each font, the code points it adds to DejaVu Sans and the fonts before it."""
    covered = set(TTFont(str(HERE / "DejaVuSans.ttf")).getBestCmap())
    entries = []
    for path in fonts:
        adds = set(TTFont(str(path)).getBestCmap()) - covered
        adds = {code for code in adds if code > 0x20}
        if not adds:
            print(f"{path.name} adds nothing to the fonts before it; not shipped", file=sys.stderr)
            path.unlink()
            continue
        covered |= adds
        entries.append({"file": path.name, "ranges": _ranges(adds)})
    (HERE / "fallback-fonts.json").write_text(
        json.dumps({"fonts": entries}, separators=(",", ":")) + "\n", encoding="utf-8"
    )


def main() -> None:
    """Build every fallback font from the sources named on the command line."""
    cjk_collection, noto_dir = Path(sys.argv[1]), Path(sys.argv[2])
    fonts = [build_cjk(cjk_collection)]
    fonts += [build_script_font(noto_dir, family) for family in SCRIPT_FONTS]
    write_index(fonts)


if __name__ == "__main__":
    main()
