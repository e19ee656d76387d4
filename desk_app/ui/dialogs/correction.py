"""Correcting a record the case system refused: the intake form, filled in, sent again on save."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from desk_app.domain.record import Submission
from desk_app.services.desk import DeskService
from desk_app.ui.plumbing.accessibility import describe_buttons
from desk_app.ui.plumbing.i18n import localized
from desk_app.ui.plumbing.theme import set_tone
from desk_app.ui.screens.intake import IntakeForm


class CorrectionDialog(QDialog):
    """The refused record in the intake form, with the case system's reason above it.

    Saving checks the same rules as a new record, stores the corrections under the record's
    own ID and reference, and queues it to be sent again; Cancel leaves it as it was.
    """

    def __init__(
        self, desk: DeskService, submission: Submission, parent: QWidget | None = None
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
        self.form = IntakeForm(desk, self, correcting=submission)
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
