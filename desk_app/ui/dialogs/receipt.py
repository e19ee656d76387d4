"""Shown right after a save: the reference, the receipt printed, one key to the next person."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.record import Submission
from desk_app.ui.plumbing.accessibility import describe
from desk_app.ui.plumbing.i18n import align_with_screen, mark_as_data
from desk_app.ui.plumbing.receipt_actions import PrintError, print_receipt, save_receipt_as


class ReceiptDialog(QDialog):
    """Confirms the save and handles the receipt; Enter closes it for the next person."""

    def __init__(
        self,
        submission: Submission,
        pdf: bytes,
        *,
        print_mode: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.submission = submission
        self.pdf = pdf
        self.print_mode = print_mode
        self.setWindowTitle(self.tr("Saved"))
        self.setModal(True)

        heading = QLabel(self.tr("Saved. The reference number is:"))
        self.reference_label = QLabel(submission.reference)
        self.reference_label.setObjectName("reference")
        mark_as_data(self.reference_label)
        align_with_screen(self.reference_label)
        self.reference_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.reference_label.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.reference_label.setFont(font)
        describe(
            self.reference_label,
            self.tr("Reference number"),
            self.tr("Give this number to the resident; it is also on the receipt."),
        )
        self.print_status = QLabel("")
        self.print_status.setWordWrap(True)
        self.print_status.setObjectName("printStatus")

        self.next_button = QPushButton(self.tr("&Next person   (Enter)"))
        self.next_button.setDefault(True)
        self.next_button.setAutoDefault(True)
        self.next_button.clicked.connect(self.accept)
        self.print_button = QPushButton(
            self.tr("&Print again") if print_mode != "none" else self.tr("&Print")
        )
        self.print_button.clicked.connect(lambda: self.print_now())
        self.save_button = QPushButton(self.tr("Save as P&DF…"))
        self.save_button.clicked.connect(self.save_pdf)
        for button in (self.next_button, self.print_button, self.save_button):
            button.setMinimumHeight(44)
        describe(
            self.next_button,
            self.tr("Next person"),
            self.tr("Closes this and empties the form (Enter)."),
        )
        describe(self.print_button, self.tr("Print"), self.tr("Prints the receipt (again)."))
        describe(
            self.save_button, self.tr("Save as PDF"), self.tr("Saves the receipt as a PDF file.")
        )

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.reference_label)
        layout.addWidget(self.print_status)
        layout.addLayout(buttons)
        self.next_button.setFocus()
        if print_mode != "none":
            # Print once the dialog is on screen, so a slow printer never hides the reference.
            QTimer.singleShot(0, lambda: self.print_now(asked=False))
        else:
            self.print_status.setText(self.tr("Printing is switched off on this desk."))

    def print_now(self, *, asked: bool = True) -> None:
        """Print the receipt; a failure is shown here (the record is already safe)."""
        try:
            message = print_receipt(
                self, self.pdf, self.submission.reference, self.print_mode, asked=asked
            )
        except PrintError as error:
            message = self.tr("Not printed: {reason}").format(reason=error)
        self.print_status.setText(message)
        self.next_button.setFocus()

    def save_pdf(self) -> None:
        """Save the receipt as a PDF file chosen by the worker."""
        target = save_receipt_as(self, self.pdf, self.submission.reference)
        if target is not None:
            self.print_status.setText(self.tr("Receipt saved as {path}.").format(path=target))
        self.next_button.setFocus()
