"""One saved record, read-only, with a reprint of its receipt marked COPY."""

from __future__ import annotations

import contextlib
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.attributes import answer_text, answered_questions
from desk_app.domain.categories import attributes_of
from desk_app.domain.record import Submission
from desk_app.services.desk import DeskService
from desk_app.ui.plumbing.accessibility import describe, describe_buttons
from desk_app.ui.plumbing.i18n import (
    align_with_screen,
    current_language,
    localized,
    mark_as_data,
    moment_text,
    native_name,
)
from desk_app.ui.plumbing.labels import (
    CASE_STATUS_LABELS,
    CHANNEL_LABELS,
    CONTACT_LABELS,
    KIND_LABELS,
    REFERRAL_LABELS,
    RELATION_LABELS,
    SUBMITTER_LABELS,
    SYNC_LABELS,
    label,
)
from desk_app.ui.plumbing.operations import DeskOperations, operations_for
from desk_app.ui.plumbing.receipt_actions import PrintError, print_receipt, save_receipt_as

if TYPE_CHECKING:  # loaded when a worker first corrects a record
    from desk_app.ui.dialogs.correction import CorrectionDialog


class RecordDialog(QDialog):
    """Shows every field of a record, read-only.

    A record the case system refused shows why, with "Correct and send again", which opens it
    in the intake form (CorrectionDialog); nothing else here changes a record.
    """

    def __init__(
        self,
        operations: DeskService | DeskOperations,
        submission: Submission,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._operations = operations_for(operations, self)
        self._desk = desk = self._operations.desk
        self.submission = submission
        self.setWindowTitle(self.tr("Record {reference}").format(reference=submission.reference))
        form = QFormLayout()
        reporter = submission.reporter
        behalf = submission.on_behalf_of
        yes, no = self.tr("Yes"), self.tr("No")
        language = current_language()
        reply = no
        if submission.wants_reply:
            reply = yes
            if reporter.preferred_contact is not None:
                reply = self.tr("Yes, by {method}").format(
                    method=label(CONTACT_LABELS, reporter.preferred_contact).lower()
                )
        status_text = submission.case_status_text
        concerns = submission.concerns
        given_by = (
            label(SUBMITTER_LABELS, submission.submitter_type) if submission.submitter_type else ""
        )
        referred_to = label(REFERRAL_LABELS, submission.referral.to) if submission.referral else ""
        rows = [
            (self.tr("Reference"), submission.reference),
            (self.tr("Received"), moment_text(submission.received_at.astimezone())),
            (self.tr("Kind"), label(KIND_LABELS, submission.kind)),
            (self.tr("Category"), desk.category_name(submission.category, language)),
            (self.tr("What happened"), submission.description),
            (
                self.tr("When"),
                moment_text(submission.occurred_at) if submission.occurred_at else "",
            ),
            (self.tr("Where"), submission.location),
            (self.tr("Channel"), label(CHANNEL_LABELS, submission.channel)),
            (self.tr("Receipt language"), native_name(submission.language)),
            (
                self.tr("Contact"),
                self.tr("Anonymous") if reporter.anonymous else reporter.name,
            ),
            (self.tr("Email"), reporter.email),
            (self.tr("Phone"), reporter.phone),
            (self.tr("Postal address"), reporter.postal_address),
            (self.tr("Reply"), reply),
            (
                self.tr("On behalf of"),
                f"{label(RELATION_LABELS, behalf.relation)} {behalf.note}".strip()
                if behalf
                else "",
            ),
            (self.tr("Privacy notice given"), yes if submission.privacy_notice_given else no),
            (self.tr("Given by"), given_by),
            (
                self.tr("Unit concerned"),
                " – ".join(part for part in (concerns.unit, concerns.provider) if part)
                if concerns
                else "",
            ),
            (
                self.tr("Referred to"),
                f"{referred_to} {submission.referral.note}".strip() if submission.referral else "",
            ),
            (self.tr("Urgent"), submission.urgent.reason if submission.urgent else ""),
            *self._answer_rows(submission),
            (self.tr("Received by"), submission.received_by.staff_id),
            (self.tr("Sync state"), label(SYNC_LABELS, submission.sync_state)),
            (self.tr("Why"), localized(submission.sync_reason)),
            (
                self.tr("Case"),
                " ".join(
                    part
                    for part in (
                        submission.case_number,
                        label(CASE_STATUS_LABELS, submission.case_status)
                        if submission.case_status
                        else "",
                    )
                    if part
                ),
            ),
            (
                self.tr("Case status"),
                status_text.get(language)
                or status_text.get("sv")
                or next(iter(status_text.values()), ""),
            ),
        ]
        # Values in the app's own words; every other value is the record's data, shown as is.
        worded = {
            label(KIND_LABELS, submission.kind),
            label(CHANNEL_LABELS, submission.channel),
            label(SYNC_LABELS, submission.sync_state),
            reply,
            yes,
            no,
            self.tr("Anonymous"),
            given_by,
            referred_to,
        }
        for title, value in rows:
            if not value:
                continue
            shown = QLabel(value)
            if value not in worded:
                mark_as_data(shown)
            align_with_screen(shown)
            shown.setWordWrap(True)
            shown.setAccessibleName(title)
            shown.setAccessibleDescription(self.tr("{field} of this record").format(field=title))
            form.addRow(self.tr("{field}:").format(field=title), shown)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.reprint_button = QPushButton(self.tr("&Reprint receipt (COPY)"))
        self.reprint_button.clicked.connect(self.reprint)
        self.save_button = QPushButton(self.tr("Save copy as P&DF…"))
        self.save_button.clicked.connect(self.save_pdf)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.reprint_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        # The case system refused it: staff correct it in the form and send it again. Not
        # one whose personal data was erased: it waits there because it must never be sent.
        correctable = submission.correctable
        if correctable:
            self.correct_button = QPushButton(self.tr("Correct and send &again…"))
            self.correct_button.clicked.connect(self.correct)
            buttons.addButton(self.correct_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        describe_buttons(
            buttons,
            {
                QDialogButtonBox.StandardButton.Close: self.tr("Closes the record."),
                self.reprint_button: self.tr("Prints the receipt again, marked COPY."),
                self.save_button: self.tr("Saves the receipt, marked COPY, as a PDF file."),
            },
        )
        if correctable:
            describe(
                self.correct_button,
                self.correct_button.text(),
                self.tr("Opens the record in the form to correct it, then sends it again."),
            )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.reprint_button.setFocus()

    def _answer_rows(self, submission: Submission) -> list[tuple[str, str]]:
        """The answers to the category's questions, titled by the questions (the service's
        words); a time in the desk's local time, as the other times here. An answer to a
        question the category no longer asks is shown too, marked so."""
        attributes = attributes_of(
            self._desk.categories(include_inactive=True), submission.category
        )
        rows = []
        for code, attribute, answer in answered_questions(submission.attributes, attributes):
            text = answer_text(answer, attribute)
            if attribute is not None and attribute.datatype == "datetime":
                with contextlib.suppress(ValueError):  # else shown as stored
                    text = moment_text(datetime.fromisoformat(text).astimezone())
            if attribute is not None and attribute.asked:
                rows.append((attribute.label, text))
                continue
            # The service dropped the question after the record was saved: the answer stays,
            # under the words the desk still has for it (else its code).
            asked_as = attribute.label if attribute is not None else code
            rows.append(
                (
                    self.tr("{question} (no longer asked)").format(
                        question=f"\u2068{asked_as}\u2069"
                    ),
                    text,
                )
            )
        return rows

    def correct(self) -> CorrectionDialog:
        """Open the record in the form; once saved, it is sent again and this dialog closes."""
        from desk_app.ui.dialogs.correction import CorrectionDialog

        self.correction = CorrectionDialog(self._operations, self.submission, self)
        self.correction.accepted.connect(self.accept)  # what it showed is out of date now
        self.correction.open()
        return self.correction

    def copy_pdf(self) -> bytes:
        """The receipt again, marked COPY."""
        return self._desk.receipt_pdf(self.submission, copy=True)

    def reprint(self) -> None:
        mode = self._desk.settings.printing.mode
        try:
            message = print_receipt(
                self, self.copy_pdf(), self.submission.reference, mode, asked=True
            )
        except PrintError as error:
            message = self.tr("Not printed: {reason}").format(reason=error)
        self.status.setText(message)

    def save_pdf(self) -> None:
        target = save_receipt_as(self, self.copy_pdf(), self.submission.reference)
        if target is not None:
            self.status.setText(self.tr("Copy saved as {path}.").format(path=target))
