"""A change to the records is announced once, and the views that show records refresh
themselves from that announcement: nobody calls another view's refresh by hand."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QWidget

from desk_app.domain.record import SyncState
from desk_app.domain.validation import ValidationFailed
from desk_app.services.sync import SyncReport
from desk_app.store.outbox import OutboxStore
from desk_app.ui.dialogs.correction import CorrectionForm
from desk_app.ui.main_window import MainWindow
from desk_app.ui.plumbing.operations import DeskOperations
from desk_app.ui.plumbing.sync_controller import SyncController
from desk_app.ui.screens.queue import QueueView
from desk_app.ui.screens.status_bar import StatusBar
from tests.conftest import complete_draft
from tests.ui.keyboard import type_complete_record


@pytest.fixture
def operations(qtbot, desk):
    adapter = DeskOperations(desk.service)
    yield adapter
    adapter.deleteLater()


def count_announcements(operations: DeskOperations) -> list[None]:
    heard: list[None] = []
    operations.records_changed.connect(lambda: heard.append(None))
    return heard


def test_a_save_through_the_adapter_updates_the_status_bar_and_queue_without_a_window(
    qtbot, operations
):
    # No MainWindow at all: only the adapter ties the three together.
    status = StatusBar(operations)
    queue = QueueView(operations)
    for widget in (status, queue):
        qtbot.addWidget(widget)
        widget.show()
    assert status.queue_status.text() == "0 records waiting to be sent"
    assert queue.model.rowCount() == 0

    saved = operations.save(complete_draft())

    assert status.queue_status.text() == "1 record waiting to be sent"
    assert [record.reference for record in queue.model.records] == [saved.reference]


def test_the_hidden_queue_reloads_when_shown_not_on_every_change(qtbot, desk):
    window = MainWindow(desk.service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    type_complete_record(qtbot, window.form)
    window.form.save()
    window.last_receipt_dialog.accept()
    # The status bar is on screen: it already counts the record.
    assert "1 record waiting to be sent" in window.status_bar.queue_status.text()
    # The queue tab is not: it waits, marked stale, until it is looked at.
    assert window.queue.stale and window.queue.model.rowCount() == 0
    window.tabs.setCurrentWidget(window.queue)
    assert not window.queue.stale and window.queue.model.rowCount() == 1


def test_a_save_is_announced_once_and_a_refused_draft_not_at_all(qtbot, operations):
    heard = count_announcements(operations)
    operations.save(complete_draft())
    assert len(heard) == 1
    with pytest.raises(ValidationFailed):
        operations.save(complete_draft(description=""))
    assert len(heard) == 1  # nothing stored, nothing said


def test_a_correction_saved_in_the_form_is_announced_once(qtbot, desk, operations):
    saved = desk.service.save(complete_draft(category="parks"))
    OutboxStore(desk.store).record_answers(  # the case system refused it
        accepted={}, refused={str(saved.id): "category: inactive"}, now=datetime.now(UTC)
    )
    refused = desk.service.find(saved.reference)
    assert refused.sync_state is SyncState.NEEDS_ATTENTION
    status = StatusBar(operations)
    qtbot.addWidget(status)
    assert status.queue_status.text() == "0 records waiting to be sent · 1 needs attention"
    heard = count_announcements(operations)
    form = CorrectionForm(operations, refused)
    qtbot.addWidget(form)
    form.category.setCurrentIndex(form.category.findData("streets.snow"))
    corrected = form.save()
    assert corrected is not None and corrected.category == "streets.snow"
    assert len(heard) == 1
    assert status.queue_status.text() == "1 record waiting to be sent"


@pytest.mark.parametrize(
    ("report", "records_heard", "categories_heard"),
    [
        (SyncReport(delivered=2), 1, 0),
        (SyncReport(status_updates=1), 1, 0),
        (SyncReport(needs_attention=1), 1, 0),
        (SyncReport(), 0, 0),  # nothing to send, nothing changed: the queue stays as it is
        (SyncReport(categories_updated=True), 0, 1),
    ],
)
def test_a_sync_pass_is_announced_only_when_it_changed_something(
    qtbot, desk, report, records_heard, categories_heard
):
    controller = SyncController(desk.sync, interval_seconds=3600)
    operations = DeskOperations(desk.service, controller)
    records = count_announcements(operations)
    categories: list[None] = []
    operations.categories_changed.connect(lambda: categories.append(None))
    controller.finished.emit(report)  # what the worker thread sends after a pass
    assert (len(records), len(categories)) == (records_heard, categories_heard)
    controller.shutdown()


def test_the_window_hands_every_view_one_adapter(qtbot, desk):
    window = MainWindow(desk.service)
    qtbot.addWidget(window)
    adapters = {window.form.operations, window.queue.operations}
    assert adapters == {window.operations}
    assert isinstance(window.status_bar, QWidget)
