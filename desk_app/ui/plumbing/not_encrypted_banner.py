"""The strip above the form on a desk whose residents' data is not encrypted at rest."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar, QWidget

logger = logging.getLogger(__name__)


class NotEncryptedBanner(QToolBar):
    """A fixed strip above the form: this desk keeps residents' data unencrypted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notEncryptedBanner")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # not to be hidden by a right-click
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.label.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader reaches it
        self.addWidget(self.label)
        from desk_app.ui.plumbing.theme import set_tone

        set_tone(self.label, "warning")
        self.retranslate()

    def retranslate(self) -> None:
        text = QCoreApplication.translate(
            "Launch",
            "Residents' data is NOT encrypted on this computer: no system keyring is "
            "available, and IT allowed the desk to start without one.",
        )
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.setWindowTitle(QCoreApplication.translate("Launch", "Not encrypted"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def show_not_encrypted_banner(window: QWidget) -> NotEncryptedBanner | None:
    """Put the not-encrypted banner above ``window``'s form (once); logs it without data."""
    if not isinstance(window, QMainWindow):
        return None
    existing = window.findChild(NotEncryptedBanner)
    if existing is not None:
        return existing
    banner = NotEncryptedBanner(window)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, banner)
    banner.show()  # added to a window already on screen: Qt leaves it hidden otherwise
    logger.warning("Shown: residents' data is NOT encrypted at rest on this computer")
    return banner
