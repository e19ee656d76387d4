"""Sync in the real window: records typed in reach the server, statuses come back, and the
window keeps answering while a large queue drains."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from case_server.store import Case
from desk_app.domain.record import SyncState
from desk_app.store.outbox import OutboxStore
from desk_app.ui.dialogs.record import RecordDialog
from desk_app.ui.screens.queue import QueueModel
from tests.conftest import complete_draft
from tests.ui.dialogs import answer_next_message_box
from tests.ui.keyboard import type_complete_record
from tests.ui.stall_meter import StallMeter


def test_typed_records_reach_the_server_and_statuses_show_in_the_queue(
    qtbot, window_with_sync, case_server
):
    window, controller = window_with_sync
    references = []
    for _ in range(2):
        # Let the lists' type-to-search buffer lapse, as between two residents.
        qtbot.wait(QApplication.keyboardInputInterval() + 50)
        type_complete_record(qtbot, window.form)
        with qtbot.waitSignal(controller.finished, timeout=10_000):
            submission = window.form.save()  # a save starts a sync pass
        references.append(submission.reference)
        window.last_receipt_dialog.accept()
    qtbot.waitUntil(lambda: len(case_server.case_ids()) == 2, timeout=10_000)
    assert window.status_bar.connection_status.text() == "Online"
    assert "0 records waiting" in window.status_bar.queue_status.text()

    window.tabs.setCurrentWidget(window.queue)
    model = window.queue.model
    rows = {model.data(model.index(row, 0)): row for row in range(model.rowCount())}
    assert set(rows) == set(references)
    first_row = rows[references[0]]
    assert model.data(model.index(first_row, 4)) == "Sent"
    case_text = model.data(model.index(first_row, 5))
    assert case_text.startswith("KS-") and case_text.endswith("received")

    case_number = case_text.split()[0]
    case_server.store.set_status(case_number, "answered", {"en": "We replied by email"})
    window.activateWindow()  # the receipt dialog had the focus
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        qtbot.keyClick(window.queue.table, Qt.Key.Key_F5)  # Sync now
    qtbot.waitUntil(
        lambda: any(
            model.data(model.index(row, 5)) == f"{case_number} answered"
            for row in range(model.rowCount())
        )
    )


def test_a_paused_desk_says_the_access_must_be_renewed(qtbot, window_with_sync, case_server):
    window, controller = window_with_sync
    case_server.token = "rotated"
    case_server.restart()
    window.desk.save(complete_draft())
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        controller.sync_now()
    assert "Sending paused" in window.status_bar.connection_status.text()
    assert "must be renewed" in window.status_bar.connection_status.text()
    assert "1 record waiting" in window.status_bar.queue_status.text()


@pytest.mark.slow
# A batch of 100 may take seconds on a loaded machine: this test is about the window, not
# about timeouts (tests/sync/test_sync_faults.py tests those).
@pytest.mark.parametrize("api_timeout_seconds", ["30"])
def test_the_window_stays_responsive_while_5000_records_drain(qtbot, window_with_sync, case_server):
    window, controller = window_with_sync
    for number in range(5000):
        window.desk.save(complete_draft(description=f"Queued record {number}"))
    meter = StallMeter()
    meter.start()
    started = time.monotonic()
    with qtbot.waitSignal(controller.finished, timeout=120_000) as finished:
        controller.sync_now()
    meter.stop()
    drain_ms = (time.monotonic() - started) * 1000
    report = finished.args[0]
    assert report.delivered == 5000 and report.waiting == 0
    assert len(case_server.case_ids()) == 5000
    print(f"drained 5000 in {drain_ms / 1000:.1f} s; longest stall {meter.longest} ms")
    # A window frozen by the drain stalls for all of it; one that answers stalls only for
    # moments. The bound is relative so a busy CI machine cannot fail it; the benchmark
    # reports the absolute figure against the 50 ms target.
    assert meter.longest < drain_ms / 4
    assert len(meter.gaps) > drain_ms / 100  # the 5 ms timer ran through the drain


def test_a_refused_record_is_corrected_in_the_form_and_delivered(
    qtbot, window_with_sync, case_server
):
    window, controller = window_with_sync
    desk = window.desk
    refused = desk.save(complete_draft(category="parks"))
    for category in case_server.store.categories_payload["categories"]:
        if category["code"] == "parks":
            category["active"] = False  # the case system stopped taking it
    with qtbot.waitSignal(controller.finished, timeout=10_000) as first:
        controller.sync_now()
    assert first.args[0].needs_attention == 1
    stored = desk.find(refused.reference)
    assert stored.sync_state is SyncState.NEEDS_ATTENTION

    record = window.open_record(stored)
    qtbot.addWidget(record)
    correction = record.correct()
    form = correction.form
    assert "category" in correction.reason.text()  # the server's words, above the form
    assert correction.accessibleDescription() == correction.reason.text()  # and read out
    assert form.category.currentText() == "parks"  # no longer offered: shown as its code
    assert form.description.toPlainText() == refused.description
    assert form.email.text() == refused.reporter.email
    assert form.staff_id.isReadOnly()
    form.save()  # the same rules as a new record: the category is not offered any more
    assert correction.isVisible()
    assert form.findChild(QLabel, "error:category").isVisible()

    form.category.setCurrentIndex(form.category.findData("streets.snow"))
    form.description.setPlainText("Snow on the pavement, now with the right category")
    correction.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is correction)
    with qtbot.waitSignal(controller.finished, timeout=10_000) as second:
        qtbot.keyClick(form.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not correction.isVisible() and not record.isVisible()
    assert second.args[0].delivered == 1
    (case_id,) = case_server.case_ids()
    with case_server.store.session() as session:
        body = json.loads(session.get(Case, case_id).body)
    assert body["id"] == str(refused.id) and body["reference"] == refused.reference
    assert body["category"] == "streets.snow"
    assert body["description"] == "Snow on the pavement, now with the right category"
    assert desk.find(refused.reference).sync_state is SyncState.SYNCED


def test_closing_a_correction_asks_before_losing_it_and_changes_nothing(
    qtbot, window_with_sync, case_server
):
    window, _controller = window_with_sync
    saved = window.desk.save(complete_draft())
    OutboxStore(window.desk._store).record_answers(
        accepted={}, refused={str(saved.id): "email: not deliverable"}, now=datetime.now(UTC)
    )
    refused = window.desk.find(saved.reference)
    record = window.open_record(refused)
    qtbot.addWidget(record)
    correction = record.correct()
    correction.reject()  # nothing changed: closes at once
    assert not correction.isVisible()

    correction = record.correct()
    correction.form.email.setText("zorbulina@example.org")
    answer_next_message_box(QMessageBox.StandardButton.Cancel)
    correction.reject()
    assert correction.isVisible()  # kept, with the new address still typed
    assert correction.form.email.text() == "zorbulina@example.org"
    answer_next_message_box(QMessageBox.StandardButton.Discard)
    correction.reject()
    assert not correction.isVisible()
    assert window.desk.find(saved.reference) == refused
    assert record.isVisible()  # back on the record, which still needs attention


def test_sync_trouble_is_told_in_the_screen_language(qtbot, window_with_sync, case_server):
    from desk_app.ui.plumbing.i18n import use_language

    window, controller = window_with_sync
    use_language("sv")
    case_server.token = "rotated"
    case_server.restart()
    window.desk.save(complete_draft())
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        controller.sync_now()
    status = window.status_bar.connection_status.text()
    assert status.startswith("Sändningen är pausad: Datorns åtkomst till ärendesystemet")
    assert "servern svarade 401" in status
    use_language("ar")  # the same report, told again in the new language
    qtbot.waitUntil(lambda: "يجب تجديد وصول" in window.status_bar.connection_status.text())


def test_why_a_record_waits_is_told_in_the_screen_language_even_after_a_restart(
    qtbot, tmp_path, window_with_sync, case_server
):
    from PySide6.QtWidgets import QLabel

    from case_server.app import Fault
    from desk_app.app import open_desk
    from desk_app.settings import load_settings
    from desk_app.ui.plumbing.i18n import use_language
    from tests.conftest import isolated_environ

    window, controller = window_with_sync
    waiting = window.desk.save(complete_draft())
    case_server.faults.add(Fault("status", code=503))
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        controller.sync_now()
    assert window.desk.find(waiting.reference).sync_reason == "The case system is busy (503)"

    # The next morning: a new process opens the same database, in Swedish.
    reopened = open_desk(load_settings(environ=isolated_environ(tmp_path / "desk")))
    try:
        use_language("sv")
        model = QueueModel(reopened.service)
        model.load()
        (row,) = [r for r in range(model.rowCount()) if model.records[r].id == waiting.id]
        tooltip = model.data(model.index(row, 4), Qt.ItemDataRole.ToolTipRole)
        assert tooltip == "Ärendesystemet är upptaget (503)"

        dialog = RecordDialog(reopened.service, model.records[row])
        qtbot.addWidget(dialog)
        shown = {label.accessibleName(): label.text() for label in dialog.findChildren(QLabel)}
        assert shown["Varför"] == "Ärendesystemet är upptaget (503)"
    finally:
        reopened.store.engine.dispose()
