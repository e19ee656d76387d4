"""Done when: a record saved offline shows its local deadline in the queue, turns at risk as
the desk's clock passes the threshold, and after delivery to a real case server shows the
server's ack_due instead, marked no more."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, QLocale, Qt

from desk_app.domain.deadline import deadline_day
from desk_app.domain.record import SyncState
from desk_app.ui.screens.queue import QueueModel, QueueView
from tests.conftest import complete_draft


def _shown(moment: datetime) -> str:
    day = deadline_day(moment)
    return QLocale().toString(QDate(day.year, day.month, day.day), "yyyy-MM-dd")


def test_a_record_saved_offline_shows_its_local_deadline_then_the_servers_ack_due(
    qtbot, synced_desk, case_server
):
    desk, sync = synced_desk
    now = [datetime.now(UTC)]
    desk.service.clock = lambda: now[0]
    case_server.stop()
    saved = desk.service.save(complete_draft())
    assert sync.run_once().last_error  # offline: nobody answers
    queue = QueueView(desk.service)
    qtbot.addWidget(queue)
    queue.refresh()
    model = queue.model
    cell = model.index(0, QueueModel.DEADLINE_COLUMN)
    assert model.data(cell) == _shown(saved.first_response_due)

    now[0] = saved.first_response_due - timedelta(hours=12)  # half a day left, still offline
    model.recheck()
    assert model.data(cell) == _shown(saved.first_response_due) + " – at risk"
    assert desk.service.status().promises_at_risk == 1

    case_server.restart()
    assert sync.run_once(ignore_backoff=True).delivered == 1
    delivered = desk.service.find(saved.reference)
    assert delivered.sync_state is SyncState.SYNCED and delivered.ack_due is not None
    queue.refresh()
    cell = model.index(0, QueueModel.DEADLINE_COLUMN)
    assert model.data(cell) == _shown(delivered.ack_due)  # the case system's date, unmarked
    assert model.data(cell, Qt.ItemDataRole.ForegroundRole) is None
    assert "case system set" in model.data(cell, Qt.ItemDataRole.ToolTipRole)
    status = desk.service.status()
    assert (status.promises_at_risk, status.promises_past) == (0, 0)
