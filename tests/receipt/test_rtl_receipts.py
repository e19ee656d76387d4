"""Persian and Arabic receipts: right to left, letters joined as a shaping engine joins them."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata

import pytest
import uharfbuzz as hb
from PySide6.QtCore import Qt

from desk_app.domain.record import Site, Submission
from desk_app.receipt import SiteTexts, render, render_receipt
from desk_app.receipt.rtl import Run, runs, visual_line
from tests.conftest import complete_draft

MIXED = "برف در Storgatan 4 سه روز است که روبیده نشده است."
BIDI_CONTROLS = dict.fromkeys(range(0x202A, 0x202F))


def test_a_persian_line_with_a_street_name_splits_into_direction_runs():
    assert runs("برف در Storgatan 4 سه روز") == [
        Run("R", "برف در "),
        Run("L", "Storgatan 4"),
        Run("R", " سه روز"),
    ]
    assert runs("\u200fشماره: VAS-K7M2\u200f") == [Run("R", "شماره: "), Run("L", "VAS-K7M2")]


@pytest.mark.parametrize("word", ["کتابخانه", "شهر", "برف‌روبی", "الملاحظة", "شكوى"])
def test_letters_are_the_glyphs_harfbuzz_chooses_in_visual_order(word):
    render.register_fonts()
    font = hb.Font(hb.Face(hb.Blob((render.FONT_DIR / "DejaVuSans.ttf").read_bytes())))
    buffer = hb.Buffer()
    buffer.add_str(word)
    buffer.guess_segment_properties()
    hb.shape(font, buffer, {})
    engine = [font.glyph_to_string(info.codepoint) for info in buffer.glyph_infos]
    drawn = str(visual_line(word, render.REGULAR, 10))
    ours = [font.glyph_to_string(font.get_nominal_glyph(ord(char))) for char in drawn]
    assert ours == engine
    # Joined letters are contextual forms, not the isolated letters that were typed.
    assert any(0xFB50 <= ord(char) <= 0xFEFF for char in str(visual_line(word, render.REGULAR, 10)))


def _receipt_text(tmp_path, language):
    submission = Submission.from_draft(
        complete_draft(language=language, description=MIXED),
        reference="VAS-K7M2-9QX4-HT3C",
        site=Site("vas", "Stadshuset"),
    )
    pdf = tmp_path / f"receipt-{language}.pdf"
    pdf.write_bytes(
        render_receipt(
            submission, SiteTexts("کتابخانه شهر", "021-39 00 00"), category_name="برف‌روبی"
        )
    )
    extracted = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    # pdftotext marks embeddings with bidi controls; the joined forms normalise to letters.
    readable = unicodedata.normalize("NFKC", extracted).translate(BIDI_CONTROLS)
    return extracted, readable


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) missing")
@pytest.mark.parametrize(
    ("language", "title", "received"),
    [("fa", "رسید بازخورد شما", "دریافت شده"), ("ar", "إيصال ملاحظتك", "تاريخ الاستلام")],
)
def test_receipt_reads_right_to_left_with_joined_letters(tmp_path, language, title, received):
    raw, text = _receipt_text(tmp_path, language)
    assert title in text  # in reading order once the joined forms are normalised
    assert "VAS-K7M2-9QX4-HT3C" in text
    # The street name stays left to right, in its place (extraction moves spaces about).
    assert "برفدرStorgatan4سهروز" in text.replace(" ", "")
    assert received in text
    assert sum(0xFB50 <= ord(char) <= 0xFEFF for char in raw) > 50  # joined letter forms
    lines = text.splitlines()
    short_line = next(line for line in lines if received in line)
    long_line = next(line for line in lines if "Storgatan" in line)
    # Right-aligned: short lines are indented on the left, long ones less so.
    indent = len(short_line) - len(short_line.lstrip())
    assert indent > len(long_line) - len(long_line.lstrip())


def test_a_line_is_as_wide_as_harfbuzz_lays_it_out_even_with_a_zwnj():
    from desk_app.receipt.rtl import shaped_width

    render.register_fonts()
    word = "می‌دهیم"  # Persian keeps the prefix apart with a zero-width non-joiner
    font = hb.Font(hb.Face(hb.Blob((render.FONT_DIR / "DejaVuSans.ttf").read_bytes())))
    upem = font.face.upem
    buffer = hb.Buffer()
    buffer.add_str(word)
    buffer.guess_segment_properties()
    hb.shape(font, buffer, {})
    engine_width = sum(position.x_advance for position in buffer.glyph_positions) / upem * 10
    assert shaped_width(visual_line(word, render.REGULAR, 10), render.REGULAR, 10) == pytest.approx(
        engine_width, abs=0.05
    )


# A line of each script with a Latin street name in it, which also finds the line on the page.
SEEN_LINES = {
    "fa": MIXED,
    "ar": "الرصيف أمام المكتبة متجمد منذ ثلاثة أيام في Storgatan 4",
}
SCALE = 4  # render at 288 dpi


def _ink(image):
    """The black pixels of a greyscale image, cropped to where there are any."""
    mask = image.point(lambda value: 255 if value < 128 else 0).convert("1")
    return mask.crop(mask.getbbox())


def _overlap(ours, theirs):
    """Intersection over union of two ink masks, ``theirs`` scaled onto ``ours``."""
    from PIL import ImageChops

    theirs = theirs.resize(ours.size)
    both = ImageChops.logical_and(ours, theirs).histogram()[255]
    either = ImageChops.logical_or(ours, theirs).histogram()[255]
    return both / either


def _receipt_line_pixels(language, line):
    """The printed receipt's description line as a resident sees it: the PDF rendered to pixels
    (pdfium), cut out across the page's width."""
    import pypdfium2

    submission = Submission.from_draft(
        complete_draft(language=language, description=line),
        reference="VAS-K7M2-9QX4-HT3C",
        site=Site("vas", "Stadshuset"),
    )
    pdf = render_receipt(submission, SiteTexts("Stadshuset", "021"), category_name="x", paper="a4")
    page = pypdfium2.PdfDocument(pdf)[0]
    text = page.get_textpage()
    searcher = text.search("Storgatan")
    index, _count = searcher.get_next()
    _left, bottom, _right, top = text.get_charbox(index)
    centre = (page.get_height() - (bottom + top) / 2) * SCALE
    half_line = 9 * 1.25 / 2 * SCALE  # the description is set at 9 pt, lines 1.25 apart
    image = page.render(scale=SCALE).to_pil().convert("L")
    return image.crop((0, int(centre - half_line), image.width, int(centre + half_line)))


def _engine_pixels(line, size, width, height):
    """``line`` as Qt lays it out (HarfBuzz shaping, Unicode bidi) in the receipt's font."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QRectF
    from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter, QTextOption

    family_id = QFontDatabase.addApplicationFont(str(render.FONT_DIR / "DejaVuSans.ttf"))
    font = QFont(QFontDatabase.applicationFontFamilies(family_id)[0])
    font.setPixelSize(size)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # as pdfium draws
    image = QImage(width, height, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    option = QTextOption(Qt.AlignmentFlag.AlignCenter)
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    painter.drawText(QRectF(0, 0, width, height), line, option)
    painter.end()
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("L")


@pytest.mark.parametrize("language", ["fa", "ar"])
def test_a_printed_line_looks_as_a_shaping_engine_draws_it(qapp, tmp_path, language):
    line = SEEN_LINES[language]
    printed = _receipt_line_pixels(language, line)
    engine = _engine_pixels(line, 9 * SCALE, printed.width, printed.height * 3)
    printed.save(tmp_path / "printed.png")
    engine.save(tmp_path / "engine.png")
    ours, theirs = _ink(printed), _ink(engine)
    # Same letters, joined the same way, in the same order: as wide, and the ink overlaps.
    assert abs(ours.width - theirs.width) <= 0.02 * theirs.width, tmp_path
    assert _overlap(ours, theirs) > 0.7, tmp_path
    # The comparison tells a wrong line apart: unjoined letters, or words in typed order.
    unjoined = _engine_pixels("\u200c".join(line), 9 * SCALE, printed.width, printed.height * 3)
    left_to_right = _engine_pixels(
        "\u202d" + line + "\u202c", 9 * SCALE, printed.width, printed.height * 3
    )
    assert _overlap(ours, _ink(unjoined)) < 0.4
    assert _overlap(ours, _ink(left_to_right)) < 0.4
