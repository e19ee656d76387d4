"""A person's records (Tools menu): the resident's rights from the window.

Find a resident's records by name, email, phone or reference; show everything held about one
and print or save a copy of it (the right of access); erase its personal data on request (the
right to erasure). The list of matches never shows personal data: a worker may have the wrong
person, and the screen may be seen from the other side of the desk. Every find, show, copy and
erasure is written to the audit trail by ``PrivacyService``, as from the command line.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.messages import QT_TRANSLATE_NOOP
from desk_app.domain.record import Submission, SyncState
from desk_app.services import StoreError
from desk_app.services.desk import DeskService
from desk_app.services.privacy import (
    CaseRequest,
    CaseRequestState,
    CaseSystemCopy,
    CorrectionOutcome,
    ErasureOutcome,
    PrivacyService,
    describe,
)
from desk_app.ui.dialogs.contact_correction import ContactCorrectionDialog
from desk_app.ui.plumbing.accessibility import announce, describe_buttons
from desk_app.ui.plumbing.accessibility import describe as describe_widget
from desk_app.ui.plumbing.i18n import (
    align_with_screen,
    current_language,
    mark_as_data,
    moment_text,
    translate,
)
from desk_app.ui.plumbing.labels import (
    CHANNEL_LABELS,
    CONTACT_LABELS,
    KIND_LABELS,
    REFERRAL_LABELS,
    SUBMITTER_LABELS,
    SYNC_LABELS,
    label,
)
from desk_app.ui.plumbing.operations import DeskOperations, operations_for
from desk_app.ui.plumbing.receipt_actions import PrintError, print_receipt, save_receipt_as
from desk_app.ui.plumbing.theme import MIN_TARGET_PX, set_tone

logger = logging.getLogger(__name__)
_CONTEXT = "PersonDialog"

# The field names of ``privacy.describe`` in the screen language; the copy on paper keeps
# the English ones (it is the same list the command line prints).
FIELD_LABELS = {
    "Reference": QT_TRANSLATE_NOOP("PersonDialog", "Reference"),
    "Received": QT_TRANSLATE_NOOP("PersonDialog", "Received"),
    "Received by (staff ID)": QT_TRANSLATE_NOOP("PersonDialog", "Received by (staff ID)"),
    "Site": QT_TRANSLATE_NOOP("PersonDialog", "Site"),
    "Kind": QT_TRANSLATE_NOOP("PersonDialog", "Kind"),
    "Category": QT_TRANSLATE_NOOP("PersonDialog", "Category"),
    "Channel": QT_TRANSLATE_NOOP("PersonDialog", "Channel"),
    "Language": QT_TRANSLATE_NOOP("PersonDialog", "Language"),
    "Occurred": QT_TRANSLATE_NOOP("PersonDialog", "Occurred"),
    "Location": QT_TRANSLATE_NOOP("PersonDialog", "Location"),
    "Description": QT_TRANSLATE_NOOP("PersonDialog", "Description"),
    "Anonymous": QT_TRANSLATE_NOOP("PersonDialog", "Anonymous"),
    "Name": QT_TRANSLATE_NOOP("PersonDialog", "Name"),
    "Email": QT_TRANSLATE_NOOP("PersonDialog", "Email"),
    "Phone": QT_TRANSLATE_NOOP("PersonDialog", "Phone"),
    "Postal address": QT_TRANSLATE_NOOP("PersonDialog", "Postal address"),
    "Preferred contact": QT_TRANSLATE_NOOP("PersonDialog", "Preferred contact"),
    "Wants a reply": QT_TRANSLATE_NOOP("PersonDialog", "Wants a reply"),
    "On behalf of": QT_TRANSLATE_NOOP("PersonDialog", "On behalf of"),
    "On-behalf note": QT_TRANSLATE_NOOP("PersonDialog", "On-behalf note"),
    "Privacy notice given": QT_TRANSLATE_NOOP("PersonDialog", "Privacy notice given"),
    "May be contacted": QT_TRANSLATE_NOOP("PersonDialog", "May be contacted"),
    "Given by": QT_TRANSLATE_NOOP("PersonDialog", "Given by"),
    "Unit concerned": QT_TRANSLATE_NOOP("PersonDialog", "Unit concerned"),
    "Provider": QT_TRANSLATE_NOOP("PersonDialog", "Provider"),
    "Referred to": QT_TRANSLATE_NOOP("PersonDialog", "Referred to"),
    "Referral note": QT_TRANSLATE_NOOP("PersonDialog", "Referral note"),
    "Urgent": QT_TRANSLATE_NOOP("PersonDialog", "Urgent"),
    "First response by": QT_TRANSLATE_NOOP("PersonDialog", "First response by"),
    "Sync state": QT_TRANSLATE_NOOP("PersonDialog", "Sync state"),
    "Delivered": QT_TRANSLATE_NOOP("PersonDialog", "Delivered"),
    "Case number": QT_TRANSLATE_NOOP("PersonDialog", "Case number"),
    "Case status": QT_TRANSLATE_NOOP("PersonDialog", "Case status"),
    "Personal data erased": QT_TRANSLATE_NOOP("PersonDialog", "Personal data erased"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("PersonDialog", "Reference"),
    QT_TRANSLATE_NOOP("PersonDialog", "Received"),
    QT_TRANSLATE_NOOP("PersonDialog", "Kind"),
    QT_TRANSLATE_NOOP("PersonDialog", "Category"),
    QT_TRANSLATE_NOOP("PersonDialog", "Sync state"),
    QT_TRANSLATE_NOOP("PersonDialog", "Personal data"),
)
EMPTY_VALUE = "–"  # a field the desk holds nothing in


def field_label(english: str) -> str:
    """A ``describe`` row's field name in the screen language (an unknown one as it is)."""
    source = FIELD_LABELS.get(english)
    return english if source is None else translate(_CONTEXT, source)


class PersonDialog(QDialog):
    """Find a person's records, show one in full, print a copy, erase its personal data."""

    def __init__(
        self,
        privacy: PrivacyService,
        operations: DeskService | DeskOperations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._privacy = privacy
        self._operations = operations_for(operations, self)
        self._desk = self._operations.desk
        self.found: list[Submission] = []
        self.shown: Submission | None = None  # the record whose details are on screen
        self.correction_dialog: ContactCorrectionDialog | None = None
        self.setWindowTitle(self.tr("A person's records"))
        self.setModal(True)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, email, phone or reference"))
        self.search.returnPressed.connect(self.find_records)
        self.search_label = QLabel(self.tr("&Look for:"))
        self.search_label.setBuddy(self.search)
        self.find_button = QPushButton(self.tr("&Find"))
        self.find_button.clicked.connect(self.find_records)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate(_CONTEXT, name) for name in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list, arrows move in it
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.verticalHeader().hide()
        if self._desk.settings.ui.large_mode:
            self.table.verticalHeader().setDefaultSectionSize(MIN_TARGET_PX)
        self.table.activated.connect(lambda _index: self.show_selected())  # Enter, double-click
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table_label = QLabel(self.tr("&Matching records:"))
        self.table_label.setBuddy(self.table)
        self.count_label = QLabel()

        self.details_heading = QLabel()
        self.details_heading.setWordWrap(True)
        self.details = QWidget()
        self.details_form = QFormLayout(self.details)
        self.details_area = QScrollArea()
        self.details_area.setWidgetResizable(True)
        self.details_area.setWidget(self.details)
        self.details_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows scroll it

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("personStatus")

        self.show_button = QPushButton(self.tr("&Show everything held"))
        self.show_button.clicked.connect(self.show_selected)
        self.print_button = QPushButton(self.tr("&Print a copy…"))
        self.print_button.clicked.connect(self.print_copy)
        self.save_button = QPushButton(self.tr("Save a copy as P&DF…"))
        self.save_button.clicked.connect(self.save_copy)
        self.correct_button = QPushButton(self.tr("Co&rrect contact details…"))
        self.correct_button.clicked.connect(self.correct_selected)
        self.erase_button = QPushButton(self.tr("&Erase personal data…"))
        self.erase_button.clicked.connect(self.erase_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        for button in (
            self.find_button,
            self.show_button,
            self.print_button,
            self.save_button,
            self.correct_button,
            self.erase_button,
            close_button,
        ):
            # Enter belongs to the field or the list it is typed in, never to a far button.
            button.setAutoDefault(False)
            button.setMinimumHeight(MIN_TARGET_PX if self._desk.settings.ui.large_mode else 0)
        self._describe(buttons)

        search_row = QHBoxLayout()
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.find_button)
        action_row = QHBoxLayout()
        for button in (self.show_button, self.print_button, self.save_button):
            action_row.addWidget(button)
        action_row.addStretch(1)
        action_row.addWidget(self.correct_button)
        action_row.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.details_heading)
        layout.addWidget(self.details_area, 2)
        layout.addWidget(self.status)
        layout.addLayout(action_row)
        layout.addWidget(buttons)
        self._show_details(None)
        self._selection_changed()
        self.tell_refused_requests()
        self.resize(900, 640)
        self.search.setFocus()

    def _describe(self, buttons: QDialogButtonBox) -> None:
        describe_widget(
            self.search,
            self.tr("Look for"),
            self.tr("A resident's name, email, phone number or a record's reference; Enter finds."),
        )
        describe_widget(
            self.table,
            self.tr("Matching records"),
            self.tr("Reference, date, kind and state only. Enter shows everything held."),
        )
        describe_widget(
            self.details_area,
            self.tr("Everything held"),
            self.tr("Every field the desk holds about the shown record."),
        )
        describe_buttons(
            buttons,
            {
                QDialogButtonBox.StandardButton.Close: self.tr("Closes this window."),
                self.find_button: self.tr("Finds the records that match."),
                self.show_button: self.tr("Shows everything held about the selected record."),
                self.print_button: self.tr("Prints a copy of everything held, for the resident."),
                self.save_button: self.tr("Saves a copy of everything held as a PDF file."),
                self.correct_button: self.tr(
                    "Corrects the name, email, phone or postal address of the selected record."
                ),
                self.erase_button: self.tr(
                    "Erases the personal data of the selected record, after asking."
                ),
            },
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.table.setHorizontalHeaderLabels([translate(_CONTEXT, name) for name in COLUMNS])
        super().changeEvent(event)

    # Finding

    def find_records(self) -> list[Submission]:
        """Look the text up (audited: that a find happened and how many matched, never what)."""
        text = self.search.text().strip()
        if not text:
            self._tell(self.tr("Type a name, email, phone number or reference first."), "warning")
            self.search.setFocus()
            return []
        try:
            self.found = self._privacy.find_person(text)
        except StoreError as error:
            self._tell(self.tr("The records could not be searched: {reason}").format(reason=error))
            return []
        self._fill_table()
        count = len(self.found)
        self.count_label.setText(self.tr("%Ln record(s) found.", "", count))
        announce(self.count_label, self.count_label.text())
        self._tell("")
        if self.found:
            self.select_row(0)
            self.table.setFocus()
        # Row 0 selected before and after a new find emits no selection change, yet it may
        # be another record now: the buttons follow the record, not the signal.
        self._selection_changed()
        return self.found

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.found))
        for row, record in enumerate(self.found):
            self._fill_row(row, record)

    def _fill_row(self, row: int, record: Submission) -> None:
        # No name, contact or description here: only what cannot identify the resident.
        erased = record.personal_data_erased
        cells = (
            record.reference,
            moment_text(record.received_at.astimezone()),
            label(KIND_LABELS, record.kind),
            self._desk.category_name(record.category, current_language()),
            label(SYNC_LABELS, record.sync_state),
            self.tr("Erased") if erased else self.tr("Held"),
        )
        for column, text in enumerate(cells):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def select_row(self, row: int) -> None:
        """Select (and make current) the ``row``-th record of the list."""
        # Not QTableView.selectRow: right to left it looks for the first column past the
        # viewport's edge, finds none and selects nothing (seen with Qt 6 in Persian).
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(
            self.table.model().index(row, 0), flags.ClearAndSelect | flags.Rows
        )

    def selected(self) -> Submission | None:
        """The record selected in the list, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.found):
            return None
        return self.found[rows[0].row()]

    def _selection_changed(self) -> None:
        record = self.selected()
        self.show_button.setEnabled(record is not None)
        self.erase_button.setEnabled(record is not None and not record.personal_data_erased)
        self.correct_button.setEnabled(
            record is not None and not record.personal_data_erased and not record.reporter.anonymous
        )
        if self.shown is not None and (record is None or record.reference != self.shown.reference):
            self._show_details(None)  # what is on screen is always the selected record

    # The right of access

    def show_selected(self) -> Submission | None:
        """Show everything held about the selected record (audited)."""
        record = self.selected()
        if record is None:
            return None
        try:
            held = self._privacy.show(record.reference)
        except StoreError as error:
            self._tell(self.tr("The record could not be read: {reason}").format(reason=error))
            return None
        self._show_details(held)
        if held is not None:
            announce(self.details_heading, self.details_heading.text())
        return held

    def _show_details(self, submission: Submission | None) -> None:
        self.shown = submission
        while self.details_form.rowCount():
            self.details_form.removeRow(0)
        self.print_button.setEnabled(submission is not None)
        self.save_button.setEnabled(submission is not None)
        self.details_area.setEnabled(submission is not None)
        if submission is None:
            self.details_heading.setText(
                self.tr("Select a record and press Show to see everything held about it.")
            )
            return
        self.details_heading.setText(
            self.tr("Everything held about {reference}:").format(reference=submission.reference)
        )
        worded = self._worded_values(submission)
        for english, value in describe(submission):
            title = field_label(english)
            shown = QLabel(worded.get(english, value) or EMPTY_VALUE)
            if english not in worded:
                mark_as_data(shown)  # the record's own words, exactly as stored
            align_with_screen(shown)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setAccessibleName(title)
            shown.setAccessibleDescription(self.tr("{field} of this record").format(field=title))
            self.details_form.addRow(self.tr("{field}:").format(field=title), shown)
        # Where the case system's copy stands: what was asked of it, and what came of it.
        for request in self._privacy.case_requests(submission.reference):
            title = self.tr("Case system request")
            shown = QLabel(self.request_text(request))
            shown.setWordWrap(True)
            shown.setAccessibleName(title)
            if request.state is CaseRequestState.NEEDS_ATTENTION:
                set_tone(shown, "error")
            elif request.state is CaseRequestState.UNSUPPORTED:
                set_tone(shown, "warning")
            self.details_form.addRow(self.tr("{field}:").format(field=title), shown)
            if request.state is CaseRequestState.NEEDS_ATTENTION:
                self.details_form.addRow("", self._refusal_actions(request))

    def _refusal_actions(self, request: CaseRequest) -> QWidget:
        """What a person can do about a refused request: send it again (once what the case
        system refused is fixed), or stop asking (settled with its administrators)."""
        resend = QPushButton(self.tr("Send &again"))
        settle = QPushButton(self.tr("Settled with the case system"))
        describe_widget(
            resend,
            self.tr("Send again"),
            self.tr("Sends the refused request to the case system again at the next sync."),
        )
        describe_widget(
            settle,
            self.tr("Settled with the case system"),
            self.tr(
                "The case system's administrators have dealt with it: the desk stops asking "
                "and forgets the request's new details."
            ),
        )
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (resend, settle):
            button.setAutoDefault(False)
            button.setMinimumHeight(MIN_TARGET_PX if self._desk.settings.ui.large_mode else 0)
            layout.addWidget(button)
        layout.addStretch(1)
        resend.clicked.connect(lambda: self.act_on_refusal(request.id, settle=False))
        settle.clicked.connect(lambda: self.act_on_refusal(request.id, settle=True))
        return row

    def act_on_refusal(self, request_id: str, *, settle: bool) -> bool:
        """Send a refused request again, or mark it settled; the details and the status bar's
        count follow. False when it was no longer refused (another window acted first)."""
        try:
            done = (
                self._privacy.settle_case_request(request_id)
                if settle
                else self._privacy.resend_case_request(request_id)
            )
        except StoreError as error:
            self._tell(self.tr("The request could not be changed: {reason}").format(reason=error))
            return False
        if done:
            self._tell(
                self.tr("Marked as settled: the desk will not send it.")
                if settle
                else self.tr("It will be sent to the case system at the next sync."),
                "ok",
            )
        else:
            self._tell(self.tr("The request was no longer refused; nothing changed."), "warning")
        self._operations.records_changed.emit()
        # After this click's handler: the refresh deletes the button that was clicked.
        QTimer.singleShot(0, lambda: self._show_details(self.shown))
        return done

    def tell_refused_requests(self) -> None:
        """Name the records whose requests the case system refused (references only), so
        the person who opened this window from the status bar's count knows where to look."""
        try:
            refused = self._privacy.case_requests_needing_attention()
        except StoreError:
            return  # the find says why, when the person tries one
        if refused:
            references = ", ".join(sorted({request.reference for request in refused}))
            self._tell(
                self.tr(
                    "Refused by the case system: {references}. Look one up to send it again "
                    "or to mark it settled."
                ).format(references=references),
                "warning",
            )

    def request_text(self, request: CaseRequest) -> str:
        """One correction or erasure asked of the case system, and where it stands, in words."""
        what = (
            self.tr("Correction of the contact details")
            if request.kind.value == "correction"
            else self.tr("Erasure of the personal data")
        )
        state = request.state
        if state is CaseRequestState.SENT:
            when = moment_text(request.sent_at) if request.sent_at else ""
            return self.tr("{what}: sent to the case system {when}.").format(what=what, when=when)
        if state is CaseRequestState.NEEDS_ATTENTION:
            return self.tr(
                "{what}: refused by the case system, needs attention ({reason})."
            ).format(what=what, reason=request.reason)
        if state is CaseRequestState.UNSUPPORTED:
            return self.tr(
                "{what}: this case system does not accept it; ask the administrators of {system}."
            ).format(what=what, system=self._privacy.case_system_name())
        if state is CaseRequestState.NOT_NEEDED:
            return self.tr("{what}: nothing to send to the case system.").format(what=what)
        return self.tr(
            "{what}: will be sent to the case system at the next sync, or when the connection "
            "is back."
        ).format(what=what)

    def _worded_values(self, submission: Submission) -> dict[str, str]:
        """The coded values of ``describe`` in the screen language's words (the copy on paper
        keeps the codes, as the command line prints them)."""
        yes, no = self.tr("Yes"), self.tr("No")
        reporter = submission.reporter
        return {
            "Kind": label(KIND_LABELS, submission.kind),
            "Category": self._desk.category_name(submission.category, current_language()),
            "Channel": label(CHANNEL_LABELS, submission.channel),
            "Anonymous": yes if reporter.anonymous else no,
            "Preferred contact": label(CONTACT_LABELS, reporter.preferred_contact)
            if reporter.preferred_contact
            else "",
            "Wants a reply": yes if submission.wants_reply else no,
            "Privacy notice given": yes if submission.privacy_notice_given else no,
            "May be contacted": yes if submission.contact_ok else no,
            "Given by": label(SUBMITTER_LABELS, submission.submitter_type)
            if submission.submitter_type
            else "",
            "Referred to": label(REFERRAL_LABELS, submission.referral.to)
            if submission.referral
            else "",
            **({} if submission.urgent else {"Urgent": no}),  # else the reason: the record's words
            "Sync state": label(SYNC_LABELS, submission.sync_state),
        }

    def copy_pdf(self) -> bytes | None:
        """The shown record as an A4 PDF (audited as a printed copy)."""
        if self.shown is None:
            return None
        return self._privacy.record_copy_pdf(self.shown, describe(self.shown))

    def print_copy(self) -> None:
        """Print the copy, always through the print dialog: it holds personal data."""
        pdf = self.copy_pdf()
        if pdf is None or self.shown is None:
            return
        try:
            message = print_receipt(self, pdf, self.shown.reference, "dialog", asked=True)
        except PrintError as error:
            message = self.tr("Not printed: {reason}").format(reason=error)
        self._tell(message)

    def save_copy(self) -> None:
        """Save the copy as a PDF file the worker chooses."""
        pdf = self.copy_pdf()
        if pdf is None or self.shown is None:
            return
        target = save_receipt_as(self, pdf, self.shown.reference)
        if target is not None:
            self._tell(self.tr("Copy saved as {path}.").format(path=target))

    # The right to rectification

    def correct_selected(self) -> CorrectionOutcome | None:
        """Correct the selected record's contact details in a dialog; None if nothing changed."""
        record = self.selected()
        if record is None or record.personal_data_erased or record.reporter.anonymous:
            return None
        dialog = ContactCorrectionDialog(
            self._privacy, record, self, large=self._desk.settings.ui.large_mode
        )
        self.correction_dialog = dialog  # for tests and screen readers' sake
        dialog.exec()
        outcome = dialog.outcome
        if outcome is None or not outcome.corrected_fields:
            self._tell(self.tr("Nothing was changed."))
            return None
        self._operations.records_changed.emit()
        row = self.found.index(record)
        self.found[row] = outcome.submission
        self._fill_row(row, outcome.submission)
        if self.shown is not None:
            self._show_details(outcome.submission)
        reference = outcome.submission.reference
        case = outcome.submission.case_number or "–"
        copy = outcome.case_system
        if copy is CaseSystemCopy.QUEUED and self._privacy.case_system_configured():
            self._tell(
                self.tr(
                    "The contact details of {reference} are corrected on this desk. The "
                    "correction will be sent to the case system (case {case}) at the next "
                    "sync, or when the connection is back."
                ).format(reference=reference, case=case),
                "ok",
            )
        elif copy is CaseSystemCopy.UNSUPPORTED:
            self._ask_case_system(
                self.tr(
                    "The contact details of {reference} are corrected on this desk. This case "
                    "system does not accept corrections: ask the administrators of {system} "
                    "to correct them in case {case} too."
                ).format(reference=reference, case=case, system=self._privacy.case_system_name())
            )
        elif outcome.was_delivered or copy is CaseSystemCopy.QUEUED:
            self._ask_case_system(
                self.tr(
                    "The contact details of {reference} are corrected on this desk. The record "
                    "had been delivered to the case system (case {case}), which still holds the "
                    "old ones: ask the case system's administrators to correct them there too."
                ).format(reference=reference, case=case)
            )
        else:
            self._tell(
                self.tr(
                    "The contact details of {reference} are corrected. The case system will "
                    "get the corrected details when the record is sent."
                ).format(reference=reference),
                "ok",
            )
        return outcome

    def _ask_case_system(self, text: str) -> None:
        """A person must ask the case system: say so under the details and in a box."""
        self._tell(text, "warning")
        QMessageBox.information(self, self.tr("Ask the case system too"), text)

    # The right to erasure

    def erase_selected(self) -> ErasureOutcome | None:
        """Erase the selected record's personal data once the worker confirms; None if not."""
        record = self.selected()
        if record is None or record.personal_data_erased:
            return None
        if not self._confirm_erasure(record):
            self._tell(self.tr("Nothing was erased."))
            return None
        try:
            outcome = self._privacy.erase(record.reference)
        except StoreError as error:
            self._tell(self.tr("Nothing was erased: {reason}").format(reason=error), "error")
            return None
        if outcome is None:  # records are never deleted, but say so rather than guess
            self._tell(self.tr("Nothing was erased: the record is no longer on this desk."))
            return None
        if outcome.erased_now:
            self._operations.records_changed.emit()
        row = self.found.index(record)
        self.found[row] = outcome.submission
        self._fill_row(row, outcome.submission)
        self._selection_changed()
        if self.shown is not None:
            self._show_details(outcome.submission)  # now blank: what is held after erasure
        self._report_erasure(outcome)
        return outcome

    def _confirm_erasure(self, record: Submission) -> bool:
        text = self.tr(
            "Erase the personal data of {reference}?\n\n"
            "Erased: the name, email, phone number, postal address, the description of what "
            "happened and the on-behalf note.\n"
            "Kept: the reference, the dates, the kind, category and place, and the case number, "
            "so the statistics and the case stay whole.\n\n"
            "This cannot be undone."
        ).format(reference=record.reference)
        if record.sync_state is SyncState.SYNCED:
            text += "\n\n" + self.tr(
                "This record was delivered to the case system: the desk asks it to erase its "
                "copy too, or tells you whom to ask when it does not accept erasures."
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Erase personal data?"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Erase personal data"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter must not erase
        return box.exec() == QMessageBox.StandardButton.Yes

    def _report_erasure(self, outcome: ErasureOutcome) -> None:
        reference = outcome.submission.reference
        if not outcome.erased_now:
            self._tell(
                self.tr("The personal data of {reference} had already been erased.").format(
                    reference=reference
                )
            )
        elif not outcome.was_delivered:
            self._tell(
                self.tr(
                    "The personal data of {reference} is erased. It had not been delivered "
                    "and will not be sent."
                ).format(reference=reference),
                "ok",
            )
        case = outcome.submission.case_number or "–"
        copy = outcome.case_system
        if copy is CaseSystemCopy.QUEUED and self._privacy.case_system_configured():
            self._tell(
                self.tr(
                    "The personal data of {reference} is erased on this desk. The erasure will "
                    "be sent to the case system (case {case}) at the next sync, or when the "
                    "connection is back."
                ).format(reference=reference, case=case),
                "ok",
            )
        elif copy is CaseSystemCopy.SENT:
            self._tell(
                self.tr(
                    "The personal data of {reference} is erased, here and in the case system "
                    "(case {case})."
                ).format(reference=reference, case=case),
                "ok",
            )
        elif copy is CaseSystemCopy.UNSUPPORTED:
            self._ask_case_system(
                self.tr(
                    "The personal data of {reference} is erased on this desk. This case system "
                    "does not accept erasures: ask the administrators of {system} to erase it "
                    "in case {case} too."
                ).format(reference=reference, case=case, system=self._privacy.case_system_name())
            )
        elif outcome.was_delivered or copy is CaseSystemCopy.QUEUED:
            self._ask_case_system(
                self.tr(
                    "The personal data of {reference} is erased on this desk. The record had "
                    "been delivered to the case system (case {case}), which still holds a copy: "
                    "ask the case system's administrators to erase it there too. This desk "
                    "cannot."
                ).format(reference=reference, case=case)
            )

    def _tell(self, message: str, tone: str = "") -> None:
        """Say what happened under the details; a screen reader hears it too."""
        self.status.setText(message)
        set_tone(self.status, tone)
        if message:
            announce(self.status, message)
