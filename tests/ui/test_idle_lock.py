"""The idle lock on the real window: after idle time nothing of a resident is drawn, in Swedish
and in Persian; the worker comes back to the same tab, form and dialogs after signing in; a
colleague does not get the dialogs; input keeps the desk unlocked."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desk_app.app import Desk, open_desk
from desk_app.domain.identity import Worker
from desk_app.settings import load_settings
from desk_app.ui.main_window import MainWindow
from desk_app.ui.plumbing.i18n import use_language
from tests.conftest import (
    RESIDENT_EMAIL,
    RESIDENT_NAME,
    RESIDENT_PHONE,
    SECRET_DESCRIPTION,
    complete_draft,
    isolated_environ,
)
from tests.ui.keyboard import type_text

PERSONAL = (RESIDENT_NAME, RESIDENT_EMAIL, RESIDENT_PHONE, SECRET_DESCRIPTION)
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


class Clock:
    """Monotonic seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def pin_desk(tmp_path: Path, **settings: str) -> Desk:
    """A shared-account desk: Anna (a supervisor) and Bo sign in with PINs."""
    environ = isolated_environ(tmp_path, desk_sign_in="pin", desk_supervisors="anna.s", **settings)
    desk = open_desk(load_settings(environ=environ))
    supervisor = Worker("anna.s")
    desk.identity.set_pin("anna.s", "2468", display_name="Anna Svensson", by=supervisor)
    desk.identity.set_pin("bo.k", "1357", display_name="Bo Karlsson", by=desk.identity.workers()[0])
    return desk


@pytest.fixture
def shared_desk(tmp_path: Path) -> Iterator[Desk]:
    desk = pin_desk(tmp_path)
    yield desk
    desk.close()


@pytest.fixture
def steady_cursor() -> Iterator[None]:
    """No blinking text cursor: two pictures of the same screen are the same pixels."""
    app = QApplication.instance()
    flash = app.cursorFlashTime()
    app.setCursorFlashTime(0)
    yield
    app.setCursorFlashTime(flash)


@pytest.fixture(autouse=True)
def close_windows(qtbot) -> Iterator[None]:
    """At the end each window is emptied (no "discard it?" question) and closed."""
    yield
    for window in OPENED:
        window.form.clear()
        window.close()
    OPENED.clear()


OPENED: list[MainWindow] = []


def open_window(qtbot, desk: Desk, clock: Clock) -> MainWindow:
    window = MainWindow(desk.service, privacy=desk.privacy, identity=desk.identity)
    OPENED.append(window)
    assert window.desk_lock is not None and window.desk_lock.watch is not None
    window.desk_lock.watch.clock = clock
    window.resize(1180, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def sign_in(window: MainWindow, worker_id: str, pin: str) -> None:
    screen = window.desk_lock.screen
    screen.worker.setCurrentIndex(screen.worker.findData(worker_id))
    type_text(screen.pin, pin)
    screen.sign_in_button.click()


def type_personal_data(window: MainWindow) -> None:
    form = window.form
    type_text(form.description, SECRET_DESCRIPTION)
    type_text(form.name, RESIDENT_NAME)
    type_text(form.email, RESIDENT_EMAIL)
    type_text(form.phone, RESIDENT_PHONE)


def go_idle(window: MainWindow, clock: Clock) -> None:
    watch = window.desk_lock.watch
    clock.now += watch.idle_seconds + 1
    watch.check()  # what its timer does every few seconds
    QApplication.processEvents()  # the lock screen laid out, as the worker sees it


def drawn_texts(top: QWidget) -> list[str]:
    """Every text a visible widget of ``top`` draws: labels, buttons, fields, lists, tabs."""
    texts = [top.windowTitle()]
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.displayText()]
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts.append(widget.currentText())
        texts += [widget.toolTip(), widget.accessibleName()]
    return [text for text in texts if text]


def visible_top_levels() -> list[QWidget]:
    return [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]


def differing_rows(first: QImage, second: QImage) -> list[int]:
    """The y of each pixel row where two same-sized pictures differ."""
    assert first.size() == second.size()
    first = first.convertToFormat(QImage.Format.Format_RGB32)
    second = second.convertToFormat(QImage.Format.Format_RGB32)
    return [
        y
        for y in range(first.height())
        if bytes(first.constScanLine(y))[: first.bytesPerLine()]
        != bytes(second.constScanLine(y))[: second.bytesPerLine()]
    ]


def keep(image: QImage, name: str, tmp_path: Path) -> None:
    """Keep the picture for a person to look at; in docs/screenshots when asked to."""
    folder = Path(os.environ.get("DESK_APP_SCREENSHOTS_DIR", tmp_path))
    assert image.save(str(folder / f"{name}.png"))


@pytest.mark.parametrize("language", ["sv", "fa"])
@pytest.mark.usefixtures("steady_cursor")
def test_idle_lock_draws_no_personal_data_in_swedish_and_persian(
    qtbot, shared_desk: Desk, language: str, tmp_path: Path
) -> None:
    use_language(language)
    clock = Clock()
    window = open_window(qtbot, shared_desk, clock)
    sign_in(window, "anna.s", "2468")
    type_personal_data(window)
    assert not window.desk_lock.is_locked
    assert all(secret in " ".join(drawn_texts(window)) for secret in PERSONAL)  # drawn now

    go_idle(window, clock)

    assert window.desk_lock.is_locked
    locked_with_data = window.grab().toImage()
    keep(locked_with_data, f"lock-{language}", tmp_path)
    texts = " ".join(text for top in visible_top_levels() for text in drawn_texts(top))
    assert [secret for secret in PERSONAL if secret in texts] == []
    assert not window.tabs.isVisible() and not window.queue.isVisible()
    assert not window.menuBar().isEnabled()
    # The lock screen is in the worker's language, not in the English of the code.
    screen = window.desk_lock.screen
    assert screen.title.text() not in ("The desk is locked", "")
    assert screen.sign_in_button.text().replace("&", "") != "Sign in"

    # The same lock screen over an empty form is the very same picture: the typed data adds
    # not one pixel. (The picture with data differed before the lock, see above.)
    sign_in(window, "anna.s", "2468")
    assert window.form.name.text() == RESIDENT_NAME  # kept while hidden
    window.form.clear()
    go_idle(window, clock)
    locked_empty = window.grab().toImage()
    keep(locked_empty, f"lock-empty-{language}", tmp_path)
    assert differing_rows(locked_empty, locked_with_data) == []


def test_after_sign_in_the_worker_is_back_on_the_same_tab_with_the_same_form(
    qtbot, shared_desk: Desk
) -> None:
    clock = Clock()
    window = open_window(qtbot, shared_desk, clock)
    assert window.desk_lock.is_locked  # a shared account opens on the sign-in screen
    assert not window.tabs.isVisible()
    sign_in(window, "bo.k", "1357")
    assert window.form.staff_id.text() == "bo.k" and window.form.staff_id.isReadOnly()
    type_personal_data(window)
    window.form.email.setFocus()

    window.lock()  # Ctrl+L, from the Tools menu

    assert window.desk_lock.is_locked
    assert window.desk_lock.screen.worker.currentData() == "bo.k"  # the one who locked
    sign_in(window, "bo.k", "1357")
    assert not window.desk_lock.is_locked
    assert window.tabs.currentWidget() is window.form
    assert window.form.name.text() == RESIDENT_NAME
    assert window.form.description.toPlainText() == SECRET_DESCRIPTION
    assert window.focusWidget() is window.form.email
    window.form.clear()


def test_a_wrong_pin_keeps_the_desk_locked(qtbot, shared_desk: Desk) -> None:
    window = open_window(qtbot, shared_desk, Clock())
    sign_in(window, "bo.k", "0000")
    assert window.desk_lock.is_locked
    assert window.desk_lock.screen.message.isVisibleTo(window)
    assert window.desk_lock.screen.pin.text() == ""
    sign_in(window, "bo.k", "1357")
    assert not window.desk_lock.is_locked


def test_an_open_record_dialog_is_hidden_and_comes_back_for_the_same_worker_only(
    qtbot, shared_desk: Desk
) -> None:
    saved = shared_desk.service.save(complete_draft())
    clock = Clock()
    window = open_window(qtbot, shared_desk, clock)
    sign_in(window, "anna.s", "2468")
    window.tabs.setCurrentIndex(1)
    dialog = window.open_record(saved)
    qtbot.waitExposed(dialog)

    go_idle(window, clock)
    assert not dialog.isVisible()
    sign_in(window, "anna.s", "2468")
    assert dialog.isVisible()
    assert window.tabs.currentWidget() is window.queue

    go_idle(window, clock)
    sign_in(window, "bo.k", "1357")  # a colleague takes over the desk
    assert not dialog.isVisible()
    assert window.form.staff_id.text() == "bo.k"


def test_input_keeps_the_desk_unlocked_and_no_input_locks_it(qtbot, desk: Desk) -> None:
    clock = Clock()
    window = open_window(qtbot, desk, clock)  # the OS login: signed in at once
    assert not window.desk_lock.is_locked
    watch = window.desk_lock.watch
    assert watch.idle_seconds == 5 * 60  # desk.idle_lock_minutes' default

    clock.now += 4 * 60
    type_text(window.form.location, "Storgatan")  # the worker is there
    clock.now += 4 * 60
    watch.check()
    assert not window.desk_lock.is_locked

    clock.now += 60
    watch.check()
    assert window.desk_lock.is_locked
    window.desk_lock.screen.sign_in_button.click()  # "Continue as <login>"
    assert not window.desk_lock.is_locked
    assert window.form.location.text() == "Storgatan"
    window.form.clear()


def test_idle_lock_minutes_zero_never_locks(qtbot, tmp_path: Path) -> None:
    desk = open_desk(load_settings(environ=isolated_environ(tmp_path, desk_idle_lock_minutes="0")))
    try:
        window = MainWindow(desk.service, identity=desk.identity)
        qtbot.addWidget(window)
        assert window.desk_lock is not None and window.desk_lock.watch is None
        assert not window.desk_lock.is_locked
    finally:
        desk.close()


def test_signing_in_and_locking_are_in_the_audit_trail_without_personal_data(
    qtbot, shared_desk: Desk
) -> None:
    clock = Clock()
    window = open_window(qtbot, shared_desk, clock)
    sign_in(window, "bo.k", "9999")
    sign_in(window, "bo.k", "1357")
    type_personal_data(window)
    go_idle(window, clock)
    sign_in(window, "bo.k", "1357")
    window.form.clear()
    window.close()

    events = shared_desk.privacy.audit_trail()
    seen = [(event.kind.value, event.staff_id, event.detail) for event in events]
    assert seen[-5:] == [
        ("desk.sign_in_refused", "bo.k", "wrong PIN (1 in a row)"),
        ("desk.sign_in", "bo.k", "PIN, window"),
        ("desk.lock", "bo.k", "idle"),
        ("desk.sign_in", "bo.k", "PIN, window"),
        ("desk.sign_out", "bo.k", ""),
    ]
    stored = repr(events)
    assert [secret for secret in (*PERSONAL, "1357", "9999") if secret in stored] == []


def test_only_a_signed_in_supervisor_is_offered_and_shown_the_audit_trail(
    qtbot, shared_desk: Desk
) -> None:
    from desk_app.services.identity import NotPermitted
    from desk_app.ui.dialogs.audit import AuditDialog

    clock = Clock()
    window = open_window(qtbot, shared_desk, clock)
    sign_in(window, "bo.k", "1357")
    assert not window.audit_action.isVisible()
    with pytest.raises(NotPermitted):  # not by another path either
        AuditDialog(shared_desk.privacy, shared_desk.identity, window)

    window.lock()
    sign_in(window, "anna.s", "2468")
    assert window.audit_action.isVisible()
    dialog = window.open_audit_trail()
    assert dialog is not None
    qtbot.addWidget(dialog)
    kinds = [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]
    assert kinds[:3] == ["desk.sign_in", "desk.lock", "desk.refused"]  # newest first
    assert "desk.sign_in" in kinds and "desk.worker_pin_set" in kinds
