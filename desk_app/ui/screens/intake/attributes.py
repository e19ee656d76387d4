"""The chosen category's extra questions (Open311 service attributes) as typed form fields.

A category from an Open311 service with ``metadata: true`` asks questions of its own: a line of
text, a paragraph, a number, a date and time, one choice of a list, or several. This group sits
under the category, one field per question in the service's order, labelled with the
service's words; a required question says so in its label (a "*") and to screen readers, not
only in colour; the service's hint about the answer's form is shown under the field. A
question that is only information (``variable: false``) is shown as text. The group is empty
and hidden for a category that asks nothing (every case-api-v1 category).

The answers are checked by the domain (desk_app.domain.attributes) when the form is saved; the
messages come back as ``attributes.<code>`` and are shown under their fields.

A record being corrected may hold answers to questions its category no longer asks (the
service dropped them after the record was saved): they are shown read-only under the
questions, marked as no longer asked, and kept as they were (``kept_answers``), so a
correction never loses what was recorded.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.attributes import (
    Answer,
    Attribute,
    AttributeAnswers,
    answer_text,
    clean_answers,
    error_key,
    normalize_number,
    unasked_answers,
)
from desk_app.ui.plumbing.accessibility import describe
from desk_app.ui.plumbing.i18n import align_with_screen, localized, mark_as_data
from desk_app.ui.plumbing.qt_values import NO_VALUE, chosen_value
from desk_app.ui.plumbing.theme import set_tone
from desk_app.ui.screens.intake.wrapping import wrap_whole


class _AttributeText(QTextEdit):
    """A paragraph answer; Tab moves on (as the form's other multi-line fields)."""

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setFixedHeight(64)


class _Question:
    """One asked question: its input widgets, how to read and show its answer, its error."""

    def __init__(self, attribute: Attribute) -> None:
        self.attribute = attribute
        self.error = QLabel()
        self.error.setObjectName(f"error:{error_key(attribute.code)}")
        wrap_whole(self.error)
        set_tone(self.error, "error")
        self.error.hide()
        self.known: QCheckBox | None = None  # a date and time that may stay unanswered
        self.line: QLineEdit | None = None
        self.text: _AttributeText | None = None
        self.when: QDateTimeEdit | None = None
        self.combo: QComboBox | None = None
        self.boxes: list[QCheckBox] = []
        self.field = self._build()

    def _build(self) -> QWidget:
        datatype = self.attribute.datatype
        if datatype == "text":
            self.text = _AttributeText()
            return self.text
        if datatype == "datetime":
            row = QWidget()
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            self.known = QCheckBox()
            self.when = QDateTimeEdit()
            self.when.setCalendarPopup(True)
            self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
            self.when.setDateTime(QDateTime.currentDateTime())
            self.when.setEnabled(False)
            self.known.toggled.connect(self.when.setEnabled)
            layout.addWidget(self.known)
            layout.addWidget(self.when, 1)
            return row
        if datatype == "singlevaluelist":
            self.combo = QComboBox()
            mark_as_data(self.combo)  # the choices are the service's words
            self.combo.addItem("", NO_VALUE)
            for value in self.attribute.values:
                self.combo.addItem(value.name or value.key, value.key)
            return self.combo
        if datatype == "multivaluelist":
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            for value in self.attribute.values:
                check = QCheckBox(value.name or value.key)
                check.setProperty("choice", value.key)
                mark_as_data(check)
                self.boxes.append(check)
                column.addWidget(check)
            return box
        self.line = QLineEdit()  # string, and number (checked on save; any script's digits)
        return self.line

    def inputs(self) -> list[QWidget]:
        """What takes focus, in order (for the form's tab chain)."""
        if self.known is not None and self.when is not None:
            return [self.known, self.when]
        if self.boxes:
            return list(self.boxes)
        widget = self.line or self.text or self.combo
        return [widget] if widget is not None else []

    def answer(self) -> Answer:
        """The answer as the domain keeps it ("" / () when none)."""
        if self.line is not None:
            typed = self.line.text().strip()
            if self.attribute.datatype == "number" and typed:
                # Persian digits or a decimal comma become what the server reads; anything
                # else stays as typed so the check can say what is wrong with it.
                return normalize_number(typed) or typed
            return typed
        if self.text is not None:
            return self.text.toPlainText().strip()
        if self.known is not None and self.when is not None:
            if not self.known.isChecked():
                return ""
            local = self.when.dateTime().toPython()
            assert isinstance(local, datetime)
            return local.astimezone().isoformat(timespec="minutes")
        if self.combo is not None:
            chosen = chosen_value(self.combo)
            return str(chosen) if chosen is not None else ""
        return tuple(str(box.property("choice")) for box in self.boxes if box.isChecked())

    def show(self, answer: Answer) -> None:
        """Show a stored answer (a record being corrected)."""
        if isinstance(answer, tuple):
            chosen = set(answer)
            for box in self.boxes:
                box.setChecked(str(box.property("choice")) in chosen)
            return
        if self.line is not None:
            self.line.setText(answer)
        elif self.text is not None:
            self.text.setPlainText(answer)
        elif self.combo is not None:
            index = self.combo.findData(answer)
            if index < 0 and answer:  # a choice the service no longer offers: kept by its key
                self.combo.addItem(answer, answer)
                index = self.combo.count() - 1
            self.combo.setCurrentIndex(max(0, index))
        elif self.known is not None and self.when is not None and answer:
            try:
                moment = datetime.fromisoformat(answer.replace("Z", "+00:00")).astimezone()
            except ValueError:
                return
            self.known.setChecked(True)
            self.when.setDateTime(
                QDateTime(
                    QDate(moment.year, moment.month, moment.day),
                    QTime(moment.hour, moment.minute),
                )
            )
        elif self.boxes:
            self.show((answer,))


class AttributeGroup(QGroupBox):
    """The extra questions of the chosen category; hidden when it asks none."""

    rebuilt = Signal()  # other questions now: the form chains its tab order again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("categoryQuestions")
        self._layout = QVBoxLayout(self)
        self._body = QWidget()
        self._layout.addWidget(self._body)
        self._category = ""
        self._attributes: tuple[Attribute, ...] = ()
        self._questions: list[_Question] = []
        self._titles: list[tuple[QLabel, Attribute]] = []
        self._hints: list[tuple[QLabel, Attribute]] = []
        self._notes: list[QLabel] = []
        self._known_boxes: list[QCheckBox] = []
        # The answers of the record being corrected, as stored ({} for a new record): those
        # the shown category does not ask are kept as they were (see kept_answers).
        self._recorded: dict[str, Answer] = {}
        self._kept_box = QWidget()
        self._kept_heading: QLabel | None = None
        self._kept_rows: list[tuple[QLabel, QLabel, str]] = []  # title, answer, question
        self._layout.addWidget(self._kept_box)
        self.hide()
        self.retranslate()

    @property
    def category(self) -> str:
        """The category whose questions are shown ("" for none)."""
        return self._category

    def set_category(self, code: str, attributes: Sequence[Attribute]) -> None:
        """Show the questions of ``code``: the previous category's fields and answers go."""
        if code == self._category and tuple(attributes) == self._attributes:
            return
        self._category = code
        self._attributes = tuple(attributes)
        self._questions.clear()
        self._titles.clear()
        self._hints.clear()
        self._notes.clear()
        self._known_boxes.clear()
        self._layout.removeWidget(self._body)
        self._body.hide()
        self._body.deleteLater()
        self._body = QWidget()
        form = QFormLayout(self._body)
        form.setContentsMargins(0, 0, 0, 0)
        for attribute in self._attributes:
            if not attribute.variable:
                note = QLabel(attribute.label)  # information from the service, not a question
                note.setWordWrap(True)
                align_with_screen(note)
                mark_as_data(note)
                self._notes.append(note)
                form.addRow(note)
                continue
            if not attribute.asked:
                continue  # the desk fills it from the record when sending
            question = _Question(attribute)
            title = QLabel()
            title.setWordWrap(True)
            title.setBuddy(question.inputs()[0] if question.inputs() else question.field)
            mark_as_data(title)
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            cell_layout.addWidget(question.field)
            if attribute.datatype_description:
                hint = QLabel(attribute.datatype_description)
                hint.setWordWrap(True)
                set_tone(hint, "muted")
                mark_as_data(hint)
                align_with_screen(hint)
                cell_layout.addWidget(hint)
                self._hints.append((hint, attribute))
            cell_layout.addWidget(question.error)
            form.addRow(title, cell)
            if question.known is not None:
                self._known_boxes.append(question.known)
            self._questions.append(question)
            self._titles.append((title, attribute))
            recorded = self._recorded.get(attribute.code)
            if recorded is not None:  # back to a question the record answered
                question.show(recorded)
        self._layout.insertWidget(0, self._body)
        self._show_kept()
        self.retranslate()
        self.rebuilt.emit()

    def _show_kept(self) -> None:
        """List the record's answers to questions not asked here, read-only."""
        kept = self.kept_answers()
        self._layout.removeWidget(self._kept_box)
        self._kept_box.hide()
        self._kept_box.deleteLater()
        self._kept_box = QWidget()
        self._kept_box.setObjectName("keptAnswers")
        self._kept_heading = None
        self._kept_rows.clear()
        if kept:
            column = QVBoxLayout(self._kept_box)
            column.setContentsMargins(0, 6, 0, 0)
            self._kept_heading = QLabel()
            self._kept_heading.setWordWrap(True)
            set_tone(self._kept_heading, "muted")
            column.addWidget(self._kept_heading)
            rows = QFormLayout()
            rows.setContentsMargins(0, 0, 0, 0)
            # An informational attribute of the same code still has the service's words.
            listed = {attribute.code: attribute for attribute in self._attributes}
            for code, answer in kept.items():
                attribute = listed.get(code)
                title = QLabel()
                title.setWordWrap(True)
                shown = QLabel(answer_text(answer, attribute))
                shown.setWordWrap(True)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                mark_as_data(shown)
                align_with_screen(shown)
                rows.addRow(title, shown)
                self._kept_rows.append((title, shown, attribute.label if attribute else code))
            column.addLayout(rows)
        self._layout.addWidget(self._kept_box)
        self._kept_box.setVisible(bool(kept))
        self.setVisible(bool(self._questions or self._notes or kept))

    def retranslate(self) -> None:
        """Texts of our own in the screen language; the questions stay in the service's."""
        self.setTitle(self.tr("Questions for this category"))
        required = self.tr("Required.")
        for title, attribute in self._titles:
            title.setText(attribute.label + (" *" if attribute.required else ""))
        for question in self._questions:
            attribute = question.attribute
            parts = [required] if attribute.required else []
            if attribute.datatype_description:
                parts.append(attribute.datatype_description)
            if attribute.datatype == "number":
                parts.append(self.tr("A number, such as 12 or 3.5."))
            for widget in question.inputs():
                describe(widget, attribute.label, " ".join(parts))
            for box in question.boxes:  # each box says its choice, after the question
                describe(box, f"{attribute.label}: {box.text()}", " ".join(parts))
            if question.combo is not None:
                question.combo.setItemText(0, self.tr("No answer"))
        for box in self._known_boxes:
            box.setText(self.tr("Known"))
        for question in self._questions:
            if question.when is not None:
                question.when.setLocale(QLocale())
        if self._kept_heading is not None:
            self._kept_heading.setText(
                self.tr(
                    "No longer asked for this category. Kept as recorded; "
                    "this correction does not change them:"
                )
            )
        for title, shown, asked_as in self._kept_rows:
            # The question's words keep their own direction inside ours (bidi isolate).
            name = self.tr("{question} (no longer asked)").format(
                question=f"\u2068{asked_as}\u2069"
            )
            title.setText(name)
            describe(
                shown,
                name,
                self.tr("Kept as recorded; this category no longer asks it."),
            )

    def inputs(self) -> list[QWidget]:
        """Every input of the questions, in order (for the form's tab chain)."""
        return [widget for question in self._questions for widget in question.inputs()]

    def answers(self) -> dict[str, Answer]:
        """The answers given (unanswered questions left out)."""
        return clean_answers({q.attribute.code: q.answer() for q in self._questions})

    def kept_answers(self) -> dict[str, Answer]:
        """The record's answers to questions not asked here, as they were recorded."""
        return unasked_answers(self._recorded, self._attributes)

    def show_answers(self, answers: AttributeAnswers) -> None:
        """Show a record's stored answers (a record being corrected): each in its field, and
        those to questions no longer asked read-only, kept as they are."""
        self._recorded = dict(answers)
        for question in self._questions:
            answer = answers.get(question.attribute.code)
            if answer is not None:
                question.show(answer)
        self._show_kept()
        self.retranslate()

    def clear_answers(self) -> None:
        """Empty every answer (the questions stay), and forget a corrected record's."""
        self._recorded = {}
        for question in self._questions:
            question.show(() if question.boxes else "")
            if question.known is not None:
                question.known.setChecked(False)
        self._show_kept()

    def has_answers(self) -> bool:
        """True when any question is answered."""
        return bool(self.answers())

    def error_keys(self) -> list[str]:
        """The error keys of the questions, in the order they are shown."""
        return [error_key(question.attribute.code) for question in self._questions]

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Each question's message under it (hidden where there is none)."""
        for question in self._questions:
            message = errors.get(error_key(question.attribute.code), "")
            question.error.setText(localized(message))
            question.error.setVisible(bool(message))

    def focus_question(self, key: str) -> bool:
        """Put the focus on the question with this error key; False when there is none."""
        for question in self._questions:
            if error_key(question.attribute.code) == key and question.inputs():
                question.inputs()[0].setFocus()
                return True
        return False
