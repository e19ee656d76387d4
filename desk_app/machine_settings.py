"""Writing the machine-wide settings file, as IT's installer does it (`desk-app machine-settings`).

The MSI passes its public properties (API_URL, SITE_ID …) to this command. Only values that are
given change; everything IT set before stays, comments and layout included (tomlkit), so a
repair or an upgrade without new values keeps the desk's configuration. The file is replaced
atomically and is always valid TOML.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.exceptions import TOMLKitError

from desk_app.settings import ConfigError, coerce

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
        changes[key] = coerce(key, value, f"installer property {name}")
    return changes


def merge_into_file(
    path: Path,
    changes: Mapping[str, Any],
    *,
    written_by: str = "the Feedback Desk installer (desk-app machine-settings)",
) -> Path | None:
    """Write ``changes`` into the TOML file at ``path``, keeping its other values.

    A file that is not valid TOML is kept beside it (``.broken-<time>``) and replaced; returns
    that copy's path, or None.
    """
    document = tomlkit.document()
    kept_broken: Path | None = None
    if path.exists():
        try:
            document = tomlkit.parse(path.read_text(encoding="utf-8"))
        except (TOMLKitError, UnicodeDecodeError):
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            kept_broken = path.with_name(f"{path.name}.broken-{stamp}")
            path.replace(kept_broken)
    if not document.body:
        document.add(tomlkit.comment(f"Written by {written_by}."))
    for key, value in changes.items():
        *sections, name = key.split(".")
        target: Any = document
        for section in sections:
            if section not in target:
                target[section] = tomlkit.table()
            target = target[section]
        target[name] = value
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".part")
    with temporary.open("w", encoding="utf-8") as handle:
        handle.write(tomlkit.dumps(document))
        handle.flush()
        os.fsync(handle.fileno())  # on disk before it replaces the old file: no empty file
    os.replace(temporary, path)  # after a power cut
    return kept_broken
