"""The visitor's rating screen in the real window: rated by keyboard alone in Swedish and by
touch in Persian (mirrored), the answers in the store's file; walking away keeps what was
answered; the desk's lock still works while the screen is up; after a save it is offered for
that record when the site wants it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from desk_app.app import Desk, open_desk
from desk_app.domain.identity import Worker
from desk_app.settings import load_settings
from desk_app.ui.main_window import MainWindow
from tests.conftest import RESIDENT_NAME, isolated_environ
from tests.ui.keyboard import type_complete_record, type_text

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


class Clock:
    """Monotonic seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


def stored_ratings(desk: Desk) -> list[dict[str, object]]:
    """The ratings table as the file holds it, read with plain sqlite3."""
    with sqlite3.connect(desk.paths.database) as connection:
        connection.row_factory = sqlite3.Row
        rows = [dict(row) for row in connection.execute("SELECT * FROM ratings ORDER BY rowid")]
    connection.close()
    return rows


def make_desk(tmp_path: Path, **settings: str) -> Desk:
    return open_desk(load_settings(environ=isolated_environ(tmp_path, **settings)))


def show_window(qtbot, desk: Desk, **options) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(desk.service, ratings=desk.ratings, **options)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def close_window(window: MainWindow) -> None:
    window.form.clear()
    window.close()
    window.deleteLater()


@pytest.fixture
def rating_desk(tmp_path: Path) -> Iterator[Desk]:
    desk = make_desk(tmp_path)
    yield desk
    desk.close()


@pytest.fixture
def window(qtbot, rating_desk: Desk) -> Iterator[MainWindow]:
    main_window = show_window(qtbot, rating_desk)
    yield main_window
    close_window(main_window)


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """A key as the person at the screen presses it: to whatever has the focus."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def open_by_keyboard(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    qtbot.keyClick(window.form.kind, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.rating_screen is not None)
    screen = window.rating_screen
    qtbot.waitUntil(screen.isVisible)
    return screen


def personal_text_on_screen(window: MainWindow) -> list[str]:
    """Texts of visible fields that hold what the worker typed about the resident."""
    return [
        field.text() if isinstance(field, QLineEdit) else field.toPlainText()
        for field in window.findChildren(QWidget)
        if isinstance(field, QLineEdit | QPlainTextEdit)
        and field.isVisible()
        and RESIDENT_NAME in (field.text() if isinstance(field, QLineEdit) else "")
    ]


def test_a_visitor_rates_a_visit_in_swedish_with_the_keyboard_only(qtbot, window, rating_desk):
    type_text(window.form.name, RESIDENT_NAME)  # a record half typed behind
    screen = open_by_keyboard(qtbot, window)
    # The screen covers the window: the form is hidden, its data nowhere on screen, no menu.
    assert not window.tabs.isVisible()
    assert personal_text_on_screen(window) == []
    assert not window.menuBar().isEnabled()
    assert screen.geometry() == window.rect()

    assert screen.language_buttons["sv"].hasFocus()
    press(qtbot, Qt.Key.Key_Return)  # Svenska has the focus
    assert screen.pages.currentWidget() is screen.question_page
    assert screen.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert screen.progress.text() == "Fråga 1 av 4"
    assert screen.question_label.text() == "Hur blev du bemött?"
    assert [button.text() for button in screen.face_buttons] == [
        "Mycket dåligt",
        "Dåligt",
        "Varken bra eller dåligt",
        "Bra",
        "Mycket bra",
    ]
    press(qtbot, Qt.Key.Key_4)  # treatment
    press(qtbot, Qt.Key.Key_2)  # answer
    press(qtbot, Qt.Key.Key_Escape)  # back to "answer": it shows the 2 chosen
    assert screen.progress.text() == "Fråga 2 av 4"
    assert screen.face_buttons[1].isChecked() and screen.face_buttons[1].hasFocus()
    # Tab walks the faces and Back, and stays on the page; Enter presses what has the focus.
    press(qtbot, Qt.Key.Key_Tab)
    assert screen.face_buttons[2].hasFocus()
    press(qtbot, Qt.Key.Key_Return)  # answer: 3 instead of 2
    press(qtbot, Qt.Key.Key_1)  # wait
    press(qtbot, Qt.Key.Key_5)  # overall
    assert screen.pages.currentWidget() is screen.comment_page
    assert screen.comment.hasFocus()
    type_text(screen.comment, "Trevlig personal")
    assert screen.comment_count.text() == "16 av 1\u00a0000 tecken"
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Send
    assert screen.pages.currentWidget() is screen.thanks_page
    assert screen.thanks_label.text() == "Tack för dina svar!"

    rows = stored_ratings(rating_desk)
    assert [(row["question"], row["score"]) for row in rows] == [
        ("treatment", 4),
        ("answer", 3),
        ("wait", 1),
        ("overall", 5),
    ]
    assert {row["language"] for row in rows} == {"sv"}
    assert [row["comment"] for row in rows] == ["", "", "", "Trevlig personal"]
    assert {row["staff_id"] for row in rows} == {None}  # not allowed by default
    assert {row["submission_id"] for row in rows} == {None}  # rated without a record

    press(qtbot, Qt.Key.Key_Return)  # the thank-you gives the desk back
    qtbot.waitUntil(lambda: window.rating_screen is None)
    assert window.tabs.isVisible() and window.menuBar().isEnabled()
    assert window.form.name.text() == RESIDENT_NAME  # the worker's typing is kept
    assert window.form.kind.hasFocus()


_TOUCH_SCREEN: list[object] = []  # one device for the whole run, as a real screen is


def touch(widget: QWidget) -> None:
    """A finger on ``widget`` and off again (Qt turns it into a click for a button)."""
    if not _TOUCH_SCREEN:
        _TOUCH_SCREEN.append(QTest.createTouchDevice())
    device = _TOUCH_SCREEN[0]
    centre = widget.rect().center()
    finger = len(_TOUCH_SCREEN)  # a new touch point ID per tap, as a screen gives
    _TOUCH_SCREEN.append(finger)
    # At a person's pace: two taps within the double-click time are one double tap.
    QTest.qWait(QApplication.styleHints().mouseDoubleClickInterval() + 100)
    QTest.touchEvent(widget, device, False).press(finger, centre, widget).commit()
    QTest.touchEvent(widget, device, False).release(finger, centre, widget).commit()


def test_a_visitor_rates_a_visit_in_persian_by_touch_and_the_screen_mirrors(
    qtbot, window, rating_desk
):
    # A touch lands only on the screen's own pixels: the window fits the (test) screen.
    window.resize(window.screen().availableGeometry().size().boundedTo(window.size()))
    window.move(window.screen().availableGeometry().topLeft())
    window.rate_action.trigger()  # the worker uses the menu
    screen = window.rating_screen
    qtbot.waitUntil(screen.isVisible)
    assert screen.language_buttons["fa"].text() == "فارسی"
    qtbot.mouseClick(screen.language_buttons["fa"], Qt.MouseButton.LeftButton)
    assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert screen.face_buttons[0].isRightToLeft()
    # Mirrored: "very bad" is at the right, where a Persian reader starts.
    very_bad, very_good = screen.face_buttons[0], screen.face_buttons[4]
    assert very_bad.mapTo(screen, QPoint(0, 0)).x() > very_good.mapTo(screen, QPoint(0, 0)).x()
    assert screen.progress.text() == "سؤال ۱ از ۴"
    assert screen.question_label.text() == "چگونه با شما رفتار شد؟"
    assert very_good.text() == "خیلی خوب"
    assert very_good.accessibleName() == "۵ از ۵: خیلی خوب"
    for button in screen.face_buttons:  # big enough for a finger
        assert button.width() >= 64 and button.height() >= 64

    # A finger on each face in turn: each answers and brings the next question.
    for number, score in enumerate((5, 4, 2, 5), start=1):
        assert screen.progress.text() == f"سؤال {'۰۱۲۳۴'[number]} از ۴"
        touch(screen.face_buttons[score - 1])
        qtbot.waitUntil(
            lambda n=number: (
                screen.index == n or screen.pages.currentWidget() is screen.comment_page
            )
        )
    assert screen.pages.currentWidget() is screen.comment_page
    touch(screen.skip_button)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.thanks_page)
    assert screen.thanks_label.text() == "از پاسخ‌های شما سپاسگزاریم!"

    rows = stored_ratings(rating_desk)
    assert [(row["question"], row["score"]) for row in rows] == [
        ("treatment", 5),
        ("answer", 4),
        ("wait", 2),
        ("overall", 5),
    ]
    assert {row["language"] for row in rows} == {"fa"}
    assert {row["comment"] for row in rows} == {""}
    # The worker's window kept its own language and direction all along.
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    touch(screen.done_button)
    qtbot.waitUntil(lambda: window.rating_screen is None)
    assert window.tabs.isVisible()


def test_a_visitor_who_walks_away_leaves_the_answers_given_and_the_form_returns(
    qtbot, window, rating_desk
):
    clock = Clock()
    window.rate_visit()
    screen = window.rating_screen
    # The test's own clock: the screen's idle watch reads it instead of waiting 30 s.
    screen.idle_watch.clock = clock
    screen.idle_watch.reset()
    screen.choose_language("en")
    screen.answer(2)
    screen.answer(4)
    screen.comment.setPlainText("not sent")  # typed on no page: only answers are kept
    clock.now += 29
    screen.idle_watch.check()
    assert window.rating_screen is screen and stored_ratings(rating_desk) == []
    clock.now += 1  # rating.return_after_seconds = 30 by default
    screen.idle_watch.check()
    qtbot.waitUntil(lambda: window.rating_screen is None)
    rows = stored_ratings(rating_desk)
    assert [(row["question"], row["score"], row["comment"]) for row in rows] == [
        ("treatment", 2, ""),
        ("answer", 4, ""),
    ]
    assert window.tabs.isVisible() and window.form.kind.hasFocus()


def test_a_screen_left_before_any_answer_stores_nothing(qtbot, window, rating_desk):
    clock = Clock()
    screen = window.rate_visit()
    screen.idle_watch.clock = clock
    screen.idle_watch.reset()
    screen.choose_language("ar")
    assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
    clock.now += 30
    screen.idle_watch.check()
    qtbot.waitUntil(lambda: window.rating_screen is None)
    assert stored_ratings(rating_desk) == []
    # And Escape on the first page gives the desk back at once, storing nothing.
    screen = window.rate_visit()
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.rating_screen is None)
    assert stored_ratings(rating_desk) == []


def test_the_desk_lock_still_works_over_the_rating_screen(qtbot, tmp_path):
    desk = make_desk(tmp_path, desk_sign_in="pin", desk_supervisors="anna.s")
    desk.identity.set_pin("anna.s", "2468", display_name="Anna Svensson", by=Worker("anna.s"))
    window = show_window(qtbot, desk, identity=desk.identity)
    try:
        lock_screen = window.desk_lock.screen
        lock_screen.worker.setCurrentIndex(lock_screen.worker.findData("anna.s"))
        type_text(lock_screen.pin, "2468")
        lock_screen.sign_in_button.click()
        qtbot.waitUntil(lambda: not window.desk_lock.is_locked)
        screen = window.rate_visit()
        screen.choose_language("sv")
        screen.answer(3)
        # The worker's idle lock (its own clock, moved by hand) comes over the visitor's screen.
        clock = Clock()
        watch = window.desk_lock.watch
        watch.clock = clock
        watch.reset()
        clock.now += watch.idle_seconds + 1
        watch.check()
        qtbot.waitUntil(lambda: window.rating_screen is None)
        assert not screen.isVisible() if _alive(screen) else True
        assert window.desk_lock.is_locked
        assert not window.tabs.isVisible()  # the lock screen, not the form, is in front
        assert not window.menuBar().isEnabled()
        assert [(row["question"], row["score"]) for row in stored_ratings(desk)] == [
            ("treatment", 3)
        ]
        assert window.rate_visit() is None  # no rating screen over a locked desk
    finally:
        close_window(window)
        desk.close()


def _alive(widget: QWidget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)


def test_after_a_save_the_site_can_offer_the_rating_for_that_record(qtbot, tmp_path):
    desk = make_desk(tmp_path, rating_offer_after_save="true", rating_attach_staff_id="true")
    window = show_window(qtbot, desk)
    try:
        type_complete_record(qtbot, window.form)
        qtbot.keyClick(
            window.form.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
        qtbot.waitUntil(lambda: window.last_receipt_dialog is not None)
        dialog = window.last_receipt_dialog
        reference = dialog.reference_label.text()
        qtbot.keyClick(dialog.next_button, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.rating_screen is not None)
        screen = window.rating_screen
        screen.choose_language("sv")
        for score in (5, 5, 4, 5):
            screen.answer(score)
        screen.skip()
        record = desk.service.find(reference)
        rows = stored_ratings(desk)
        assert len(rows) == 4
        assert {row["submission_id"] for row in rows} == {str(record.id)}
        # The site allows staff follow-up here: the worker who took the record.
        assert {row["staff_id"] for row in rows} == {record.received_by.staff_id}
    finally:
        close_window(window)
        desk.close()


def test_without_the_setting_a_save_does_not_turn_the_screen(qtbot, window):
    type_complete_record(qtbot, window.form)
    window.form.save()
    qtbot.waitUntil(lambda: window.last_receipt_dialog is not None)
    qtbot.keyClick(window.last_receipt_dialog.next_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.form.is_dirty())
    assert window.rating_screen is None


def test_a_comment_over_the_limit_is_not_cut_but_cannot_be_sent(qtbot, window, rating_desk):
    screen = window.rate_visit()
    screen.choose_language("en")
    for score in (4, 4, 4, 4):
        screen.answer(score)
    screen.comment.setPlainText("x" * 1001)
    assert not screen.send_button.isEnabled()
    assert "please shorten" in screen.comment_count.text()
    screen.send()
    assert stored_ratings(rating_desk) == []
    assert len(screen.comment.toPlainText()) == 1001  # nothing the visitor wrote is lost
    screen.comment.setPlainText("x" * 1000)
    screen.send()
    assert stored_ratings(rating_desk)[-1]["comment"] == "x" * 1000


def test_every_control_of_the_screen_has_an_accessible_name(qtbot, window):
    screen = window.rate_visit()
    for language in ("sv", "fa"):
        screen.choose_language(language)
        for page in (screen.language_page, screen.question_page, screen.comment_page):
            screen.pages.setCurrentWidget(page)
            for control in page.findChildren(QWidget):
                if control.focusPolicy() & Qt.FocusPolicy.TabFocus and control.isVisible():
                    assert control.accessibleName(), (language, control)


@pytest.mark.parametrize("language", ["sv", "fa"])
def test_screenshots_of_each_page(qtbot, window, language):
    """Pictures for the README and for a person to look at (docs/screenshots/rating-*)."""
    window.resize(1280, 720)
    screen = window.rate_visit()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def shoot(name: str) -> None:
        qtbot.wait(500)
        image = window.grab().toImage()
        assert not image.isNull()
        image.save(str(SCREENSHOTS / f"rating-{name}-{language}.png"))

    shoot("language")
    screen.choose_language(language)
    screen.answer(4)
    shoot("question")
    for score in (3, 2, 5):
        screen.answer(score)
    type_text(screen.comment, "Bra bemötande" if language == "sv" else "برخورد خوبی داشتند")
    shoot("comment")
    screen.skip()
    shoot("thanks")


def test_quitting_while_a_visitor_rates_keeps_the_answers_given(qtbot, tmp_path):
    desk = make_desk(tmp_path)
    window = show_window(qtbot, desk)
    try:
        screen = window.rate_visit()
        screen.choose_language("en")
        screen.answer(1)
        window.close()
        assert window.rating_screen is None
        assert [(row["question"], row["score"]) for row in stored_ratings(desk)] == [
            ("treatment", 1)
        ]
    finally:
        window.deleteLater()
        desk.close()


def test_each_saved_visit_is_announced_once_and_a_visit_without_answers_not_at_all(
    qtbot, window, rating_desk
):
    announced: list[None] = []
    screen = window.rate_visit()
    window.rating_operations.ratings_changed.connect(lambda: announced.append(None))
    screen.give_back()  # nothing answered
    qtbot.waitUntil(lambda: window.rating_screen is None)
    assert announced == []
    for _visit in range(2):
        screen = window.rate_visit()
        screen.choose_language("sv")
        for score in (2, 3, 4, 5):
            screen.answer(score)
        screen.send()
        screen.give_back()
        qtbot.waitUntil(lambda: window.rating_screen is None)
    assert len(announced) == 2
    assert len({row["visit_id"] for row in stored_ratings(rating_desk)}) == 2


def double_tap(widget: QWidget) -> None:
    """What Qt gives a widget for two presses in quick succession: press, release, then a
    double click (in place of the second press) and a release."""
    centre = QPointF(widget.rect().center())
    for kind in (
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseButtonRelease,
    ):
        pressed = kind != QEvent.Type.MouseButtonRelease
        buttons = Qt.MouseButton.LeftButton if pressed else Qt.MouseButton.NoButton
        QApplication.sendEvent(
            widget,
            QMouseEvent(
                kind,
                centre,
                widget.mapToGlobal(centre),
                Qt.MouseButton.LeftButton,
                buttons,
                Qt.KeyboardModifier.NoModifier,
            ),
        )


def test_a_double_tap_on_a_face_answers_one_question_not_two(qtbot, window, rating_desk):
    screen = window.rate_visit()
    screen.choose_language("sv")
    # The faces stand in the same place on every question: a double tap (an impatient or
    # shaky finger) lands its second press on the next question, which it must not answer.
    double_tap(screen.face_buttons[4])
    assert screen.index == 1 and screen.pages.currentWidget() is screen.question_page
    assert screen.answers == {screen.questions[0]: 5}
    # The second press of a double tap on a language button lands on a face: no answer.
    screen.back()
    screen.back()
    assert screen.pages.currentWidget() is screen.language_page
    screen.language_buttons["en"].click()
    screen.face_buttons[0].event(
        QMouseEvent(
            QEvent.Type.MouseButtonDblClick,
            QPointF(screen.face_buttons[0].rect().center()),
            QPointF(screen.face_buttons[0].mapToGlobal(screen.face_buttons[0].rect().center())),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    assert screen.index == 0 and screen.answers == {screen.questions[0]: 5}
    # A single press later answers as ever.
    qtbot.mouseClick(screen.face_buttons[2], Qt.MouseButton.LeftButton)
    assert screen.index == 1
    assert list(screen.answers.values()) == [3]


def test_a_key_held_down_takes_one_step_not_all(qtbot, window, rating_desk):
    screen = window.rate_visit()
    screen.choose_language("sv")
    target = QApplication.focusWidget()
    # A key held down repeats: the repeats must not run through the remaining questions.
    qtbot.keyPress(target, Qt.Key.Key_3)
    for _repeat in range(5):
        QApplication.sendEvent(
            QApplication.focusWidget(),
            QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_3, Qt.KeyboardModifier.NoModifier, "3", True
            ),
        )
    assert screen.index == 1 and screen.pages.currentWidget() is screen.question_page
    assert list(screen.answers.values()) == [3]
    # Escape held down goes back one step, not past the first page and away.
    qtbot.keyPress(QApplication.focusWidget(), Qt.Key.Key_Escape)
    for _repeat in range(5):
        QApplication.sendEvent(
            QApplication.focusWidget(),
            QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier, "", True
            ),
        )
    assert window.rating_screen is screen and screen.index == 0
    assert screen.pages.currentWidget() is screen.question_page


def test_a_database_that_refuses_writes_tells_the_visitor_and_the_worker(
    qtbot, window, rating_desk
):
    from sqlalchemy import event

    from tests.ui.dialogs import answer_next_message_box

    type_text(window.form.name, RESIDENT_NAME)  # the worker's record, half typed behind
    engine = rating_desk.store.engine
    engine.dispose()

    def read_only(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.execute("PRAGMA query_only=ON")  # SQLite refuses every write

    event.listen(engine, "connect", read_only)
    screen = window.rate_visit()
    screen.choose_language("en")
    for score in (4, 4, 4, 4):
        screen.answer(score)
    screen.comment.setPlainText("Kind staff")
    screen.send()
    assert screen.thanks_label.text() == (
        "Sorry, your answers could not be saved. Please tell the staff."
    )
    assert stored_ratings(rating_desk) == []
    # The worker, back at the desk, is told too: not only the visitor who walked away.
    shown = answer_next_message_box(QMessageBox.StandardButton.Ok)
    screen.give_back()
    qtbot.waitUntil(lambda: bool(shown))
    assert "rating could not be saved" in shown[0] and "IT support" in shown[0]
    assert "Kind staff" not in shown[0]  # the visitor's words are not the worker's to read
    assert window.form.name.text() == RESIDENT_NAME  # nothing lost from the form
    assert window.rating_screen is None and window.tabs.isVisible()

    event.remove(engine, "connect", read_only)
    engine.dispose()
    screen = window.rate_visit()  # space again: the next visitor's rating is kept
    screen.choose_language("en")
    for score in (5, 5, 5, 5):
        screen.answer(score)
    screen.send()
    assert len(stored_ratings(rating_desk)) == 4


def test_a_comment_typed_on_an_on_screen_keyboard_keeps_the_screen_up(qtbot, window, rating_desk):
    clock = Clock()
    screen = window.rate_visit()
    screen.idle_watch.clock = clock
    screen.idle_watch.reset()
    screen.choose_language("fa")
    for score in (4, 4, 4, 4):
        screen.answer(score)
    assert screen.comment.hasFocus()
    # An on-screen keyboard or an input method types by committing text, not by key presses:
    # a visitor writing slowly on a touch screen is not idle.
    for word in ("برخورد ", "خوبی ", "داشتند"):
        clock.now += 20
        event = QInputMethodEvent()
        event.setCommitString(word)
        QApplication.sendEvent(screen.comment, event)
        screen.idle_watch.check()
    assert window.rating_screen is screen
    assert screen.comment.toPlainText() == "برخورد خوبی داشتند"
    # Left alone for the whole idle time, it still goes back to the desk by itself.
    clock.now += 30
    screen.idle_watch.check()
    qtbot.waitUntil(lambda: window.rating_screen is None)


@pytest.mark.parametrize(("theme", "large"), [("standard", False), ("high_contrast", True)])
def test_every_button_a_visitor_may_touch_is_64_px_and_fits_1280_by_720(
    qtbot, qapp, tmp_path, theme, large
):
    from PySide6.QtWidgets import QAbstractButton

    from desk_app.ui.plumbing.theme import apply_theme

    apply_theme(qapp, theme=theme, large=large)
    desk = make_desk(tmp_path)
    window = show_window(qtbot, desk)
    try:
        window.resize(1280, 720)
        screen = window.rate_visit()
        screen.choose_language("fa")
        for page in (
            screen.language_page,
            screen.question_page,
            screen.comment_page,
            screen.thanks_page,
        ):
            screen.pages.setCurrentWidget(page)
            qtbot.waitUntil(page.isVisible)
            for button in page.findChildren(QAbstractButton):
                if not button.isVisible():
                    continue
                where = button.mapTo(window, button.rect().bottomRight())
                assert button.width() >= 64 and button.height() >= 64, (theme, button.text())
                assert where.x() < 1280 and where.y() < 720, (theme, button.text())
    finally:
        close_window(window)
        desk.close()
        apply_theme(qapp)  # the theme is app-wide: leave the standard one for other tests


@pytest.mark.parametrize("language", ["fa", "ar"])
def test_a_comment_in_persian_or_arabic_starts_at_the_right_edge(qtbot, window, language):
    window.resize(1280, 720)
    screen = window.rate_visit()
    screen.choose_language(language)
    for score in (4, 4, 4, 4):
        screen.answer(score)
    qtbot.waitUntil(screen.comment.isVisible)
    middle = screen.comment.viewport().width() / 2
    # Empty, the caret waits where a right-to-left writer starts.
    assert screen.comment.cursorRect().x() > middle
    type_text(screen.comment, "خوب")
    assert screen.comment.cursorRect().x() > middle  # and the words run from there
    # Back to the first page and on in Swedish: the field starts at the left again.
    while screen.pages.currentWidget() is not screen.language_page:
        screen.back()
    screen.choose_language("sv")
    for score in (4, 4, 4, 4):
        screen.answer(score)
    screen.comment.clear()
    assert screen.comment.cursorRect().x() < middle
