"""The intake form's inputs and where they sit: two columns and a row to confirm before saving.

Left, the feedback (kind, category, what happened, when, where, the unit or provider it
concerns, channel, urgency, a referral elsewhere, receipt language); right, the person (their
role, anonymous, or their contact details and whether they want a reply; then the postal
address and on whose behalf). The policy's fields (contract 1.1) start at "not stated", "no
unit", "not urgent" and "not referred": a record that needs none of them costs no keystroke.
The fields a desk worker fills for nearly everyone come first in each column, so at 1280×720
in large mode they are on screen without scrolling.
The privacy notice and the staff ID sit in the form's action bar, next to Save, where they
stay visible however small the window.

Each field has a title label (its Alt letter) and an error label under it, registered by name
so the form can show a message next to the field it belongs to.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.categories import attributes_of
from desk_app.domain.record import MAX_DESCRIPTION_CHARS
from desk_app.services.desk import DeskService
from desk_app.ui.plumbing.accessibility import describe
from desk_app.ui.plumbing.i18n import current_language, mark_as_data, native_name
from desk_app.ui.plumbing.labels import (
    CHANNEL_LABELS,
    CONTACT_LABELS,
    KIND_LABELS,
    REFERRAL_LABELS,
    RELATION_LABELS,
    SUBMITTER_LABELS,
    fill_combo,
    translated,
)
from desk_app.ui.plumbing.qt_values import chosen_value
from desk_app.ui.plumbing.theme import set_tone
from desk_app.ui.screens.intake.attributes import AttributeGroup
from desk_app.ui.screens.intake.texts import FIELD_HELP, FIELD_TITLES
from desk_app.ui.screens.intake.wrapping import wrap_whole


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


class IntakeFields(QWidget):
    """Every input of a record, built and grouped; what enables what; what counts as typed.

    Lays nothing out itself: the form puts ``feedback_group``, ``person_group`` and
    ``confirmation`` where they belong.
    """

    def __init__(self, desk: DeskService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._titles: dict[str, QLabel] = {}
        self._errors: dict[str, QLabel] = {}
        self._field_widgets: dict[str, QWidget] = {}
        self._build_inputs()
        self.feedback_group = self._build_feedback_group()
        self.person_group = self._build_person_group()
        self.confirmation = self._build_confirmation()

    # --- the inputs -----------------------------------------------------------------------

    def _build_inputs(self) -> None:
        self.kind = _combo(KIND_LABELS, placeholder=True)
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.category.model(), self.category)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.category.setCompleter(completer)
        # The chosen category's own questions (an Open311 service's attributes), if it has any.
        self.attribute_fields = AttributeGroup()
        self.category.currentTextChanged.connect(self.update_attribute_fields)
        self.attribute_fields.rebuilt.connect(self.rechain_tab_order)

        self.description = PlainTextField()
        self.description.setMinimumHeight(96)
        self.description_count = QLabel()
        self.description.textChanged.connect(self.update_count)

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
        self.anonymous.toggled.connect(self.update_enabled)
        self.name = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.postal_address = PlainTextField()
        self.postal_address.setFixedHeight(60)
        self.wants_reply = QCheckBox()
        self.wants_reply.toggled.connect(self.update_enabled)
        self.reply_by = _combo(CONTACT_LABELS, placeholder=True)
        self.on_behalf = _combo(RELATION_LABELS)
        self.on_behalf.currentIndexChanged.connect(self.update_enabled)
        self.on_behalf_note = QLineEdit()
        # The policy's fields (contract 1.1, intake-1.1).
        self.submitter = _combo(SUBMITTER_LABELS)
        self.unit = QComboBox()  # filled from the case system's cached unit list
        mark_as_data(self.unit)  # unit names come from the case system
        self.provider = QLineEdit()
        self.urgent = QCheckBox()
        self.urgent.toggled.connect(self.update_enabled)
        self.urgent_reason = QLineEdit()
        self.referral = _combo(REFERRAL_LABELS)
        self.referral.currentIndexChanged.connect(self.update_enabled)
        self.referral_note = QLineEdit()
        self.privacy_notice = QCheckBox()
        self.staff_id = QLineEdit()
        self.staff_id.setMaximumWidth(260)  # an ID, not a sentence: Save keeps the room
        # Addresses, emails and phone numbers read left to right in every language.
        for latin in (self.email, self.phone):
            latin.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def _build_feedback_group(self) -> QGroupBox:
        group = QGroupBox()
        form = QFormLayout(group)
        self._row(form, self.kind, "kind")
        self._row(form, self.category, "category")
        form.addRow(self.attribute_fields)  # under the category, across both columns
        self._row(form, self.description, "description")
        form.addRow("", self.description_count)
        when = QWidget()
        when_layout = QHBoxLayout(when)
        when_layout.setContentsMargins(0, 0, 0, 0)
        when_layout.addWidget(self.occurred_known)
        when_layout.addWidget(self.occurred_at, 1)
        self._row(form, when, "occurred_at", buddy=self.occurred_known)
        self._row(form, self.location, "location")
        self._row(form, self.unit, "concerns.unit")
        self._row(form, self.provider, "concerns.provider")
        self._row(form, self.channel, "channel")
        urgent = QWidget()
        urgent_layout = QHBoxLayout(urgent)
        urgent_layout.setContentsMargins(0, 0, 0, 0)
        urgent_layout.addWidget(self.urgent)
        urgent_layout.addWidget(self.urgent_reason, 1)
        self._row(form, urgent, "urgent.reason", buddy=self.urgent)
        self._row(form, self.referral, "referral.to")
        self._row(form, self.referral_note, "referral.note")
        self._row(form, self.language, "language")
        return group

    def _build_person_group(self) -> QGroupBox:
        group = QGroupBox()
        form = QFormLayout(group)
        self._row(form, self.submitter, "submitter_type")
        self._row(form, self.anonymous, "reporter.anonymous")
        self._row(form, self.name, "reporter.name")
        self._row(form, self.email, "reporter.email")
        self._row(form, self.phone, "reporter.phone")
        self._row(form, self.wants_reply, "wants_reply")
        self._row(form, self.reply_by, "reporter.preferred_contact")
        self._row(form, self.postal_address, "reporter.postal_address")
        self._row(form, self.on_behalf, "on_behalf_of.relation")
        self._row(form, self.on_behalf_note, "on_behalf_of.note")
        return group

    def _build_confirmation(self) -> QWidget:
        """The privacy notice and the staff ID: what the worker confirms before saving."""
        row = QWidget()
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        for column, (widget, field) in enumerate(
            ((self.privacy_notice, "privacy_notice_given"), (self.staff_id, "received_by.staff_id"))
        ):
            title, cell = self._labelled(widget, field)
            grid.addWidget(title, 0, column * 2)
            grid.addWidget(cell, 0, column * 2 + 1)
            # The error under its title and field together: the staff ID's field is narrow,
            # and a message wrapped to its width took four lines of the bar in large mode.
            error = self._errors[field]
            cell_layout = cell.layout()
            assert cell_layout is not None  # built by _labelled
            cell_layout.removeWidget(error)
            grid.addWidget(error, 1, column * 2, 1, 2)
        grid.setColumnStretch(1, 1)
        return row

    def _row(
        self, form: QFormLayout, widget: QWidget, field: str, *, buddy: QWidget | None = None
    ) -> None:
        title, cell = self._labelled(widget, field, buddy=buddy)
        form.addRow(title, cell)

    def _labelled(
        self, widget: QWidget, field: str, *, buddy: QWidget | None = None
    ) -> tuple[QLabel, QWidget]:
        """A title for ``field`` (its Alt letter jumps to it) and the cell: widget, error below."""
        title = QLabel()
        title.setBuddy(buddy or widget)
        error = QLabel()
        error.setObjectName(f"error:{field}")
        wrap_whole(error)
        set_tone(error, "error")
        error.hide()
        cell = QWidget()
        cell_layout = QVBoxLayout(cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.setSpacing(2)
        cell_layout.addWidget(widget)
        cell_layout.addWidget(error)
        self._titles[field] = title
        self._errors[field] = error
        self._field_widgets[field] = buddy or widget
        return title, cell

    def input_order(self) -> list[QWidget]:
        """The inputs in reading order: column by column, then the confirmation."""
        return [
            self.kind,
            self.category,
            *self.attribute_fields.inputs(),
            self.description,
            self.occurred_known,
            self.occurred_at,
            self.location,
            self.unit,
            self.provider,
            self.channel,
            self.urgent,
            self.urgent_reason,
            self.referral,
            self.referral_note,
            self.language,
            self.submitter,
            self.anonymous,
            self.name,
            self.email,
            self.phone,
            self.wants_reply,
            self.reply_by,
            self.postal_address,
            self.on_behalf,
            self.on_behalf_note,
            self.privacy_notice,
            self.staff_id,
        ]

    @staticmethod
    def chain_tab_order(order: list[QWidget]) -> None:
        """Tab moves through ``order`` one by one."""
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def tab_chain(self) -> list[QWidget]:
        """Everything Tab visits, in order (the form adds its buttons)."""
        return self.input_order()

    def rechain_tab_order(self) -> None:
        """Chain Tab again: the category's questions came or went."""
        self.chain_tab_order(self.tab_chain())

    def update_attribute_fields(self) -> None:
        """Show the questions of the category now chosen (none for a typed, unknown one)."""
        code = self.category_code()
        attributes = attributes_of(self._desk.categories(), code)
        self.attribute_fields.set_category(code if attributes else "", attributes)

    # --- texts ----------------------------------------------------------------------------

    def retranslate_fields(self) -> None:
        """Set the inputs' texts, titles and descriptions in the screen language."""
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
        fill_combo(self.submitter, translated(SUBMITTER_LABELS))
        self.reload_units()
        self.provider.setPlaceholderText(self.tr("A provider not in the list (optional)"))
        self.urgent.setText(self.tr("Urgent"))
        self.urgent_reason.setPlaceholderText(self.tr("Why someone should see it today"))
        fill_combo(self.referral, translated(REFERRAL_LABELS))
        self.referral_note.setPlaceholderText(self.tr("Whom to contact, e.g. the police's 114 14"))
        describe(
            self.urgent_reason, self.tr("Why it is urgent"), self.tr(FIELD_HELP["urgent.reason"])
        )
        self.privacy_notice.setText(self.tr("I told the resident how their details are handled"))
        self.feedback_group.setTitle(self.tr("The feedback"))
        self.person_group.setTitle(self.tr("The person"))
        for field, title in self._titles.items():
            title.setText(self.tr(FIELD_TITLES[field]))
            describe(self._field_widgets[field], title.text(), self.tr(FIELD_HELP[field]))
        when = self.tr("When it happened")
        when_help = self.tr("The date and time it happened.")
        describe(self.occurred_at, when, when_help)
        inner = self.occurred_at.findChild(QLineEdit)
        if inner is not None:
            describe(inner, when, when_help)
        if category_line is not None:
            describe(category_line, self.tr("Category"), self.tr(FIELD_HELP["category"]))
        self.description_count.setAccessibleName(self.tr("Characters used"))
        self.attribute_fields.retranslate()
        self.update_count()

    def reload_categories(self) -> None:
        """Offer the desk's current category list (sync may have brought a new one).

        Names are in the screen language, falling back to Swedish, then the code.
        """
        chosen = self.category_code()
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
        self.update_attribute_fields()  # a new list may bring other questions

    def reload_units(self) -> None:
        """Offer the case system's units as sync last cached them (none before the first sync
        with a 1.1 server: then the free-text provider is the way to name one)."""
        chosen = chosen_value(self.unit)
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("No unit chosen"), None)
        language = current_language()
        units = sorted(self._desk.units(), key=lambda unit: unit.display_name(language).lower())
        for unit in units:
            self.unit.addItem(unit.display_name(language), unit.code)
        if chosen is not None and self.unit.findData(chosen) < 0:
            # A unit no longer offered (a record being corrected): kept, shown by its code.
            self.unit.addItem(str(chosen), chosen)
        self.unit.setCurrentIndex(max(0, self.unit.findData(chosen)) if chosen else 0)
        self.unit.blockSignals(False)

    # --- state ----------------------------------------------------------------------------

    def category_code(self) -> str:
        """The chosen category's code, or the typed text when it names none (validation says)."""
        text = self.category.currentText().strip()
        if not text:
            return ""
        index = self.category.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.category.itemData(index))
        return text

    def update_count(self) -> None:
        used = len(self.description.toPlainText())
        locale = QLocale()
        self.description_count.setText(
            self.tr("{used} / {limit} characters").format(
                used=locale.toString(used), limit=locale.toString(MAX_DESCRIPTION_CHARS)
            )
        )
        set_tone(self.description_count, "error" if used > MAX_DESCRIPTION_CHARS else "muted")

    def update_enabled(self) -> None:
        """Contact fields only for a resident who gives details; a note only for someone."""
        identified = not self.anonymous.isChecked()
        for widget in (self.name, self.email, self.phone, self.postal_address, self.wants_reply):
            widget.setEnabled(identified)
        self.reply_by.setEnabled(identified and self.wants_reply.isChecked())
        self.on_behalf_note.setEnabled(chosen_value(self.on_behalf) is not None)
        self.urgent_reason.setEnabled(self.urgent.isChecked())
        self.referral_note.setEnabled(chosen_value(self.referral) is not None)

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
                self.provider.text().strip(),
                self.urgent_reason.text().strip(),
                self.referral_note.text().strip(),
                chosen_value(self.unit) is not None,
                chosen_value(self.referral) is not None,
                chosen_value(self.submitter) is not None,
                self.urgent.isChecked(),
                self.attribute_fields.has_answers(),
            )
        )
