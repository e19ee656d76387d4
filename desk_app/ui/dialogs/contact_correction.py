"""Correct a record's contact details at the person's request (the right to rectification).

Only the contact details can be corrected here: what was said stays as it was recorded. The
form's rules apply, each problem shown next to its field; nothing is saved until all pass.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.messages import message_of
from desk_app.domain.record import Submission, SyncState
from desk_app.services import StoreError
from desk_app.services.privacy import (
    CONTACT_FIELDS,
    CorrectionOutcome,
    CorrectionRefused,
    PrivacyService,
    ValidationFailed,
)
from desk_app.ui.plumbing.accessibility import announce, describe_buttons
from desk_app.ui.plumbing.accessibility import describe as describe_widget
from desk_app.ui.plumbing.i18n import localized, mark_as_data
from desk_app.ui.plumbing.theme import MIN_TARGET_PX, set_tone


class ContactCorrectionDialog(QDialog):
    """Four fields filled with what is held; Save corrects what differs, audited."""

    def __init__(
        self,
        privacy: PrivacyService,
        record: Submission,
        parent: QWidget | None = None,
        *,
        large: bool = False,
    ) -> None:
        super().__init__(parent)
        self._privacy = privacy
        self._record = record
        self.outcome: CorrectionOutcome | None = None
        self.setWindowTitle(self.tr("Correct contact details"))
        self.setModal(True)

        reporter = record.reporter
        titles = {
            "name": self.tr("&Name:"),
            "email": self.tr("&Email:"),
            "phone": self.tr("&Phone:"),
            "postal_address": self.tr("Postal &address:"),
        }
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for name in CONTACT_FIELDS:
            field = QLineEdit(getattr(reporter, name))
            mark_as_data(field)  # the person's own details, never translated
            field.setMinimumHeight(MIN_TARGET_PX if large else 0)
            title = QLabel(titles[name])
            title.setBuddy(field)
            describe_widget(
                field,
                title.text().replace("&", "").rstrip(":"),
                self.tr("As the person gives it now; leave it empty to remove it."),
            )
            error = QLabel()
            error.setWordWrap(True)
            set_tone(error, "error")
            error.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(field)
            column.addWidget(error)
            form.addRow(title, column)
            self.fields[name], self.errors[name] = field, error

        self.intro = QLabel(
            self.tr(
                "Correct the contact details of {reference} as the person asks. What was said "
                "stays as it was recorded."
            ).format(reference=record.reference)
        )
        self.intro.setWordWrap(True)
        # Before saving, the worker knows the case system's copy is part of the correction.
        self.case_system_note = QLabel(
            self.tr(
                "This record was delivered to the case system (case {case}): the correction "
                "is sent there too, or you are told whom to ask when it does not accept "
                "corrections."
            ).format(case=record.case_number or "–")
        )
        self.case_system_note.setWordWrap(True)
        self.case_system_note.setVisible(record.sync_state is SyncState.SYNCED)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        describe_buttons(
            self.buttons,
            {
                QDialogButtonBox.StandardButton.Save: self.tr(
                    "Saves the corrected details; the change is written to the audit trail."
                ),
                QDialogButtonBox.StandardButton.Cancel: self.tr(
                    "Closes without changing anything."
                ),
            },
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.case_system_note)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.fields["name"].setFocus()

    def changes(self) -> dict[str, str]:
        """What the fields say now, for every contact field."""
        return {name: field.text() for name, field in self.fields.items()}

    def save(self) -> CorrectionOutcome | None:
        """Correct the record; on a problem say what and where, and stay open."""
        for error in self.errors.values():
            error.hide()
        try:
            outcome = self._privacy.correct_contact(self._record.reference, self.changes())
        except ValidationFailed as failed:
            first = None
            for key, message in failed.errors.items():
                name = key.removeprefix("reporter.")
                label = self.errors.get(name)
                if label is None:  # a rule about the record as a whole
                    self._tell(localized(message))
                    continue
                label.setText(localized(message))
                label.show()
                first = first or self.fields[name]
            if first is not None:
                first.setFocus()
                announce(self.status, self.tr("Not saved: check the marked fields."))
            return None
        except (CorrectionRefused, StoreError) as error:
            self._tell(localized(message_of(error)))
            return None
        self.outcome = outcome
        self.accept()
        return outcome

    def _tell(self, message: str) -> None:
        self.status.setText(message)
        set_tone(self.status, "error")
        announce(self.status, message)
