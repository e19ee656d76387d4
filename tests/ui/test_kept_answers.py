"""Answers to questions an Open311 service drops after a record was saved survive a correction.

A worker saves a record in the real window with every question of ``streets.repair`` answered;
the reference server then drops two questions (``lane``, ``affected``) and makes a new one
required, so the next sync caches the new definition and the server refuses the record. The
worker corrects it the way the app offers (record view, "Correct and send again"): the dropped
answers are shown read-only, marked as no longer asked, and the record read back from the
SQLite store still holds them; they are sent again as the sync sends any stored answer, shown
in the record view and the right-of-access copy, and erased with the personal data.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desk_app.domain.record import SyncState
from desk_app.services.privacy import describe
from desk_app.ui.dialogs.record import RecordDialog
from desk_app.ui.main_window import MainWindow
from tests.conftest import stored_forms
from tests.open311.conftest import face_of, open_open311_desk
from tests.sync.conftest import (  # noqa: F401  (fixtures used by the tests here)
    case_server,
    memory_keyring,
)
from tests.ui.conftest import choose_category, fill_every_question, question
from tests.ui.keyboard import type_complete_record

POTHOLES = {
    "variable": True,
    "code": "pothole_count",
    "datatype": "number",
    "required": True,
    "datatype_description": "",
    "order": 7,
    "description": "How many potholes?",
    "values": [],
}


@pytest.fixture
def open311(tmp_path, case_server):  # noqa: F811
    """A desk speaking Open311 to the reference server, its services (and questions) fetched."""
    desk, sync = open_open311_desk(tmp_path / "desk", case_server)
    assert sync.run_once().categories_updated
    yield desk, sync
    sync.forget_client()
    desk.store.engine.dispose()


@pytest.fixture
def window(qtbot, open311) -> Iterator[MainWindow]:
    main_window = MainWindow(open311[0].service)
    main_window.show()
    qtbot.waitExposed(main_window)
    yield main_window
    main_window.form.clear()
    main_window.close()
    main_window.deleteLater()


def shown_texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def test_a_correction_keeps_the_answers_to_questions_the_service_dropped(
    qtbot,
    window,
    open311,
    case_server,  # noqa: F811
):
    desk, sync = open311
    form = window.form
    type_complete_record(qtbot, form)
    choose_category(qtbot, form, "streets.repair")
    fill_every_question(qtbot, form)
    saved = form.save()
    assert saved is not None
    assert saved.attributes["lane"] == "northbound"
    assert saved.attributes["affected"] == ("cyclists", "pedestrians")

    # The case system changes the service: two questions gone, a new required one.
    repair = face_of(case_server).attributes["streets.repair"]
    repair[:] = [item for item in repair if item["code"] not in ("lane", "affected")]
    repair.append(POTHOLES)
    sync.run_once()
    sync.run_once()  # the categories are cached whether fetched before or after sending
    refused = desk.service.find(saved.reference)
    assert refused.sync_state is SyncState.NEEDS_ATTENTION
    assert "pothole_count" in refused.sync_reason
    asked = {a.code for c in desk.service.categories() for a in c.attributes}
    assert "pothole_count" in asked and not {"lane", "affected"} & asked

    # The worker opens the record and corrects it, as the app offers.
    view = RecordDialog(window.operations, refused, window)
    qtbot.addWidget(view)
    dialog = view.correct()
    correcting = dialog.form
    group = correcting.attribute_fields
    assert [q.attribute.code for q in group._questions] == [
        "depth_cm",
        "surface",
        "noticed_at",
        "details",
        "pothole_count",
    ]
    assert question(correcting, "depth_cm").line.text() == "12"  # still asked: in its field
    texts = shown_texts(group)
    # The dropped ones: read-only, marked, under the code they were given under.
    assert "\u2068lane\u2069 (no longer asked)" in texts and "northbound" in texts
    assert "\u2068affected\u2069 (no longer asked)" in texts
    assert "cyclists, pedestrians" in texts
    assert correcting.draft().kept_answers == {
        "lane": "northbound",
        "affected": ("cyclists", "pedestrians"),
    }
    qtbot.keyClicks(question(correcting, "pothole_count").line, "3")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(correcting.save_button, Qt.MouseButton.LeftButton)

    # Read back from the SQLite store: nothing recorded was lost, the new answer is there.
    stored = desk.store.get(saved.reference)
    assert stored.sync_state is SyncState.PENDING
    assert stored.attributes["lane"] == "northbound"
    assert stored.attributes["affected"] == ("cyclists", "pedestrians")
    assert stored.attributes["pothole_count"] == "3"
    assert stored.attributes["depth_cm"] == "12" and stored.attributes["surface"] == "gravel"
    assert stored.attributes["details"] == saved.attributes["details"]

    # The record view and the right-of-access copy still show them.
    after = RecordDialog(window.operations, stored, window)
    qtbot.addWidget(after)
    shown = " ".join(label.text() for label in after.findChildren(QLabel))
    assert "\u2068lane\u2069 (no longer asked)" in shown and "northbound" in shown
    rows = dict(describe(stored))
    assert rows["Answer 'lane'"] == "northbound"
    assert rows["Answer 'affected'"] == "cyclists, pedestrians"

    # Sent again as the sync sends every stored answer: the server takes the record (its
    # Open311 face, like GeoReport v2 servers, ignores attribute codes it does not define).
    report = sync.run_once()
    assert report.delivered == 1 and report.needs_attention == 0
    delivered = desk.store.get(saved.reference)
    assert delivered.sync_state is SyncState.SYNCED
    answers_on_server = stored_forms(case_server)[delivered.case_number]["attributes"]
    assert answers_on_server["pothole_count"] == ["3"]
    assert answers_on_server["lane"] == ["northbound"]

    # Erased with the personal data, like every answer.
    assert desk.privacy.erase(saved.reference) is not None
    assert desk.store.get(saved.reference).attributes == {}


def test_a_correction_moved_to_another_category_keeps_the_answers_and_moving_back_restores_them(
    qtbot, window, open311
):
    from desk_app.ui.dialogs.correction import CorrectionForm

    desk, _sync = open311
    form = window.form
    type_complete_record(qtbot, form)
    choose_category(qtbot, form, "streets.repair")
    fill_every_question(qtbot, form)
    saved = form.save()
    assert saved is not None
    correcting = CorrectionForm(desk.service, desk.service.find(saved.reference))
    qtbot.addWidget(correcting)

    choose_category(qtbot, correcting, "streets.lighting")
    moved = correcting.draft()
    # Another service's questions now; what the resident said about the road stays on record.
    assert moved.attributes == {} and moved.kept_answers == saved.attributes
    assert "northbound" in shown_texts(correcting.attribute_fields)

    choose_category(qtbot, correcting, "streets.repair")
    back = correcting.draft()
    assert back.attributes == saved.attributes and back.kept_answers == {}
    assert question(correcting, "lane").line.text() == "northbound"
