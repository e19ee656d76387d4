"""The local queue: every record with its sync state, searchable, opened read-only.

The queue refreshes itself when DeskOperations announces changed records: at once when it is
on screen, otherwise the next time it is shown (a sync pass in the background costs no
reload of a table nobody looks at).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.deadline import PromiseRisk, deadline_day
from desk_app.domain.messages import QT_TRANSLATE_NOOP
from desk_app.domain.record import Submission
from desk_app.services.desk import DeskService
from desk_app.ui.plumbing.accessibility import describe
from desk_app.ui.plumbing.i18n import current_language, localized, moment_text, translate
from desk_app.ui.plumbing.labels import CASE_STATUS_LABELS, KIND_LABELS, SYNC_LABELS, label
from desk_app.ui.plumbing.operations import DeskOperations, operations_for
from desk_app.ui.plumbing.theme import tone_colour

_Index = QModelIndex | QPersistentModelIndex


# The deadline column's words beside the date: the mark must not rest on colour alone (high
# contrast, colour blindness, a screen reader reading the cell).
_RISK_TEXTS = {
    PromiseRisk.AT_RISK: QT_TRANSLATE_NOOP("QueueModel", "{date} – at risk"),
    PromiseRisk.PAST: QT_TRANSLATE_NOOP("QueueModel", "{date} – past"),
}
_RISK_TONES = {PromiseRisk.AT_RISK: "warning", PromiseRisk.PAST: "error"}
_RISK_ICONS = {
    PromiseRisk.AT_RISK: QStyle.StandardPixmap.SP_MessageBoxWarning,
    PromiseRisk.PAST: QStyle.StandardPixmap.SP_MessageBoxCritical,
}
NO_DEADLINE = "–"  # no reply promised: nothing to keep


def date_text(day: QDate) -> str:
    """A date as the screens show it: ``2026-11-29`` in the screen language's digits."""
    return QLocale().toString(day, "yyyy-MM-dd")


class QueueModel(QAbstractTableModel):
    """Records as table rows: reference, time, kind, category, sync state, case, deadline,
    summary."""

    HEADERS = (
        QT_TRANSLATE_NOOP("QueueModel", "Reference"),
        QT_TRANSLATE_NOOP("QueueModel", "Received"),
        QT_TRANSLATE_NOOP("QueueModel", "Kind"),
        QT_TRANSLATE_NOOP("QueueModel", "Category"),
        QT_TRANSLATE_NOOP("QueueModel", "Sync state"),
        QT_TRANSLATE_NOOP("QueueModel", "Case"),
        QT_TRANSLATE_NOOP("QueueModel", "Deadline"),
        QT_TRANSLATE_NOOP("QueueModel", "What happened"),
    )
    DEADLINE_COLUMN = 6

    def __init__(self, desk: DeskService) -> None:
        super().__init__()
        self._desk = desk
        self.records: list[Submission] = []
        # Each record's deadline and risk, as of the last load (or ``recheck``).
        self.deadlines: list[tuple[datetime | None, PromiseRisk | None]] = []

    def load(self, search: str = "") -> None:
        self.beginResetModel()
        self.records = self._desk.search(search)
        self._judge()
        self.endResetModel()

    def _judge(self) -> None:
        self.deadlines = self._desk.deadlines_of(self.records)

    def recheck(self) -> None:
        """Judge the deadlines again by the desk's clock: time passes with nothing saved."""
        if not self.records:
            return
        self._judge()
        column = self.DEADLINE_COLUMN
        self.dataChanged.emit(self.index(0, column), self.index(len(self.records) - 1, column))

    def deadline_text(self, row: int) -> str:
        """The deadline cell's text: the date in the screen language, with the risk in words."""
        deadline, risk = self.deadlines[row]
        if deadline is None:
            return NO_DEADLINE
        day = deadline_day(deadline)
        shown = date_text(QDate(day.year, day.month, day.day))
        if risk in _RISK_TEXTS:
            return translate("QueueModel", _RISK_TEXTS[risk]).format(date=shown)
        return shown

    def retranslate(self) -> None:
        """Show the headers and coded values again in the (new) screen language."""
        columns = len(self.HEADERS)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if self.records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.records) - 1, columns - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("QueueModel", self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.DEADLINE_COLUMN:
            return self._deadline_data(index.row(), role)
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        record = self.records[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return localized(record.sync_reason) or None
        column = index.column()
        if column == 0:
            return record.reference
        if column == 1:
            return moment_text(record.received_at.astimezone())
        if column == 2:
            return label(KIND_LABELS, record.kind)
        if column == 3:
            return self._desk.category_name(record.category, current_language())
        if column == 4:
            return label(SYNC_LABELS, record.sync_state)
        if column == 5:
            status = label(CASE_STATUS_LABELS, record.case_status) if record.case_status else ""
            return " ".join(part for part in (record.case_number, status) if part)
        return record.summary(120)

    def _deadline_data(self, row: int, role: int) -> Any:
        deadline, risk = self.deadlines[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.deadline_text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if deadline is None:
                return translate("QueueModel", "No reply promised: no deadline")
            if self.records[row].ack_due is not None:
                return translate("QueueModel", "The first-response date the case system set")
            if risk in _RISK_TEXTS:
                return translate(
                    "QueueModel",
                    "Not yet with the case system: check the network and sync, or call the "
                    "case system so the resident hears from someone in time",
                )
            return translate("QueueModel", "The first-response date this desk promised")
        if risk not in _RISK_TONES:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return tone_colour(_RISK_TONES[risk])
        if role == Qt.ItemDataRole.DecorationRole:
            return QApplication.style().standardIcon(_RISK_ICONS[risk])
        return None


class QueueView(QWidget):
    """Search box over the records table; Enter or double-click opens a record."""

    open_requested = Signal(object)

    def __init__(
        self, operations: DeskService | DeskOperations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.operations = operations_for(operations, self)
        self.model = QueueModel(self.operations.desk)
        self.stale = True  # nothing loaded yet: the records load when the queue is first shown
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.activated.connect(self._open_index)
        self.count_label = QLabel()
        # Deadlines come near while nobody saves anything: judge them again every minute.
        self._clock_tick = QTimer(self)
        self._clock_tick.setInterval(60_000)
        self._clock_tick.timeout.connect(self.model.recheck)
        self._clock_tick.start()

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._search_now)

        row = QHBoxLayout()
        row.addWidget(self.search_label)
        row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.operations.records_changed.connect(self._records_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the screen language (at start and after a language switch)."""
        self.search.setPlaceholderText(
            self.tr("Reference, case number or words from the description")
        )
        self.search_label.setText(self.tr("Se&arch"))
        describe(
            self.search,
            self.tr("Search"),
            self.tr("Find records by reference, case number or words."),
        )
        describe(
            self.table,
            self.tr("Records on this desk"),
            self.tr(
                "Newest first. Enter opens the selected record; it can be reprinted from there."
            ),
        )
        self._show_count()
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
        if self.model.rowCount():
            self.model.dataChanged.emit(
                self.model.index(0, 0),
                self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1),
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        self.count_label.setText(self.tr("%Ln record(s) shown", "", shown))

    def _records_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def refresh(self) -> None:
        """Reload the records matching the search text."""
        self.stale = False
        self._debounce.stop()
        self.model.load(self.search.text())
        self._show_count()
        if self.model.rowCount():
            self.table.selectRow(0)

    def _search_now(self) -> None:
        self.refresh()
        self.table.setFocus()

    def _open_index(self, index: QModelIndex) -> None:
        self.open_requested.emit(self.model.records[index.row()])
