"""The screen a visitor rates their visit on, turned towards them (issue 11, "Insight").

It covers the whole window while the visitor faces it: the worker's form and queue are hidden
(no resident's data on screen, in the accessibility tree or in the Tab chain) and the menu is
off. Pages: the visitor's language (sv, en, fa, ar, each named in itself), one question at a
time with five faces and a word under each, an optional comment, then a thank-you that gives
the desk back by itself. Persian and Arabic mirror this screen alone; the worker's window keeps
the worker's language (see rating_words).

Keyboard: 1–5 answer (1–4 pick a language on the first page), Enter presses the button with
the focus, Escape goes back a step (on the first page it gives the desk back), Tab stays
within the page. After ``rating.return_after_seconds`` without input the desk comes back by
itself; the answers given so far are saved then if there is at least one (a visitor who
walked away after two questions still told us two things), but a comment not sent is not.
The same happens when the desk locks while the screen is up.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.messages import message_of
from desk_app.domain.rating import (
    HIGHEST_SCORE,
    LOWEST_SCORE,
    MAX_COMMENT_CHARS,
    RatedVisit,
    RatingInvalid,
)
from desk_app.domain.record import Submission
from desk_app.domain.statistics import Question
from desk_app.services import StoreError
from desk_app.ui.plumbing.accessibility import describe
from desk_app.ui.plumbing.i18n import localized
from desk_app.ui.plumbing.idle_lock import IdleWatch
from desk_app.ui.plumbing.rating_operations import RatingOperations
from desk_app.ui.plumbing.window_cover import WindowCover
from desk_app.ui.screens import rating_words as words_of
from desk_app.ui.screens.rating_words import VISITOR_LANGUAGES, VisitorWords, face_icon

logger = logging.getLogger(__name__)

FACE_ICON_PX = 88
# Touch targets well above the 44 px of large mode: a visitor taps standing, maybe in gloves.
FACE_BUTTON_MIN = QSize(140, 160)
LANGUAGE_BUTTON_MIN = QSize(160, 80)
TOUCH_TARGET_PX = 64  # every button of this screen, the worker's way out too
# The large mode's style sheet gives every QPushButton a min-height of its own, which wins
# over setMinimumSize: this screen's sheet (nearer, so stronger) keeps its buttons big in
# every theme. Content heights: the theme adds its padding and border around them.
_TOUCH_SHEET = (
    f"QPushButton {{ min-height: {TOUCH_TARGET_PX}px; }}"
    f' QPushButton[visitorLanguage="true"] {{ min-height: {LANGUAGE_BUTTON_MIN.height()}px; }}'
)
THANKS_SECONDS = 5  # long enough to read "thank you", short enough not to keep the queue


class CommentEdit(QPlainTextEdit):
    """The comment field: Tab leaves it, Ctrl+Enter sends."""

    submitted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class FaceButton(QToolButton):
    """One face: a press answers once; the second press of a double tap is not an answer.

    The faces stand in the same place on every question, and the language buttons above
    them: the second press of a double tap (an impatient or shaky finger) would land on the
    next question and answer it unread. Qt delivers that press as a double click (within the
    system's double-click time, far less than reading a question takes), which a QWidget
    turns into a press by default; here it is swallowed.
    """

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()


class RatingScreen(QWidget):
    """One visit's rating, from the choice of language to the thank-you."""

    closed = Signal(object)  # the RatedVisit saved, or None when nothing was

    def __init__(
        self,
        operations: RatingOperations,
        *,
        after: Submission | None = None,
        parent: QWidget | None = None,
        clock: Callable[[], float] = time.monotonic,
        check_every_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.operations = operations
        self.after = after
        self.questions: tuple[Question, ...] = operations.ratings.questions
        self.answers: dict[Question, int] = {}
        self.index = 0
        self.words = VisitorWords("sv")
        self.saved_visit: RatedVisit | None = None
        self.save_failed = False
        self._save_error = ""  # why, for the worker (never the visitor's comment)
        self._done = False
        self._cover: WindowCover | None = None
        self.setObjectName("ratingScreen")
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.setStyleSheet(_TOUCH_SHEET)

        self.pages = QStackedWidget()
        self._build_language_page()
        self._build_question_page()
        self._build_comment_page()
        self._build_thanks_page()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.pages)

        self.idle_watch = IdleWatch(
            float(operations.ratings.return_after_seconds),
            self,
            clock=clock,
            check_every_ms=check_every_ms,
        )
        self.idle_watch.idle.connect(self._idle)
        # An on-screen keyboard or an input method types by committing text, without a key
        # press the idle watch would see: a visitor writing is not idle.
        self.comment.textChanged.connect(self.idle_watch.reset)
        self.thanks_timer = QTimer(self)
        self.thanks_timer.setSingleShot(True)
        self.thanks_timer.setInterval(
            min(THANKS_SECONDS, operations.ratings.return_after_seconds) * 1000
        )
        self.thanks_timer.timeout.connect(self.give_back)
        self._show_words()

    # --- building -------------------------------------------------------------------------

    def _build_language_page(self) -> None:
        self.language_page = page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        # The invitation in every language offered, each line in its own direction.
        self.invitations: dict[str, QLabel] = {}
        for code in VISITOR_LANGUAGES:
            label = QLabel(VisitorWords(code)(words_of.CHOOSE_LANGUAGE))
            label.setLayoutDirection(VisitorWords(code).direction)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            _scale_font(label, 1.5)
            self.invitations[code] = label
            layout.addWidget(label)
        row = QHBoxLayout()
        self.language_buttons: dict[str, QPushButton] = {}
        for code, name in VISITOR_LANGUAGES.items():
            button = QPushButton(name)
            button.setMinimumSize(LANGUAGE_BUTTON_MIN)
            button.setProperty("visitorLanguage", True)
            _scale_font(button, 1.6)
            # Spoken in the language it names: that visitor is the one who needs it.
            describe(button, name, VisitorWords(code)(words_of.CHOOSE_LANGUAGE))
            button.clicked.connect(lambda _checked=False, chosen=code: self.choose_language(chosen))
            self.language_buttons[code] = button
            row.addWidget(button)
        layout.addSpacing(24)
        layout.addLayout(row)
        layout.addStretch(1)
        self.cancel_button = QPushButton()
        self.cancel_button.setMinimumHeight(TOUCH_TARGET_PX)  # the worker's way out, by touch
        self.cancel_button.clicked.connect(self.give_back)
        cancel_row = QHBoxLayout()
        cancel_row.addStretch(1)
        cancel_row.addWidget(self.cancel_button)
        layout.addLayout(cancel_row)
        self.pages.addWidget(page)

    def _build_question_page(self) -> None:
        self.question_page = page = QWidget()
        layout = QVBoxLayout(page)
        self.progress = QLabel()
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        _scale_font(self.progress, 1.3)
        self.question_label = QLabel()
        self.question_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.question_label.setWordWrap(True)
        _scale_font(self.question_label, 2.0, bold=True)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(self.question_label)
        layout.addSpacing(32)
        row = QHBoxLayout()
        row.setSpacing(16)
        # No QButtonGroup: Qt makes a group's buttons one Tab stop whose arrow keys answer by
        # themselves. Each face is its own Tab stop; only a digit or a press answers.
        self.face_buttons: list[FaceButton] = []
        outline = self.palette().color(QPalette.ColorRole.WindowText)
        for score in range(LOWEST_SCORE, HIGHEST_SCORE + 1):
            button = FaceButton()
            button.setCheckable(True)
            button.setIcon(face_icon(score, FACE_ICON_PX, outline))
            button.setIconSize(QSize(FACE_ICON_PX, FACE_ICON_PX))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setMinimumSize(FACE_BUTTON_MIN)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            _scale_font(button, 1.5)
            button.clicked.connect(lambda _checked=False, given=score: self.answer(given))
            self.face_buttons.append(button)
            row.addWidget(button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.back_button = QPushButton()
        self.back_button.setMinimumSize(QSize(140, 56))
        _scale_font(self.back_button, 1.3)
        self.back_button.clicked.connect(self.back)
        back_row = QHBoxLayout()
        back_row.addWidget(self.back_button)
        back_row.addStretch(1)
        layout.addLayout(back_row)
        self.pages.addWidget(page)

    def _build_comment_page(self) -> None:
        self.comment_page = page = QWidget()
        layout = QVBoxLayout(page)
        self.comment_title = QLabel()
        self.comment_title.setWordWrap(True)
        _scale_font(self.comment_title, 1.6, bold=True)
        self.comment_hint = QLabel()
        self.comment_hint.setWordWrap(True)
        _scale_font(self.comment_hint, 1.2)
        self.comment = CommentEdit()
        _scale_font(self.comment, 1.3)
        self.comment.textChanged.connect(self._comment_changed)
        self.comment.submitted.connect(self.send)
        self.comment_title.setBuddy(self.comment)
        self.comment_count = QLabel()
        _scale_font(self.comment_count, 1.1)
        self.comment_back = QPushButton()
        self.comment_back.clicked.connect(self.back)
        self.skip_button = QPushButton()
        self.skip_button.clicked.connect(self.skip)
        self.send_button = QPushButton()
        self.send_button.clicked.connect(self.send)
        for button in (self.comment_back, self.skip_button, self.send_button):
            button.setMinimumSize(QSize(140, 56))
            _scale_font(button, 1.3)
        layout.addWidget(self.comment_title)
        layout.addWidget(self.comment_hint)
        layout.addWidget(self.comment, 1)
        layout.addWidget(self.comment_count)
        row = QHBoxLayout()
        row.addWidget(self.comment_back)
        row.addStretch(1)
        row.addWidget(self.skip_button)
        row.addWidget(self.send_button)
        layout.addLayout(row)
        self.pages.addWidget(page)

    def _build_thanks_page(self) -> None:
        self.thanks_page = page = QWidget()
        layout = QVBoxLayout(page)
        self.thanks_label = QLabel()
        self.thanks_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks_label.setWordWrap(True)
        _scale_font(self.thanks_label, 2.2, bold=True)
        self.thanks_hint = QLabel()
        self.thanks_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks_hint.setWordWrap(True)
        _scale_font(self.thanks_hint, 1.2)
        self.done_button = QPushButton()
        self.done_button.setMinimumSize(QSize(160, 56))
        _scale_font(self.done_button, 1.3)
        self.done_button.clicked.connect(self.give_back)
        layout.addStretch(1)
        layout.addWidget(self.thanks_label)
        layout.addWidget(self.thanks_hint)
        layout.addSpacing(24)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.done_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.pages.addWidget(page)

    # --- words ----------------------------------------------------------------------------

    def _show_words(self) -> None:
        """Every text of the pages after the first, in the visitor's language."""
        say = self.words
        self.setLayoutDirection(say.direction)
        self.cancel_button.setText(self.tr("Back to the desk"))
        describe(
            self.cancel_button,
            self.tr("Back to the desk"),
            self.tr("Give the screen back to the staff without rating (Escape)."),
        )
        self.setAccessibleName(say(words_of.CHOOSE_LANGUAGE))
        for score, button in enumerate(self.face_buttons, start=LOWEST_SCORE):
            button.setText(say.score_word(score))
            describe(button, say.face_description(score), say(words_of.ANSWER_HELP))
        self.back_button.setText(say(words_of.BACK))
        describe(self.back_button, say(words_of.BACK), say(words_of.BACK_HELP))
        self.comment_back.setText(say(words_of.BACK))
        describe(self.comment_back, say(words_of.BACK), say(words_of.BACK_HELP))
        self.comment_title.setText(say(words_of.COMMENT_TITLE))
        self.comment_hint.setText(say(words_of.COMMENT_HINT))
        describe(self.comment, say(words_of.COMMENT_NAME), say(words_of.COMMENT_HINT))
        # A plain text field does not follow the screen's mirroring: a Persian or Arabic
        # visitor's caret and lines start at the right edge only when told so, absolutely.
        option = self.comment.document().defaultTextOption()
        option.setTextDirection(say.direction)
        edge = (
            Qt.AlignmentFlag.AlignRight
            if say.direction == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        option.setAlignment(edge | Qt.AlignmentFlag.AlignAbsolute)
        self.comment.document().setDefaultTextOption(option)
        self.send_button.setText(say(words_of.SEND))
        describe(self.send_button, say(words_of.SEND), say(words_of.SEND_HELP))
        self.skip_button.setText(say(words_of.SKIP))
        describe(self.skip_button, say(words_of.SKIP), say(words_of.SKIP_HELP))
        self.done_button.setText(say(words_of.DONE))
        describe(self.done_button, say(words_of.DONE), say(words_of.DONE_HELP))
        self.thanks_hint.setText(say(words_of.THANKS_HINT))
        self._show_question()
        self._comment_changed()

    def _show_question(self) -> None:
        say = self.words
        question = self.questions[self.index]
        self.progress.setText(
            say(words_of.PROGRESS, number=self.index + 1, count=len(self.questions))
        )
        self.question_label.setText(say(words_of.QUESTIONS[question]))
        self.question_page.setAccessibleName(self.question_label.text())
        # The face chosen before (after Back) shows as chosen; otherwise none.
        for score, button in enumerate(self.face_buttons, start=LOWEST_SCORE):
            button.setChecked(self.answers.get(question) == score)

    def _comment_changed(self) -> None:
        count = len(self.comment.toPlainText())
        too_long = count > MAX_COMMENT_CHARS
        template = words_of.COMMENT_TOO_LONG if too_long else words_of.COMMENT_COUNT
        self.comment_count.setText(self.words(template, count=count, limit=MAX_COMMENT_CHARS))
        # Never cut the visitor's words silently: they see the count and shorten them.
        self.send_button.setEnabled(not too_long)

    # --- the visitor's steps --------------------------------------------------------------

    def choose_language(self, code: str) -> None:
        """Show the questions in ``code`` (mirrored for Persian and Arabic)."""
        self.words = VisitorWords(code)
        self.index = 0
        self._show_words()
        self._go(self.question_page)

    def answer(self, score: int) -> None:
        """Answer the question on screen and move to the next (or to the comment)."""
        if self.pages.currentWidget() is not self.question_page:
            return
        self.answers[self.questions[self.index]] = score
        if self.index + 1 < len(self.questions):
            self.index += 1
            self._show_question()
            self._go(self.question_page)  # the focus on the face chosen before, if any
        else:
            self._go(self.comment_page)

    def back(self) -> None:
        """One step back: the previous question, or the choice of language."""
        page = self.pages.currentWidget()
        if page is self.comment_page:
            self._show_question()
            self._go(self.question_page)
        elif page is self.question_page and self.index > 0:
            self.index -= 1
            self._show_question()
            self._go(self.question_page)
        elif page is self.question_page:
            self._go(self.language_page)

    def send(self) -> None:
        """Save the answers with the comment and thank the visitor."""
        if self.send_button.isEnabled():
            self._finish(self.comment.toPlainText())

    def skip(self) -> None:
        """Save the answers without a comment and thank the visitor."""
        self._finish("")

    def _finish(self, comment: str) -> None:
        self._save(comment)
        say = self.words
        self.thanks_label.setText(say(words_of.NOT_SAVED if self.save_failed else words_of.THANKS))
        self._go(self.thanks_page)
        self.thanks_timer.start()

    def _save(self, comment: str) -> None:
        if self.saved_visit is not None or not self.answers:
            return
        # In the order asked, whatever order Back and forth left them in.
        ordered = {q: self.answers[q] for q in self.questions if q in self.answers}
        try:
            self.saved_visit = self.operations.save(
                ordered, language=self.words.language, comment=comment, after=self.after
            )
        except (StoreError, RatingInvalid) as error:
            # The visitor is told to tell the staff; the log says why, without the comment.
            logger.error("A rating could not be saved: %s", type(error).__name__)
            self.save_failed = True
            self._save_error = localized(message_of(error))

    def _go(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        first = {
            self.language_page: self.language_buttons["sv"],
            self.comment_page: self.comment,
            self.thanks_page: self.done_button,
        }.get(page)
        if page is self.question_page:
            chosen = self.answers.get(self.questions[self.index], LOWEST_SCORE)
            first = self.face_buttons[chosen - LOWEST_SCORE]
        if first is not None:
            first.setFocus()

    def _idle(self) -> None:
        # The visitor walked away: keep what they answered, give the desk back.
        self.leave()

    def leave(self) -> None:
        """Close now, keeping the answers given so far (not a comment that was not sent)."""
        if self.pages.currentWidget() is not self.thanks_page:
            self._save("")
        self.give_back()

    def desk_locked_changed(self, locked: bool) -> None:
        """The desk locked while the visitor faced this screen: keep the answers, close."""
        if locked:
            self.leave()

    # --- covering the window --------------------------------------------------------------

    def cover(self, window: QMainWindow, content: QWidget) -> None:
        """Cover ``window`` with this screen; hide ``content`` (the tabs) until it closes."""
        self._cover = WindowCover(window, content, self)
        self._cover.lay()
        self.idle_watch.start()
        self._go(self.language_page)

    def give_back(self) -> None:
        """Close this screen and show the worker's window as it was (once)."""
        if self._done:
            return
        self._done = True
        self.idle_watch.stop()
        self.thanks_timer.stop()
        if self._cover is not None:
            self._cover.lift()
        else:
            self.hide()
        self.closed.emit(self.saved_visit)
        if self.save_failed and self.saved_visit is None:
            self._tell_worker()
        self.deleteLater()

    def _tell_worker(self) -> None:
        """The visitor was asked to tell the staff, but may have walked away: the worker back
        at the desk reads why the rating was not kept (the disk, not the visitor's words)."""
        window = self._cover.window if self._cover is not None else self.parentWidget()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Rating not saved"),
            self.tr("A visitor's answers were not kept. {reason}").format(reason=self._save_error),
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not blocking: this may run from the idle return or the desk's lock

    # --- keyboard -------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        page = self.pages.currentWidget()
        key = event.key()
        text = event.text()
        # Any script's digits: a Persian keyboard types ۱ for 1.
        digit = int(text) if len(text) == 1 and text.isdecimal() else None
        if event.isAutoRepeat() and (
            digit is not None or key in _ANSWER_KEYS or key == Qt.Key.Key_Escape
        ):
            # A key held down repeats: one step per press, not a run through the questions
            # (nor, with Escape, back past the first page and away with the answers).
            return
        if key in _ANSWER_KEYS:
            if page is self.thanks_page:
                self.give_back()
            elif isinstance(focused := self.focusWidget(), QAbstractButton):
                focused.click()
            return
        if key == Qt.Key.Key_Escape:
            if page in (self.language_page, self.thanks_page):
                self.give_back()
            else:
                self.back()
            return
        if page is self.language_page and digit is not None and 1 <= digit <= 4:
            self.choose_language(list(VISITOR_LANGUAGES)[digit - 1])
            return
        if page is self.question_page and digit is not None:
            if LOWEST_SCORE <= digit <= HIGHEST_SCORE:
                self.face_buttons[digit - LOWEST_SCORE].setFocus()
                self.answer(digit)
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab stays on the page the visitor sees: the hidden form behind must never get it.
        page = self.pages.currentWidget()
        if page is None:
            return False
        chain = [
            widget
            for widget in page.findChildren(QWidget)
            if widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        if not chain:
            return False
        focused = self.focusWidget()
        position = chain.index(focused) if focused in chain else -1
        step = 1 if next else -1
        chain[(position + step) % len(chain)].setFocus(
            Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        )
        return True


_ANSWER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _scale_font(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    widget.setFont(font)
