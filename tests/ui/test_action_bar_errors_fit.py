"""The errors shown in the form's action bar (privacy notice, staff ID) are whole at 1280×720
in large mode, in Swedish and in Persian: the action bar does not scroll, so a message cut at
its edge could not be read at all.

Whole means: inside the window and every widget around it, given the room its wrapped lines
need, and drawn inside that room — no letter reaches the label's far edge (the left one in
Persian), where Qt's clip would cut it. The screenshots are kept for a person to look at
(in ``$DESK_TEST_SHOTS`` when set, else in pytest's tmp_path).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desk_app.ui.main_window import MainWindow
from tests.conftest import RESIDENT_NAME
from tests.ui.conftest import open_large_window, rect_in

SHOTS_ENV = "DESK_TEST_SHOTS"
EDGE_PX = 2  # a line drawn whole leaves the label's outermost pixels blank


@pytest.fixture(params=["sv", "fa"])
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def large_window(qtbot, desk, language: str) -> Iterator[MainWindow]:
    """The window as a desk set to ``language`` and large mode starts it, at 1280×720."""
    yield from open_large_window(qtbot, desk, language)


def clipped_by(label: QLabel, window: QWidget) -> list[str]:
    """The ancestors (up to ``window``) whose edges cut into ``label``: a child is drawn only
    inside its parent."""
    cut = []
    parent = label.parentWidget()
    while parent is not None:
        if not parent.rect().contains(rect_in(label, parent)):
            cut.append(f"{type(parent).__name__} {parent.objectName()}")
        if parent is window:
            break
        parent = parent.parentWidget()
    return cut


def ink_at_far_edge(label: QLabel) -> int:
    """Pixels of text in the label's outermost columns on the side its lines end (left in a
    right-to-left language): a line that runs past the edge leaves its cut letters there."""
    image = label.grab().toImage()
    pixels = [
        [QColor(image.pixel(x, y)) for x in range(image.width())] for y in range(image.height())
    ]
    background = Counter(color.rgb() for row in pixels for color in row).most_common(1)[0][0]
    right_to_left = label.layoutDirection() == Qt.LayoutDirection.RightToLeft
    columns = range(EDGE_PX) if right_to_left else range(image.width() - EDGE_PX, image.width())
    ground = QColor(background)
    return sum(
        1 for row in pixels for x in columns if abs(row[x].lightness() - ground.lightness()) > 60
    )


def lines_fit(label: QLabel) -> bool:
    """Whether the room ``label`` has is the room its wrapped lines need."""
    room = label.contentsRect()
    metrics = label.fontMetrics()
    widest_word = max(metrics.horizontalAdvance(word) for word in label.text().split())
    return widest_word <= room.width() and label.heightForWidth(label.width()) <= label.height()


def screenshot(window: QWidget, folder: Path, name: str) -> Path:
    target = Path(os.environ.get(SHOTS_ENV) or folder) / f"{name}.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(target))
    return target


def assert_whole(label: QLabel | None, window: QWidget) -> None:
    assert label is not None and label.isVisible() and label.text()
    assert label.wordWrap()
    # Never a stop of its own: a click on a message leaves the focus in the field.
    assert label.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert clipped_by(label, window) == []
    assert lines_fit(label), label.text()
    assert ink_at_far_edge(label) == 0, label.text()


def test_the_staff_id_error_in_the_action_bar_is_whole_in_large_mode_at_1280x720(
    qtbot, large_window: MainWindow, language: str, tmp_path: Path
) -> None:
    window, form = large_window, large_window.form
    form.staff_id.clear()
    form.save()  # nothing typed, no staff ID
    QApplication.processEvents()
    screenshot(window, tmp_path, f"staff-id-error-large-1280x720-{language}")

    assert window.size().toTuple() == (1280, 720)
    assert_whole(form.findChild(QLabel, "error:received_by.staff_id"), window)
    assert window.rect().contains(rect_in(form.save_button, window))  # Save stays on screen


def test_both_action_bar_errors_are_whole_together_in_large_mode_at_1280x720(
    qtbot, large_window: MainWindow, language: str, tmp_path: Path
) -> None:
    window, form = large_window, large_window.form
    # A name without the privacy notice, and no staff ID: both errors at once.
    form.name.setText(RESIDENT_NAME)
    form.staff_id.clear()
    form.save()
    QApplication.processEvents()
    screenshot(window, tmp_path, f"action-bar-errors-large-1280x720-{language}")

    for field in ("privacy_notice_given", "received_by.staff_id"):
        assert_whole(form.findChild(QLabel, f"error:{field}"), window)
    assert_whole(form.summary, window)
