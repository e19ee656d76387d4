"""The desk's own settings a worker may change, saved in the per-user file.

A setting that Group Policy fixes is shown greyed out with "set by your organisation"; the
case system's address is shown but only IT sets it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.machine_settings import merge_into_file
from desk_app.services.desk import DeskService
from desk_app.settings import ConfigError, coerce, user_settings_file
from desk_app.ui.accessibility import describe, describe_buttons
from desk_app.ui.theme import apply_theme

PAPER = {"80mm": "80 mm roll", "a4": "A4"}
THEMES = {"standard": "Standard", "high_contrast": "High contrast"}
PRINTING = {
    "default_printer": "Print on the default printer",
    "dialog": "Ask with a print dialog",
    "none": "Do not print",
}


class SettingsDialog(QDialog):
    """Receipt paper, printing, staff ID, colours and large mode; policy values locked."""

    def __init__(self, desk: DeskService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self._desk = desk
        settings = desk.settings
        self.paper = QComboBox()
        for value, text in PAPER.items():
            self.paper.addItem(text, value)
        self.paper.setCurrentIndex(self.paper.findData(settings["receipt.paper"]))
        self.printing = QComboBox()
        for value, text in PRINTING.items():
            self.printing.addItem(text, value)
        self.printing.setCurrentIndex(self.printing.findData(settings["printing.mode"]))
        self.staff_id = QLineEdit(settings["desk.staff_id"])
        self.theme = QComboBox()
        for value, text in THEMES.items():
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(self.theme.findData(settings["ui.theme"]))
        self.large_mode = QCheckBox("Bigger text and buttons")
        self.large_mode.setChecked(bool(settings["ui.large_mode"]))
        self.editors: dict[str, QWidget] = {
            "receipt.paper": self.paper,
            "printing.mode": self.printing,
            "desk.staff_id": self.staff_id,
            "ui.theme": self.theme,
            "ui.large_mode": self.large_mode,
        }
        form = QFormLayout()
        titles = {
            "receipt.paper": "Receipt &paper",
            "printing.mode": "After &saving",
            "desk.staff_id": "Default s&taff ID",
            "ui.theme": "&Colours",
            "ui.large_mode": "&Large mode",
        }
        help_texts = {
            "receipt.paper": "The paper the receipt printer uses.",
            "printing.mode": "What happens with the receipt right after saving.",
            "desk.staff_id": "Filled in on every new form.",
            "ui.theme": "Standard colours, or high contrast: white text on black.",
            "ui.large_mode": "Larger text, and buttons and fields at least 44 pixels tall.",
        }
        self.notes: dict[str, QLabel] = {}
        for key, editor in self.editors.items():
            label = QLabel(titles[key])
            label.setBuddy(editor)
            describe(editor, titles[key], help_texts[key])
            note = QLabel("")
            note.setObjectName(f"note:{key}")
            if settings.is_policy(key):
                editor.setEnabled(False)
                note.setText("Set by your organisation")
                note.setToolTip(settings.source(key))
                editor.setToolTip(settings.source(key))
            self.notes[key] = note
            form.addRow(label, editor)
            form.addRow("", note)
        api_url = settings["api.url"] or "none (records stay on this desk)"
        address = QLabel(api_url)
        address.setWordWrap(True)
        form.addRow("Case system:", address)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        describe_buttons(
            buttons, {"Save": "Saves and uses the settings.", "Cancel": "Changes nothing."}
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def changes(self) -> dict[str, object]:
        """The values the worker changed (never those fixed by policy)."""
        settings = self._desk.settings
        chosen = {
            "receipt.paper": self.paper.currentData(),
            "printing.mode": self.printing.currentData(),
            "desk.staff_id": self.staff_id.text().strip(),
            "ui.theme": self.theme.currentData(),
            "ui.large_mode": self.large_mode.isChecked(),
        }
        return {
            key: value
            for key, value in chosen.items()
            if value != settings[key] and not settings.is_policy(key)
        }

    def save(self) -> None:
        """Write the changes to the user file and use them at once."""
        changes = self.changes()
        path = user_settings_file()
        try:
            checked = {key: coerce(key, value, "Settings") for key, value in changes.items()}
            if checked:
                merge_into_file(path, checked)
        except (ConfigError, OSError) as error:
            QMessageBox.warning(self, "Settings not saved", str(error))
            return
        settings = self._desk.settings
        for key, value in checked.items():
            settings = settings.with_override(key, value, f"user file {path}")
        self._desk.settings = settings
        if {"ui.theme", "ui.large_mode"} & checked.keys():
            app = QApplication.instance()
            assert isinstance(app, QApplication)
            apply_theme(app, theme=settings["ui.theme"], large=settings["ui.large_mode"])
        self.accept()
