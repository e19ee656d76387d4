"""Starting and closing the desk: one instance per data folder, no half-filled form lost."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from PySide6.QtWidgets import QMessageBox

from desk_app.ui.main_window import MainWindow
from tests.conftest import START_WINDOW_AND_ANSWER_BOXES
from tests.ui.dialogs import answer_next_message_box


def _start(environ):
    return subprocess.Popen(
        [sys.executable, "-m", "desk_app"],
        env={**os.environ, **environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_second_start_brings_the_first_window_forward(desk_environ, tmp_path):
    first = _start(desk_environ)
    try:
        log = tmp_path / "data" / "logs" / "desk-app.log"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if log.exists() and "Window shown" in log.read_text(encoding="utf-8"):
                break
            assert first.poll() is None, first.communicate()
            time.sleep(0.1)
        else:
            raise AssertionError("the first instance never showed its window")
        second = _start(desk_environ)
        out, err = second.communicate(timeout=30)
        assert second.returncode == 0, err
        assert "already running" in out
        assert first.poll() is None  # the first one keeps running
    finally:
        first.terminate()
        first.communicate(timeout=30)


def test_closing_with_a_half_filled_form_asks_first(qtbot, desk):
    window = MainWindow(desk.service)
    window.show()
    qtbot.keyClicks(window.form.description, "Half a story")

    answer_next_message_box(QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible()
    answer_next_message_box(QMessageBox.StandardButton.Discard)
    assert window.close()
    window.deleteLater()


def test_a_second_start_that_gets_no_answer_says_why_and_stops(settings, desk_environ):
    """The data folder is locked by a desk that does not answer (hung, or on another session)."""
    from PySide6.QtCore import QLockFile

    from desk_app.paths import DeskPaths

    paths = DeskPaths.from_settings(settings)
    paths.ensure()
    hung = QLockFile(str(paths.lock_file))
    assert hung.tryLock(0)  # held by this (live) test process, which serves no window
    try:
        result = subprocess.run(
            [sys.executable, "-c", START_WINDOW_AND_ANSWER_BOXES],
            env={**os.environ, **desk_environ, "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        hung.unlock()
    assert result.returncode == 4, result.stderr  # EXIT_ALREADY_RUNNING
    # The person at the desk reads it in the desk's language; IT reads stderr in English.
    assert "BOX Feedback Desk är redan igång | Ett annat Feedback Desk använder datamappen" in (
        result.stdout
    )
    assert str(paths.data_dir) in result.stdout
    assert "Another Feedback Desk is using the data folder" in result.stderr
