"""Driving the screens key by key, in any language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from tests.conftest import RESIDENT_EMAIL, RESIDENT_NAME, SECRET_DESCRIPTION


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key (QTest's keyClicks takes ASCII only)."""
    for char in text:
        key, typed = (Qt.Key.Key_Return, "\r") if char == "\n" else (Qt.Key.Key_unknown, char)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, typed)
            QApplication.sendEvent(widget, event)


def alt_key(target: QWidget) -> Qt.Key:
    """The key that goes with Alt to reach ``target`` in the screen language: the letter after
    '&' in its own text (a button) or in the text of the label that names it (a field)."""
    if isinstance(target, QAbstractButton) and "&" in target.text().replace("&&", ""):
        text = target.text()
    else:
        labels = target.window().findChildren(QLabel)
        text = next(label.text() for label in labels if label.buddy() is target)
    clean = text.replace("&&", "")
    return Qt.Key(ord(clean[clean.index("&") + 1].upper()))


def type_complete_record(qtbot, form) -> None:  # type: ignore[no-untyped-def]
    """Fill ``form`` key by key with a record that passes every rule (a complaint, by email)."""
    qtbot.keyClicks(form.kind, "C")
    qtbot.keyClicks(form.category.lineEdit(), "Snow clearing")
    qtbot.keyClicks(form.description, SECRET_DESCRIPTION)
    qtbot.keyClicks(form.location, "Storgatan 4")
    qtbot.keyClicks(form.name, RESIDENT_NAME)
    qtbot.keyClicks(form.email, RESIDENT_EMAIL)
    qtbot.keyClick(form.wants_reply, Qt.Key.Key_Space)
    qtbot.keyClicks(form.reply_by, "E")
    qtbot.keyClick(form.privacy_notice, Qt.Key.Key_Space)
    qtbot.keyClicks(form.staff_id, "anna.s")
