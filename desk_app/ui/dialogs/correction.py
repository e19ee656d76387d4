"""Correcting a record the case system refused: the intake form, filled in, sent again on save."""

from __future__ import annotations

from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from desk_app.domain.record import Draft, Submission
from desk_app.services.desk import DeskService
from desk_app.ui.plumbing.accessibility import describe, describe_buttons
from desk_app.ui.plumbing.i18n import localized
from desk_app.ui.plumbing.operations import DeskOperations, operations_for
from desk_app.ui.plumbing.theme import set_tone
from desk_app.ui.screens.intake import IntakeForm
from desk_app.ui.screens.intake.draft import show_draft


class CorrectionForm(IntakeForm):
    """The intake form holding a refused record: saving corrects it and sends it again.

    Who took it down stays (the staff ID is read-only); there is no Clear (the dialog's Cancel
    leaves the record as it was) and Escape is the dialog's Cancel.
    """

    def __init__(
        self,
        operations: DeskService | DeskOperations,
        correcting: Submission,
        parent: QWidget | None = None,
    ) -> None:
        self.correcting = correcting
        super().__init__(operations, parent)
        show_draft(self, correcting.as_draft())
        self.clear_button.hide()
        self.staff_id.setReadOnly(True)

    def retranslate_save_button(self) -> None:
        self.save_button.setText(self.tr("Sa&ve and send again   (Ctrl+Enter)"))
        describe(
            self.save_button,
            self.tr("Save and send again"),
            self.tr("Saves the corrections and sends the record again (Ctrl+Enter)."),
        )

    def store(self, draft: Draft) -> Submission:
        """Store the corrections under the record's own ID; it is sent again at once."""
        return self.operations.correct(self.correcting, draft)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        QWidget.keyPressEvent(self, event)  # Escape goes on to the dialog: its Cancel


class CorrectionDialog(QDialog):
    """The refused record in the intake form, with the case system's reason above it.

    Saving checks the same rules as a new record, stores the corrections under the record's
    own ID and reference, and queues it to be sent again; Cancel leaves it as it was.
    """

    def __init__(
        self,
        operations: DeskService | DeskOperations,
        submission: Submission,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Correct record {reference}").format(reference=submission.reference)
        )
        self.corrected: Submission | None = None
        self.reason = QLabel(
            self.tr("The case system refused this record: {reason}").format(
                reason=localized(submission.sync_reason)
            )
        )
        self.reason.setWordWrap(True)
        set_tone(self.reason, "error")
        self.setAccessibleDescription(self.reason.text())  # read out as the dialog opens
        self.form = CorrectionForm(operations_for(operations, self), submission, self)
        self.form.saved.connect(self._saved)
        self._as_loaded = self.form.draft()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        describe_buttons(
            buttons,
            {
                QDialogButtonBox.StandardButton.Cancel: self.tr(
                    "Closes; the record stays as it was."
                )
            },
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addWidget(self.form, 1)
        layout.addWidget(buttons)
        self.resize(1000, 700)
        self.form.kind.setFocus()

    def _saved(self, submission: Submission) -> None:
        self.corrected = submission
        self.accept()

    def reject(self) -> None:
        """Close without saving, asking first when corrections would be lost."""
        if self.form.draft() != self._as_loaded:
            answer = QMessageBox.question(
                self,
                self.tr("Discard the corrections?"),
                self.tr("The record stays as it was and is not sent again. Discard them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
