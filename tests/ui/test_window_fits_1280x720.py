"""At 1280×720 in large mode (a care-home screen), in Swedish and in Persian, the common path
is on screen without scrolling, Save is never below the fold, the status bar's words never
run under its button, and the window remembers where it was."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from desk_app.ui.main_window import MainWindow
from desk_app.ui.plumbing.i18n import use_language
from desk_app.ui.plumbing.sync_controller import SyncController
from desk_app.ui.plumbing.theme import apply_theme
from desk_app.ui.plumbing.window_placement import WindowPlacement, is_small
from tests.ui.conftest import open_large_window, rect_in


@pytest.fixture
def large_window(qtbot, desk) -> Iterator[MainWindow]:
    yield from open_large_window(qtbot, desk)


def fully_inside(widget: QWidget, ancestor: QWidget) -> bool:
    return widget.isVisible() and ancestor.rect().contains(rect_in(widget, ancestor))


def screenshot(window: QWidget, folder: Path, name: str) -> Path:
    """Keep what the test saw, for a person to look at (pytest prints tmp paths on failure)."""
    target = folder / f"{name}.png"
    assert window.grab().save(str(target))
    return target


@pytest.mark.parametrize("language", ["sv", "fa"])
def test_the_common_path_fits_1280x720_in_large_mode_without_scrolling(
    qtbot, large_window, language, tmp_path
):
    use_language(language)
    QApplication.processEvents()
    window, form = large_window, large_window.form
    screenshot(window, tmp_path, f"form-large-1280x720-{language}")
    assert window.size().toTuple() == (1280, 720)

    # Save, Clear, the privacy notice and the staff ID are outside the scrolling part: no
    # scroll bar position can hide them.
    for widget in (form.save_button, form.clear_button, form.privacy_notice, form.staff_id):
        assert not form.scroll_area.isAncestorOf(widget), widget.objectName()
        assert fully_inside(widget, window), type(widget).__name__

    # What a worker fills for nearly everyone is inside the scroll area's viewport as it opens.
    viewport = form.scroll_area.viewport()
    assert form.scroll_area.verticalScrollBar().value() == 0
    for widget in (
        form.kind,
        form.category,
        form.description,
        form.anonymous,
        form.name,
        form.email,
        form.phone,
        form.wants_reply,
    ):
        assert fully_inside(widget, viewport), widget.accessibleName()


@pytest.mark.parametrize("language", ["sv", "fa"])
def test_the_status_bar_words_never_run_under_the_sync_button(qtbot, desk, language, tmp_path):
    app = QApplication.instance()
    apply_theme(app, large=True)
    use_language(language)
    sync = SyncController(desk.sync, interval_seconds=3600)
    window = MainWindow(desk.service, sync=sync)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    status = window.status_bar
    with qtbot.waitSignal(sync.not_configured):
        sync.start()  # no case system on this desk: the longest message the bar shows
    QApplication.processEvents()
    screenshot(window, tmp_path, f"status-large-1280x720-{language}")
    try:
        message = status.connection_status.text()
        assert "Ctrl" not in message and len(message) > 40
        # Where the bar has less room than the message needs, it is cut, never run under
        # the button (in Swedish it is cut at this size).
        button = rect_in(status.sync_button, window)
        assert fully_inside(status.sync_button, window)
        for label in (status.queue_status, status.connection_status, status.last_sync):
            assert not rect_in(label, window).intersects(button), label.text()
        # Whole for the tooltip and a screen reader.
        assert status.connection_status.toolTip() == message
        assert status.connection_status.accessibleName() == message
    finally:
        sync.shutdown()
        apply_theme(app)


def test_the_window_opens_where_it_was_closed(qtbot, desk, tmp_path):
    placement_file = tmp_path / "data" / "window.ini"
    first = MainWindow(desk.service, placement=WindowPlacement(placement_file))
    qtbot.addWidget(first)
    first.setWindowState(Qt.WindowState.WindowNoState)
    first.setGeometry(40, 50, 700, 500)  # within the test screen: Qt keeps it there
    first.show()
    qtbot.waitExposed(first)
    first.close()
    assert placement_file.exists()

    again = MainWindow(desk.service, placement=WindowPlacement(placement_file))
    qtbot.addWidget(again)
    assert again.size().toTuple() == (700, 500)
    assert not again.windowState() & Qt.WindowState.WindowMaximized


def test_a_first_start_on_a_small_screen_opens_maximised(qtbot, desk, tmp_path):
    window = MainWindow(desk.service, placement=WindowPlacement(tmp_path / "window.ini"))
    qtbot.addWidget(window)
    screen = window.screen().availableGeometry()
    assert is_small(screen)  # the test platform's screen is 800×600 or like it
    assert window.windowState() & Qt.WindowState.WindowMaximized
    assert window.geometry() == screen  # also where no window manager maximises


@pytest.mark.parametrize(
    ("width", "height", "small"),
    [(1280, 720, True), (1366, 768, True), (1280, 1024, True), (1920, 1080, False)],
)
def test_small_means_up_to_1366_by_768(width, height, small):
    assert is_small(QRect(0, 0, width, height)) is small
