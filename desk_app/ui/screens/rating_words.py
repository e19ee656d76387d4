"""The rating screen's words and faces, in the language the VISITOR chose.

The worker's window keeps the worker's language: the visitor's words are looked up in that
language's catalogue directly (a QTranslator that is loaded, not installed), so choosing
Persian on the rating screen mirrors and translates that screen alone. The strings are marked
with QT_TRANSLATE_NOOP in the context "RatingScreen", so ``scripts/translations.py`` finds them.

The five faces are drawn, not emoji (which a desk PC's fonts may lack or colour differently):
the mouth carries the meaning and the word under each face says it, colour only helps.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt, QTranslator
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from desk_app.domain.messages import QT_TRANSLATE_NOOP, Message
from desk_app.domain.rating import HIGHEST_SCORE, LOWEST_SCORE
from desk_app.domain.statistics import Question
from desk_app.resources import SOURCE_LANGUAGE, TRANSLATION_CATALOG, TRANSLATIONS_DIR

# The languages a visitor may choose, each named in itself (a visitor who reads only Arabic
# must find "العربية", not "Arabic").
VISITOR_LANGUAGES = {"sv": "Svenska", "en": "English", "fa": "فارسی", "ar": "العربية"}
RIGHT_TO_LEFT = frozenset({"fa", "ar"})

CHOOSE_LANGUAGE = QT_TRANSLATE_NOOP("RatingScreen", "How was your visit? Choose your language.")
QUESTIONS = {
    Question.TREATMENT: QT_TRANSLATE_NOOP("RatingScreen", "How were you treated?"),
    Question.ANSWER: QT_TRANSLATE_NOOP(
        "RatingScreen", "Did you get an answer to what you came for?"
    ),
    Question.WAIT: QT_TRANSLATE_NOOP("RatingScreen", "How was the wait?"),
    Question.OVERALL: QT_TRANSLATE_NOOP("RatingScreen", "Overall, how was your visit?"),
}
SCORE_WORDS = (
    QT_TRANSLATE_NOOP("RatingScreen", "Very bad"),
    QT_TRANSLATE_NOOP("RatingScreen", "Bad"),
    QT_TRANSLATE_NOOP("RatingScreen", "Neither good nor bad"),
    QT_TRANSLATE_NOOP("RatingScreen", "Good"),
    QT_TRANSLATE_NOOP("RatingScreen", "Very good"),
)
FACE_DESCRIPTION = QT_TRANSLATE_NOOP("RatingScreen", "{score} of {highest}: {word}")
PROGRESS = QT_TRANSLATE_NOOP("RatingScreen", "Question {number} of {count}")
BACK = QT_TRANSLATE_NOOP("RatingScreen", "Back")
BACK_HELP = QT_TRANSLATE_NOOP("RatingScreen", "Go back to the previous question (Escape).")
ANSWER_HELP = QT_TRANSLATE_NOOP(
    "RatingScreen", "Touch a face, or press a number from 1 (very bad) to 5 (very good)."
)
COMMENT_TITLE = QT_TRANSLATE_NOOP("RatingScreen", "Anything you want to add? (optional)")
COMMENT_HINT = QT_TRANSLATE_NOOP(
    "RatingScreen", "Your answers are anonymous: please do not write your name or contact details."
)
COMMENT_NAME = QT_TRANSLATE_NOOP("RatingScreen", "Your comment")
COMMENT_COUNT = QT_TRANSLATE_NOOP("RatingScreen", "{count} of {limit} characters")
COMMENT_TOO_LONG = QT_TRANSLATE_NOOP(
    "RatingScreen", "{count} of {limit} characters: please shorten your comment to send it."
)
SEND = QT_TRANSLATE_NOOP("RatingScreen", "Send")
SEND_HELP = QT_TRANSLATE_NOOP("RatingScreen", "Send your answers and the comment (Ctrl+Enter).")
SKIP = QT_TRANSLATE_NOOP("RatingScreen", "Skip")
SKIP_HELP = QT_TRANSLATE_NOOP("RatingScreen", "Send your answers without a comment.")
THANKS = QT_TRANSLATE_NOOP("RatingScreen", "Thank you for your answers!")
THANKS_HINT = QT_TRANSLATE_NOOP("RatingScreen", "The screen goes back to the staff in a moment.")
NOT_SAVED = QT_TRANSLATE_NOOP(
    "RatingScreen", "Sorry, your answers could not be saved. Please tell the staff."
)
DONE = QT_TRANSLATE_NOOP("RatingScreen", "Done")
DONE_HELP = QT_TRANSLATE_NOOP("RatingScreen", "Give the screen back to the staff now (Enter).")

# Faces from red (very bad) to green (very good): a help, never the only sign.
_FACE_COLOURS = ("#d9534f", "#f0883e", "#f2c744", "#9ccc65", "#43a047")
_FEATURES = "#1a1a1a"


class VisitorWords:
    """The screen's words and numbers in one visitor language."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.locale = QLocale(language)
        self._translator = QTranslator()
        if language != SOURCE_LANGUAGE:
            self._translator.load(f"{TRANSLATION_CATALOG}_{language}", str(TRANSLATIONS_DIR))

    @property
    def direction(self) -> Qt.LayoutDirection:
        if self.language in RIGHT_TO_LEFT:
            return Qt.LayoutDirection.RightToLeft
        return Qt.LayoutDirection.LeftToRight

    def __call__(self, text: Message, **params: object) -> str:
        """``text`` in the visitor's language; numbers in ``params`` in its digits."""
        found = self._translator.translate(text.context, text.template) or text.template
        shown = {
            key: self.number(value) if isinstance(value, int) else value
            for key, value in params.items()
        }
        return found.format(**shown) if shown else found

    def number(self, value: int) -> str:
        """``value`` in the language's own digits (۳ in Persian, ٣ in Arabic)."""
        return self.locale.toString(value)

    def score_word(self, score: int) -> str:
        return self(SCORE_WORDS[score - LOWEST_SCORE])

    def face_description(self, score: int) -> str:
        return self(
            FACE_DESCRIPTION, score=score, highest=HIGHEST_SCORE, word=self.score_word(score)
        )


def face_icon(score: int, size: int, outline: QColor) -> QIcon:
    """A face for ``score`` (1: a deep frown … 5: a broad smile), ``size`` pixels square;
    ``outline`` rings it in the theme's text colour, so it stands out in high contrast too."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    line = max(2.0, size / 24)
    painter.setPen(QPen(outline, line))
    painter.setBrush(QColor(_FACE_COLOURS[score - LOWEST_SCORE]))
    margin = line
    painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin))
    # Eyes and mouth always dark: the fills are light, whatever the theme's text colour.
    features = QColor(_FEATURES)
    painter.setPen(QPen(features, line))
    painter.setBrush(features)
    eye = size / 14
    for x in (0.36, 0.64):
        painter.drawEllipse(QPointF(size * x, size * 0.38), eye, eye)
    # The mouth: a curve from a frown (score 1) through a straight line (3) to a smile (5).
    bend = (score - 3) / 2  # -1 … 1
    mouth = QPainterPath(QPointF(size * 0.3, size * 0.68 - bend * size * 0.04))
    mouth.quadTo(
        QPointF(size * 0.5, size * 0.68 + bend * size * 0.16),
        QPointF(size * 0.7, size * 0.68 - bend * size * 0.04),
    )
    painter.setBrush(Qt.BrushStyle.NoBrush)
    pen = QPen(features, line * 1.4)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawPath(mouth)
    painter.end()
    return QIcon(pixmap)
