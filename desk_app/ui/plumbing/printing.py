"""Printing receipts through Qt's print system.

Qt cannot print a PDF as such, so each page is rasterized with PDFium at the printer's
resolution and painted onto the QPrinter: what is printed is exactly the saved PDF.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QImage, QPainter

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


class PrintError(Exception):
    """Printing failed; the message tells the desk worker what to do instead."""


def default_printer() -> QPrinter:
    """A QPrinter on the system's default printer; PrintError when there is none."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo  # loaded to print, not at start

    info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        raise PrintError(
            QCoreApplication.translate(
                "Printing",
                "No printer is set up on this computer. Save the receipt as PDF, "
                "or ask IT to set up a default printer.",
            )
        )
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def pdf_page_images(pdf: bytes, dpi: float) -> list[QImage]:
    """Each page of ``pdf`` as an image at ``dpi`` dots per inch."""
    import pypdfium2 as pdfium  # loaded when printing, not at start-up

    document = pdfium.PdfDocument(pdf)
    images = []
    try:
        for page in document:
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(
                bytes(bitmap.buffer),
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB888
                if bitmap.n_channels == 3
                else QImage.Format.Format_RGBA8888,
            )
            images.append(image.copy())  # detach from the buffer PDFium owns
    finally:
        document.close()
    return images


def print_pdf(pdf: bytes, printer: QPrinter, *, job_name: str) -> None:
    """Print every page of ``pdf`` on ``printer``, scaled to fit its page, keeping proportions."""
    printer.setDocName(job_name)
    dpi = min(max(printer.resolution(), 150), 600)
    images = pdf_page_images(pdf, dpi)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(
            QCoreApplication.translate(
                "Printing", "The printer '{name}' cannot be used right now."
            ).format(name=printer.printerName())
        )
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            page = QRectF(painter.viewport())
            scale = min(page.width() / image.width(), page.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            painter.drawImage(target, image)
    finally:
        painter.end()
