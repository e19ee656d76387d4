"""The worker's screen language: Qt translations, switched at run time, mirrored for RTL.

The source strings in the code are English. Each other language is one Qt Linguist file,
``resources/translations/desk_<code>.ts``, compiled to ``desk_<code>.qm`` beside it; a language
is offered as soon as its ``.qm`` file is there (see README, "Adding a language"). Qt's own
strings (standard buttons, dialogs) come from the ``qtbase_<code>.qm`` Qt ships.

Switching installs the new translators; Qt then sends every widget a LanguageChange event and
each widget sets its texts again (``retranslate``). Persian, Arabic and other right-to-left
languages mirror the whole window through the application's layout direction.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTime,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from desk_app.domain.messages import Message
from desk_app.resources import (
    SOURCE_LANGUAGE,
    TRANSLATION_CATALOG,
    TRANSLATIONS_DIR,
    screen_languages,
)
from desk_app.ui.plumbing.qt_values import property_value

logger = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "sv"  # the desk's language when a setting names one that is not shipped
_CATALOG = TRANSLATION_CATALOG
DATA_PROPERTY = "showsData"

_installed: list[QTranslator] = []
_current: str | None = None  # None until a language is chosen


def native_name(code: str) -> str:
    """A language's name in that language ("Svenska", "فارسی"), for pickers."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    if locale.language() == QLocale.Language.English:
        return "English"  # Qt says "American English": en is the US variant to it
    name = locale.nativeLanguageName()
    if not name:
        return code
    return name[:1].upper() + name[1:]


def ui_languages(directory: Path = TRANSLATIONS_DIR) -> dict[str, str]:
    """Every screen language this installation can show: code → native name, sorted by code."""
    return {code: native_name(code) for code in screen_languages(directory)}


def is_right_to_left(code: str) -> bool:
    """True for languages written right to left (Persian, Arabic, Hebrew, Urdu …)."""
    return QLocale(code).textDirection() == Qt.LayoutDirection.RightToLeft


def current_language() -> str:
    """The screen language in use (the source language until one is chosen)."""
    return _current or SOURCE_LANGUAGE


def language_chosen() -> bool:
    """True once :func:`use_language` has run (start-up errors may come before)."""
    return _current is not None


def use_language(code: str, app: QCoreApplication | None = None) -> str:
    """Show the screens in ``code`` from now on; returns the language actually used.

    An unknown code falls back to Swedish (the default), so a typo in central settings never
    leaves a desk without words. Safe to call again at any time.
    """
    global _current
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("use_language needs a running QApplication")
    shipped = ui_languages()
    if code not in shipped:
        logger.warning("No translation for UI language %r; using %s", code, DEFAULT_LANGUAGE)
        code = DEFAULT_LANGUAGE if DEFAULT_LANGUAGE in shipped else SOURCE_LANGUAGE
    # Language and direction first: the LanguageChange events the translators send make
    # every widget ask for them while it sets its texts again.
    _current = code
    QLocale.setDefault(QLocale(code))
    if hasattr(app, "setLayoutDirection"):
        direction = (
            Qt.LayoutDirection.RightToLeft
            if is_right_to_left(code)
            else Qt.LayoutDirection.LeftToRight
        )
        app.setLayoutDirection(direction)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for catalog, directory in ((_CATALOG, str(TRANSLATIONS_DIR)), ("qtbase", qt_dir)):
        # No parent: the list owns the translators, so a replaced one is freed, not kept as a
        # child of the application for the rest of the day.
        translator = QTranslator()
        if translator.load(f"{catalog}_{code}", directory):
            app.installTranslator(translator)  # sends LanguageChange to every widget
            _installed.append(translator)
        elif catalog == _CATALOG and code != SOURCE_LANGUAGE:
            logger.warning("Translation file for %s could not be loaded", code)
    return code


def mark_as_data(widget: QObject) -> None:
    """Mark a widget that shows the record's, the site's or a language's own words.

    Translation leaves those words alone; the translation tests skip such widgets.
    """
    widget.setProperty(DATA_PROPERTY, True)


def align_with_screen(label: QLabel) -> None:
    """Start ``label`` on the window's reading side even when its text runs the other way.

    Qt aligns a label by its own text: a street name in a Persian window would start at the
    far left, away from its field name on the right.
    """
    side = (
        Qt.AlignmentFlag.AlignRight
        if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        else Qt.AlignmentFlag.AlignLeft
    )
    label.setAlignment(Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter)


def shows_data(widget: QObject) -> bool:
    """True for a widget marked with :func:`mark_as_data`."""
    return bool(property_value(widget, DATA_PROPERTY))


def translate(context: str, text: str, count: int = -1) -> str:
    """``text`` in the screen language (``count`` picks the plural form of ``%Ln``)."""
    return QCoreApplication.translate(context, text, None, count)


def localized(text: str) -> str:
    """A message from the domain or service layer in the screen language.

    A :class:`Message` is looked up by its template and filled in again; any other text (a
    server's own words, a file path) is shown as it is.
    """
    if not isinstance(text, Message):
        return text
    template = QCoreApplication.translate(text.context, text.template)
    try:
        return template.format(**text.params) if text.params else template
    except (KeyError, IndexError, ValueError):
        logger.warning("Translation of %r has broken placeholders", text.template)
        return str.__str__(text)


def moment_text(moment: datetime, *, with_date: bool = True) -> str:
    """``moment`` as the screens show it: ``2026-11-25 14:52`` in the screen language's digits.

    One unambiguous order for every language (a US short date would read 11/25/26 at a
    Swedish desk); Persian and Arabic get their own digits, as in the counts.
    """
    time = QTime(moment.hour, moment.minute)
    if not with_date:
        return QLocale().toString(time, "HH:mm")
    shown = QDateTime(QDate(moment.year, moment.month, moment.day), time)
    return QLocale().toString(shown, "yyyy-MM-dd HH:mm")
