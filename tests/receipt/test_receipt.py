"""Receipts read back from the PDF: what a resident takes home must say the right things."""

from __future__ import annotations

import io
import shutil
import subprocess

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from desk_app.domain.record import Reporter, Site, Submission
from desk_app.receipt import SiteTexts, render_receipt
from tests.conftest import complete_draft

TEXTS = SiteTexts(site_name="Stadshuset reception", contact="021-39 00 00 · info@example.se")


def _submission(**changes):
    return Submission.from_draft(
        complete_draft(**changes), reference="VAS-K7M2-9QX4-HT3C", site=Site("vas", "Stadshuset")
    )


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_a_swedish_receipt_says_what_was_recorded_and_what_happens_next():
    pdf = render_receipt(_submission(), TEXTS, category_name="Snöröjning")
    text = _text(pdf)
    for expected in (
        "Stadshuset reception",
        "Kvitto på din synpunkt",
        "VAS-K7M2-9QX4-HT3C",
        "Typ: Klagomål",
        "Kategori: Snöröjning",
        "Vad händer nu",
        "I vårt första svar",
        "021-39 00 00",
        "Dina personuppgifter",
        "Vi svarar via e-post",
        "Mottagen av: Anna S",
    ):
        assert expected in text, expected
    assert "KOPIA" not in text
    assert "arbetsdag" not in text  # the promise counts calendar days unless a site says so


def test_an_english_reprint_is_marked_copy_and_uses_the_site_texts():
    texts = SiteTexts(site_name="Library", contact="call us", next_steps="We answer within a week.")
    pdf = render_receipt(_submission(language="en"), texts, category_name="Snow", copy=True)
    text = _text(pdf)
    assert "*** COPY ***" in text
    assert "We answer within a week." in text
    assert "two working days" not in text
    assert "Receipt for your feedback" in text


def test_roll_receipt_is_80_mm_wide_and_as_long_as_its_content():
    short = render_receipt(_submission(description="Short."), TEXTS, category_name="Snow")
    long = render_receipt(_submission(description="Long text. " * 60), TEXTS, category_name="S")
    short_page = PdfReader(io.BytesIO(short)).pages[0].mediabox
    long_page = PdfReader(io.BytesIO(long)).pages[0].mediabox
    assert float(short_page.width) == pytest.approx(80 * mm)
    assert float(long_page.height) > float(short_page.height)


def test_a4_receipt_is_a4():
    pdf = render_receipt(_submission(), TEXTS, category_name="Snow", paper="a4")
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((210 * mm, 297 * mm), abs=1)


def test_long_descriptions_are_summarised_not_cut_silently():
    description = "Snow everywhere on the street. " * 40
    text = _text(render_receipt(_submission(description=description), TEXTS, category_name="S"))
    assert "…" in text


def test_anonymous_receipt_says_so_and_holds_no_contact_details():
    submission = _submission(reporter=Reporter(anonymous=True), wants_reply=False)
    text = _text(render_receipt(submission, TEXTS, category_name="Snow"))
    assert "Lämnad anonymt" in text


def test_names_in_other_scripts_are_embedded_not_dropped():
    submission = _submission(description="Гололёд у дома · Ελένη · Łódź")
    text = _text(render_receipt(submission, TEXTS, category_name="Snow"))
    assert "Гололёд у дома · Ελένη · Łódź" in text


@pytest.mark.skipif(not shutil.which("zbarimg"), reason="zbarimg (zbar-tools) not installed")
def test_the_qr_code_scans_as_the_reference(tmp_path):
    pdf = render_receipt(_submission(), TEXTS, category_name="Snow")
    page = pdfium.PdfDocument(pdf)[0]
    image_path = tmp_path / "receipt.png"
    page.render(scale=4).to_pil().save(image_path)
    result = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(image_path)],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    assert result.stdout.strip() == "VAS-K7M2-9QX4-HT3C"


def test_the_sites_own_next_steps_print_only_in_the_sites_language(tmp_path):
    from desk_app.app import open_desk
    from desk_app.settings import load_settings
    from tests.conftest import isolated_environ

    environ = isolated_environ(
        tmp_path, receipt_next_steps="Vi ringer dig inom en vecka.", site_language="sv"
    )
    desk = open_desk(load_settings(environ=environ))
    saved = desk.service.save(complete_draft(language="sv"))
    assert "Vi ringer dig inom en vecka." in _text(desk.service.receipt_pdf(saved))
    english = desk.service.save(complete_draft(language="en"))
    text = _text(desk.service.receipt_pdf(english))
    assert "Vi ringer dig" not in text  # a resident reading English gets English
    assert "Our first response tells you" in text
    desk.store.engine.dispose()


def test_the_site_may_word_its_receipt_texts_per_language(tmp_path):
    from desk_app.app import open_desk
    from desk_app.settings import load_settings
    from tests.conftest import isolated_environ

    (tmp_path / "machine-settings.toml").write_text(
        '[receipt]\nnext_steps = "Vi ringer dig inom en vecka."\n\n'
        '[receipt.en]\nnext_steps = "We will phone you within a week."\n',
        encoding="utf-8",
    )
    desk = open_desk(load_settings(environ=isolated_environ(tmp_path, site_language="sv")))
    english = _text(desk.service.receipt_pdf(desk.service.save(complete_draft(language="en"))))
    assert "We will phone you within a week." in english
    # The site's words replace the built-in ones; the date line stays (the policy's promise).
    assert "Our first response tells you" not in english
    swedish = _text(desk.service.receipt_pdf(desk.service.save(complete_draft(language="sv"))))
    assert "Vi ringer dig inom en vecka." in swedish
    desk.store.engine.dispose()
