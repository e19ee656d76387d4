"""A desk runs all day: reading the form must not wear down Python's None (a PySide6 bug)."""

from __future__ import annotations

import gc
import sys

from PySide6.QtWidgets import QApplication, QComboBox

from desk_app.domain.record import Relation
from desk_app.ui.main_window import MainWindow
from desk_app.ui.plumbing.i18n import use_language
from desk_app.ui.plumbing.labels import RELATION_LABELS, fill_combo
from desk_app.ui.plumbing.qt_values import chosen_value
from desk_app.ui.plumbing.theme import apply_theme


def test_a_day_of_forms_and_switches_keeps_none_alive(qtbot, desk):
    window = MainWindow(desk.service)
    qtbot.addWidget(window)
    app = QApplication.instance()
    window.form.draft()
    QApplication.processEvents()
    # Garbage from earlier tests holds references to None too; freeing it mid-loop would look
    # like a loss (Python 3.11's None is not immortal).
    gc.collect()
    before = sys.getrefcount(None)
    for round_ in range(300):
        window.form.draft()  # reads every combo, chosen or not
        window.form.clear()
        if round_ % 50 == 0:
            use_language("sv" if round_ % 100 else "fa")
            apply_theme(app, theme="high_contrast" if round_ % 100 else "standard")
            QApplication.processEvents()
    use_language("en")
    apply_theme(app)
    QApplication.processEvents()
    gc.collect()
    # Each unsafe read costs None one reference; this loop makes thousands of reads.
    assert sys.getrefcount(None) - before > -1000


def test_chosen_value_tells_nothing_chosen_from_a_none_item(qtbot):
    combo = QComboBox()
    qtbot.addWidget(combo)
    fill_combo(combo, RELATION_LABELS)
    combo.setCurrentIndex(-1)
    assert chosen_value(combo) is None
    combo.setCurrentIndex(0)  # "No – the resident speaks for themself"
    assert chosen_value(combo) is None
    combo.setCurrentIndex(combo.findData(Relation.RELATIVE))
    assert chosen_value(combo) == Relation.RELATIVE
