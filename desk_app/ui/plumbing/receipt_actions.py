"""Printing a receipt or saving it as PDF, as the site's settings say: shared by the
after-save dialog and the reprint in the queue."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from desk_app.ui.plumbing.printing import PrintError, default_printer, print_pdf

logger = logging.getLogger(__name__)


def print_receipt(
    parent: QWidget, pdf: bytes, reference: str, mode: str, *, asked: bool = False
) -> str:
    """Print ``pdf`` per ``mode`` (default_printer | dialog | none); returns what happened.

    ``asked`` means the worker pressed a Print button: on a desk that never prints by itself,
    that opens the print dialog. Raises PrintError with a message for the desk worker.
    """
    if asked and mode == "none":
        mode = "dialog"
    if mode == "none":
        return QCoreApplication.translate(
            "ReceiptActions", "Printing is switched off on this desk."
        )
    if mode == "dialog":
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # loaded to print

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("ReceiptActions", "Print receipt"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return QCoreApplication.translate("ReceiptActions", "Not printed.")
    else:
        printer = default_printer()
    print_pdf(pdf, printer, job_name=f"Receipt {reference}")
    logger.info("Printed receipt %s on %s", reference, printer.printerName() or "a file")
    return QCoreApplication.translate(
        "ReceiptActions", "Receipt sent to the printer {name}."
    ).format(name=printer.printerName())


def save_receipt_as(parent: QWidget, pdf: bytes, reference: str) -> Path | None:
    """Ask where to save the receipt PDF and write it there; None when cancelled."""
    suggested = Path.home() / f"receipt-{reference}.pdf"
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ReceiptActions", "Save receipt as PDF"),
        str(suggested),
        QCoreApplication.translate("ReceiptActions", "PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    target = Path(chosen)
    temporary = target.with_name(target.name + ".part")
    temporary.write_bytes(pdf)
    os.replace(temporary, target)
    return target


__all__ = ["PrintError", "print_receipt", "save_receipt_as"]
