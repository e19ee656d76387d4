"""The audit trail, for a supervisor: who found, showed, exported or erased residents' data,
and who signed in, locked and signed out — when, and which records (never their content).

The window offers it only to a supervisor; the service is asked again when it opens, so a
desk worker cannot reach it by another path.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.audit import AuditEvent
from desk_app.services.identity import IdentityService, SupervisorAction
from desk_app.services.privacy import PrivacyService
from desk_app.ui.plumbing.accessibility import describe
from desk_app.ui.plumbing.i18n import mark_as_data


class AuditDialog(QDialog):
    """The audit trail, newest first, read-only."""

    def __init__(
        self, privacy: PrivacyService, identity: IdentityService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # Raises NotPermitted (and audits the try) for anyone but a supervisor.
        identity.require_supervisor(identity.current, SupervisorAction.READ_AUDIT_TRAIL)
        self.events: list[AuditEvent] = list(reversed(privacy.audit_trail()))
        self.table = QTableWidget(len(self.events), 5)
        mark_as_data(self.table)  # event kinds and details are the trail's own words
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, event in enumerate(self.events):
            who = event.os_user + (f" ({event.staff_id})" if event.staff_id else "")
            cells = (
                event.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                event.kind.value,
                who,
                ", ".join(event.references) or str(event.record_count),
                event.detail,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit trail"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("What"),
                self.tr("Who"),
                self.tr("Records"),
                self.tr("Detail"),
            ]
        )
        describe(
            self.table,
            self.tr("Audit trail"),
            self.tr("Who did what with residents' data, and who signed in, newest first."),
        )
