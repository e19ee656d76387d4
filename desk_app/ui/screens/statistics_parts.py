"""The statistics tab's pieces: a chart with its table (``Section``), the table's model,
and the worker that counts off the UI thread. Loaded with the tab, never at start-up."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QWidget,
)

from desk_app.domain.statistics import Statistics
from desk_app.ui.plumbing.accessibility import describe
from desk_app.ui.screens import statistics_charts as charts

logger = logging.getLogger(__name__)
_Index = QModelIndex | QPersistentModelIndex


class FiguresModel(QAbstractTableModel):
    """A chart's numbers as a read-only table: headers and rows of text or numbers."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[list[str | int | float | None]] = []

    def show(
        self, headers: Sequence[str], rows: Sequence[Sequence[str | int | float | None]]
    ) -> None:
        """Replace the table's contents."""
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = [list(row) for row in rows]
        self.endResetModel()

    def value(self, row: int, column: int) -> str | int | float | None:
        """The raw value in a cell (tests and the report compare these)."""
        return self._rows[row][column]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return "–"
            if isinstance(value, float):
                return QLocale().toString(value, "f", 2)
            if isinstance(value, int):
                return QLocale().toString(value)
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if section < len(self._headers) else None
        return None


class CountingSignals(QObject):
    """What the worker tells the tab (emitted on the worker thread, received on the UI's)."""

    counted = Signal(int, object)  # generation, Statistics
    failed = Signal(int, str)  # generation, the error's type


class Counting(QRunnable):
    """One statistics call on the tab's worker thread."""

    def __init__(
        self, count: Callable[[], Statistics], generation: int, signals: CountingSignals
    ) -> None:
        super().__init__()
        self._count, self._generation, self._signals = count, generation, signals

    def run(self) -> None:
        try:
            figures = self._count()
        except Exception as error:  # shown in the tab; the log has the details
            logger.exception("Statistics could not be counted")
            self._emit(self._signals.failed, type(error).__name__)
            return
        self._emit(self._signals.counted, figures)

    def _emit(self, signal: Any, payload: object) -> None:
        with contextlib.suppress(RuntimeError):  # the tab was closed: nobody to tell
            signal.emit(self._generation, payload)


class Section(QGroupBox):
    """A titled chart with its table beside it (below it when the window is narrow)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = charts.chart_view("")
        self.model = FiguresModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumWidth(280)
        # Sized by the first rows only: a year by day would measure every cell on each count.
        self.table.horizontalHeader().setResizeContentsPrecision(40)
        layout = QHBoxLayout(self)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.table, 2)

    def draw_later(self, draw: Callable[[], None]) -> None:
        """Keep ``draw`` (this section's chart) until the section is scrolled into view:
        Qt Charts takes tens of milliseconds a chart, and most are below the fold."""
        self._draw: Callable[[], None] | None = draw
        self.draw_if_visible()

    def draw_if_visible(self) -> None:
        """Draw the kept chart now if any of the section shows."""
        draw = getattr(self, "_draw", None)
        if draw is not None and not self.visibleRegion().isEmpty():
            self._draw = None
            draw()

    def name(self, title: str, description: str) -> None:
        self.setTitle(title)
        describe(self.table, title, description)
        self.chart.setAccessibleName(title)
        self.chart.setAccessibleDescription(description)
