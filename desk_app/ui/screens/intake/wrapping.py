"""Word-wrapped messages drawn whole in both directions: the form's error texts.

QLabel paints wrapped plain text by a quick path of its own that, in a right-to-left
language, shifts each wrapped line by its trailing space: the line's last letters fall past
the label's left edge and are cut (Persian in large mode at 1280×720 lost the end of the staff
ID's error in the action bar, which does not scroll, so it could not be read at all). A label
whose text can be selected by mouse lays it out with QTextDocument instead, which places
right-to-left lines where it measured them; a worker may then copy a message for IT (its
context menu), and a click on it never takes the focus from the field being typed in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

# Room at each side for letters whose ink reaches past their advance (Arabic script does).
INK_MARGIN = 3


def wrap_whole(label: QLabel) -> QLabel:
    """Make ``label`` wrap its words and draw every line whole; returns it."""
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a message, never markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # selectable made it ClickFocus
    label.setContentsMargins(INK_MARGIN, 0, INK_MARGIN, 0)
    return label
