"""Measuring how long the Qt event loop goes unanswered (tests and benchmarks alike)."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QTimer


class StallMeter:
    """A 5 ms timer that records the gaps between its ticks; ``longest`` is the worst stall."""

    def __init__(self, interval_ms: int = 5) -> None:
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0
        self.gaps: list[int] = []

    def start(self) -> None:
        self._clock.start()
        self._last = 0
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = self._clock.elapsed()
        self.gaps.append(now - self._last)
        self._last = now

    @property
    def longest(self) -> int:
        return max(self.gaps, default=0)
