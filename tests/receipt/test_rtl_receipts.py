"""Persian and Arabic receipts: right to left, letters joined as a shaping engine joins them."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest
import uharfbuzz as hb

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
