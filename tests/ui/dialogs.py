"""Answering real Qt dialogs from a test, as a person would click them."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def answer_next_message_box(button: QMessageBox.StandardButton) -> list[str]:
    """Press ``button`` on the next QMessageBox that opens; the list receives its text."""
    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(button).click()
        else:
            QTimer.singleShot(20, press)

    QTimer.singleShot(20, press)
    return seen
