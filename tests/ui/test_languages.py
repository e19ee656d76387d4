"""The screens in every shipped language: nothing left in English, switched without a restart,
mirrored for Persian and Arabic, with categories and error messages in the worker's language."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from desk_app.domain.record import Kind, SyncState
from desk_app.store.repository import META_CATEGORIES
from desk_app.ui.dialogs.contact_correction import ContactCorrectionDialog
from desk_app.ui.dialogs.correction import CorrectionDialog
from desk_app.ui.dialogs.person import PersonDialog
from desk_app.ui.dialogs.receipt import ReceiptDialog
from desk_app.ui.dialogs.record import RecordDialog
from desk_app.ui.dialogs.settings import SettingsDialog
from desk_app.ui.main_window import MainWindow
from desk_app.ui.plumbing.i18n import (
    TRANSLATIONS_DIR,
    current_language,
    shows_data,
    ui_languages,
    use_language,
)
from desk_app.ui.plumbing.qt_values import chosen_value
from tests.conftest import RESIDENT_EMAIL, complete_draft
from tests.ui.keyboard import type_text

ROOT = Path(__file__).resolve().parents[2]
OPEN, CLOSE = "⟦", "⟧"


def shown_texts(top: QWidget) -> list[tuple[str, str]]:
    """Every piece of the app's own wording under ``top``: (where, text).

    Skips what shows data (typed text, the record, language names, category names) and the
    standard buttons, whose words come from Qt's own translations.
    """
    found: list[tuple[str, str]] = [("window title", top.windowTitle())]
    for widget in [top, *top.findChildren(QWidget)]:
        if shows_data(widget) or (not widget.isVisibleTo(top) and widget is not top):
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            box = widget.parent()
            if isinstance(box, QDialogButtonBox) and box.standardButton(widget) != (
                QDialogButtonBox.StandardButton.NoButton
            ):
                continue
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit | QTextEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts.append(widget.placeholderText())
            texts.extend(widget.itemText(index) for index in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                texts += [widget.tabText(index), widget.tabToolTip(index)]
        found += [(where, text) for text in texts if text and any(c.isalpha() for c in text)]
    if isinstance(top, MainWindow):
        model = top.queue.model
        found += [
            ("queue header", model.headerData(column, Qt.Orientation.Horizontal))
            for column in range(model.columnCount())
        ]
        for action in top.menuBar().actions():
            menu = action.menu()
            found.append(("menu", action.text()))
            found += [("menu item", item.text()) for item in menu.actions() if item.text()]
        found.append(("progress", top.status_bar.sync_progress.format()))
    return found


@pytest.fixture
def new_window(qtbot, desk) -> Iterator[Callable[[], MainWindow]]:
    """Opens main windows; at the end each is emptied and closed without asking."""
    opened: list[MainWindow] = []

    def open_window() -> MainWindow:
        window = MainWindow(desk.service, privacy=desk.privacy)
        window.show()
        opened.append(window)
        return window

    yield open_window
    for window in opened:
        window.form.clear()
        window.close()


def every_screen(qtbot, desk, new_window) -> Iterator[QWidget]:
    """The window on both tabs, and every dialog, filled as a worker would see them."""
    window = new_window()
    window.form.save()  # an empty form: every error message and the summary show
    yield window
    window.tabs.setCurrentIndex(1)
    yield window
    window.form.clear()
    saved = desk.service.save(complete_draft())
    refused = replace(saved, sync_state=SyncState.NEEDS_ATTENTION, sync_reason="server's words")
    for dialog in (
        ReceiptDialog(saved, b"%PDF-", print_mode="none"),
        RecordDialog(desk.service, refused),
        CorrectionDialog(desk.service, refused),
        SettingsDialog(desk.service),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        yield dialog
    person = PersonDialog(desk.privacy, desk.service)
    qtbot.addWidget(person)
    person.show()
    person.search.setText(RESIDENT_EMAIL)
    person.find_records()  # the list's headers and words, and the count
    person.show_selected()  # the field names of everything held
    yield person
    correction = ContactCorrectionDialog(desk.privacy, saved)
    qtbot.addWidget(correction)
    correction.show()
    correction.fields["email"].setText("not an address")
    correction.save()  # an error message next to its field
    yield correction


def english_sources(language: str) -> set[str]:
    """The code's English strings that ``language`` words differently."""
    sources = set()
    root = ElementTree.parse(TRANSLATIONS_DIR / f"desk_{language}.ts").getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text for form in translation.iter("numerusform")] or [translation.text]
        if source not in forms:
            sources.add(source.replace("&", ""))
    return sources | {"Save", "Cancel", "Close"}  # Qt's own standard buttons


@pytest.fixture
def pseudo_translation(tmp_path: Path, qtbot) -> Iterator[None]:
    """Every string of the catalogue as ⟦source⟧: what is not bracketed was never translated."""
    root = ElementTree.parse(TRANSLATIONS_DIR / "desk_sv.ts").getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = list(translation.iter("numerusform"))
        for element in forms or [translation]:
            element.text = OPEN + source + CLOSE
    ts_file = tmp_path / "desk_pseudo.ts"
    ElementTree.ElementTree(root).write(ts_file, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    command = [str(lrelease) if lrelease.exists() else "pyside6-lrelease"]
    subprocess.run([*command, "-silent", str(ts_file)], check=True, timeout=60)
    translator = QTranslator()
    assert translator.load(str(ts_file.with_suffix(".qm")))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_every_shown_string_goes_through_translation(qtbot, desk, pseudo_translation, new_window):
    untranslated = [
        f"{type(screen).__name__}: {where}: {text!r}"
        for screen in every_screen(qtbot, desk, new_window)
        for where, text in shown_texts(screen)
        if not (text.startswith(OPEN) and text.endswith(CLOSE))
    ]
    assert untranslated == []


@pytest.mark.parametrize("language", ["sv", "fa", "ar"])
def test_no_english_is_left_on_any_screen(qtbot, desk, language, new_window):
    use_language(language)
    english = english_sources(language)
    left = [
        f"{type(screen).__name__}: {where}: {text!r}"
        for screen in every_screen(qtbot, desk, new_window)
        for where, text in shown_texts(screen)
        if text.replace("&", "").strip() in english
    ]
    assert left == []


def test_the_shipped_translations_are_complete_and_compiled():
    result = subprocess.run(
        [sys.executable, "scripts/translations.py", "check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_language_is_offered_once_its_compiled_file_is_there(tmp_path: Path, qtbot):
    assert set(ui_languages()) == {"ar", "en", "fa", "sv"}
    assert ui_languages() == {"ar": "العربية", "en": "English", "fa": "فارسی", "sv": "Svenska"}
    (tmp_path / "desk_fi.qm").write_bytes((TRANSLATIONS_DIR / "desk_sv.qm").read_bytes())
    assert set(ui_languages(tmp_path)) == {"en", "fi"}
    assert ui_languages(tmp_path)["fi"] == "Suomi"


def test_an_unknown_screen_language_falls_back_to_swedish(qtbot):
    assert use_language("xx") == "sv"
    assert QCoreApplication.translate("StatusBar", "Online") == "Ansluten"


def test_switching_back_and_forth_all_day_keeps_no_old_translators(qtbot):
    app = QCoreApplication.instance()
    use_language("fa")
    alive_before = len(app.findChildren(QTranslator))
    for _ in range(20):
        use_language("sv")
        use_language("fa")
    assert len(app.findChildren(QTranslator)) == alive_before
    assert QCoreApplication.translate("StatusBar", "Online") != "Online"


def test_the_language_switches_at_once_and_keeps_what_is_typed(qtbot, desk, new_window):
    window = new_window()
    form = window.form
    assert form.channel.currentText() == "In person"  # the usual channel, already chosen
    form.kind.setCurrentIndex(form.kind.findData(Kind.COMPLAINT))
    form.description.setPlainText("Isig trottoar utanför biblioteket")
    form.save()  # errors show for the fields still empty
    assert form.findChild(QLabel, "error:category").text() == "Choose a category."

    # The worker picks Persian in Settings: the open window changes at once, mirrored.
    dialog = SettingsDialog(desk.service, window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fa"))
    dialog.save()
    assert current_language() == "fa"
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "بازخورد تازه  (Ctrl+1)")
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert form.kind.isRightToLeft() and form.description.isRightToLeft()
    assert form.kind.currentText() == "شکایت"  # still chosen, now in Persian
    assert form.channel.currentText() == "حضوری"
    assert form.description.toPlainText() == "Isig trottoar utanför biblioteket"
    assert form.findChild(QLabel, "error:category").text() == "یک دسته انتخاب کنید."
    user_file = Path(desk.service.settings.source("ui.language").removeprefix("user file "))
    assert tomllib.loads(user_file.read_text())["ui"]["language"] == "fa"  # kept for next start

    use_language("sv")
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Ny synpunkt  (Ctrl+1)")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.tools_menu.title() == "Verkt&yg"
    assert form.kind.currentText() == "Klagomål"
    assert form.findChild(QLabel, "error:category").text() == "Välj en kategori."
    assert form.summary.text().startswith("3 saker att rätta innan du sparar:")
    assert window.status_bar.queue_status.text() == "0 synpunkter väntar på att skickas"

    use_language("en")
    qtbot.waitUntil(lambda: form.kind.currentText() == "Complaint")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_times_show_in_one_order_with_the_screen_language_digits(qtbot, desk, new_window):
    received = datetime(2026, 11, 25, 14, 52, tzinfo=UTC).astimezone()
    desk.service.save(complete_draft(), received_at=received)
    window = new_window()
    model = window.queue.model
    window.queue.refresh()
    moment = received.strftime("%Y-%m-%d %H:%M")  # what the local clock said
    assert model.data(model.index(0, 1)) == moment

    use_language("fa")
    persian = moment.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    qtbot.waitUntil(lambda: model.data(model.index(0, 1)) == persian)
    dialog = RecordDialog(desk.service, model.records[0])
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert persian in texts
    assert "۲۰۲۶-۱۱-۲۰ ۰۷:۱۵" in texts  # when it happened, as the resident told it
    occurred = window.form.occurred_at
    qtbot.waitUntil(lambda: occurred.locale().language() == QLocale.Language.Persian)
    assert occurred.text() == occurred.dateTime().toString("yyyy-MM-dd HH:mm").translate(
        str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
    )

    use_language("sv")
    qtbot.waitUntil(lambda: model.data(model.index(0, 1)) == moment)


def x_of_cursor(line: QLineEdit, position: int) -> int:
    line.setCursorPosition(position)
    return line.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle).x()


def test_mixed_persian_and_latin_text_reads_in_the_right_order(qtbot, desk, new_window):
    use_language("fa")
    window = new_window()
    qtbot.waitExposed(window)
    location = window.form.location
    assert location.isRightToLeft()
    text = "خیابان Storgatan 4 کنار کتابخانه"
    type_text(location, text)
    assert location.text() == text  # typed right to left, stored in reading order
    street = text.index("Storgatan")
    # The Persian words run right to left: the first letter sits at the right edge ...
    assert x_of_cursor(location, 0) > x_of_cursor(location, len(text))
    assert x_of_cursor(location, 0) > x_of_cursor(location, street)
    # ... while the street name inside reads left to right (inside the run: at its ends the
    # cursor may stand on either side).
    assert x_of_cursor(location, street + 1) < x_of_cursor(location, street + 8)
    # Contact details are always left to right.
    assert not window.form.email.isRightToLeft()

    # In the description each paragraph starts on its own side; what is typed is kept exactly.
    words = "همسایه‌ها نمی‌توانند به ایستگاه برسند\nThe neighbours cannot reach the bus"
    window.form.description.setFocus()
    type_text(window.form.description, words)
    assert window.form.description.toPlainText() == words  # ZWNJ (‌) and all
    persian = window.form.description.document().firstBlock()
    english = persian.next()
    assert persian.layout().lineAt(0).naturalTextRect().right() > 300  # ends at the right
    assert english.layout().lineAt(0).naturalTextRect().left() < 10  # starts at the left


def test_categories_show_in_the_screen_language_then_swedish_then_the_code(qtbot, desk, new_window):
    store = desk.store
    store.set_meta(
        META_CATEGORIES,
        json.dumps(
            {
                "categories": [
                    {"code": "streets.snow", "name": {"sv": "Snöröjning", "fa": "برف‌روبی"}},
                    {"code": "parks", "name": {"sv": "Parker", "en": "Parks"}},
                    {"code": "misc.new", "name": {"en": "Brand new"}},
                ]
            }
        ),
    )
    desk.service.reload_categories()
    use_language("fa")
    window = new_window()
    combo = window.form.category
    names = [combo.itemText(index) for index in range(combo.count())]
    assert names == ["برف‌روبی", "Parker", "misc.new"]
    combo.setCurrentIndex(combo.findData("parks"))
    use_language("en")  # the chosen category stays chosen, renamed
    qtbot.waitUntil(lambda: combo.currentText() == "Parks")
    assert chosen_value(combo) == "parks"


def test_validation_messages_are_announced_in_the_screen_language(qtbot, desk, new_window):
    use_language("ar")
    window = new_window()
    announced: list[str] = []
    window.form.announced.connect(announced.append)
    window.form.save()
    error = window.form.findChild(QLabel, "error:kind")
    assert error.text() == "اختر نوع الملاحظة."
    assert announced == [window.form.summary.text()]
    assert "اختر نوع الملاحظة." in announced[0]


@pytest.mark.parametrize("language", ["sv", "fa", "ar"])
def test_qt_own_buttons_are_translated_too(qtbot, desk, language):
    use_language(language)
    dialog = SettingsDialog(desk.service)
    qtbot.addWidget(dialog)
    box = dialog.findChild(QDialogButtonBox)
    texts = [button.text().replace("&", "") for button in box.buttons()]
    assert "Save" not in texts and "Cancel" not in texts, texts


def test_the_window_starts_in_the_configured_language(tmp_path: Path, desk_environ):
    """The real start-up path: DESK_APP_UI_LANGUAGE=fa opens a mirrored Persian window."""
    script = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desk_app.settings import load_settings
from desk_app.ui import launch

app = QApplication(sys.argv)

def report():
    window = next(w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow")
    print(window.tabs.tabText(0), window.layoutDirection().name, flush=True)
    window.close()

QTimer.singleShot(500, report)
sys.exit(launch.run_gui(load_settings()))
"""
    environ = {**desk_environ, "DESK_APP_UI_LANGUAGE": "fa", "QT_QPA_PLATFORM": "offscreen"}
    import os

    result = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, **environ},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "بازخورد تازه  (Ctrl+1) RightToLeft" in result.stdout, result.stderr


def alt_letters(top: QWidget) -> list[str]:
    """The Alt+letters of the labels and buttons a worker sees on ``top`` (with the menu)."""
    texts = [
        widget.text()
        for widget in top.findChildren(QLabel) + top.findChildren(QAbstractButton)
        if widget.isVisibleTo(top) and (not isinstance(widget, QLabel) or widget.buddy())
    ]
    if isinstance(top, MainWindow):
        texts.append(top.tools_menu.title())
    letters = []
    for text in texts:
        position = text.replace("&&", "").find("&")
        if position >= 0:
            letters.append(text.replace("&&", "")[position + 1].lower())
    return letters


@pytest.mark.parametrize("language", ["en", "sv", "fa", "ar"])
def test_each_alt_letter_leads_to_one_place(qtbot, desk, new_window, language):
    use_language(language)
    window = new_window()
    QApplication.processEvents()
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        letters = alt_letters(window)
        assert len(letters) >= (20 if tab == 0 else 2)  # every field, or search and the menu
        assert sorted(letters) == sorted(set(letters)), window.tabs.tabText(tab)


@pytest.mark.parametrize("language", ["en", "sv", "fa", "ar"])
def test_each_alt_letter_of_a_dialog_leads_to_one_place(qtbot, desk, new_window, language):
    use_language(language)
    for screen in every_screen(qtbot, desk, new_window):
        if isinstance(screen, MainWindow):
            continue  # the test above, tab by tab
        letters = alt_letters(screen)
        assert sorted(letters) == sorted(set(letters)), type(screen).__name__


def test_alt_letters_work_in_a_right_to_left_window(qtbot, desk, new_window):
    use_language("fa")
    window = new_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    form = window.form
    qtbot.keyClick(form.kind, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert form.anonymous.hasFocus()
    qtbot.keyClick(form.anonymous, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert form.staff_id.hasFocus()


def test_latin_values_start_on_the_reading_side_of_a_persian_window(qtbot, desk):
    use_language("fa")
    saved = desk.service.save(complete_draft(location="Storgatan 4"))
    dialog = RecordDialog(desk.service, saved)
    qtbot.addWidget(dialog)
    dialog.show()
    street = next(label for label in dialog.findChildren(QLabel) if label.text() == "Storgatan 4")
    assert street.alignment() & Qt.AlignmentFlag.AlignRight
    assert street.alignment() & Qt.AlignmentFlag.AlignAbsolute


def test_sync_messages_reach_the_status_bar_translated(qtbot, desk, new_window):
    """The sync worker's messages cross a thread and a signal and still arrive translatable."""
    from desk_app.ui.plumbing.sync_controller import SyncController

    use_language("sv")
    sync = SyncController(desk.sync, interval_seconds=3600)
    window = MainWindow(desk.service, sync=sync)
    qtbot.addWidget(window)
    sync.start()  # no case system set up on this desk
    qtbot.waitUntil(lambda: "ärendesystem" in window.status_bar.connection_status.text())
    assert "case system" not in window.status_bar.connection_status.text()
    use_language("fa")
    qtbot.waitUntil(lambda: "سامانهٔ پرونده‌ها" in window.status_bar.connection_status.text())
    sync.shutdown()
