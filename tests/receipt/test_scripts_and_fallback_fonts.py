"""Chinese, Japanese, Korean, Hindi, Thai and emoji on receipts: printed in a font that has them,
read back from the PDF as the same text, with ink on the paper; a character no font has is
printed as its code point, and the receipt says the full text is kept."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import unicodedata

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from desk_app.domain.record import Site, Submission
from desk_app.receipt import SiteTexts, render_receipt
from desk_app.receipt.fonts import FALLBACK_INDEX, FONT_DIR
from tests.conftest import complete_draft

CHINESE = "路灯坏了三天"
KOREAN = "보도블록이 깨졌습니다"
JAPANESE = "駅前の歩道が凍っています"
HINDI = "सड़क पर कचरा है"  # no conjuncts: each letter reads back as itself
THAI = "ถนนมีหลุม"
EMOJI = "🧌"  # only in Noto Emoji, not in DejaVu Sans
HIEROGLYPH = "\U00013000"  # Egyptian: no shipped font has it
RARE_HAN = "\U00020000"  # CJK extension B: beyond the everyday set the CJK font keeps


def _receipt(description: str, language: str = "en", paper: str = "80mm") -> bytes:
    submission = Submission.from_draft(
        complete_draft(language=language, description=description),
        reference="VAS-K7M2-9QX4-HT3C",
        site=Site("vas", "Stadshuset"),
    )
    return render_receipt(
        submission, SiteTexts("Stadshuset", "021-39 00 00"), category_name="Snow", paper=paper
    )


def _text(pdf: bytes) -> str:
    text = pdfium.PdfDocument(pdf)[0].get_textpage().get_text_range()
    return text.replace("\u200e", "")  # the marker's invisible direction marks


def _joined(text: str) -> str:
    """The text's lines joined without spaces, letters decomposed: a word broken across two
    lines reads whole, and a letter with a nukta reads the same whichever way it was drawn."""
    return unicodedata.normalize("NFD", "".join(text.split()))


def _embedded_fonts(pdf: bytes) -> set[str]:
    """The fonts the page uses, without the subset prefix (ABCDEF+Name → Name)."""
    fonts = PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/Font"]
    return {str(font.get_object()["/BaseFont"]).split("+")[-1] for font in fonts.values()}


MIXED = f"{CHINESE}。 {KOREAN}. {JAPANESE}。 {HINDI}। {THAI} {EMOJI}"


@pytest.mark.parametrize("language", ["en", "fa"])
def test_cjk_hindi_thai_and_emoji_read_back_as_the_text_that_was_given(language):
    text = _joined(_text(_receipt(MIXED, language)))
    assert EMOJI in text
    # On a right-to-left receipt the emoji ending the text stands at the line's left end
    # (the paragraph's direction), before words of the line: read the words without it.
    text = text.replace(EMOJI, "")
    for words in (CHINESE, KOREAN, JAPANESE, HINDI, THAI):
        assert _joined(words) in text, words


def test_the_fallback_fonts_are_embedded_in_the_pdf():
    fonts = _embedded_fonts(_receipt(MIXED))
    assert {
        "NotoSansCJKsc-Regular",
        "NotoSansDevanagari-Regular",
        "NotoSansThai-Regular",
        "NotoEmoji-Regular",
    } <= fonts
    assert "DejaVuSans" in fonts  # the Latin labels stay in the receipt's own font


def test_a_latin_receipt_embeds_no_fallback_font():
    fonts = _embedded_fonts(_receipt("Snön har inte plogats på Storgatan 4.", "sv"))
    assert not any(name.startswith("Noto") for name in fonts), fonts


def test_a_latin_receipt_registers_no_fallback_font_in_a_fresh_process():
    # Fallback fonts (the CJK one is 5 MB) load only for a receipt that needs them.
    program = (
        "from reportlab.pdfbase import pdfmetrics\n"
        "from desk_app.domain.record import Site, Submission\n"
        "from desk_app.receipt import SiteTexts, render_receipt\n"
        "from tests.conftest import complete_draft\n"
        "submission = Submission.from_draft(complete_draft(description=DESCRIPTION),"
        " reference='VAS-K7M2-9QX4-HT3C', site=Site('vas', 'Stadshuset'))\n"
        "render_receipt(submission, SiteTexts('Stadshuset', '021'), category_name='Snow')\n"
        "print(sorted(pdfmetrics.getRegisteredFontNames()))\n"
    )
    registered = {}
    for name, description in (("latin", "Snön på Storgatan."), ("chinese", CHINESE)):
        result = subprocess.run(
            [sys.executable, "-c", f"DESCRIPTION = {description!r}\n" + program],
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        registered[name] = result.stdout
    assert "DeskSans" in registered["latin"]
    assert "DeskFallback" not in registered["latin"]
    assert "DeskFallback-NotoSansCJKsc-Common-Regular" in registered["chinese"]


def _ink_share(pdf: bytes, needle: str, scale: float = 3) -> float:
    """The share of dark pixels in the box pdfium gives for ``needle`` on the page."""
    page = pdfium.PdfDocument(pdf)[0]
    text = page.get_textpage()
    found = text.search(needle).get_next()
    assert found, needle
    index, count = found
    boxes = [text.get_charbox(at) for at in range(index, index + count)]
    left = min(box[0] for box in boxes)
    right = max(box[2] for box in boxes)
    bottom = min(box[1] for box in boxes)
    top = max(box[3] for box in boxes)
    image = page.render(scale=scale).to_pil().convert("L")
    height = page.get_height()
    region = image.crop(
        (
            int(left * scale),
            int((height - top) * scale),
            int(right * scale) + 1,
            int((height - bottom) * scale) + 1,
        )
    )
    dark = sum(region.histogram()[:128])
    return dark / (region.width * region.height)


@pytest.mark.parametrize(
    "needle",
    ["路灯坏了", "보도블록이", "駅前の歩道", "कचरा", "ถนน"],
    ids=["chinese", "korean", "japanese", "hindi", "thai"],
)
def test_the_lines_in_other_scripts_have_ink_on_the_paper(needle):
    # An empty box (or nothing) would be a thin outline: real letters fill a fair share.
    assert _ink_share(_receipt(MIXED), needle) > 0.12


def test_a_character_no_font_has_prints_as_its_code_point_and_the_receipt_says_so():
    pdf = _receipt(f"Bild {HIEROGLYPH} och {RARE_HAN} här", "sv")
    text = _text(pdf)
    assert "Bild [U+13000] och [U+20000] här" in text
    assert "[U+13000]" in _text(_receipt(f"Bild {HIEROGLYPH}", "sv", paper="a4"))
    assert HIEROGLYPH not in text and RARE_HAN not in text
    assert "Hela din text sparas" in text  # Swedish, the receipt's language


def test_the_note_on_unprintable_characters_is_absent_when_all_print():
    text = _text(_receipt(MIXED))
    assert "[U+" not in text
    assert "cannot print" not in text


def test_the_note_is_in_the_receipt_language_right_to_left_too():
    text = _text(_receipt(f"برف {HIEROGLYPH}", "fa"))
    assert "U+13000" in text  # pdfium's own reordering may move the brackets on read-back
    assert _joined("این رسید نمی تواند چاپ کند") in _joined(text)  # "… cannot print"


def test_the_fallback_index_names_shipped_fonts_with_truetype_outlines():
    # ReportLab embeds only TrueType (glyf) outlines; a CFF font would fail at registration.
    from reportlab.pdfbase.ttfonts import TTFontFile

    index = json.loads(FALLBACK_INDEX.read_text(encoding="utf-8"))
    files = [entry["file"] for entry in index["fonts"]]
    assert "NotoSansCJKsc-Common-Regular.ttf" in files
    for name in files:
        font = TTFontFile(str(FONT_DIR / name))
        assert "glyf" in font.table, name
    assert (FONT_DIR / "LICENSE-Noto.txt").read_text(encoding="utf-8").count("Open Font License")
