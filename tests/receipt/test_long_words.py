"""Long words on receipts: read back from the PDF, every glyph lies within the paper's margins,
and the whole word is still there, on both papers and in both directions."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from desk_app.domain.record import Site, Staff, Submission
from desk_app.receipt import SiteTexts, render_receipt
from desk_app.receipt.render import A4_COLUMN, ROLL_MARGIN, ROLL_WIDTH
from tests.conftest import complete_draft

URL = "https://example.org/" + "a-very-long-path-segment/" * 11 + "end"  # 300 characters
WS = "W" * 200  # the widest Latin letter, with no place to break
NAME = "Z" * 90
SITE = "Ö" * 80
STEPS = "Ж" * 150
CATEGORY = "Snöröjning" + "X" * 70
TOLERANCE = 0.5  # points: a glyph's ink may stand a hair outside its advance


def _receipt(language: str, paper: str, description: str = WS) -> bytes:
    submission = Submission.from_draft(
        complete_draft(language=language, description=description, received_by=Staff("z", NAME)),
        reference="VAS-K7M2-9QX4-HT3C",
        site=Site("vas", "Stadshuset"),
    )
    texts = SiteTexts(site_name=SITE, contact=URL, next_steps=STEPS, privacy=URL)
    return render_receipt(submission, texts, category_name=CATEGORY, paper=paper)


def _column(paper: str) -> tuple[float, float]:
    """The printable column, left and right edge in points."""
    if paper == "a4":
        left = (A4[0] - A4_COLUMN) / 2
        return left, left + A4_COLUMN
    return ROLL_MARGIN, ROLL_WIDTH - ROLL_MARGIN


def _glyph_boxes(pdf: bytes) -> list[tuple[str, float, float]]:
    """Each printed character with the left and right edge of its box, as pdfium reads them."""
    page = pdfium.PdfDocument(pdf)[0]
    text = page.get_textpage()
    boxes = []
    for index in range(text.count_chars()):
        char = text.get_text_range(index, 1)
        if char.strip():
            left, _bottom, right, _top = text.get_charbox(index)
            boxes.append((char, left, right))
    return boxes


def _extracted(pdf: bytes) -> str:
    text = pdfium.PdfDocument(pdf)[0].get_textpage().get_text_range()
    # pdfium reads a hyphen that ends a line as a soft hyphen (U+FFFE): it is a printed "-".
    return text.replace("\ufffe", "-")


@pytest.mark.parametrize("paper", ["80mm", "a4"])
@pytest.mark.parametrize("language", ["en", "fa"])
def test_no_glyph_of_a_long_word_lies_outside_the_papers_margins(language, paper):
    pdf = _receipt(language, paper)
    left, right = _column(paper)
    boxes = _glyph_boxes(pdf)
    assert len(boxes) > 1000  # every long word was read back, not just the labels
    outside = [
        (char, round(start, 1), round(end, 1))
        for char, start, end in boxes
        if end > right + TOLERANCE or start < left - TOLERANCE
    ]
    assert not outside, (left, right, outside[:5])


@pytest.mark.parametrize("paper", ["80mm", "a4"])
def test_a_long_word_is_broken_across_lines_not_cut(paper):
    text = "".join(_extracted(_receipt("en", paper)).split())  # the lines joined back
    for word in (WS, URL, NAME, SITE, STEPS, CATEGORY):
        assert word in text, word[:20]
    # The site's privacy text is the same URL: it too is printed whole.
    assert text.count(URL) == 2


@pytest.mark.parametrize("paper", ["80mm", "a4"])
def test_a_long_word_on_a_right_to_left_receipt_is_printed_whole(paper):
    text = _extracted(_receipt("fa", paper))
    # Each piece of a broken word keeps its letters; neutral marks at a line's edge may move
    # to the right-to-left side, so count rather than search.
    for letter, count in (("W", 200), ("Z", 90), ("Ö", 80), ("Ж", 150)):
        assert text.count(letter) == count, letter
    # The URL (contact and privacy) is printed twice; its letters v, y and p nowhere else.
    for letter in "vyp":
        assert text.count(letter) == 2 * URL.count(letter), letter


def test_the_long_word_fills_many_lines_of_the_roll():
    pdf = _receipt("en", "80mm")
    page = pdfium.PdfDocument(pdf)[0]
    lines_of_w = [line for line in _extracted(pdf).splitlines() if set(line) == {"W"}]
    assert len(lines_of_w) >= 6  # 200 W at 9 pt on 72 mm: some 26 to a line
    assert page.get_width() == pytest.approx(80 * mm)


def test_chinese_without_spaces_wraps_within_the_roll_and_keeps_every_character():
    sentence = "路灯坏了三天，晚上很黑，行人看不见路面上的冰。" * 6
    pdf = _receipt("en", "80mm", description=sentence)
    left, right = _column("80mm")
    assert all(
        left - TOLERANCE <= start and end <= right + TOLERANCE
        for _char, start, end in _glyph_boxes(pdf)
    )
    joined = "".join(_extracted(pdf).split())
    assert sentence in joined
    # A full stop or comma never starts a line: it stays with what it closes.
    assert not any(line.startswith(("，", "。")) for line in _extracted(pdf).splitlines())


@pytest.mark.parametrize(
    ("word", "cluster"),
    [("क्ष" * 60, "क्ष"), ("👍🏽" * 60, "👍🏽"), ("e\u0301" * 120, "e\u0301")],
    ids=["devanagari-conjunct", "emoji-with-skin-tone", "letter-with-combining-accent"],
)
def test_a_long_word_breaks_between_clusters_never_inside_one(word, cluster):
    from desk_app.receipt.lines import wrap
    from desk_app.receipt.render import register_fonts

    register_fonts()
    width = ROLL_WIDTH - 2 * ROLL_MARGIN
    lines = wrap(word, bold=False, size=9, width=width, right_to_left=False)
    assert len(lines) > 1
    assert "".join(line.text for line in lines) == word
    for line in lines:
        assert line.width <= width
        assert line.text == cluster * (len(line.text) // len(cluster)), line.text
