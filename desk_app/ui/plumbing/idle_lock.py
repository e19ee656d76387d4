"""Locking the window when the worker walks away, and returning them to where they were.

``IdleWatch`` counts the time since the last keyboard, mouse or touch input anywhere in the
app (an event filter on the QApplication). ``DeskLock`` puts the lock screen in front of
everything that shows residents' data — the form keeps its typed text but is hidden, the
queue is hidden, open dialogs are hidden — and after a sign-in brings back the same tab, the
same form content, the same field with the focus, and the dialogs that were open.

The clock and the interval of the check are parameters: tests move a clock by hand instead of
waiting for minutes to pass.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget
from shiboken6 import isValid

from desk_app.domain.identity import SignInMode, Worker
from desk_app.services.identity import IdentityService
from desk_app.ui.screens.lock import LockScreen

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabWidget

logger = logging.getLogger(__name__)

# What counts as the worker being there. Not paints, timers or the sync's progress: a window
# that only updates itself is a window nobody looks at.
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


class IdleWatch(QObject):
    """Emits ``idle`` once after ``idle_seconds`` without input (again only after ``reset``)."""

    idle = Signal()

    def __init__(
        self,
        idle_seconds: float,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        check_every_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.idle_seconds = idle_seconds
        self.clock = clock
        self._last_input = clock()
        self._fired = False
        self.timer = QTimer(self)
        # Checked often enough to lock within a few seconds of the limit, rarely enough to
        # cost nothing: at most every 5 s, or four times per limit when it is shorter.
        self.timer.setInterval(check_every_ms or int(min(5.0, idle_seconds / 4) * 1000) or 1)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """Watch every input of the application from now on."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.reset()
        self.timer.start()

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()

    def reset(self) -> None:
        """Input now: the idle time starts again, and ``idle`` may fire again."""
        self._last_input = self.clock()
        self._fired = False

    @property
    def idle_for(self) -> float:
        """Seconds since the last input."""
        return self.clock() - self._last_input

    def check(self) -> None:
        """Emit ``idle`` if the limit has passed (the timer calls this; tests may too)."""
        if not self._fired and self.idle_for >= self.idle_seconds:
            self._fired = True
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._last_input = self.clock()
        return False  # only watching: every event goes on to its widget


class DeskLock(QObject):
    """The lock in front of ``content`` (the window's tabs), in a stack as the central widget.

    In PIN mode the window opens locked, as the sign-in screen; with the OS login it opens
    signed in. ``signed_in`` tells the window who is at the desk now.
    """

    signed_in = Signal(object)  # Worker
    locked_changed = Signal(bool)

    def __init__(
        self,
        window: QMainWindow,
        tabs: QTabWidget,
        identity: IdentityService,
        *,
        clock: Callable[[], float] = time.monotonic,
        check_every_ms: int | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.tabs = tabs
        self.identity = identity
        self.screen = LockScreen(identity)
        self.stack = QStackedWidget()
        self.stack.addWidget(tabs)
        self.stack.addWidget(self.screen)
        window.setCentralWidget(self.stack)
        self.screen.signed_in.connect(self._unlock)
        # Widgets remembered across the lock; any may be deleted meanwhile (``_alive``).
        self._focus: QWidget | None = None
        self._tab = 0
        self._hidden: list[QWidget] = []
        self._worker_at_lock: Worker | None = None
        minutes = identity.idle_lock_minutes
        self.watch: IdleWatch | None = None
        if minutes > 0:
            self.watch = IdleWatch(minutes * 60.0, self, clock=clock, check_every_ms=check_every_ms)
            self.watch.idle.connect(lambda: self.lock(why="idle"))
        if identity.mode is SignInMode.PIN:
            self._show_lock_screen()
        else:
            worker = identity.sign_in_as_os_login()
            self._start_watching()
            QTimer.singleShot(0, lambda: self.signed_in.emit(worker))

    @property
    def is_locked(self) -> bool:
        return self.stack.currentWidget() is self.screen

    def lock(self, *, why: str = "locked by the worker") -> None:
        """Hide every personal field, the queue and open dialogs behind the lock screen."""
        if self.is_locked:
            return
        focus = self.window.focusWidget()  # also when another app has the active window
        self._focus = focus if focus is not None and focus is not self.window else None
        self._tab = self.tabs.currentIndex()
        self._worker_at_lock = self.identity.current
        self._hidden = []
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible() and self._in_window(widget):
                widget.hide()
                self._hidden.append(widget)
        self._show_lock_screen()  # first: nothing may keep personal data on screen
        self.identity.lock(why=why)
        logger.info("Window locked (%s)", why)

    def _show_lock_screen(self) -> None:
        if self.watch is not None:
            self.watch.stop()
        self.screen.prepare(self.identity.current)
        self.stack.setCurrentWidget(self.screen)
        self.window.menuBar().setEnabled(False)  # no dialog of personal data opens from here
        self.screen.focus_first()
        self.locked_changed.emit(True)

    def _unlock(self, worker: Worker) -> None:
        same_worker = (
            self._worker_at_lock is not None and worker.worker_id == self._worker_at_lock.worker_id
        )
        self.stack.setCurrentWidget(self.tabs)
        self.window.menuBar().setEnabled(True)
        self.tabs.setCurrentIndex(self._tab)
        for widget in self._hidden:
            if not isValid(widget):
                continue
            # The worker who locked gets their dialogs back; a colleague does not get to
            # read what was open for someone else's resident.
            if same_worker:
                widget.show()
            else:
                widget.close()
        self._hidden = []
        focus = self._focus
        if focus is not None and isValid(focus) and focus.isVisible():
            focus.setFocus()
        self._start_watching()
        self.locked_changed.emit(False)
        self.signed_in.emit(worker)

    def _start_watching(self) -> None:
        if self.watch is not None:
            self.watch.start()

    def _in_window(self, widget: QWidget) -> bool:
        # A dialog's parent chain leads to the window; a stray top-level of another test or
        # app part does not.
        current: QObject | None = widget
        while current is not None:
            if current is self.window:
                return True
            current = current.parent()
        return False

    def stop(self) -> None:
        """Stop watching input (the window is closing)."""
        if self.watch is not None:
            self.watch.stop()
