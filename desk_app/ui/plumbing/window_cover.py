"""A screen laid over the whole main window while someone other than the worker faces it.

The rating screen turns the desk towards a visitor: what lies beneath (the form with a
resident's data, the queue) must not show, be read by a screen reader or take the Tab focus,
and the menu must not open a dialog of personal data from under the visitor. The content is
hidden rather than only covered, and the menu is off until the cover is lifted.

The desk's lock keeps working: it switches its own stack to the lock screen. When the cover is
lifted while the desk is locked, the content stays hidden and the menu off; the sign-in brings
them back as it always does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget


class WindowCover(QObject):
    """Lays ``screen`` over all of ``window`` and hides ``content`` until ``lift``."""

    def __init__(self, window: QMainWindow, content: QWidget, screen: QWidget) -> None:
        super().__init__(screen)
        self.window = window
        self.content = content
        self.screen = screen
        self._menu_was_enabled = True
        self._lifted = False

    def lay(self) -> None:
        """Cover the window now."""
        menu = self.window.menuBar()
        self._menu_was_enabled = menu.isEnabled()
        menu.setEnabled(False)
        self.content.hide()
        self.screen.setParent(self.window)
        self.screen.setGeometry(self.window.rect())
        self.window.installEventFilter(self)  # follow the window's size
        self.screen.show()
        self.screen.raise_()

    def lift(self) -> None:
        """Show the window as it was (once); the screen is hidden, not deleted."""
        if self._lifted:
            return
        self._lifted = True
        self.window.removeEventFilter(self)
        stack = self.content.parentWidget()
        locked = isinstance(stack, QStackedWidget) and stack.currentWidget() is not self.content
        if not locked:
            self.content.show()
            self.window.menuBar().setEnabled(self._menu_was_enabled)
        self.screen.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self.screen.setGeometry(self.window.rect())
        return False
