"""An Open311 service's questions in the real window: a desk pointed at the reference server's
Open311 face shows the chosen service's attributes as typed fields under the category, refuses
to save without a required answer, and sends every answer as the standard's ``attribute[code]``
(a multivaluelist as ``attribute[code][]``), so the record is delivered, not left in Needs
attention. A case-api-v1 desk never shows the group."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from desk_app.domain.record import SyncState
from desk_app.ui.dialogs.record import RecordDialog
from desk_app.ui.main_window import MainWindow
from desk_app.ui.plumbing.i18n import use_language
from desk_app.ui.plumbing.theme import apply_theme
from tests.conftest import stored_forms
from tests.open311.conftest import open_open311_desk
from tests.sync.conftest import (  # noqa: F401  (fixtures used by the tests here)
    case_server,
    memory_keyring,
)
from tests.ui.conftest import choose_category, fill_every_question, question
from tests.ui.keyboard import type_complete_record

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def open311(tmp_path, case_server):  # noqa: F811
    """A desk speaking Open311 to the reference server, its services (and questions) fetched."""
    desk, sync = open_open311_desk(tmp_path / "desk", case_server)
    assert sync.run_once().categories_updated
    yield desk, sync
    sync.forget_client()
    desk.store.engine.dispose()


def open_window(qtbot, desk) -> MainWindow:
    window = MainWindow(desk.service)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


@pytest.fixture
def window(qtbot, open311) -> Iterator[MainWindow]:
    main_window = open_window(qtbot, open311[0])
    yield main_window
    main_window.form.clear()
    main_window.close()
    main_window.deleteLater()


def test_a_services_questions_appear_typed_and_labelled_under_the_category(qtbot, window):
    form = window.form
    group = form.attribute_fields
    assert not group.isVisible()
    choose_category(qtbot, form, "streets.repair")
    assert group.isVisible()
    codes = [q.attribute.code for q in group._questions]
    assert codes == ["depth_cm", "surface", "affected", "noticed_at", "lane", "details"]
    assert isinstance(question(form, "depth_cm").line, QLineEdit)
    assert question(form, "surface").combo is not None
    assert [box.text() for box in question(form, "affected").boxes] == [
        "Cars",
        "Cyclists",
        "Pedestrians",
    ]
    assert question(form, "noticed_at").when is not None
    assert question(form, "details").text is not None
    titles = {label.text() for label in group.findChildren(QLabel)}
    # Required ones say so in words, not only in colour: a "*" and the spoken description.
    assert {"How deep is the damage? *", "Road surface *", "Which lane?"} <= titles
    assert "If someone is hurt, call 112 first." in titles  # information, not a question
    assert "In centimetres, e.g. 8" in titles  # the service's hint about the answer
    depth = question(form, "depth_cm").line
    assert depth.accessibleName() == "How deep is the damage?"
    assert "Required." in depth.accessibleDescription()
    assert "Required." not in question(form, "lane").line.accessibleDescription()
    cyclists = question(form, "affected").boxes[1]
    assert cyclists.accessibleName() == "Who is affected?: Cyclists"
    # Keyboard order: the questions come right after the category, before the description.
    chain = form.input_order()
    assert chain[chain.index(form.category) + 1] is depth
    assert chain[chain.index(form.description) - 1] is question(form, "details").text
    form.category.lineEdit().setFocus()
    qtbot.keyClick(form.category.lineEdit(), Qt.Key.Key_Tab)
    assert depth.hasFocus()


def test_switching_category_replaces_the_questions_and_clear_empties_them(qtbot, window):
    form = window.form
    choose_category(qtbot, form, "streets.repair")
    qtbot.keyClicks(question(form, "lane").line, "northbound")
    assert form.is_dirty() and form.draft().attributes == {"lane": "northbound"}
    choose_category(qtbot, form, "streets.lighting")
    codes = [q.attribute.code for q in form.attribute_fields._questions]
    assert codes == ["pole_number"]  # desk_reference and kind: the desk fills those itself
    assert form.draft().attributes == {}
    choose_category(qtbot, form, "streets.snow")  # a service without questions
    assert not form.attribute_fields.isVisible()
    choose_category(qtbot, form, "streets.repair")
    qtbot.keyClicks(question(form, "lane").line, "bus lane")
    form.clear()
    assert not form.attribute_fields.isVisible() and form.draft().attributes == {}
    assert not form.is_dirty()


def test_a_required_answer_is_enforced_then_every_answer_reaches_the_server(
    qtbot,
    window,
    open311,
    case_server,  # noqa: F811
):
    desk, sync = open311
    form = window.form
    type_complete_record(qtbot, form)
    choose_category(qtbot, form, "streets.repair")

    assert form.save() is None  # refused: two required questions unanswered
    depth = question(form, "depth_cm")
    assert depth.error.isVisible() and "How deep is the damage?" in depth.error.text()
    assert question(form, "surface").error.isVisible()
    assert not question(form, "lane").error.isVisible()
    assert form.summary.isVisible() and "2 things to fix" in form.summary.text()
    assert depth.line.hasFocus()  # the first bad field, right under the category
    assert desk.service.search() == []

    qtbot.keyClicks(depth.line, "deep")  # not a number
    surface = question(form, "surface").combo
    surface.setCurrentIndex(surface.findData("gravel"))
    assert form.save() is None
    assert "number" in depth.error.text() and depth.line.hasFocus()
    assert desk.service.search() == []
    depth.line.clear()
    fill_every_question(qtbot, form)

    saved = form.save()
    assert saved is not None and not depth.error.isVisible()
    stored = desk.service.find(saved.reference)
    assert stored.attributes["depth_cm"] == "12"
    assert stored.attributes["affected"] == ("cyclists", "pedestrians")

    report = sync.run_once()
    assert report.delivered == 1 and report.needs_attention == 0
    delivered = desk.service.find(saved.reference)
    assert delivered.sync_state is SyncState.SYNCED
    # The server holds each datatype to the standard's form (a multivaluelist only as
    # attribute[code][], a number as a number) and refuses anything else with a 400.
    form_on_server = stored_forms(case_server)[delivered.case_number]
    answers = form_on_server["attributes"]
    assert answers["depth_cm"] == ["12"]
    assert answers["surface"] == ["gravel"]
    assert answers["affected"] == ["cyclists", "pedestrians"]
    assert answers["lane"] == ["northbound"]
    assert answers["details"] == ["Next to the bus stop, östra sidan"]
    (noticed,) = answers["noticed_at"]
    assert noticed.startswith("2026-11-25T07:30")
    assert "safety_note" not in answers  # information only: nothing to answer

    # The record view shows the answers by their questions.
    dialog = RecordDialog(desk.service, desk.service.find(saved.reference), window)
    qtbot.addWidget(dialog)
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "How deep is the damage?" in shown and "Cyclists, Pedestrians" in shown
    assert "Gravel" in shown


def test_a_correction_shows_the_stored_answers_in_their_fields(qtbot, window, open311):
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
    assert correcting.draft().attributes == saved.attributes
    assert question(correcting, "surface").combo.currentData() == "gravel"


def test_a_case_api_v1_desk_never_shows_the_questions(qtbot, desk):
    window = open_window(qtbot, desk)
    try:
        for category in desk.service.categories():
            window.form.category.setCurrentIndex(window.form.category.findData(category.code))
            assert not window.form.attribute_fields.isVisible(), category.code
        assert all(category.attributes == () for category in desk.service.categories())
    finally:
        window.form.clear()
        window.close()
        window.deleteLater()


@pytest.mark.parametrize("language", ["sv", "fa"])
def test_the_questions_lay_out_in_large_mode_left_to_right_and_right_to_left(
    qtbot, open311, language, tmp_path
):
    app = QApplication.instance()
    apply_theme(app, large=True)
    use_language(language)
    window = open_window(qtbot, open311[0])
    try:
        window.resize(1280, 720)
        form = window.form
        choose_category(qtbot, form, "streets.repair")
        form.save()  # shows the required questions' messages too
        QApplication.processEvents()
        group = form.attribute_fields
        assert group.isVisible()
        rtl = language == "fa"
        expected = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        assert group.layoutDirection() == expected
        # Nothing of the group is cut off sideways: each input is as wide as it needs.
        for widget in group.inputs():
            assert widget.width() >= min(widget.minimumSizeHint().width(), 200), widget
            inside = widget.mapTo(group, widget.rect().topRight()).x() <= group.width()
            assert inside and widget.mapTo(group, widget.rect().topLeft()).x() >= 0
        # The picture starts at the category, so the questions are seen under it.
        content = form.scroll_area.widget()
        top = form.category.mapTo(content, form.category.rect().topLeft()).y()
        form.scroll_area.verticalScrollBar().setValue(top - 8)
        QApplication.processEvents()
        folder = Path(os.environ.get("DESK_APP_SCREENSHOTS_DIR", tmp_path))
        assert window.grab().save(str(folder / f"open311-attributes-{language}.png"))
    finally:
        window.form.clear()
        window.close()
        window.deleteLater()
        use_language("sv")
        apply_theme(app)
