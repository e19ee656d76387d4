"""The intake form: what a resident says, typed fast, checked next to each field.

Keyboard-first: the tab order follows the reading order, every label has a mnemonic (Alt+key),
Ctrl+Enter saves, Escape asks before discarding a half-filled form. The fields scroll when the
window is small; the action bar (privacy notice, staff ID, Clear, Save) does not, so saving
never needs scrolling. The form builds a domain ``Draft`` and saves it through DeskOperations,
which announces the new record to every view; it knows nothing of SQL.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QDateTime, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.messages import message_of
from desk_app.domain.record import Draft, Submission
from desk_app.domain.validation import ValidationFailed
from desk_app.services.desk import DeskService, StoreError
from desk_app.ui.plumbing.accessibility import announce, describe
from desk_app.ui.plumbing.i18n import localized
from desk_app.ui.plumbing.operations import DeskOperations, operations_for
from desk_app.ui.plumbing.theme import set_tone
from desk_app.ui.screens.intake.draft import read_draft
from desk_app.ui.screens.intake.fields import IntakeFields
from desk_app.ui.screens.intake.wrapping import wrap_whole


class IntakeForm(IntakeFields):
    """The form for one new record. Emits ``saved`` with the stored record."""

    saved = Signal(object)
    announced = Signal(str)  # what was just said to screen readers (the error summary)

    def __init__(
        self, operations: DeskService | DeskOperations, parent: QWidget | None = None
    ) -> None:
        desk = operations.desk if isinstance(operations, DeskOperations) else operations
        super().__init__(desk, parent)
        self.operations = operations_for(operations, self)
        self._shown_errors: dict[str, str] = {}
        self._build()
        self.retranslate()
        self.clear()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.summary = QLabel()
        self.summary.setObjectName("errorSummary")
        wrap_whole(self.summary)
        set_tone(self.summary, "error")
        bold = self.summary.font()
        bold.setBold(True)
        self.summary.setFont(bold)
        self.summary.hide()

        columns = QHBoxLayout()
        columns.addWidget(self.feedback_group, 1)
        columns.addWidget(self.person_group, 1, Qt.AlignmentFlag.AlignTop)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.summary)
        content_layout.addLayout(columns, 1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(content)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(
            Qt.FocusPolicy.NoFocus
        )  # the fields take focus, not the frame

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.scroll_area, 1)
        outer.addWidget(self._build_action_bar())

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        self.rechain_tab_order()

    def tab_chain(self) -> list[QWidget]:
        """The inputs, then Clear and Save."""
        return [*self.input_order(), self.clear_button, self.save_button]

    def _build_action_bar(self) -> QWidget:
        """Confirm and save: outside the scrolling part, so it is always on screen."""
        self.save_button = QPushButton()
        self.save_button.setDefault(False)
        self.save_button.setMinimumHeight(44)
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton()
        self.clear_button.setMinimumHeight(44)
        self.clear_button.clicked.connect(self.ask_discard)
        self.action_bar = QFrame()
        self.action_bar.setObjectName("actionBar")
        self.action_bar.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self.action_bar)
        layout.setContentsMargins(9, 6, 9, 6)
        layout.setSpacing(4)
        layout.addWidget(self.confirmation)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        return self.action_bar

    def retranslate(self) -> None:
        """Set every text in the screen language (at start and after a language switch)."""
        self.retranslate_fields()
        self.clear_button.setText(self.tr("&Clear form   (Esc)"))
        describe(
            self.clear_button,
            self.tr("Clear form"),
            self.tr("Empties the form, asking first (Escape)."),
        )
        self.retranslate_save_button()
        self.show_errors(self._shown_errors, focus=False)

    def retranslate_save_button(self) -> None:
        """Save's text and description: what saving does here."""
        self.save_button.setText(self.tr("Sa&ve and print receipt   (Ctrl+Enter)"))
        describe(
            self.save_button,
            self.tr("Save and print receipt"),
            self.tr("Saves the record and prints the receipt (Ctrl+Enter)."),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- state ----------------------------------------------------------------------------

    def clear(self) -> None:
        """Empty the form for the next person; the staff ID and channel stay."""
        self.kind.setCurrentIndex(-1)
        self.category.setCurrentIndex(-1)
        self.category.setEditText("")
        self.update_attribute_fields()
        self.attribute_fields.clear_answers()
        self.description.clear()
        self.occurred_known.setChecked(False)
        self.occurred_at.setEnabled(False)
        self.occurred_at.setDateTime(QDateTime.currentDateTime())
        self.location.clear()
        self.language.setCurrentIndex(max(0, self.language.findData(self._desk.default_language)))
        self.anonymous.setChecked(False)
        for line in (
            self.name,
            self.email,
            self.phone,
            self.on_behalf_note,
            self.provider,
            self.urgent_reason,
            self.referral_note,
        ):
            line.clear()
        self.submitter.setCurrentIndex(0)
        self.reload_units()  # sync may have brought a new unit list since the last person
        self.unit.setCurrentIndex(0)
        self.urgent.setChecked(False)
        self.referral.setCurrentIndex(0)
        self.postal_address.clear()
        self.wants_reply.setChecked(False)
        self.reply_by.setCurrentIndex(-1)
        self.on_behalf.setCurrentIndex(0)
        self.privacy_notice.setChecked(False)
        if not self.staff_id.text():
            self.staff_id.setText(self._desk.default_staff_id)
        self.show_errors({})
        self.update_enabled()
        self.update_count()
        self.scroll_area.verticalScrollBar().setValue(0)
        self.kind.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape reaches the form when no field used it (an open list closes first).
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.ask_discard()
            return
        super().keyPressEvent(event)

    def may_discard(self, title: str, question: str) -> bool:
        """True when the form is empty, or the worker agrees to lose what it holds."""
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            title,
            self.tr("The form holds a record that is not saved.") + " " + question,
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,  # Enter keeps the record
        )
        return answer == QMessageBox.StandardButton.Discard

    def ask_discard(self) -> None:
        """Escape / Clear: empty the form, asking first when something would be lost."""
        if self.may_discard(self.tr("Discard this record?"), self.tr("Discard it?")):
            self.clear()

    # --- reading and saving ---------------------------------------------------------------

    def draft(self) -> Draft:
        """The form's content as a domain draft (not yet checked)."""
        return read_draft(self, self._desk.default_language)

    def show_errors(self, errors: Mapping[str, str], *, focus: bool = True) -> None:
        """Show each message next to its field and a summary on top; focus the first.

        The summary is also announced to screen readers, which do not see a label appear.
        """
        self._shown_errors = dict(errors)
        for field, label in self._errors.items():
            message = errors.get(field, "")
            if field == "wants_reply" and not message:
                message = errors.get("contact_ok", "")
            label.setText(localized(message))
            label.setVisible(bool(message))
        self.attribute_fields.show_errors(errors)
        if not errors:
            self.summary.hide()
            return
        summary = self.tr("%Ln thing(s) to fix before saving:", "", len(errors))
        self.summary.setText(" ".join([summary, *(localized(text) for text in errors.values())]))
        self.summary.show()
        if not focus:
            return
        announce(self.summary, self.summary.text())
        self.announced.emit(self.summary.text())
        for field in self._error_order():
            if field not in errors:
                continue
            if field in self._field_widgets:
                self._field_widgets[field].setFocus()
                break
            if self.attribute_fields.focus_question(field):
                break

    def _error_order(self) -> list[str]:
        """The fields that can show an error, in reading order: the category's questions
        come right after the category."""
        order: list[str] = []
        for field in self._errors:
            order.append(field)
            if field == "category":
                order.extend(self.attribute_fields.error_keys())
        return order

    def store(self, draft: Draft) -> Submission:
        """Save ``draft`` as a new record (announced to every view)."""
        return self.operations.save(draft)

    def save(self) -> Submission | None:
        """Check and save the form; emits ``saved`` and returns the record, or shows errors."""
        try:
            submission = self.store(self.draft())
        except ValidationFailed as failure:
            self.show_errors(failure.errors)
            return None
        except StoreError as error:
            # The disk said no: keep every field as typed so nothing is lost.
            QMessageBox.critical(self, self.tr("Not saved"), localized(message_of(error)))
            return None
        self.show_errors({})
        self.saved.emit(submission)
        return submission
