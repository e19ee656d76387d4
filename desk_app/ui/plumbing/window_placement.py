"""Where the main window was: its size and place, kept between starts.

Kept in ``window.ini`` in the desk's data folder (QSettings, ini format) rather than the
system's settings store: each data folder is one desk, a test's data folder is its own, and
IT finds everything about the desk in one place. The first start on a small screen (a
1280×720 care-home tablet, a 1366×768 laptop) opens maximised; a larger one opens at a size
that fits the two-column form.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize, Qt
from PySide6.QtWidgets import QWidget

SMALL_SCREEN = QSize(1366, 768)
FIRST_SIZE = QSize(1280, 800)
_GEOMETRY_KEY = "main_window/geometry"


def is_small(available: QRect) -> bool:
    """True for a screen on which the form wants all the room there is."""
    return available.width() <= SMALL_SCREEN.width() or available.height() <= SMALL_SCREEN.height()


class WindowPlacement:
    """Restores the window where it was, or places it well on its first start."""

    def __init__(self, settings_file: Path) -> None:
        self._settings = QSettings(str(settings_file), QSettings.Format.IniFormat)

    def restore(self, window: QWidget) -> None:
        """Put ``window`` where it was last closed; call before showing it."""
        saved = self._settings.value(_GEOMETRY_KEY)
        if isinstance(saved, QByteArray) and not saved.isEmpty() and window.restoreGeometry(saved):
            return
        screen = window.screen()
        available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)
        if is_small(available):
            # Without a window manager (kiosk set-ups) "maximised" is only a wish: the
            # geometry is set to the whole screen too.
            window.setGeometry(available)
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
            return
        size = FIRST_SIZE.boundedTo(available.size())
        window.resize(size)
        window.move(available.center() - window.rect().center())

    def remember(self, window: QWidget) -> None:
        """Keep ``window``'s size, place and maximised state for the next start."""
        self._settings.setValue(_GEOMETRY_KEY, window.saveGeometry())
        self._settings.sync()
