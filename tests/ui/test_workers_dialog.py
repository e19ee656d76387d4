"""Workers and PINs in the real window: a supervisor adds a worker, gives a new PIN and removes
one; a worker changes their own PIN; each new PIN then signs in on the lock screen; a desk
worker is not offered (and cannot open) the supervisor's list; wrong, short and mismatched
PINs are refused next to their field; screenshots in Swedish and Persian."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desk_app.app import Desk, open_desk
from desk_app.domain.identity import Worker
from desk_app.services.identity import NotPermitted
from desk_app.settings import load_settings
from desk_app.ui.dialogs.workers import ChangePinDialog, WorkersDialog
from desk_app.ui.main_window import MainWindow
from desk_app.ui.plumbing.i18n import use_language
from tests.conftest import isolated_environ
from tests.ui.keyboard import alt_key, type_text


@pytest.fixture
def shared_desk(tmp_path: Path) -> Iterator[Desk]:
    """A shared-account desk: Anna (a supervisor) and Bo (a desk worker) sign in with PINs."""
    environ = isolated_environ(tmp_path, desk_sign_in="pin", desk_supervisors="anna.s")
    desk = open_desk(load_settings(environ=environ))
    anna = Worker("anna.s")
    desk.identity.set_pin("anna.s", "2468", display_name="Anna Svensson", by=anna)
    desk.identity.set_pin("bo.k", "1357", display_name="Bo Karlsson", by=desk.identity.workers()[0])
    yield desk
    desk.close()


OPENED: list[MainWindow] = []


@pytest.fixture(autouse=True)
def close_windows(qtbot) -> Iterator[None]:
    yield
    for window in OPENED:
        window.form.clear()
        window.close()
    OPENED.clear()
    for widget in QApplication.topLevelWidgets():  # dialogs left open by a failed test
        widget.close()


def open_window(qtbot, desk: Desk) -> MainWindow:
    window = MainWindow(desk.service, privacy=desk.privacy, identity=desk.identity)
    OPENED.append(window)
    window.resize(1180, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def sign_in(window: MainWindow, worker_id: str, pin: str) -> bool:
    """Sign in on the lock screen as a worker would; True when the window opened."""
    screen = window.desk_lock.screen
    screen.worker.setCurrentIndex(screen.worker.findData(worker_id))
    type_text(screen.pin, pin)
    screen.sign_in_button.click()
    return not window.desk_lock.is_locked


def relock(window: MainWindow) -> None:
    window.lock()
    QApplication.processEvents()


def settle() -> None:
    """Let the dialog just opened be shown and take the focus, as the worker would see it."""
    QApplication.processEvents()


def shown_errors(dialog: QWidget) -> list[str]:
    fields = dialog.fields
    return [label.text() for label in fields.errors.values() if not label.isHidden()]


def audit_details(desk: Desk) -> list[tuple[str, str, str]]:
    return [(e.kind.value, e.staff_id, e.detail) for e in desk.privacy.audit_trail()]


def test_a_supervisor_adds_a_worker_by_keyboard_who_then_signs_in_with_that_pin(
    qtbot, shared_desk: Desk
) -> None:
    window = open_window(qtbot, shared_desk)
    assert sign_in(window, "anna.s", "2468")
    assert window.workers_action.isVisible()
    window.workers_action.trigger()
    settle()
    workers = window.findChild(WorkersDialog)
    assert workers is not None and workers.isVisible()
    rows = [workers.table.item(row, 0).text() for row in range(workers.table.rowCount())]
    assert rows == ["anna.s", "bo.k"]
    assert workers.table.item(0, 2).text() == "Supervisor"
    assert workers.table.item(1, 2).text() == "Desk worker"
    assert workers.table.item(1, 4).text() == "Can sign in"

    assert QApplication.focusWidget() is workers.table
    qtbot.keyClick(workers, alt_key(workers.add_button), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: workers.entry_dialog is not None)  # a mnemonic clicks animated
    settle()
    entry = workers.entry_dialog
    assert entry is not None and entry.isVisible()
    assert QApplication.focusWidget() is entry.worker_id
    assert entry.pin.echoMode() is entry.pin.EchoMode.Password  # never shown
    type_text(entry.worker_id, "cia.l")
    qtbot.keyClick(entry.worker_id, Qt.Key.Key_Tab)
    type_text(QApplication.focusWidget(), "Cia Lind")
    qtbot.keyClick(entry.display_name, Qt.Key.Key_Tab)
    type_text(QApplication.focusWidget(), "9753")
    qtbot.keyClick(entry.pin, Qt.Key.Key_Tab)
    type_text(QApplication.focusWidget(), "9753")
    qtbot.keyClick(entry.repeat, Qt.Key.Key_Return)  # Save is the default button

    assert not entry.isVisible()
    rows = [workers.table.item(row, 0).text() for row in range(workers.table.rowCount())]
    assert rows == ["anna.s", "bo.k", "cia.l"]
    assert workers.chosen() == "cia.l"
    assert "cia.l was added." in workers.status.text()
    assert ("desk.worker_pin_set", "anna.s", "added cia.l") in audit_details(shared_desk)

    workers.close()
    relock(window)
    assert sign_in(window, "cia.l", "9753")
    assert shared_desk.identity.current == Worker("cia.l", "Cia Lind")
    assert window.form.staff_id.text() == "cia.l"


def test_adding_a_worker_refuses_a_short_pin_mismatched_repeats_and_a_taken_id(
    qtbot, shared_desk: Desk
) -> None:
    window = open_window(qtbot, shared_desk)
    sign_in(window, "anna.s", "2468")
    workers = window.open_workers()
    entry = workers.add_worker()
    settle()

    type_text(entry.worker_id, "bo.k")  # taken
    type_text(entry.pin, "123")  # too short
    type_text(entry.repeat, "123")
    assert not entry.save()
    assert shown_errors(entry) == [
        "This ID is already a worker here.",
        "A PIN is 4 to 8 digits.",
    ]
    assert QApplication.focusWidget() is entry.worker_id  # the first problem

    entry.worker_id.clear()
    type_text(entry.worker_id, "dan.o")
    type_text(entry.pin, "4")  # now 1234
    type_text(entry.repeat, "5")  # 1235
    assert not entry.save()
    assert shown_errors(entry) == ["The two PINs differ: type the same PIN twice."]
    assert QApplication.focusWidget() is entry.repeat
    assert entry.isVisible()
    assert [w.worker_id for w in shared_desk.identity.workers()] == ["anna.s", "bo.k"]

    entry.pin.clear()
    type_text(entry.pin, "12a34")  # letters never reach the field
    assert entry.pin.text() == "1234"


def test_a_desk_worker_sees_no_admin_actions_and_cannot_open_the_list_another_way(
    qtbot, shared_desk: Desk
) -> None:
    window = open_window(qtbot, shared_desk)
    assert sign_in(window, "bo.k", "1357")
    visible = [a.text() for a in window.tools_menu.actions() if a.isVisible()]
    assert "&Workers and PINs…" not in visible
    assert "Audit &trail…" not in visible
    assert "Change &my PIN…" in visible

    with pytest.raises(NotPermitted):
        WorkersDialog(shared_desk.identity, window)
    with pytest.raises(NotPermitted):  # nor through the service
        shared_desk.identity.add_worker("eve", "", "1111", by=shared_desk.identity.current)
    with pytest.raises(NotPermitted):
        shared_desk.identity.reset_pin("anna.s", "1111", by=shared_desk.identity.current)
    with pytest.raises(NotPermitted):
        shared_desk.identity.remove_worker("anna.s", by=shared_desk.identity.current)
    assert window.findChild(WorkersDialog) is None
    refusals = [d for k, who, d in audit_details(shared_desk) if k == "desk.refused"]
    assert refusals == ["not a supervisor: add workers and set PINs"] * 4
    assert shared_desk.identity.check_pin("anna.s", "2468").is_supervisor  # unchanged


def test_a_worker_changes_their_own_pin_and_the_lock_screen_takes_only_the_new_one(
    qtbot, shared_desk: Desk
) -> None:
    window = open_window(qtbot, shared_desk)
    sign_in(window, "bo.k", "1357")
    window.change_pin_action.trigger()
    settle()
    dialog = window.findChild(ChangePinDialog)
    assert dialog is not None and dialog.isVisible()
    assert QApplication.focusWidget() is dialog.old_pin

    type_text(dialog.old_pin, "0000")  # wrong present PIN
    type_text(dialog.pin, "8642")
    type_text(dialog.repeat, "8642")
    assert not dialog.save()
    assert shown_errors(dialog) == ["Wrong PIN. Nothing was changed."]
    assert dialog.old_pin.text() == ""
    assert ("desk.sign_in_refused", "bo.k", "wrong PIN (1 in a row)") in audit_details(shared_desk)

    type_text(dialog.old_pin, "1357")
    dialog.repeat.clear()
    type_text(dialog.repeat, "8643")  # mismatched
    assert not dialog.save()
    assert shown_errors(dialog) == ["The two PINs differ: type the same PIN twice."]

    dialog.pin.clear()
    dialog.repeat.clear()
    type_text(dialog.pin, "86")  # too short
    type_text(dialog.repeat, "86")
    assert not dialog.save()
    assert shown_errors(dialog) == ["A PIN is 4 to 8 digits."]

    type_text(dialog.pin, "42")
    type_text(dialog.repeat, "42")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert ("desk.worker_pin_set", "bo.k", "changed their own PIN") in audit_details(shared_desk)

    relock(window)
    assert not sign_in(window, "bo.k", "1357")  # the old PIN no longer opens the desk
    assert window.desk_lock.screen.message.text() == "Wrong PIN. Try again."
    assert sign_in(window, "bo.k", "8642")
    assert shared_desk.identity.current == Worker("bo.k", "Bo Karlsson")


def test_a_new_pin_lets_a_worker_kept_out_by_wrong_pins_sign_in_at_once(
    qtbot, shared_desk: Desk
) -> None:
    window = open_window(qtbot, shared_desk)
    for wrong in ("1111", "2222", "3333"):  # Bo forgot his PIN
        assert not sign_in(window, "bo.k", wrong)
    assert sign_in(window, "anna.s", "2468")
    workers = window.open_workers()
    assert workers.table.item(1, 4).text().startswith("Kept out until ")

    workers.table.selectRow(1)
    settle()
    qtbot.keyClick(workers, alt_key(workers.reset_button), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: workers.entry_dialog is not None)
    settle()
    entry = workers.entry_dialog
    assert entry is not None and not entry.worker_id.isVisible()
    assert entry.windowTitle() == "New PIN for bo.k"
    type_text(entry.pin, "5555")
    type_text(entry.repeat, "5555")
    assert entry.save()
    assert workers.table.item(1, 4).text() == "Can sign in"
    assert ("desk.worker_pin_set", "anna.s", "new PIN for bo.k") in audit_details(shared_desk)

    workers.close()
    relock(window)
    assert sign_in(window, "bo.k", "5555")


def test_removing_a_worker_ends_their_pin_and_a_supervisor_cannot_remove_themselves(
    qtbot, shared_desk: Desk
) -> None:
    window = open_window(qtbot, shared_desk)
    sign_in(window, "anna.s", "2468")
    workers = window.open_workers()
    workers.table.selectRow(0)  # Anna herself
    assert not workers.remove_button.isEnabled()
    assert workers.remove_worker() is None

    workers.table.selectRow(1)
    box = workers.remove_worker()
    assert box is not None and box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.No).click()
    assert [w.worker_id for w in shared_desk.identity.workers()] == ["anna.s", "bo.k"]

    box = workers.remove_worker()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert [w.worker_id for w in shared_desk.identity.workers()] == ["anna.s"]
    assert workers.table.rowCount() == 1
    assert ("desk.worker_removed", "anna.s", "removed bo.k") in audit_details(shared_desk)

    workers.close()
    relock(window)
    assert window.desk_lock.screen.worker.findData("bo.k") == -1  # not on the list any more


def test_every_control_of_the_dialogs_has_an_accessible_name(qtbot, shared_desk: Desk) -> None:
    window = open_window(qtbot, shared_desk)
    sign_in(window, "anna.s", "2468")
    workers = window.open_workers()
    entry = workers.add_worker()
    change = window.change_my_pin()
    for dialog in (workers, entry, change):
        controls = [
            w
            for w in dialog.findChildren(QWidget)
            if w.isVisible()
            and w.focusPolicy() != Qt.FocusPolicy.NoFocus
            and w.metaObject().className() in {"QLineEdit", "QPushButton", "QTableWidget"}
        ]
        assert controls
        assert all(control.accessibleName() for control in controls), [
            control.metaObject().className() for control in controls if not control.accessibleName()
        ]


@pytest.mark.parametrize("language", ["sv", "fa"])
def test_the_workers_dialog_in_swedish_and_persian(
    qtbot, shared_desk: Desk, language: str, tmp_path: Path
) -> None:
    use_language(language)
    window = open_window(qtbot, shared_desk)
    sign_in(window, "anna.s", "2468")
    workers = window.open_workers()
    settle()
    entry = workers.add_worker()
    settle()
    type_text(entry.worker_id, "cia.l")
    type_text(entry.pin, "12")
    type_text(entry.repeat, "12")
    entry.save()  # shows the PIN rule next to its field
    QApplication.processEvents()
    english = {"Worker ID", "Add a worker", "A PIN is 4 to 8 digits.", "Can sign in"}
    texts = {workers.windowTitle(), entry.windowTitle(), *shown_errors(entry)}
    texts |= {workers.table.horizontalHeaderItem(c).text() for c in range(workers.COLUMNS)}
    assert not texts & english
    if language == "fa":
        assert workers.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert workers.chosen() == "anna.s" and workers.reset_button.isEnabled()  # in both directions
    folder = Path(os.environ.get("DESK_APP_SCREENSHOTS_DIR", tmp_path))
    assert workers.grab().save(str(folder / f"workers-{language}.png"))
    assert entry.grab().save(str(folder / f"workers-add-{language}.png"))
