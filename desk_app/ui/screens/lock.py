"""The lock screen: what the window shows while nobody is signed in, or after idle time.

It covers the whole window (see plumbing.idle_lock): no field, list or dialog with a
resident's data is drawn behind it. With the OS login it asks only to go on; on a shared
account each worker picks their name and types their PIN. It shows workers' names, never a
resident's.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.identity import SignInMode, Worker
from desk_app.services.identity import (
    IdentityError,
    IdentityService,
    RefusalReason,
    SignInRefused,
)
from desk_app.ui.plumbing.accessibility import announce, describe
from desk_app.ui.plumbing.i18n import mark_as_data
from desk_app.ui.plumbing.theme import set_tone


class LockScreen(QWidget):
    """Sign in (PIN) or go on (OS login); emits ``signed_in`` with the worker."""

    signed_in = Signal(object)  # Worker

    def __init__(self, identity: IdentityService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.identity = identity
        self.setObjectName("lockScreen")
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.worker = QComboBox()
        mark_as_data(self.worker)  # workers' names: not translated
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setValidator(QRegularExpressionValidator(r"[0-9]{0,8}", self.pin))
        self.pin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.pin.returnPressed.connect(self.sign_in)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("lockMessage")
        self.sign_in_button = QPushButton()
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.worker_label, self.pin_label = QLabel(), QLabel()
        self.worker_label.setBuddy(self.worker)
        self.pin_label.setBuddy(self.pin)

        fields = QFormLayout()
        fields.addRow(self.worker_label, self.worker)
        fields.addRow(self.pin_label, self.pin)
        box = QWidget()
        # A steady width: the wrapped explanation must not squeeze the box as it changes.
        box.setMinimumWidth(440)
        box.setMaximumWidth(560)
        column = QVBoxLayout(box)
        column.addWidget(self.title)
        column.addWidget(self.explanation)
        column.addSpacing(12)
        column.addLayout(fields)
        column.addWidget(self.message)
        column.addWidget(self.sign_in_button, 0, Qt.AlignmentFlag.AlignLeading)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self._pin_mode = identity.mode is SignInMode.PIN
        for widget in (self.worker_label, self.worker, self.pin_label, self.pin):
            widget.setVisible(self._pin_mode)
        self._locked_worker: Worker | None = None
        self.retranslate()

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text in the screen language."""
        locked = self._locked_worker is not None
        self.title.setText(self.tr("The desk is locked") if locked else self.tr("Sign in"))
        if self._pin_mode:
            self.explanation.setText(
                self.tr(
                    "Personal data is hidden. Choose your name and type your PIN: you go on "
                    "where you were."
                )
                if locked
                else self.tr("Choose your name and type your PIN.")
            )
            self.sign_in_button.setText(self.tr("&Sign in"))
        else:
            self.explanation.setText(self.tr("Personal data is hidden. You go on where you were."))
            self.sign_in_button.setText(
                self.tr("&Continue as {worker}").format(worker=self.identity.os_worker().worker_id)
            )
        self.worker_label.setText(self.tr("&Name"))
        self.pin_label.setText(self.tr("&PIN"))
        describe(self.worker, self.tr("Name"), self.tr("Who is signing in."))
        describe(self.pin, self.tr("PIN"), self.tr("Your PIN: 4 to 8 digits."))
        describe(self.sign_in_button, self.sign_in_button.text().replace("&", ""), "")
        self.setWindowTitle(self.title.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- state ----------------------------------------------------------------------------

    def prepare(self, locked_worker: Worker | None) -> None:
        """Ready for a sign-in: no PIN typed, no message; the worker who locked chosen."""
        self._locked_worker = locked_worker
        self.pin.clear()
        self.show_message("", "")
        if self._pin_mode:
            self.worker.clear()
            try:
                workers = self.identity.workers()
            except Exception:  # the store is not open or usable: the window says so itself
                workers = []
            for worker in workers:
                self.worker.addItem(worker.shown_as, worker.worker_id)
            if locked_worker is not None:
                self.worker.setCurrentIndex(max(0, self.worker.findData(locked_worker.worker_id)))
            if not workers:
                self.show_message(
                    self.tr(
                        "No worker can sign in yet: IT adds workers with “desk-app worker add”."
                    ),
                    "warning",
                )
            self.sign_in_button.setEnabled(bool(workers))
        self.retranslate()

    def focus_first(self) -> None:
        """The PIN field (a worker's name is chosen already), or the one button."""
        (self.pin if self._pin_mode else self.sign_in_button).setFocus()

    def show_message(self, text: str, tone: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        set_tone(self.message, "error" if tone == "error" else tone)
        if text:
            announce(self.message, text)

    # --- signing in -----------------------------------------------------------------------

    def sign_in(self) -> Worker | None:
        """Check the chosen worker's PIN (or take the OS login) and emit ``signed_in``."""
        try:
            if self._pin_mode:
                worker_id = self.worker.currentData()
                if not worker_id:
                    return None
                worker = self.identity.sign_in_with_pin(str(worker_id), self.pin.text())
            else:
                worker = self.identity.sign_in_as_os_login()
        except SignInRefused as refusal:
            self.pin.clear()
            self.pin.setFocus()
            self.show_message(self._refusal_text(refusal), "error")
            return None
        except IdentityError as error:
            self.show_message(str(error), "error")
            return None
        self.pin.clear()
        self.show_message("", "")
        self.signed_in.emit(worker)
        return worker

    def _refusal_text(self, refusal: SignInRefused) -> str:
        if refusal.reason is RefusalReason.UNKNOWN_WORKER:
            return self.tr("This worker cannot sign in here.")
        if refusal.retry_at is not None:
            return self.tr("Wrong PIN, or too many tries: try again after {time}.").format(
                time=_local_time(refusal.retry_at)
            )
        return self.tr("Wrong PIN. Try again.")


def _local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M:%S")
