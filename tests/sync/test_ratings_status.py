"""The window's status bar says, in words, when visitors' ratings are still waiting to be sent."""

from __future__ import annotations

from case_server.app import Fault
from tests.sync.rating_rows import give_visits, server_ratings


def test_the_status_bar_counts_ratings_left_waiting_until_they_are_sent(
    qtbot, window_with_sync, synced_desk, case_server
):
    window, controller = window_with_sync
    desk, _sync = synced_desk
    give_visits(desk.store, 1)
    case_server.faults.add(Fault("status", path="/ratings:batch", code=500))
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        controller.sync_now()
    text = window.status_bar.queue_status.text()
    assert "4 ratings waiting to be sent" in text
    assert window.status_bar.queue_status.accessibleName() == text
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        controller.sync_now()
    assert len(server_ratings(case_server.store).ids()) == 4
    assert "rating" not in window.status_bar.queue_status.text()
