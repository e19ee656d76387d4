"""Workers and their PINs, from the window: the supervisor's list (add a worker, give one a
new PIN, remove one) and a worker's own "Change my PIN".

On a shared OS account (``desk.sign_in = "pin"``) this is what ``desk-app worker add|set-pin``
does on the command line, with the same PIN rules (4 to 8 digits), through the same
IdentityService: it checks the supervisor's role again and writes the audit trail, so the
window cannot do more than the command line. A PIN is typed twice and never shown; each
problem is shown next to its field. Only workers' IDs and names appear here, never a
resident's data.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime
from PySide6.QtGui import QRegularExpressionValidator
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
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.identity import PIN_LENGTH, pin_problem, worker_id_problem
from desk_app.services.identity import (
    IdentityError,
    IdentityService,
    RefusalReason,
    SignInRefused,
    WorkerAccount,
)
from desk_app.ui.plumbing.accessibility import announce, describe, describe_buttons
from desk_app.ui.plumbing.i18n import mark_as_data, moment_text
from desk_app.ui.plumbing.theme import set_tone


def _pin_field() -> QLineEdit:
    """A masked field that takes digits only, as many as a PIN may have."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(PIN_LENGTH[1])
    field.setValidator(QRegularExpressionValidator(rf"[0-9]{{0,{PIN_LENGTH[1]}}}", field))
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    return field


def _local_time(moment: datetime) -> str:
    """A time of day in the screen language's digits (Persian and Arabic have their own)."""
    local = moment.astimezone()
    return str(QLocale().toString(QTime(local.hour, local.minute, local.second), "HH:mm:ss"))


class _Fields(QWidget):
    """Labelled fields, each with its own error line below it (hidden while all is well)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.labels: dict[QLineEdit, QLabel] = {}
        self.errors: dict[QLineEdit, QLabel] = {}

    def add(self, field: QLineEdit) -> QLineEdit:
        label, error = QLabel(), QLabel()
        label.setBuddy(field)
        error.setWordWrap(True)
        set_tone(error, "error")
        error.hide()
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(error)
        self.form.addRow(label, column)
        self.labels[field], self.errors[field] = label, error
        return field

    def title(self, field: QLineEdit, text: str, description: str) -> None:
        self.labels[field].setText(text)
        describe(field, text.replace("&", "").rstrip(":"), description)

    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.clear()
            error.hide()

    def show_error(self, field: QLineEdit, message: str) -> None:
        error = self.errors[field]
        error.setText(message)
        error.show()
        announce(error, message)


class PinEntryDialog(QDialog):
    """Add a worker (ID, name, PIN twice) or, given ``worker_id``, give one a new PIN."""

    def __init__(
        self,
        identity: IdentityService,
        worker_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._identity = identity
        self._worker_id = worker_id
        self.setModal(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.fields = _Fields()
        self.worker_id = self.fields.add(QLineEdit())
        self.display_name = self.fields.add(QLineEdit())
        for field in (self.worker_id, self.display_name):
            mark_as_data(field)  # a worker's own ID and name
            field.setMaxLength(100)
        self.pin = self.fields.add(_pin_field())
        self.repeat = self.fields.add(_pin_field())
        adding = worker_id is None
        for field in (self.worker_id, self.display_name):
            self.fields.labels[field].setVisible(adding)
            field.setVisible(adding)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        # Wide enough that an error under a field and the intro wrap into whole lines.
        self.setMinimumWidth(460)
        self.retranslate()
        (self.worker_id if adding else self.pin).setFocus()

    def retranslate(self) -> None:
        """Every text in the screen language."""
        if self._worker_id is None:
            self.setWindowTitle(self.tr("Add a worker"))
            self.intro.setText(
                self.tr(
                    "The worker signs in with this PIN on the lock screen. Tell it to them "
                    "in person; they can change it themselves from the Tools menu."
                )
            )
        else:
            self.setWindowTitle(self.tr("New PIN for {worker}").format(worker=self._worker_id))
            self.intro.setText(
                self.tr("The old PIN stops working at once, and wrong tries so far are forgotten.")
            )
        self.fields.title(
            self.worker_id, self.tr("Worker &ID:"), self.tr("Their staff ID, as on the form.")
        )
        self.fields.title(
            self.display_name,
            self.tr("&Name:"),
            self.tr("How the sign-in list shows them (may be left empty)."),
        )
        self.fields.title(self.pin, self.tr("New &PIN:"), self.tr("4 to 8 digits."))
        self.fields.title(self.repeat, self.tr("PIN &again:"), self.tr("The same PIN again."))
        describe_buttons(
            self.buttons,
            {
                QDialogButtonBox.StandardButton.Save: self.tr(
                    "Saves the PIN; this is written to the audit trail."
                ),
                QDialogButtonBox.StandardButton.Cancel: self.tr(
                    "Closes without changing anything."
                ),
            },
        )

    def save(self) -> bool:
        """Check the fields, then add the worker or set the PIN; on a problem stay open."""
        self.fields.clear_errors()
        self.status.clear()
        adding = self._worker_id is None
        worker_id = self.worker_id.text().strip() if adding else str(self._worker_id)
        problems: list[tuple[QLineEdit, str]] = []
        if adding and worker_id_problem(worker_id):
            problems.append(
                (self.worker_id, self.tr("A worker ID is 1 to 100 characters without spaces."))
            )
        elif adding and any(worker.worker_id == worker_id for worker in self._identity.workers()):
            problems.append((self.worker_id, self.tr("This ID is already a worker here.")))
        problems += _new_pin_problems(self.pin, self.repeat)
        if problems:
            for field, message in problems:
                self.fields.show_error(field, message)
            problems[0][0].setFocus()
            return False
        try:
            if adding:
                self._identity.add_worker(
                    worker_id,
                    self.display_name.text(),
                    self.pin.text(),
                    by=self._identity.current,
                )
            else:
                self._identity.reset_pin(worker_id, self.pin.text(), by=self._identity.current)
        except IdentityError as error:
            _tell(self.status, str(error))
            return False
        self.pin.clear()
        self.repeat.clear()
        self.accept()
        return True


def _new_pin_problems(pin: QLineEdit, repeat: QLineEdit) -> list[tuple[QLineEdit, str]]:
    """The CLI's PIN rules, worded in the screen language: 4 to 8 digits, typed twice."""
    if pin_problem(pin.text()):
        return [(pin, QCoreApplication.translate("PinRules", "A PIN is 4 to 8 digits."))]
    if repeat.text() != pin.text():
        return [
            (
                repeat,
                QCoreApplication.translate(
                    "PinRules", "The two PINs differ: type the same PIN twice."
                ),
            )
        ]
    return []


def _tell(status: QLabel, message: str) -> None:
    status.setText(message)
    set_tone(status, "error")
    announce(status, message)


class ChangePinDialog(QDialog):
    """The signed-in worker changes their own PIN: the old one, then the new one twice."""

    def __init__(self, identity: IdentityService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._identity = identity
        self.setModal(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        mark_as_data(self.intro)  # names the worker; the words are set in retranslate
        self.fields = _Fields()
        self.old_pin = self.fields.add(_pin_field())
        self.pin = self.fields.add(_pin_field())
        self.repeat = self.fields.add(_pin_field())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.buttons)
        # Wide enough that an error under a field and the intro wrap into whole lines.
        self.setMinimumWidth(460)
        self.retranslate()
        self.old_pin.setFocus()

    def retranslate(self) -> None:
        """Every text in the screen language."""
        self.setWindowTitle(self.tr("Change my PIN"))
        worker = self._identity.current
        self.intro.setText(
            self.tr("New PIN for {worker}. Type your present PIN first.").format(
                worker=worker.shown_as if worker else ""
            )
        )
        self.fields.title(self.old_pin, self.tr("&Present PIN:"), self.tr("The PIN you use now."))
        self.fields.title(self.pin, self.tr("&New PIN:"), self.tr("4 to 8 digits."))
        self.fields.title(self.repeat, self.tr("PIN &again:"), self.tr("The same PIN again."))
        describe_buttons(
            self.buttons,
            {
                QDialogButtonBox.StandardButton.Save: self.tr(
                    "Saves the new PIN; this is written to the audit trail."
                ),
                QDialogButtonBox.StandardButton.Cancel: self.tr(
                    "Closes without changing anything."
                ),
            },
        )

    def save(self) -> bool:
        """Check the fields and the present PIN, then set the new one; else stay open."""
        self.fields.clear_errors()
        problems = _new_pin_problems(self.pin, self.repeat)
        if not self.old_pin.text():
            problems.insert(0, (self.old_pin, self.tr("Type your present PIN.")))
        if problems:
            for field, message in problems:
                self.fields.show_error(field, message)
            problems[0][0].setFocus()
            return False
        try:
            self._identity.change_own_pin(self.old_pin.text(), self.pin.text())
        except SignInRefused as refusal:
            self.old_pin.clear()
            self.old_pin.setFocus()
            if refusal.reason is not RefusalReason.WRONG_PIN or refusal.retry_at is not None:
                # The lock screen's own words: the worker has read them there.
                text = QCoreApplication.translate(
                    "LockScreen", "Wrong PIN, or too many tries: try again after {time}."
                ).format(time=_local_time(refusal.retry_at) if refusal.retry_at else "")
            else:
                text = self.tr("Wrong PIN. Nothing was changed.")
            self.fields.show_error(self.old_pin, text)
            return False
        except IdentityError as error:
            self.fields.show_error(self.old_pin, str(error))
            return False
        for field in (self.old_pin, self.pin, self.repeat):
            field.clear()
        self.accept()
        return True


class WorkersDialog(QDialog):
    """The supervisor's list of workers who sign in with a PIN, and what may be done to them.

    Raises NotPermitted (audited by the service) when whoever is signed in is no supervisor.
    """

    COLUMNS = 5

    def __init__(self, identity: IdentityService, parent: QWidget | None = None) -> None:
        # Asked before the dialog exists: a refused worker leaves no hidden dialog behind.
        accounts = identity.accounts(identity.current)
        super().__init__(parent)
        self._identity = identity
        self.accounts: list[WorkerAccount] = accounts
        self.entry_dialog: PinEntryDialog | None = None
        self.confirmation: QMessageBox | None = None
        self.table = QTableWidget(0, self.COLUMNS)
        mark_as_data(self.table)  # workers' IDs and names
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.add_button, self.reset_button, self.remove_button = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        self.add_button.clicked.connect(self.add_worker)
        self.reset_button.clicked.connect(self.reset_pin)
        self.remove_button.clicked.connect(self.remove_worker)
        self.status = QLabel()
        self.status.setWordWrap(True)
        actions = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.remove_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(760, 420)
        self.retranslate()
        self._fill()
        self.table.setFocus()

    def retranslate(self) -> None:
        """Every text in the screen language."""
        self.setWindowTitle(self.tr("Workers and PINs"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Worker ID"),
                self.tr("Name"),
                self.tr("Role"),
                self.tr("PIN set"),
                self.tr("Sign-in"),
            ]
        )
        describe(
            self.table,
            self.tr("Workers"),
            self.tr("Everyone who signs in with a PIN on this desk."),
        )
        self.add_button.setText(self.tr("&Add a worker…"))
        self.reset_button.setText(self.tr("New &PIN…"))
        self.remove_button.setText(self.tr("&Remove…"))
        describe(
            self.add_button,
            self.add_button.text(),
            self.tr("Adds a worker who signs in with a PIN."),
        )
        describe(
            self.reset_button,
            self.reset_button.text(),
            self.tr("Gives the chosen worker a new PIN, for one forgotten or kept out."),
        )
        describe(
            self.remove_button,
            self.remove_button.text(),
            self.tr("The chosen worker can no longer sign in; the audit trail keeps their ID."),
        )
        describe_buttons(
            self.buttons, {QDialogButtonBox.StandardButton.Close: self.tr("Closes the list.")}
        )

    def _fill(self) -> None:
        chosen = self.chosen()
        self.table.setRowCount(len(self.accounts))
        for row, account in enumerate(self.accounts):
            worker = account.worker
            if account.locked_out_until is not None:
                state = self.tr("Kept out until {time} (wrong PINs)").format(
                    time=_local_time(account.locked_out_until)
                )
            elif account.wrong_tries:
                state = self.tr("%Ln wrong PIN(s) in a row", "", account.wrong_tries)
            else:
                state = self.tr("Can sign in")
            cells = (
                worker.worker_id,
                worker.display_name,
                self.tr("Supervisor") if worker.is_supervisor else self.tr("Desk worker"),
                moment_text(account.pin_set_at.astimezone()),
                state,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, worker.worker_id)
                self.table.setItem(row, column, item)
        index = next(
            (
                row
                for row, account in enumerate(self.accounts)
                if account.worker.worker_id == chosen
            ),
            0,
        )
        if self.accounts:
            # Not selectRow: before the table is first laid out it selects nothing in a
            # right-to-left window (it looks for the first column at the viewport's edge).
            self.table.setCurrentCell(index, 0)
        self._selection_changed()

    def reload(self) -> None:
        """Read the workers again (after a change)."""
        self.accounts = self._identity.accounts(self._identity.current)
        self._fill()

    def chosen(self) -> str | None:
        """The worker ID of the chosen row, or None."""
        model = self.table.selectionModel()
        # Any selected cell names its row (selectedRows() wants every column of the row).
        indexes = model.selectedIndexes() if model is not None else []
        if not indexes:
            return None
        item = self.table.item(indexes[0].row(), 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _selection_changed(self) -> None:
        chosen = self.chosen()
        me = self._identity.current
        self.reset_button.setEnabled(chosen is not None)
        # A supervisor cannot remove themselves: someone must stay who can add workers.
        self.remove_button.setEnabled(
            chosen is not None and (me is None or chosen.casefold() != me.worker_id.casefold())
        )

    def add_worker(self) -> PinEntryDialog:
        """Ask for a new worker's ID, name and PIN."""
        return self._enter(None)

    def reset_pin(self) -> PinEntryDialog | None:
        """Ask for a new PIN for the chosen worker."""
        chosen = self.chosen()
        return self._enter(chosen) if chosen is not None else None

    def _enter(self, worker_id: str | None) -> PinEntryDialog:
        dialog = PinEntryDialog(self._identity, worker_id, self)
        dialog.accepted.connect(lambda: self._done(dialog, worker_id))
        self.entry_dialog = dialog
        dialog.open()
        return dialog

    def _done(self, dialog: PinEntryDialog, worker_id: str | None) -> None:
        shown = worker_id or dialog.worker_id.text().strip()
        self.reload()
        if worker_id is None:
            row = next(
                (r for r, a in enumerate(self.accounts) if a.worker.worker_id == shown), None
            )
            if row is not None:
                self.table.setCurrentCell(row, 0)
            self._say(self.tr("{worker} was added.").format(worker=shown))
        else:
            self._say(self.tr("{worker} has a new PIN.").format(worker=shown))
        self.table.setFocus()

    def remove_worker(self) -> QMessageBox | None:
        """Ask whether to remove the chosen worker; removes them when the answer is yes."""
        chosen = self.chosen()
        if chosen is None or not self.remove_button.isEnabled():
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove a worker"),
            self.tr(
                "Remove {worker}? Their PIN stops working at once. What they did stays in "
                "the audit trail."
            ).format(worker=chosen),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)  # Enter must not remove anyone
        box.finished.connect(
            lambda answer: (
                self._remove(chosen) if answer == QMessageBox.StandardButton.Yes else None
            )
        )
        self.confirmation = box
        box.open()
        return box

    def _remove(self, worker_id: str) -> None:
        try:
            self._identity.remove_worker(worker_id, by=self._identity.current)
        except IdentityError as error:
            _tell(self.status, str(error))
            return
        self.reload()
        self._say(self.tr("{worker} was removed.").format(worker=worker_id))
        self.table.setFocus()

    def _say(self, message: str) -> None:
        self.status.setText(message)
        set_tone(self.status, "ok")
        announce(self.status, message)
