"""Encryption at rest, end to end: a record typed into the real window, synced, backed up and
exported leaves none of the resident's words readable in the data or the log folder."""

from __future__ import annotations

import gc
import os

import pytest
from PySide6.QtCore import Qt

from desk_app.domain.identity import Role, Worker
from desk_app.services.keys import read_key
from desk_app.services.transfer import export_csv
from desk_app.store.database import backup_database
from desk_app.store.encryption import SQLITE_HEADER
from tests.conftest import (
    RESIDENT_EMAIL,
    RESIDENT_NAME,
    RESIDENT_PHONE,
    SECRET_DESCRIPTION,
    desk_command,
    personal_strings_in,
    run_python,
)
from tests.file_keyring import BACKEND, FILE_VARIABLE
from tests.ui.keyboard import type_complete_record


def test_a_record_typed_synced_backed_up_and_exported_is_unreadable_on_disk(
    qtbot, window_with_sync, synced_desk, case_server, tmp_path
):
    window, controller = window_with_sync
    desk, _sync = synced_desk
    type_complete_record(qtbot, window.form)
    qtbot.keyClicks(window.form.phone, RESIDENT_PHONE)
    with qtbot.waitSignal(controller.finished, timeout=10_000):  # a save starts a sync pass
        qtbot.keyClick(
            window.form.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
    qtbot.waitUntil(lambda: window.last_receipt_dialog is not None)
    window.last_receipt_dialog.accept()
    qtbot.waitUntil(lambda: len(case_server.case_ids()) == 1, timeout=10_000)
    saved = desk.service.search()[0]
    assert (saved.reporter.name, saved.reporter.email, saved.reporter.phone) == (
        RESIDENT_NAME,
        RESIDENT_EMAIL,
        RESIDENT_PHONE,
    )
    assert saved.description == SECRET_DESCRIPTION

    key = read_key()
    assert key is not None
    backup_database(desk.paths.database, desk.paths.backups, "test", key=key)
    export = tmp_path / "exported.csv"  # where the worker chose, outside the data folder
    with export.open("w", encoding="utf-8", newline="") as out:
        supervisor = Worker("it-admin", role=Role.SUPERVISOR)  # only one may export this
        assert export_csv(desk.service, out, with_personal_data=True, by=supervisor) == 1
    assert RESIDENT_PHONE in export.read_text(encoding="utf-8")

    # While the window is open the newest pages sit in the -wal: it must be unreadable too.
    assert desk.paths.database.with_name("desk.sqlite3-wal").exists()
    assert personal_strings_in(desk.paths.data_dir, desk.paths.log_dir) == []
    assert desk.paths.database.read_bytes()[:16] != SQLITE_HEADER
    window.close()
    desk.store.engine.dispose()
    assert personal_strings_in(desk.paths.data_dir, desk.paths.log_dir) == []


# The real window in a child process; once the store is open (start-up objects frozen, right
# after the banner would be shown) it prints the banner's text, or "-", and quits.
REPORT_BANNER = """
import gc, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desk_app.settings import load_settings
from desk_app.ui import launch
from desk_app.ui.main_window import MainWindow
from desk_app.ui.plumbing.not_encrypted_banner import NotEncryptedBanner

app = QApplication(sys.argv)

def report():
    if gc.get_freeze_count() == 0:
        QTimer.singleShot(50, report)
        return
    try:
        window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
        banner = window.findChild(NotEncryptedBanner)
        shown = banner is not None and banner.isVisible()
        print("BANNER", banner.label.text() if shown else "-", flush=True)
    finally:
        app.quit()

QTimer.singleShot(50, report)
sys.exit(launch.run_gui(load_settings()))
"""


@pytest.mark.parametrize("keyring_service", [True, False], ids=["keyring", "no-keyring"])
def test_the_window_says_when_data_is_not_encrypted_and_only_then(tmp_path, keyring_service):
    assert gc.isenabled()
    _command, environ = desk_command(tmp_path, ui_language="en")
    if keyring_service:
        environ |= {"PYTHON_KEYRING_BACKEND": BACKEND, FILE_VARIABLE: str(tmp_path / "k.json")}
    environ |= {"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    child = run_python(REPORT_BANNER, environ, tmp_path)
    assert child.returncode == 0, child.stderr
    banner = next(line for line in child.stdout.splitlines() if line.startswith("BANNER"))
    if keyring_service:
        assert banner == "BANNER -"
    else:
        assert "NOT encrypted on this computer" in banner
