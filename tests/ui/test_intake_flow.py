"""The desk worker's flow in the real window: type, save, receipt, next person, queue."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desk_app.domain.record import ContactMethod, Kind, SyncState
from desk_app.ui.main_window import MainWindow
from tests.conftest import RESIDENT_EMAIL, RESIDENT_NAME, SECRET_DESCRIPTION
from tests.ui.dialogs import answer_next_message_box
from tests.ui.keyboard import type_complete_record


@pytest.fixture
def window(qtbot, desk):
    main_window = MainWindow(desk.service)
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.activateWindow()
    yield main_window
    # Not qtbot.addWidget: pytest-qt would close the window before this teardown, and closing
    # a window with a half-filled form rightly asks first.
    main_window.form.clear()
    main_window.close()
    main_window.deleteLater()


def test_a_typed_record_is_saved_and_its_receipt_carries_the_reference(qtbot, window, desk):
    form = window.form
    type_complete_record(qtbot, form)
    # Ctrl+Enter saves even from inside the multi-line description (where Enter is a newline).
    qtbot.keyClick(form.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.last_receipt_dialog is not None)
    dialog = window.last_receipt_dialog
    reference = dialog.reference_label.text()

    saved = desk.service.find(reference)
    assert saved is not None
    assert saved.kind is Kind.COMPLAINT
    assert saved.category == "streets.snow"
    assert saved.description == SECRET_DESCRIPTION
    assert saved.reporter.email == RESIDENT_EMAIL
    assert saved.reporter.preferred_contact is ContactMethod.EMAIL
    assert saved.wants_reply and saved.contact_ok and saved.privacy_notice_given
    assert saved.sync_state is SyncState.PENDING

    receipt_text = PdfReader(io.BytesIO(dialog.pdf)).pages[0].extract_text()
    assert reference in receipt_text
    assert "Snöröjning" in receipt_text

    # One keypress and the form is empty and ready for the next person.
    qtbot.keyClick(dialog.next_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not form.is_dirty()
    assert form.kind.hasFocus()
    assert form.staff_id.text() == "anna.s"  # the worker stays the same
    assert "1 record waiting to be sent" in window.status_bar.queue_status.text()


def test_saving_an_empty_form_explains_each_problem_and_stores_nothing(qtbot, window, desk):
    window.form.save()
    form = window.form
    assert form.summary.isVisible()
    for field in ("kind", "category", "description", "received_by.staff_id"):
        assert form._errors[field].isVisible(), field
        assert form._errors[field].text()
    assert form.kind.hasFocus()
    assert desk.service.search() == []
    assert window.last_receipt_dialog is None


def test_an_unknown_category_is_refused_next_to_the_field(qtbot, window, desk):
    form = window.form
    type_complete_record(qtbot, form)
    form.category.setEditText("Alien landings")
    assert form.save() is None
    assert "Alien landings" in form._errors["category"].text()
    assert desk.service.search() == []


def test_escape_asks_before_discarding_a_half_filled_form(qtbot, window):
    form = window.form
    qtbot.keyClicks(form.description, "Half a story")
    answer_next_message_box(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(form.description, Qt.Key.Key_Escape)
    assert form.description.toPlainText() == "Half a story"
    answer_next_message_box(QMessageBox.StandardButton.Discard)
    qtbot.keyClick(form.description, Qt.Key.Key_Escape)
    assert form.description.toPlainText() == ""


def test_anonymous_disables_contact_fields(qtbot, window):
    form = window.form
    qtbot.keyClick(form.anonymous, Qt.Key.Key_Space)
    assert not form.name.isEnabled() and not form.wants_reply.isEnabled()
    assert form.draft().reporter.anonymous


def test_the_queue_finds_a_record_and_reprints_it_as_a_copy(qtbot, window, desk):
    form = window.form
    type_complete_record(qtbot, form)
    saved = form.save()
    window.last_receipt_dialog.accept()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.queue
    queue = window.queue
    assert queue.model.rowCount() == 1
    qtbot.keyClicks(queue.search, "no such words")
    qtbot.waitUntil(lambda: queue.model.rowCount() == 0)
    queue.search.clear()
    qtbot.keyClicks(queue.search, saved.reference.lower())
    qtbot.keyClick(queue.search, Qt.Key.Key_Return)
    assert queue.model.rowCount() == 1
    assert queue.model.data(queue.model.index(0, 4)) == "Waiting to be sent"
    record_dialog = window.open_record(saved)
    qtbot.addWidget(record_dialog)
    copy_text = PdfReader(io.BytesIO(record_dialog.copy_pdf())).pages[0].extract_text()
    assert saved.reference in copy_text and "KOPIA" in copy_text


def test_a_full_disk_keeps_the_form_and_says_what_to_do(qtbot, window, desk):
    from sqlalchemy import event

    engine = desk.store.engine
    with engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
    engine.dispose()

    def full_disk(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")  # SQLite: disk is full

    event.listen(engine, "connect", full_disk)
    form = window.form
    type_complete_record(qtbot, form)
    form.description.setPlainText(SECRET_DESCRIPTION + " " + "x" * 8_000)
    shown = answer_next_message_box(QMessageBox.StandardButton.Ok)
    assert form.save() is None
    assert "could not be saved" in shown[0] and "still in the form" in shown[0]
    assert form.description.toPlainText().startswith(SECRET_DESCRIPTION)  # nothing lost
    assert form.name.text() == RESIDENT_NAME
    assert window.last_receipt_dialog is None

    event.remove(engine, "connect", full_disk)
    engine.dispose()
    assert desk.service.search() == []
    assert form.save() is not None  # space again: the same form saves
    assert len(desk.service.search()) == 1


def test_a_receipt_that_cannot_be_made_still_shows_the_reference(
    qtbot, window, desk, tmp_path, monkeypatch
):
    from desk_app.receipt import render

    monkeypatch.setattr(render, "FONT_DIR", tmp_path / "no-fonts")  # a damaged installation
    render.register_fonts.cache_clear()
    form = window.form
    type_complete_record(qtbot, form)
    shown = answer_next_message_box(QMessageBox.StandardButton.Ok)
    saved = form.save()
    qtbot.waitUntil(lambda: bool(shown))
    assert saved.reference in shown[0] and "write the reference down" in shown[0]
    assert desk.service.find(saved.reference) is not None
    assert not form.is_dirty()  # ready for the next person
    render.register_fonts.cache_clear()


@pytest.mark.parametrize(
    "changes",
    [
        {},  # a complaint with contact details, a reply by email and a time it happened
        {"anonymous": True},
        {"on_behalf": True},
    ],
)
def test_a_record_shown_for_correction_reads_back_as_it_was_saved(qtbot, desk, changes):
    from dataclasses import replace
    from datetime import UTC, datetime, timedelta, timezone

    from desk_app.domain.record import OnBehalfOf, Relation, Reporter, Staff
    from desk_app.ui.dialogs.correction import CorrectionForm
    from tests.conftest import complete_draft

    values: dict[str, object] = {
        "occurred_at": datetime(2026, 11, 20, 7, 15, tzinfo=timezone(timedelta(hours=1))),
        "language": "fa",
    }
    if changes.get("anonymous"):
        values.update(reporter=Reporter(anonymous=True), wants_reply=False, contact_ok=False)
    if changes.get("on_behalf"):
        values["on_behalf_of"] = OnBehalfOf(Relation.RELATIVE, "daughter of the resident")
    saved = desk.service.save(complete_draft(**values))

    form = CorrectionForm(desk.service, saved)
    qtbot.addWidget(form)

    read_back = form.draft()
    # The same moment (shown in the desk's local time), the same words and choices.
    assert read_back.occurred_at.astimezone(UTC) == saved.occurred_at.astimezone(UTC)
    assert read_back == replace(
        saved.as_draft(), received_by=Staff(staff_id=saved.received_by.staff_id)
    )
