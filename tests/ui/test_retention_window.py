"""The window's side of retention: the sweep runs off the UI thread and the views learn of it;
the status bar warns of records that have waited too long to be delivered."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desk_app.store.outbox import Accepted, OutboxStore
from desk_app.ui.main_window import MainWindow
from desk_app.ui.plumbing.retention import RetentionJob
from tests.conftest import complete_draft


def test_the_sweep_erases_off_the_ui_thread_and_announces_it_once(qtbot, desk):
    window = MainWindow(desk.service)
    qtbot.addWidget(window)
    delivered = desk.service.save(complete_draft())
    # Delivered 40 days ago: past the default retention of 30 days.
    OutboxStore(desk.store).record_answers(
        accepted={str(delivered.id): Accepted("C-1", "received", None)},
        refused={},
        now=datetime.now(UTC) - timedelta(days=40),
    )
    job = RetentionJob(desk.privacy, window.operations)
    announcements: list[None] = []
    window.operations.records_changed.connect(lambda: announcements.append(None))
    with qtbot.waitSignal(job.swept, timeout=20_000) as swept:
        job.start()
    assert swept.args[0].records_erased == 1
    assert announcements == [None]
    erased = desk.service.find(delivered.reference)
    assert erased.reporter.name == "" and erased.description == ""
    assert erased.case_number == "C-1"
    job._timer.stop()


def test_the_status_bar_warns_of_records_waiting_too_long(qtbot, desk):
    window = MainWindow(desk.service)
    qtbot.addWidget(window)
    # No reply asked for: a reply promise past its deadline would turn the tone to "error".
    desk.service.save(
        complete_draft(wants_reply=False), received_at=datetime.now(UTC) - timedelta(days=8)
    )
    window.operations.records_changed.emit()
    text = window.status_bar.queue_status.accessibleName()
    assert "1 has waited more than 7 days" in text
    assert window.status_bar.queue_status.property("tone") == "warning"

    desk.service.save(complete_draft())  # a fresh one does not add to the warning
    window.operations.records_changed.emit()
    assert "1 has waited more than 7 days" in window.status_bar.queue_status.accessibleName()
