"""Make the README's screenshots from the real window and a real receipt.

Run under a display, e.g.:  xvfb-run -a -s "-screen 0 1280x800x24" python scripts/screenshots.py
Writes PNGs to docs/screenshots/.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def wait(milliseconds: int) -> None:
    """Run the event loop for a while (QTest.qWait keeps the GIL: the sync thread would stall)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


# What a resident might say, in each screenshot's language (a street name stays as it is).
SAMPLES = {
    "sv": ("Snön på Storgatan har inte röjts på tre dagar.", "Åsa Öberg", "asa.oberg@example"),
    "en": ("The snow on Storgatan has not been cleared for three days.", "Ann Lee", "ann@example"),
    "fa": (
        "برف در Storgatan 4 سه روز است که روبیده نشده است.",
        "مریم احمدی",
        "maryam@example",
    ),
}


def shoot_language(language: str, window, desk) -> None:  # type: ignore[no-untyped-def]
    """The form (with a problem to fix), the queue and a receipt, in one language."""
    from dataclasses import replace

    import pypdfium2 as pdfium
    from PySide6.QtCore import Qt

    from desk_app.domain.record import Kind
    from desk_app.ui.plumbing.i18n import use_language

    use_language(language)
    wait(100)
    form = window.form
    window.tabs.setCurrentIndex(0)
    form.clear()
    description, name, email = SAMPLES[language]
    form.kind.setCurrentIndex(form.kind.findData(Kind.COMPLAINT))
    form.category.setCurrentIndex(form.category.findData("streets.snow"))
    form.description.setPlainText(description)
    form.location.setText("Storgatan 4")
    form.language.setCurrentIndex(form.language.findData(language))
    form.name.setText(name)
    form.email.setText(email)  # incomplete: its message shows next to it
    form.wants_reply.setChecked(True)
    form.reply_by.setCurrentIndex(0)
    form.save()
    wait(200)
    window.grab().save(str(OUT / f"form-{language}.png"))
    form.clear()
    window.tabs.setCurrentIndex(1)
    window.queue.table.setFocus(Qt.FocusReason.OtherFocusReason)
    wait(200)
    window.grab().save(str(OUT / f"queue-{language}.png"))
    record = desk.service.search()[0]
    resident = replace(record, language=language, description=description)
    pdf = desk.service.receipt_pdf(resident)
    image = pdfium.PdfDocument(pdf)[0].render(scale=2).to_pil()
    image.save(OUT / f"receipt-{language}.png")
    window.tabs.setCurrentIndex(0)


def shoot_large_1280x720(language: str, window) -> None:  # type: ignore[no-untyped-def]
    """The form in large mode on a 1280×720 care-home screen: the common path, no scrolling."""
    from desk_app.domain.record import Kind
    from desk_app.ui.plumbing.i18n import use_language

    use_language(language)
    window.resize(1280, 720)
    wait(100)
    form = window.form
    form.clear()
    description, name, email = SAMPLES[language]
    form.kind.setCurrentIndex(form.kind.findData(Kind.COMPLAINT))
    form.category.setCurrentIndex(form.category.findData("streets.snow"))
    form.description.setPlainText(description)
    form.name.setText(name)
    form.email.setText(email + ".se")
    form.privacy_notice.setChecked(True)
    wait(200)
    window.grab().save(str(OUT / f"form-large-1280x720-{language}.png"))
    form.clear()


def main() -> None:
    import keyring

    from case_server.runner import ServerProcess
    from case_server.store import CaseStore
    from desk_app.sync.credentials import store_token
    from tests.sync.conftest import TOKEN, MemoryKeyring

    data = Path(tempfile.mkdtemp())
    cases_url = f"sqlite:///{data / 'cases.sqlite3'}"
    server = ServerProcess(cases_url, TOKEN).start()
    keyring.set_keyring(MemoryKeyring())
    store_token(server.url, TOKEN)
    os.environ.update(
        {
            "DESK_APP_DATA_DIR": str(data),
            "DESK_APP_MACHINE_SETTINGS": str(data / "none.toml"),
            "DESK_APP_USER_SETTINGS": str(data / "none.toml"),
            "DESK_APP_PRINTING_MODE": "none",
            "DESK_APP_SITE_CODE": "VAS",
            "DESK_APP_SITE_NAME": "Stadshuset reception",
            "DESK_APP_DESK_STAFF_ID": "anna.s",
            "DESK_APP_API_URL": server.url,
        }
    )
    import pypdfium2 as pdfium
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desk_app.app import open_desk
    from desk_app.domain.record import Reporter
    from desk_app.settings import load_settings
    from desk_app.ui.main_window import MainWindow
    from desk_app.ui.plumbing.sync_controller import SyncController
    from tests.conftest import complete_draft

    app = QApplication(sys.argv)
    from desk_app.ui.plumbing.theme import apply_theme as _apply

    _apply(app)  # as the app does at start
    from desk_app.ui.plumbing.i18n import use_language

    use_language("en")
    desk = open_desk(load_settings())
    for text in ("Trasig gunga i Vasaparken", "Fina blommor vid biblioteket"):
        desk.service.save(
            complete_draft(description=text, reporter=Reporter(anonymous=True), wants_reply=False)
        )
    OUT.mkdir(parents=True, exist_ok=True)
    sync = SyncController(desk.sync, interval_seconds=3600)
    window = MainWindow(desk.service, sync=sync)
    sync.start()
    window.resize(1280, 720)
    window.show()
    QTest.qWaitForWindowExposed(window)
    form = window.form
    QTest.keyClicks(form.kind, "C")
    QTest.keyClicks(form.category.lineEdit(), "Snow clearing")
    form.description.setPlainText(  # QTest types ASCII only
        "Snön på Storgatan har inte röjts på tre dagar. Äldre grannar kan inte ta sig till "
        "bussen och en granne halkade i går morse.",
    )
    QTest.keyClicks(form.location, "Storgatan 4")
    form.name.setText("Åsa Öberg")
    QTest.keyClicks(form.email, "asa.oberg@example")
    QTest.keyClick(form.wants_reply, Qt.Key.Key_Space)
    QTest.keyClicks(form.reply_by, "E")
    form.save()  # the email is incomplete and the privacy box unticked: errors show
    app.processEvents()
    window.grab().save(str(OUT / "form-errors.png"))
    form.email.setText("asa.oberg@example.se")
    form.privacy_notice.setChecked(True)
    submission = form.save()
    assert submission is not None
    wait(200)
    dialog = window.last_receipt_dialog
    assert dialog is not None
    dialog.grab().save(str(OUT / "saved.png"))
    dialog.accept()
    for _ in range(100):  # the save started a sync pass
        if all(record.case_number for record in desk.service.search()):
            break
        wait(100)
    first = desk.service.search()[-1]
    moved = CaseStore(cases_url).set_status(
        first.case_number, "in_progress", {"en": "A street team is on its way"}
    )
    assert moved, first
    window.sync_now()
    wait(1500)

    window.tabs.setCurrentIndex(1)
    app.processEvents()
    window.grab().save(str(OUT / "queue.png"))
    settings_dialog = window.open_settings()
    wait(200)
    settings_dialog.grab().save(str(OUT / "settings.png"))
    settings_dialog.reject()

    for paper in ("80mm", "a4"):
        pdf = desk.service.receipt_pdf(submission, paper=paper)  # type: ignore[arg-type]
        pdfium.PdfDocument(pdf)[0].render(scale=2).to_pil().save(OUT / f"receipt-{paper}.png")
    from desk_app.ui.plumbing.theme import apply_theme

    window.tabs.setCurrentIndex(0)
    window.form.clear()
    apply_theme(app, theme="high_contrast", large=True)
    window.form.save()  # an empty form: every problem shows next to its field
    wait(200)
    window.grab().save(str(OUT / "form-high-contrast-large.png"))
    window.form.clear()
    apply_theme(app, large=True)
    for language in ("sv", "fa"):
        shoot_large_1280x720(language, window)
    apply_theme(app)
    use_language("en")
    window.form.clear()
    for language in ("sv", "en", "fa"):
        shoot_language(language, window, desk)
    window.form.clear()
    window.close()
    server.stop()
    print(f"screenshots in {OUT}")


if __name__ == "__main__":
    main()
