"""The intake form: what a resident says, typed fast, checked next to each field.

Keyboard-first: the tab order follows the reading order, every label has a mnemonic (Alt+key),
Ctrl+Enter saves, Escape asks before discarding a half-filled form. The form builds a domain
``Draft`` and asks the service to check or save it; it knows nothing of SQL.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.messages import QT_TRANSLATE_NOOP, message_of
from desk_app.domain.record import (
    MAX_DESCRIPTION_CHARS,
    Channel,
    ContactMethod,
    Draft,
    Kind,
    OnBehalfOf,
    Relation,
    Reporter,
    Staff,
    Submission,
)
from desk_app.domain.validation import ValidationFailed
from desk_app.services.desk import DeskService, StoreError
from desk_app.ui.plumbing.accessibility import announce, describe
from desk_app.ui.plumbing.i18n import current_language, localized, mark_as_data, native_name
from desk_app.ui.plumbing.labels import (
    CHANNEL_LABELS,
    CONTACT_LABELS,
    KIND_LABELS,
    RELATION_LABELS,
    fill_combo,
    translated,
)
from desk_app.ui.plumbing.qt_values import chosen_value
from desk_app.ui.plumbing.theme import set_tone

# What each field is for: read out by screen readers and shown as a tooltip.
FIELD_HELP = {
    "kind": QT_TRANSLATE_NOOP(
        "IntakeForm", "What kind of feedback: praise, complaint, suggestion, question or other."
    ),
    "category": QT_TRANSLATE_NOOP(
        "IntakeForm", "What the feedback is about. Type to search the list."
    ),
    "description": QT_TRANSLATE_NOOP(
        "IntakeForm", "What the resident said, in their own words (up to 10,000 characters)."
    ),
    "occurred_at": QT_TRANSLATE_NOOP(
        "IntakeForm", "Tick when the resident knows when it happened, then give the date and time."
    ),
    "location": QT_TRANSLATE_NOOP(
        "IntakeForm", "Where it happened, if the resident says (optional)."
    ),
    "channel": QT_TRANSLATE_NOOP("IntakeForm", "How the feedback reached the desk."),
    "language": QT_TRANSLATE_NOOP("IntakeForm", "The language of the resident's receipt."),
    "reporter.anonymous": QT_TRANSLATE_NOOP(
        "IntakeForm", "Tick when the resident gives no contact details."
    ),
    "reporter.name": QT_TRANSLATE_NOOP("IntakeForm", "The resident's name."),
    "reporter.email": QT_TRANSLATE_NOOP("IntakeForm", "The resident's email address."),
    "reporter.phone": QT_TRANSLATE_NOOP("IntakeForm", "The resident's phone number."),
    "reporter.postal_address": QT_TRANSLATE_NOOP("IntakeForm", "The resident's postal address."),
    "wants_reply": QT_TRANSLATE_NOOP("IntakeForm", "Tick when the resident wants an answer."),
    "reporter.preferred_contact": QT_TRANSLATE_NOOP(
        "IntakeForm", "How the answer should reach the resident."
    ),
    "on_behalf_of.relation": QT_TRANSLATE_NOOP(
        "IntakeForm", "Whether a worker records this for a resident or a relative."
    ),
    "on_behalf_of.note": QT_TRANSLATE_NOOP("IntakeForm", "Who the feedback is for, e.g. room 12."),
    "privacy_notice_given": QT_TRANSLATE_NOOP(
        "IntakeForm", "Tick once the resident has been told how their details are handled."
    ),
    "received_by.staff_id": QT_TRANSLATE_NOOP(
        "IntakeForm", "Your staff ID: who took this feedback."
    ),
}
# Each field's label; "&" marks the Alt+letter that jumps to it.
FIELD_TITLES = {
    "kind": QT_TRANSLATE_NOOP("IntakeForm", "&Kind"),
    "category": QT_TRANSLATE_NOOP("IntakeForm", "Ca&tegory"),
    "description": QT_TRANSLATE_NOOP("IntakeForm", "&What happened"),
    "occurred_at": QT_TRANSLATE_NOOP("IntakeForm", "W&hen"),
    "location": QT_TRANSLATE_NOOP("IntakeForm", "Whe&re"),
    "channel": QT_TRANSLATE_NOOP("IntakeForm", "Cha&nnel"),
    "language": QT_TRANSLATE_NOOP("IntakeForm", "Receipt lan&guage"),
    "reporter.anonymous": QT_TRANSLATE_NOOP("IntakeForm", "&Anonymous"),
    "reporter.name": QT_TRANSLATE_NOOP("IntakeForm", "Na&me"),
    "reporter.email": QT_TRANSLATE_NOOP("IntakeForm", "&Email"),
    "reporter.phone": QT_TRANSLATE_NOOP("IntakeForm", "&Phone"),
    "reporter.postal_address": QT_TRANSLATE_NOOP("IntakeForm", "Postal a&ddress"),
    "wants_reply": QT_TRANSLATE_NOOP("IntakeForm", "Wants a repl&y"),
    "reporter.preferred_contact": QT_TRANSLATE_NOOP("IntakeForm", "Reply &by"),
    "on_behalf_of.relation": QT_TRANSLATE_NOOP("IntakeForm", "On behal&f of"),
    "on_behalf_of.note": QT_TRANSLATE_NOOP("IntakeForm", "N&ote"),
    "privacy_notice_given": QT_TRANSLATE_NOOP("IntakeForm", "Privacy notice g&iven"),
    "received_by.staff_id": QT_TRANSLATE_NOOP("IntakeForm", "&Staff ID"),
}
E = TypeVar("E", bound=StrEnum)


def _chosen(combo: QComboBox, enum: type[E]) -> E | None:
    """The combo's selected value as its enum (Qt hands item data back as plain str)."""
    data = chosen_value(combo)
    return None if data is None else enum(data)


class PlainTextField(QTextEdit):
    """A multi-line field for plain text; Tab moves on, as in the other fields.

    A QTextEdit rather than a QPlainTextEdit: it lines each paragraph up by its own direction,
    so a Persian sentence starts at the right and a Swedish one at the left, in any window.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptRichText(False)  # pasted formatting is dropped: the record is plain text
        self.setTabChangesFocus(True)


def _combo(items: Mapping[Any, str], *, placeholder: bool = False) -> QComboBox:
    combo = QComboBox()
    fill_combo(combo, items)
    if placeholder:
        combo.setCurrentIndex(-1)
    return combo


class IntakeForm(QWidget):
    """The form for one record. Emits ``saved`` with the stored record."""

    saved = Signal(object)
    announced = Signal(str)  # what was just said to screen readers (the error summary)

    def __init__(
        self,
        desk: DeskService,
        parent: QWidget | None = None,
        *,
        correcting: Submission | None = None,
    ) -> None:
        """A form for a new record, or (``correcting``) for a refused record to correct."""
        super().__init__(parent)
        self._desk = desk
        self.correcting = correcting
        self._titles: dict[str, QLabel] = {}
        self._errors: dict[str, QLabel] = {}
        self._shown_errors: dict[str, str] = {}
        self._field_widgets: dict[str, QWidget] = {}
        self._build()
        self.retranslate()
        self.clear()
        if correcting is not None:
            self.load(correcting)
            self.clear_button.hide()  # the dialog's Cancel leaves the record as it was
            self.staff_id.setReadOnly(True)  # who took it down stays

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.kind = _combo(KIND_LABELS, placeholder=True)
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.category.model(), self.category)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.category.setCompleter(completer)

        self.description = PlainTextField()
        self.description.setMinimumHeight(120)
        self.description_count = QLabel()
        self.description.textChanged.connect(self._update_count)

        self.occurred_known = QCheckBox()
        self.occurred_at = QDateTimeEdit()
        self.occurred_at.setCalendarPopup(True)
        self.occurred_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.occurred_known.toggled.connect(self.occurred_at.setEnabled)
        self.location = QLineEdit()
        self.channel = _combo(CHANNEL_LABELS)
        # Each receipt language by its own name, so the resident can point at theirs.
        self.language = _combo({code: native_name(code) for code in self._desk.receipt_languages()})
        mark_as_data(self.language)
        mark_as_data(self.category)  # category names come from the case system

        self.anonymous = QCheckBox()
        self.anonymous.toggled.connect(self._update_enabled)
        self.name = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.postal_address = PlainTextField()
        self.postal_address.setFixedHeight(60)
        self.wants_reply = QCheckBox()
        self.wants_reply.toggled.connect(self._update_enabled)
        self.reply_by = _combo(CONTACT_LABELS, placeholder=True)
        self.on_behalf = _combo(RELATION_LABELS)
        self.on_behalf.currentIndexChanged.connect(self._update_enabled)
        self.on_behalf_note = QLineEdit()
        self.privacy_notice = QCheckBox()
        self.staff_id = QLineEdit()
        # Addresses, emails and phone numbers read left to right in every language.
        for latin in (self.email, self.phone):
            latin.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

        self.about = QGroupBox()
        about_form = QFormLayout(self.about)
        self._row(about_form, self.kind, "kind")
        self._row(about_form, self.category, "category")
        self._row(about_form, self.description, "description")
        about_form.addRow("", self.description_count)
        when = QWidget()
        when_layout = QHBoxLayout(when)
        when_layout.setContentsMargins(0, 0, 0, 0)
        when_layout.addWidget(self.occurred_known)
        when_layout.addWidget(self.occurred_at, 1)
        self._row(about_form, when, "occurred_at", buddy=self.occurred_known)
        self._row(about_form, self.location, "location")
        self._row(about_form, self.channel, "channel")
        self._row(about_form, self.language, "language")

        self.person = QGroupBox()
        person_form = QFormLayout(self.person)
        self._row(person_form, self.anonymous, "reporter.anonymous")
        self._row(person_form, self.name, "reporter.name")
        self._row(person_form, self.email, "reporter.email")
        self._row(person_form, self.phone, "reporter.phone")
        self._row(person_form, self.postal_address, "reporter.postal_address")
        self._row(person_form, self.wants_reply, "wants_reply")
        self._row(person_form, self.reply_by, "reporter.preferred_contact")
        self._row(person_form, self.on_behalf, "on_behalf_of.relation")
        self._row(person_form, self.on_behalf_note, "on_behalf_of.note")
        self._row(person_form, self.privacy_notice, "privacy_notice_given")
        self._row(person_form, self.staff_id, "received_by.staff_id")

        self.summary = QLabel()
        self.summary.setObjectName("errorSummary")
        self.summary.setWordWrap(True)
        set_tone(self.summary, "error")
        bold = self.summary.font()
        bold.setBold(True)
        self.summary.setFont(bold)
        self.summary.hide()

        self.save_button = QPushButton()
        self.save_button.setDefault(False)
        self.save_button.setMinimumHeight(44)
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton()
        self.clear_button.setMinimumHeight(44)
        self.clear_button.clicked.connect(self.ask_discard)

        columns = QHBoxLayout()
        columns.addWidget(self.about, 3)
        columns.addWidget(self.person, 2, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.summary)
        content_layout.addLayout(columns)
        content_layout.addLayout(buttons)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields take focus, not the frame
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        self._set_tab_order()

    def retranslate(self) -> None:
        """Set every text in the screen language (at start and after a language switch)."""
        fill_combo(self.kind, translated(KIND_LABELS))
        self.kind.setPlaceholderText(self.tr("Choose…"))
        self.reload_categories()
        category_line = self.category.lineEdit()
        assert category_line is not None  # an editable combo always has one
        category_line.setPlaceholderText(self.tr("Type to search…"))
        self.description.setPlaceholderText(self.tr("What the resident said, in their words."))
        self.occurred_known.setText(self.tr("Known"))
        # Digits as in the rest of the screen; typing Latin digits still works in fa and ar.
        self.occurred_at.setLocale(QLocale())
        self.location.setPlaceholderText(self.tr("Address or place (optional)"))
        fill_combo(self.channel, translated(CHANNEL_LABELS))
        self.anonymous.setText(self.tr("Gives no contact details"))
        self.wants_reply.setText(self.tr("The resident wants an answer"))
        fill_combo(self.reply_by, translated(CONTACT_LABELS))
        self.reply_by.setPlaceholderText(self.tr("Choose…"))
        fill_combo(self.on_behalf, translated(RELATION_LABELS))
        self.on_behalf_note.setPlaceholderText(self.tr("e.g. room 12, daughter of the resident"))
        self.privacy_notice.setText(self.tr("I told the resident how their details are handled"))
        self.about.setTitle(self.tr("The feedback"))
        self.person.setTitle(self.tr("The person"))
        if self.correcting is None:
            self.save_button.setText(self.tr("Sa&ve and print receipt   (Ctrl+Enter)"))
        else:
            self.save_button.setText(self.tr("Sa&ve and send again   (Ctrl+Enter)"))
        self.clear_button.setText(self.tr("&Clear form   (Esc)"))
        for field, title in self._titles.items():
            title.setText(self.tr(FIELD_TITLES[field]))
            describe(self._field_widgets[field], title.text(), self.tr(FIELD_HELP[field]))
        self._describe_for_assistive_tech()
        self._update_count()
        self.show_errors(self._shown_errors, focus=False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload_categories(self) -> None:
        """Offer the desk's current category list (sync may have brought a new one).

        Names are in the screen language, falling back to Swedish, then the code.
        """
        chosen = self._category_code()
        typed = self.category.currentText()
        self.category.blockSignals(True)
        self.category.clear()
        for category in self._desk.categories():
            self.category.addItem(category.display_name(current_language()), category.code)
        index = self.category.findData(chosen) if chosen else -1
        self.category.setCurrentIndex(index)
        if index < 0:
            self.category.setEditText(typed)
        self.category.blockSignals(False)

    def _row(
        self,
        form: QFormLayout,
        widget: QWidget,
        field: str,
        *,
        buddy: QWidget | None = None,
    ) -> None:
        title = QLabel()
        title.setBuddy(buddy or widget)
        error = QLabel()
        error.setObjectName(f"error:{field}")
        error.setWordWrap(True)
        set_tone(error, "error")
        error.hide()
        cell = QWidget()
        cell_layout = QVBoxLayout(cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.setSpacing(2)
        cell_layout.addWidget(widget)
        cell_layout.addWidget(error)
        form.addRow(title, cell)
        self._titles[field] = title
        self._errors[field] = error
        self._field_widgets[field] = buddy or widget

    def _set_tab_order(self) -> None:
        order: list[QWidget] = [
            self.kind,
            self.category,
            self.description,
            self.occurred_known,
            self.occurred_at,
            self.location,
            self.channel,
            self.language,
            self.anonymous,
            self.name,
            self.email,
            self.phone,
            self.postal_address,
            self.wants_reply,
            self.reply_by,
            self.on_behalf,
            self.on_behalf_note,
            self.privacy_notice,
            self.staff_id,
            self.clear_button,
            self.save_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _describe_for_assistive_tech(self) -> None:
        when = self.tr("When it happened")
        when_help = self.tr("The date and time it happened.")
        describe(self.occurred_at, when, when_help)
        inner = self.occurred_at.findChild(QLineEdit)
        if inner is not None:
            describe(inner, when, when_help)
        category_line = self.category.lineEdit()
        if category_line is not None:
            describe(category_line, self.tr("Category"), self.tr(FIELD_HELP["category"]))
        self.description_count.setAccessibleName(self.tr("Characters used"))
        if self.correcting is None:
            describe(
                self.save_button,
                self.tr("Save and print receipt"),
                self.tr("Saves the record and prints the receipt (Ctrl+Enter)."),
            )
        else:
            describe(
                self.save_button,
                self.tr("Save and send again"),
                self.tr("Saves the corrections and sends the record again (Ctrl+Enter)."),
            )
        describe(
            self.clear_button,
            self.tr("Clear form"),
            self.tr("Empties the form, asking first (Escape)."),
        )

    # --- state ----------------------------------------------------------------------------

    def _update_count(self) -> None:
        used = len(self.description.toPlainText())
        locale = QLocale()
        self.description_count.setText(
            self.tr("{used} / {limit} characters").format(
                used=locale.toString(used), limit=locale.toString(MAX_DESCRIPTION_CHARS)
            )
        )
        over = used > MAX_DESCRIPTION_CHARS
        set_tone(self.description_count, "error" if over else "muted")

    def _update_enabled(self) -> None:
        identified = not self.anonymous.isChecked()
        for widget in (self.name, self.email, self.phone, self.postal_address, self.wants_reply):
            widget.setEnabled(identified)
        self.reply_by.setEnabled(identified and self.wants_reply.isChecked())
        self.on_behalf_note.setEnabled(chosen_value(self.on_behalf) is not None)

    def is_dirty(self) -> bool:
        """True when anything about the resident or the feedback has been entered."""
        return any(
            (
                self.kind.currentIndex() >= 0,
                self.category.currentText().strip(),
                self.description.toPlainText().strip(),
                self.location.text().strip(),
                self.name.text().strip(),
                self.email.text().strip(),
                self.phone.text().strip(),
                self.postal_address.toPlainText().strip(),
                self.on_behalf_note.text().strip(),
            )
        )

    def clear(self) -> None:
        """Empty the form for the next person; the staff ID and channel stay."""
        self.kind.setCurrentIndex(-1)
        self.category.setCurrentIndex(-1)
        self.category.setEditText("")
        self.description.clear()
        self.occurred_known.setChecked(False)
        self.occurred_at.setEnabled(False)
        self.occurred_at.setDateTime(QDateTime.currentDateTime())
        self.location.clear()
        self.language.setCurrentIndex(max(0, self.language.findData(self._desk.default_language)))
        self.anonymous.setChecked(False)
        for line in (self.name, self.email, self.phone, self.on_behalf_note):
            line.clear()
        self.postal_address.clear()
        self.wants_reply.setChecked(False)
        self.reply_by.setCurrentIndex(-1)
        self.on_behalf.setCurrentIndex(0)
        self.privacy_notice.setChecked(False)
        if not self.staff_id.text():
            self.staff_id.setText(self._desk.default_staff_id)
        self.show_errors({})
        self._update_enabled()
        self._update_count()
        self.kind.setFocus()

    def load(self, submission: Submission) -> None:
        """Show what ``submission`` says in the fields (to correct it)."""
        draft = submission.as_draft()
        reporter = draft.reporter
        self.kind.setCurrentIndex(self.kind.findData(draft.kind))
        category = self.category.findData(draft.category)
        if category >= 0:
            self.category.setCurrentIndex(category)
        else:  # no longer offered: shown as its code, for the worker to replace
            self.category.setEditText(draft.category)
        self.description.setPlainText(draft.description)
        self.occurred_known.setChecked(draft.occurred_at is not None)
        if draft.occurred_at is not None:
            local = draft.occurred_at.astimezone()  # the edit shows the desk's local time
            self.occurred_at.setDateTime(
                QDateTime(
                    QDate(local.year, local.month, local.day),
                    QTime(local.hour, local.minute, local.second),
                )
            )
        self.location.setText(draft.location)
        self.channel.setCurrentIndex(self.channel.findData(draft.channel))
        self.language.setCurrentIndex(max(0, self.language.findData(draft.language)))
        self.anonymous.setChecked(reporter.anonymous)
        self.name.setText(reporter.name)
        self.email.setText(reporter.email)
        self.phone.setText(reporter.phone)
        self.postal_address.setPlainText(reporter.postal_address)
        self.wants_reply.setChecked(draft.wants_reply)
        if reporter.preferred_contact is not None:
            self.reply_by.setCurrentIndex(self.reply_by.findData(reporter.preferred_contact))
        behalf = draft.on_behalf_of
        self.on_behalf.setCurrentIndex(
            self.on_behalf.findData(behalf.relation) if behalf is not None else 0
        )
        self.on_behalf_note.setText(behalf.note if behalf is not None else "")
        self.privacy_notice.setChecked(draft.privacy_notice_given)
        self.staff_id.setText(draft.received_by.staff_id)
        self._update_enabled()
        self._update_count()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.correcting is not None:
            super().keyPressEvent(event)  # Escape is the correction dialog's Cancel
            return
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

    def _category_code(self) -> str:
        text = self.category.currentText().strip()
        if not text:
            return ""
        index = self.category.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.category.itemData(index))
        return text  # unknown: validation names it

    def draft(self) -> Draft:
        """The form's content as a domain draft (not yet checked)."""
        anonymous = self.anonymous.isChecked()
        relation = _chosen(self.on_behalf, Relation)
        occurred: datetime | None = None
        if self.occurred_known.isChecked():
            local_time = self.occurred_at.dateTime().toPython()
            assert isinstance(local_time, datetime)
            occurred = local_time.astimezone()
        wants_reply = self.wants_reply.isChecked() and not anonymous
        return Draft(
            kind=_chosen(self.kind, Kind),
            category=self._category_code(),
            description=self.description.toPlainText(),
            occurred_at=occurred,
            location=self.location.text().strip(),
            channel=_chosen(self.channel, Channel) or Channel.IN_PERSON,
            language=chosen_value(self.language) or self._desk.default_language,
            reporter=Reporter(anonymous=True)
            if anonymous
            else Reporter(
                anonymous=False,
                name=self.name.text().strip(),
                email=self.email.text().strip(),
                phone=self.phone.text().strip(),
                postal_address=self.postal_address.toPlainText().strip(),
                preferred_contact=_chosen(self.reply_by, ContactMethod) if wants_reply else None,
            ),
            wants_reply=wants_reply,
            on_behalf_of=OnBehalfOf(relation, self.on_behalf_note.text().strip())
            if relation is not None
            else None,
            privacy_notice_given=self.privacy_notice.isChecked(),
            # Asking for a reply is the resident's agreement to be contacted for it.
            contact_ok=wants_reply,
            received_by=Staff(staff_id=self.staff_id.text().strip()),
        )

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
        for field in self._errors:
            if field in errors and field in self._field_widgets:
                self._field_widgets[field].setFocus()
                break

    def save(self) -> Submission | None:
        """Check and save the form; emits ``saved`` and returns the record, or shows errors."""
        try:
            if self.correcting is None:
                submission = self._desk.save(self.draft())
            else:
                submission = self._desk.correct(self.correcting, self.draft())
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
