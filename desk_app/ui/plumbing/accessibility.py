"""Accessible names and descriptions: what a screen reader says for each control."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QWidget


def describe(widget: QWidget, name: str, description: str) -> None:
    """Give ``widget`` a spoken name and a description (also its tooltip for sighted users)."""
    widget.setAccessibleName(name.replace("&", ""))
    widget.setAccessibleDescription(description)
    widget.setToolTip(description)


def describe_buttons(
    box: QDialogButtonBox,
    descriptions: Mapping[QDialogButtonBox.StandardButton | QAbstractButton, str],
) -> None:
    """Describe a button box's buttons (standard ones by their kind); the name is the text."""
    for key, description in descriptions.items():
        button = key if isinstance(key, QAbstractButton) else box.button(key)
        if button is not None:
            describe(button, button.text(), description)


def announce(widget: QWidget, message: str) -> None:
    """Have a screen reader say ``message`` now (a label that appears is not read out)."""
    event = QAccessibleAnnouncementEvent(widget, message)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
