"""The local queue: every record with its sync state, searchable, opened read-only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.record import Submission, SyncState
from desk_app.services.desk import DeskService
from desk_app.ui.accessibility import describe
from desk_app.ui.intake_form import KIND_LABELS

SYNC_LABELS = {
    SyncState.PENDING: "Waiting to be sent",
    SyncState.SENDING: "Sending",
    SyncState.SYNCED: "Sent",
    SyncState.NEEDS_ATTENTION: "Needs attention",
}
CASE_STATUS_LABELS = {
    "received": "received",
    "in_progress": "in progress",
    "answered": "answered",
    "closed": "closed",
    "rejected": "rejected",
}
_Index = QModelIndex | QPersistentModelIndex


class QueueModel(QAbstractTableModel):
    """Records as table rows: reference, time, kind, category, sync state, case, summary."""

    HEADERS = ("Reference", "Received", "Kind", "Category", "Sync state", "Case", "What happened")

    def __init__(self, desk: DeskService) -> None:
        super().__init__()
        self._desk = desk
        self.records: list[Submission] = []

    def load(self, search: str = "") -> None:
        self.beginResetModel()
        self.records = self._desk.search(search)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        record = self.records[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return record.sync_reason or None
        column = index.column()
        if column == 0:
            return record.reference
        if column == 1:
            return record.received_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if column == 2:
            return KIND_LABELS[record.kind]
        if column == 3:
            return self._desk.category_name(record.category, "en")
        if column == 4:
            return SYNC_LABELS[record.sync_state]
        if column == 5:
            status = CASE_STATUS_LABELS.get(record.case_status, record.case_status)
            return " ".join(part for part in (record.case_number, status) if part)
        return record.summary(120)


class QueueView(QWidget):
    """Search box over the records table; Enter or double-click opens a record."""

    open_requested = Signal(object)

    def __init__(self, desk: DeskService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QueueModel(desk)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Reference, case number or words from the description")
        self.search.setClearButtonEnabled(True)
        search_label = QLabel("Se&arch")
        search_label.setBuddy(self.search)
        describe(self.search, "Search", "Find records by reference, case number or words.")
        self.table = QTableView()
        self.table.setModel(self.model)
        describe(
            self.table,
            "Records on this desk",
            "Newest first. Enter opens the selected record; it can be reprinted from there.",
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.activated.connect(self._open_index)
        self.count_label = QLabel()

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._search_now)

        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        # The records load when the queue is first shown (see MainWindow), not at start-up.

    def refresh(self) -> None:
        """Reload the records matching the search text."""
        self._debounce.stop()
        self.model.load(self.search.text())
        shown = self.model.rowCount()
        self.count_label.setText(f"{shown} record{'s' if shown != 1 else ''} shown")
        if shown:
            self.table.selectRow(0)

    def _search_now(self) -> None:
        self.refresh()
        self.table.setFocus()

    def _open_index(self, index: QModelIndex) -> None:
        self.open_requested.emit(self.model.records[index.row()])
