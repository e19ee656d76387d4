"""Accessible names and descriptions: what a screen reader says for each control."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QWidget


def describe(widget: QWidget, name: str, description: str) -> None:
    """Give ``widget`` a spoken name and a description (also its tooltip for sighted users)."""
    widget.setAccessibleName(name.replace("&", ""))
    widget.setAccessibleDescription(description)
    widget.setToolTip(description)


def describe_buttons(box: QDialogButtonBox, descriptions: dict[str, str]) -> None:
    """Describe a button box's buttons by their (mnemonic-free) text."""
    for button in box.buttons():
        assert isinstance(button, QAbstractButton)
        text = button.text().replace("&", "")
        describe(button, text, descriptions.get(text, text))
