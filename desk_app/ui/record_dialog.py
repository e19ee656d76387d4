"""One saved record, read-only, with a reprint of its receipt marked COPY."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.record import Submission, SyncState
from desk_app.services.desk import DeskService
from desk_app.ui.accessibility import describe, describe_buttons
from desk_app.ui.intake_form import CHANNEL_LABELS, KIND_LABELS, RELATION_LABELS
from desk_app.ui.queue_view import SYNC_LABELS
from desk_app.ui.receipt_actions import PrintError, print_receipt, save_receipt_as


class RecordDialog(QDialog):
    """Shows every field of a record; nothing here can change it.

    A record the case system refused shows why, with "Send again" for after the cause is fixed.
    """

    sent_again = Signal()

    def __init__(
        self, desk: DeskService, submission: Submission, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self.submission = submission
        self.setWindowTitle(f"Record {submission.reference}")
        form = QFormLayout()
        reporter = submission.reporter
        behalf = submission.on_behalf_of
        rows = [
            ("Reference", submission.reference),
            ("Received", submission.received_at.astimezone().strftime("%Y-%m-%d %H:%M")),
            ("Kind", KIND_LABELS[submission.kind]),
            ("Category", desk.category_name(submission.category, "en")),
            ("What happened", submission.description),
            (
                "When",
                submission.occurred_at.strftime("%Y-%m-%d %H:%M") if submission.occurred_at else "",
            ),
            ("Where", submission.location),
            ("Channel", CHANNEL_LABELS[submission.channel]),
            ("Receipt language", submission.language),
            ("Contact", "Anonymous" if reporter.anonymous else reporter.name),
            ("Email", reporter.email),
            ("Phone", reporter.phone),
            ("Postal address", reporter.postal_address),
            (
                "Reply",
                f"Yes, by {reporter.preferred_contact}" if submission.wants_reply else "No",
            ),
            (
                "On behalf of",
                f"{RELATION_LABELS[behalf.relation]} {behalf.note}".strip() if behalf else "",
            ),
            ("Privacy notice given", "Yes" if submission.privacy_notice_given else "No"),
            ("Received by", submission.received_by.staff_id),
            ("Sync state", SYNC_LABELS[submission.sync_state]),
            ("Why", submission.sync_reason),
            ("Case", f"{submission.case_number} {submission.case_status}".strip()),
            (
                "Case status",
                submission.case_status_text.get("en")
                or submission.case_status_text.get("sv")
                or next(iter(submission.case_status_text.values()), ""),
            ),
        ]
        for label, value in rows:
            if not value:
                continue
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setAccessibleName(label)
            shown.setAccessibleDescription(f"{label} of this record")
            form.addRow(f"{label}:", shown)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.reprint_button = QPushButton("&Reprint receipt (COPY)")
        self.reprint_button.clicked.connect(self.reprint)
        self.save_button = QPushButton("Save copy as P&DF…")
        self.save_button.clicked.connect(self.save_pdf)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.reprint_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        if submission.sync_state is SyncState.NEEDS_ATTENTION:
            # The case system refused it: let staff correct the category, then send again.
            self.category = QComboBox()
            describe(
                self.category,
                "Category to send",
                "The case system refused the record: choose a category it takes.",
            )
            for category in desk.categories():
                self.category.addItem(category.display_name("en"), category.code)
            self.category.setCurrentIndex(self.category.findData(submission.category))
            category_label = QLabel("Send with &category:")
            category_label.setBuddy(self.category)
            form.addRow(category_label, self.category)
            self.send_again_button = QPushButton("Send &again")
            self.send_again_button.clicked.connect(self.send_again)
            buttons.addButton(self.send_again_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        describe_buttons(
            buttons,
            {
                "Close": "Closes the record.",
                "Reprint receipt (COPY)": "Prints the receipt again, marked COPY.",
                "Save copy as PDF…": "Saves the receipt, marked COPY, as a PDF file.",
                "Send again": "Sends the record again with the chosen category.",
            },
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.reprint_button.setFocus()

    def send_again(self) -> None:
        """Queue the refused record (with the chosen category) for sending again and close."""
        category = self.category.currentData()
        if category is None:
            self.status.setText("Choose a category the case system takes, then send again.")
            return
        self._desk.send_again(self.submission, category=str(category))
        self.sent_again.emit()
        self.accept()

    def copy_pdf(self) -> bytes:
        """The receipt again, marked COPY."""
        return self._desk.receipt_pdf(self.submission, copy=True)

    def reprint(self) -> None:
        mode = self._desk.settings["printing.mode"]
        try:
            message = print_receipt(
                self, self.copy_pdf(), self.submission.reference, mode, asked=True
            )
        except PrintError as error:
            message = f"Not printed: {error}"
        self.status.setText(message)

    def save_pdf(self) -> None:
        target = save_receipt_as(self, self.copy_pdf(), self.submission.reference)
        if target is not None:
            self.status.setText(f"Copy saved as {target}.")
