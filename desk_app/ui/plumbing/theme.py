"""How the desk looks: standard or high contrast, normal or large (care homes, touch screens).

Colours that carry meaning (errors, warnings, "online") are named by tone, not written into
widgets, so each theme can keep them readable. Focus is always visible. The base font follows
the system's size; large mode scales it and makes every target at least 44 px tall.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desk_app.ui.plumbing.qt_values import property_value

MIN_TARGET_PX = 44
LARGE_SCALE = 1.4

_TONES = {
    "standard": {"error": "#b00020", "warning": "#8a5a00", "ok": "#1b5e20", "focus": "#0057b8"},
    "high_contrast": {
        "error": "#ff9c9c",
        "warning": "#ffd35c",
        "ok": "#8cff8c",
        "focus": "#ffff00",
    },
}
_system_point_size: float | None = None


_current_theme = "standard"


def set_tone(widget: QWidget, tone: str) -> None:
    """Colour ``widget``'s text as error / warning / ok / muted, or "" for the usual colour.

    Done with the palette, not a style sheet: an app-wide style sheet costs start-up time and
    memory on every widget, so the standard look has none.
    """
    widget.setProperty("tone", tone)
    parent = widget.parentWidget()
    palette = QPalette(parent.palette() if parent is not None else QPalette())
    if tone == "muted":
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.Mid))
    elif tone:
        palette.setColor(QPalette.ColorRole.WindowText, QColor(_TONES[_current_theme][tone]))
    widget.setPalette(palette)


def tone_colour(tone: str) -> QColor:
    """The colour of ``tone`` (error / warning / ok) in the theme in use, for views that
    colour items rather than widgets (the queue's deadline column)."""
    return QColor(_TONES[_current_theme][tone])


def _stylesheet(theme: str, large: bool) -> str:
    colours = _TONES[theme]
    if theme == "standard" and not large:
        return ""  # the platform's own look, which already shows focus
    rules = []
    if theme == "high_contrast":
        # Black on black hides every field's edge: draw them, and the tick boxes, in white.
        rules += [
            "QLineEdit, QTextEdit, QComboBox, QDateTimeEdit, QTableView"
            " { border: 1px solid #ffffff; }",
            "QLineEdit:disabled, QTextEdit:disabled, QComboBox:disabled,"
            " QDateTimeEdit:disabled { border: 1px dashed #9a9a9a; }",
            "QPushButton { border: 2px solid #ffffff; padding: 4px 12px; }",
            "QCheckBox::indicator { border: 2px solid #ffffff; background: #000000; }",
            "QCheckBox::indicator:checked { background: #ffff00; }",
        ]
    rules += [
        f'QLabel[tone="error"] {{ color: {colours["error"]}; }}',
        f'QLabel[tone="warning"] {{ color: {colours["warning"]}; }}',
        f'QLabel[tone="ok"] {{ color: {colours["ok"]}; }}',
        'QLabel[tone="muted"] { color: palette(mid); }',
        "QLabel#errorSummary { font-weight: bold; }",
        # Focus is always visible, whatever the platform style draws.
        "QLineEdit:focus, QTextEdit:focus, QComboBox:focus, QDateTimeEdit:focus,"
        f" QTableView:focus, QPushButton:focus {{ border: 2px solid {colours['focus']}; }}",
        f"QCheckBox:focus {{ border: 2px solid {colours['focus']}; }}",
    ]
    if large:
        rules += [
            "QPushButton, QComboBox, QLineEdit, QDateTimeEdit, QCheckBox, QTabBar::tab"
            f" {{ min-height: {MIN_TARGET_PX}px; }}",
            "QCheckBox::indicator { width: 28px; height: 28px; }",
        ]
    return "\n".join(rules)


def _high_contrast_palette() -> QPalette:
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role in (
        QPalette.ColorRole.Window,
        QPalette.ColorRole.Base,
        QPalette.ColorRole.Button,
        QPalette.ColorRole.AlternateBase,
        QPalette.ColorRole.ToolTipBase,
    ):
        palette.setColor(role, black)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.ToolTipText,
        QPalette.ColorRole.BrightText,
    ):
        palette.setColor(role, white)
    palette.setColor(QPalette.ColorRole.Highlight, yellow)
    palette.setColor(QPalette.ColorRole.HighlightedText, black)
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#c8c8c8"))
    palette.setColor(QPalette.ColorRole.Mid, QColor("#c8c8c8"))
    for group in (QPalette.ColorGroup.Disabled,):
        palette.setColor(group, QPalette.ColorRole.Text, QColor("#9a9a9a"))
        palette.setColor(group, QPalette.ColorRole.WindowText, QColor("#9a9a9a"))
        palette.setColor(group, QPalette.ColorRole.ButtonText, QColor("#9a9a9a"))
    return palette


def apply_theme(app: QApplication, *, theme: str = "standard", large: bool = False) -> None:
    """Apply a theme to the whole app; may be called again at any time to switch."""
    global _system_point_size, _current_theme
    _current_theme = theme
    if _system_point_size is None:
        _system_point_size = QApplication.font().pointSizeF()  # the system's choice
    font = QFont(QApplication.font())
    font.setPointSizeF(_system_point_size * (LARGE_SCALE if large else 1.0))
    app.setFont(font)
    if theme == "high_contrast":
        app.setStyle("Fusion")  # the native styles ignore parts of a custom palette
        app.setPalette(_high_contrast_palette())
    else:
        app.setPalette(app.style().standardPalette())
    app.setStyleSheet(_stylesheet(theme, large))
    for widget in app.allWidgets():  # colours that carry meaning follow the new theme
        tone = property_value(widget, "tone")
        if isinstance(tone, str):
            set_tone(widget, tone)
