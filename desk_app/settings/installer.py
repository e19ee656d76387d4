"""IT's installer properties (`msiexec … API_URL=… SITE_ID=…`) as settings.

The MSI passes its public properties to `desk-app machine-settings`, which turns the given ones
into settings here and writes them into the machine-wide file (``settings.writer``). Only values
that are given change, so a repair or an upgrade without new values keeps the desk's
configuration.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desk_app.settings.schema import ConfigError, coerce

# Installer property → setting key. PRINT_DIALOG is a yes/no that picks the printing mode.
INSTALLER_PROPERTIES = {
    "API_URL": "api.url",
    "API_PROTOCOL": "api.protocol",
    "SITE_ID": "site.id",
    "SITE_NAME": "site.name",
    "UI_LANGUAGE": "ui.language",
    "RECEIPT_PAPER": "receipt.paper",
    "PRINT_DIALOG": "printing.mode",
}
_YES = {"1", "yes", "true", "on"}
_NO = {"0", "no", "false", "off"}


def settings_from_properties(properties: Mapping[str, str]) -> dict[str, Any]:
    """The settings that the given (non-empty) installer properties ask for, checked."""
    changes: dict[str, Any] = {}
    for name, key in INSTALLER_PROPERTIES.items():
        value = (properties.get(name) or "").strip()
        if not value:
            continue
        if name == "PRINT_DIALOG":
            if value.lower() not in _YES | _NO:
                raise ConfigError(f"{name} must be yes or no, not {value!r}.")
            value = "dialog" if value.lower() in _YES else "default_printer"
        if name == "RECEIPT_PAPER":
            value = value.lower()
        changes[key] = coerce(key, value, f"installer property {name}", from_text=True)
    return changes
