"""The settings dialog: policy values are locked and say so; the rest save to the user file."""

from __future__ import annotations

from desk_app.app import open_desk
from desk_app.settings import POLICY_KEY, load_settings
from desk_app.ui.dialogs.settings import SettingsDialog
from tests.conftest import FakeRegistry


def test_policy_values_are_greyed_and_the_rest_is_saved(qtbot, desk_environ, tmp_path):
    registry = FakeRegistry({("HKLM", POLICY_KEY + "\\printing", "mode"): "dialog"})
    desk = open_desk(load_settings(environ=desk_environ, registry=registry))
    dialog = SettingsDialog(desk.service)
    qtbot.addWidget(dialog)
    assert not dialog.printing.isEnabled()
    assert dialog.notes["printing.mode"].text() == "Set by your organisation"
    assert dialog.paper.isEnabled() and dialog.notes["receipt.paper"].text() == ""

    dialog.paper.setCurrentIndex(dialog.paper.findData("a4"))
    dialog.printing.setCurrentIndex(dialog.printing.findData("none"))  # locked: ignored
    qtbot.keyClicks(dialog.staff_id, "anna.s")
    dialog.save()

    assert desk.service.settings.receipt.paper == "a4"
    assert desk.service.settings.desk.staff_id == "anna.s"
    assert desk.service.settings.printing.mode == "dialog"
    reloaded = load_settings(environ=desk_environ, registry=registry)
    assert reloaded.receipt.paper == "a4" and "user-settings.toml" in reloaded.source(
        "receipt.paper"
    )
    assert reloaded.printing.mode == "dialog" and reloaded.is_policy("printing.mode")
    user_file = (tmp_path / "user-settings.toml").read_text(encoding="utf-8")
    assert "printing" not in user_file
    desk.store.engine.dispose()


def test_settings_that_cannot_be_written_are_told_in_the_screen_language(
    qtbot, desk_environ, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from desk_app.ui.plumbing.i18n import use_language
    from tests.ui.dialogs import answer_next_message_box

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the settings folder should be")
    monkeypatch.setenv("DESK_APP_USER_SETTINGS", str(blocker / "user-settings.toml"))
    desk = open_desk(load_settings(environ=desk_environ))
    use_language("sv")
    dialog = SettingsDialog(desk.service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.staff_id, "anna.s")

    seen = answer_next_message_box(QMessageBox.StandardButton.Ok)
    dialog.save()

    assert len(seen) == 1
    assert seen[0].startswith("Dina inställningar kunde inte sparas i ")
    assert str(blocker) in seen[0]
    assert dialog.isVisible()  # still open with what was chosen, to try again
    assert dialog.staff_id.text() == "anna.s"
    assert desk.service.settings.desk.staff_id != "anna.s"
    desk.store.engine.dispose()
