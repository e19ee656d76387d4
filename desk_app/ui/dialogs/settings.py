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

from desk_app.domain.messages import QT_TRANSLATE_NOOP, message_of
from desk_app.services.desk import DeskService
from desk_app.services.settings import SettingsNotSaved
from desk_app.settings import ConfigError
from desk_app.ui.plumbing.accessibility import describe, describe_buttons
from desk_app.ui.plumbing.i18n import (
    current_language,
    localized,
    mark_as_data,
    ui_languages,
    use_language,
)
from desk_app.ui.plumbing.qt_values import chosen_value
from desk_app.ui.plumbing.theme import apply_theme

PAPER = {
    "80mm": QT_TRANSLATE_NOOP("SettingsDialog", "80 mm roll"),
    "a4": QT_TRANSLATE_NOOP("SettingsDialog", "A4"),
}
THEMES = {
    "standard": QT_TRANSLATE_NOOP("SettingsDialog", "Standard"),
    "high_contrast": QT_TRANSLATE_NOOP("SettingsDialog", "High contrast"),
}
PRINTING = {
    "default_printer": QT_TRANSLATE_NOOP("SettingsDialog", "Print on the default printer"),
    "dialog": QT_TRANSLATE_NOOP("SettingsDialog", "Ask with a print dialog"),
    "none": QT_TRANSLATE_NOOP("SettingsDialog", "Do not print"),
}
TITLES = {
    "ui.language": QT_TRANSLATE_NOOP("SettingsDialog", "Screen lan&guage"),
    "receipt.paper": QT_TRANSLATE_NOOP("SettingsDialog", "Receipt &paper"),
    "printing.mode": QT_TRANSLATE_NOOP("SettingsDialog", "After &saving"),
    "desk.staff_id": QT_TRANSLATE_NOOP("SettingsDialog", "Default s&taff ID"),
    "ui.theme": QT_TRANSLATE_NOOP("SettingsDialog", "&Colours"),
    "ui.large_mode": QT_TRANSLATE_NOOP("SettingsDialog", "&Large mode"),
}
HELP = {
    "ui.language": QT_TRANSLATE_NOOP(
        "SettingsDialog", "The language of these screens; receipts are chosen per record."
    ),
    "receipt.paper": QT_TRANSLATE_NOOP("SettingsDialog", "The paper the receipt printer uses."),
    "printing.mode": QT_TRANSLATE_NOOP(
        "SettingsDialog", "What happens with the receipt right after saving."
    ),
    "desk.staff_id": QT_TRANSLATE_NOOP("SettingsDialog", "Filled in on every new form."),
    "ui.theme": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Standard colours, or high contrast: white text on black."
    ),
    "ui.large_mode": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Larger text, and buttons and fields at least 44 pixels tall."
    ),
}


def _choices(combo: QComboBox, items: dict[str, str], current: object) -> None:
    for value, text in items.items():
        combo.addItem(text, value)
    combo.setCurrentIndex(combo.findData(current))


class SettingsDialog(QDialog):
    """Screen language, receipt paper, printing, staff ID, colours and large mode.

    Values fixed by policy are shown but locked. Saving uses the new values at once: a new
    screen language re-labels every window without a restart.
    """

    def __init__(self, desk: DeskService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._desk = desk
        settings = desk.settings
        self.language = QComboBox()
        _choices(self.language, ui_languages(), current_language())
        mark_as_data(self.language)  # each language by its own name
        self.paper = QComboBox()
        _choices(self.paper, {k: self.tr(v) for k, v in PAPER.items()}, settings.receipt.paper)
        self.printing = QComboBox()
        _choices(
            self.printing, {k: self.tr(v) for k, v in PRINTING.items()}, settings.printing.mode
        )
        self.staff_id = QLineEdit(settings.desk.staff_id)
        self.theme = QComboBox()
        _choices(self.theme, {k: self.tr(v) for k, v in THEMES.items()}, settings.ui.theme)
        self.large_mode = QCheckBox(self.tr("Bigger text and buttons"))
        self.large_mode.setChecked(settings.ui.large_mode)
        self.editors: dict[str, QWidget] = {
            "ui.language": self.language,
            "receipt.paper": self.paper,
            "printing.mode": self.printing,
            "desk.staff_id": self.staff_id,
            "ui.theme": self.theme,
            "ui.large_mode": self.large_mode,
        }
        form = QFormLayout()
        self.notes: dict[str, QLabel] = {}
        for key, editor in self.editors.items():
            label = QLabel(self.tr(TITLES[key]))
            label.setBuddy(editor)
            describe(editor, label.text(), self.tr(HELP[key]))
            note = QLabel("")
            note.setObjectName(f"note:{key}")
            if settings.is_policy(key):
                editor.setEnabled(False)
                note.setText(self.tr("Set by your organisation"))
                note.setToolTip(settings.source(key))
                editor.setToolTip(settings.source(key))
            self.notes[key] = note
            form.addRow(label, editor)
            form.addRow("", note)
        api_url = settings.api.url or self.tr("none (records stay on this desk)")
        address = QLabel(api_url)
        if settings.api.url:
            mark_as_data(address)
        address.setWordWrap(True)
        form.addRow(self.tr("Case system:"), address)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        describe_buttons(
            buttons,
            {
                QDialogButtonBox.StandardButton.Save: self.tr("Saves and uses the settings."),
                QDialogButtonBox.StandardButton.Cancel: self.tr("Changes nothing."),
            },
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def changes(self) -> dict[str, object]:
        """The values the worker changed (never those fixed by policy)."""
        chosen = {
            "ui.language": chosen_value(self.language),
            "receipt.paper": chosen_value(self.paper),
            "printing.mode": chosen_value(self.printing),
            "desk.staff_id": self.staff_id.text().strip(),
            "ui.theme": chosen_value(self.theme),
            "ui.large_mode": self.large_mode.isChecked(),
        }
        return self._desk.settings_service.changes_from(chosen)

    def save(self) -> None:
        """Write the changes to the user file and use them at once."""
        changes = self.changes()
        try:
            settings = self._desk.settings_service.save_user_changes(changes)
        except SettingsNotSaved as error:  # a full disk, a folder not there or not writable
            QMessageBox.warning(self, self.tr("Settings not saved"), localized(message_of(error)))
            return
        except ConfigError as error:  # the dialog only offers valid values; kept as a guard
            QMessageBox.warning(self, self.tr("Settings not saved"), str(error))
            return
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        if {"ui.theme", "ui.large_mode"} & changes.keys():
            apply_theme(app, theme=settings.ui.theme, large=settings.ui.large_mode)
        if chosen_value(self.language) != current_language():
            use_language(settings.ui.language, app)
        self.accept()
