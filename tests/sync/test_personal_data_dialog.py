"""The person dialog tells the worker what becomes of the case system's copy, against a real
reference server: queued for the next sync, sent (shown in the record view), or "ask them"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel, QMessageBox

from case_server.app import create_app
from case_server.runner import ServerThread
from case_server.store import CaseStore
from desk_app.app import Desk
from desk_app.services.sync import SyncService
from desk_app.ui.dialogs.person import PersonDialog
from tests.conftest import RESIDENT_EMAIL, answer_message_boxes, complete_draft
from tests.sync.conftest import TOKEN, CaseServer, open_synced_desk


def open_dialog(qtbot: Any, desk: Desk) -> PersonDialog:
    dialog = PersonDialog(desk.privacy, desk.service)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.search.setText(RESIDENT_EMAIL)
    dialog.find_records()
    return dialog


def shown_texts(dialog: PersonDialog) -> list[str]:
    return [label.text() for label in dialog.details.findChildren(QLabel)]


def test_an_erasure_from_the_dialog_is_queued_then_shown_as_sent_after_the_sync(
    qtbot: Any, synced_desk: tuple[Desk, SyncService], case_server: CaseServer
) -> None:
    desk, sync = synced_desk
    desk.service.save(complete_draft())
    assert sync.run_once().delivered == 1
    dialog = open_dialog(qtbot, desk)

    answer_message_boxes(QMessageBox.StandardButton.Yes)  # confirm the erasure
    outcome = dialog.erase_selected()

    assert outcome is not None
    assert "will be sent to the case system" in dialog.status.text()
    assert "connection is back" in dialog.status.text()
    assert dialog.status.property("tone") == "ok"
    assert sync.run_once().requests_sent == 1
    dialog.show_selected()
    assert any(
        "Erasure of the personal data: sent to the case system" in text
        for text in shown_texts(dialog)
    )


def test_a_server_without_the_feature_makes_the_dialog_say_ask_its_administrators(
    qtbot: Any, tmp_path: Path
) -> None:
    store = CaseStore(f"sqlite:///{tmp_path / 'cases.sqlite3'}")
    thread = ServerThread(
        create_app(store, TOKEN, personal_data=False), log_level="critical"
    ).start()
    desk, sync = open_synced_desk(tmp_path / "desk", thread.url)
    try:
        desk.service.save(complete_draft())
        assert sync.run_once().delivered == 1
        dialog = open_dialog(qtbot, desk)

        told = answer_message_boxes(QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok)
        dialog.erase_selected()

        assert len(told) == 2
        assert "does not accept erasures" in told[1]
        assert "ask the administrators of 127.0.0.1" in told[1]
        assert dialog.status.property("tone") == "warning"
        dialog.show_selected()
        assert any("does not accept it" in text for text in shown_texts(dialog))
    finally:
        sync.forget_client()
        desk.store.engine.dispose()
        thread.stop()


def test_the_correction_dialog_says_a_delivered_record_is_corrected_in_the_case_system_too(
    qtbot: Any, synced_desk: tuple[Desk, SyncService], case_server: CaseServer
) -> None:
    from desk_app.ui.dialogs.contact_correction import ContactCorrectionDialog

    desk, sync = synced_desk
    pending = desk.service.save(complete_draft())
    before = ContactCorrectionDialog(desk.privacy, pending)
    qtbot.addWidget(before)
    assert before.case_system_note.isHidden()  # not delivered: nothing to say yet
    assert sync.run_once().delivered == 1
    delivered = desk.service.find(pending.reference)
    assert delivered is not None

    after = ContactCorrectionDialog(desk.privacy, delivered)
    qtbot.addWidget(after)

    assert not after.case_system_note.isHidden()
    assert delivered.case_number in after.case_system_note.text()
