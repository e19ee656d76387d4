"""Large mode and high contrast, for care homes, touch screens and weak eyesight."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desk_app.ui.dialogs.settings import SettingsDialog
from desk_app.ui.main_window import MainWindow
from desk_app.ui.plumbing.theme import MIN_TARGET_PX, apply_theme


@pytest.fixture
def themed_window(qtbot, qapp, desk):
    window = MainWindow(desk.service)
    yield window
    window.form.clear()
    window.close()
    apply_theme(qapp)  # the theme is app-wide: leave the standard one for other tests


def focusable_controls(top: QWidget) -> list[QWidget]:
    return [
        widget
        for widget in top.findChildren(QWidget)
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and widget.isVisibleTo(top)
        and widget.metaObject().className()
        in {"QPushButton", "QComboBox", "QLineEdit", "QCheckBox", "QDateTimeEdit"}
    ]


def test_large_mode_makes_every_target_at_least_44_px_and_text_bigger(qtbot, qapp, themed_window):
    standard_size = QApplication.font().pointSizeF()
    themed_window.resize(1280, 720)
    themed_window.show()
    qtbot.waitExposed(themed_window)
    controls = focusable_controls(themed_window)
    assert len(controls) > 15
    assert min(w.height() for w in controls) < MIN_TARGET_PX  # the standard look is smaller

    apply_theme(qapp, large=True)
    QApplication.processEvents()
    assert QApplication.font().pointSizeF() == pytest.approx(standard_size * 1.4)
    small = [
        f"{w.metaObject().className()} {w.accessibleName()!r} {w.height()}px"
        for w in focusable_controls(themed_window)
        if w.height() < MIN_TARGET_PX and w.parentWidget().metaObject().className() != "QComboBox"
    ]
    assert small == []


def test_high_contrast_is_white_on_black_with_readable_errors(qtbot, qapp, themed_window):
    apply_theme(qapp, theme="high_contrast")
    themed_window.show()
    qtbot.waitExposed(themed_window)
    palette = themed_window.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#000000"
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    themed_window.form.save()  # an empty form: errors appear
    error = themed_window.form._errors["kind"]
    assert error.isVisible()
    colour = error.palette().color(QPalette.ColorRole.WindowText)
    assert colour.lightness() > 150  # light text on the black window, not dark red


def test_the_settings_dialog_switches_large_mode_at_once(qtbot, qapp, themed_window, desk):
    standard_size = QApplication.font().pointSizeF()
    dialog = SettingsDialog(desk.service)
    qtbot.addWidget(dialog)
    dialog.large_mode.setChecked(True)
    dialog.save()
    assert desk.service.settings.ui.large_mode is True
    assert QApplication.font().pointSizeF() > standard_size
