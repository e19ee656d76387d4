"""Printing goes through Qt's print system; a PDF-file printer shows what would reach paper."""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtPrintSupport import QPrinter

from desk_app.domain.record import Site, Submission
from desk_app.receipt import SiteTexts, render_receipt
from desk_app.ui.plumbing.printing import pdf_page_images, print_pdf
from tests.conftest import complete_draft


def _receipt_pdf() -> bytes:
    submission = Submission.from_draft(
        complete_draft(), reference="VAS-K7M2-9QX4-HT3C", site=Site("vas", "Stadshuset")
    )
    return render_receipt(submission, SiteTexts("Stadshuset", "021"), category_name="Snow")


def _dark_fraction(image) -> float:
    width, height = image.width(), image.height()
    dark = sum(
        1
        for y in range(0, height, 4)
        for x in range(0, width, 4)
        if image.pixelColor(x, y).lightness() < 128
    )
    return dark / ((width // 4 + 1) * (height // 4 + 1))


def test_receipt_pages_rasterize_at_the_printers_resolution(qapp):
    images = pdf_page_images(_receipt_pdf(), dpi=203)  # a thermal roll printer
    assert len(images) == 1
    assert abs(images[0].width() - round(80 / 25.4 * 203)) <= 2
    assert 0.01 < _dark_fraction(images[0]) < 0.5  # ink, but not a black page


def test_printing_puts_the_receipt_on_the_page(qapp, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    output = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(output))
    print_pdf(_receipt_pdf(), printer, job_name="Receipt VAS-K7M2-9QX4-HT3C")
    printed = pdfium.PdfDocument(output.read_bytes())
    assert len(printed) == 1
    bitmap = printed[0].render(scale=1).to_pil().convert("L")
    histogram = bitmap.histogram()
    dark_pixels = sum(histogram[:128])
    assert dark_pixels > 0.005 * bitmap.width * bitmap.height
