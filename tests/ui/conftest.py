"""Fixtures and helpers shared by the UI tests: the window's dialogs, a service's questions,
the large window at a care-home screen's size."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QDateTime, QRect, Qt, QTime
from PySide6.QtWidgets import QApplication, QWidget

from desk_app.ui.dialogs.person import PersonDialog
from desk_app.ui.main_window import MainWindow
from desk_app.ui.plumbing.i18n import use_language
from desk_app.ui.plumbing.theme import apply_theme
from tests.ui.keyboard import type_text


@pytest.fixture
def person_dialog(qtbot, desk):
    dialog = PersonDialog(desk.privacy, desk.service)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


# Answering an Open311 service's questions in the form, as a worker does.
def choose_category(qtbot, form, code: str) -> None:
    """Type the category's shown name, as a worker does."""
    name = form.category.itemText(form.category.findData(code))
    line = form.category.lineEdit()
    line.clear()
    qtbot.keyClicks(line, name)
    assert form.category_code() == code


def question(form, code: str):
    """The form's field group for the service question ``code``."""
    (found,) = [q for q in form.attribute_fields._questions if q.attribute.code == code]
    return found


def fill_every_question(qtbot, form) -> None:
    """Answer each datatype key by key: Persian digits for the number, two boxes ticked."""
    depth = question(form, "depth_cm").line
    depth.setFocus()
    type_text(depth, "۱۲")  # twelve, typed on a Persian keyboard
    surface = question(form, "surface").combo
    surface.setCurrentIndex(surface.findData("gravel"))
    for box in question(form, "affected").boxes:
        if box.property("choice") in ("cyclists", "pedestrians"):
            qtbot.keyClick(box, Qt.Key.Key_Space)
    noticed = question(form, "noticed_at")
    qtbot.keyClick(noticed.known, Qt.Key.Key_Space)
    noticed.when.setDateTime(QDateTime(QDate(2026, 11, 25), QTime(7, 30)))
    qtbot.keyClicks(question(form, "lane").line, "northbound")
    type_text(question(form, "details").text, "Next to the bus stop, östra sidan")


def open_large_window(qtbot, desk, language: str | None = None) -> Iterator[MainWindow]:
    """The window in large mode at 1280×720 (in ``language`` from the start, when given);
    closed, and the theme put back, afterwards. For a fixture to ``yield from``."""
    app = QApplication.instance()
    apply_theme(app, large=True)
    if language is not None:
        use_language(language)
    window = MainWindow(desk.service)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.form.clear()
    window.close()
    window.deleteLater()
    apply_theme(app)


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    """``widget``'s rectangle in ``ancestor``'s coordinates."""
    return QRect(widget.mapTo(ancestor, widget.rect().topLeft()), widget.size())
