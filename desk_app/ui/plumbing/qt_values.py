"""Reading a combo's chosen value, and a widget's own properties, without empty QVariants.

Qt hands an empty value (nothing chosen, no item data, an unset property) to Python as None,
which makes "nothing chosen" and "the item that means none" look alike. Here combo items
always carry data (``NO_VALUE`` stands for "none") and values are read only when they exist.
PySide6 has mishandled None's reference count on such paths before (6.12.0 does so on every
call that returns nothing, which is why pyproject.toml excludes it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox

NO_VALUE = ""  # item data that stands for "no value" (Qt would hand back None unsafely)


def as_item_data(value: object) -> object:
    """``value`` as combo item data: never None."""
    return NO_VALUE if value is None else value


def chosen_value(combo: QComboBox) -> Any | None:
    """The chosen item's data; None when nothing is chosen or the item stands for none."""
    index = combo.currentIndex()
    if index < 0:
        return None
    value = combo.itemData(index)
    return None if value == NO_VALUE else value


def property_value(widget: QObject, name: str) -> Any | None:
    """A dynamic property's value, or None when ``widget`` does not have it."""
    if name.encode() not in [bytes(key.data()) for key in widget.dynamicPropertyNames()]:
        return None
    return widget.property(name)
