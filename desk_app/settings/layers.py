r"""Reading the layers: built-in defaults < machine file < user file < environment < Group
Policy (user, then machine).

The settings that decide who may do what, or that weaken the protection of personal data
(``schema.setting(it_only=True)``: the supervisors, the sign-in, the idle lock, retention, the
unencrypted allowance, staff IDs on ratings) count only from IT's layers — the machine file and
Group Policy. The user file and the environment are the desk worker's to change, so a value
there is checked, then ignored and kept in ``Settings.ignored`` for ``config show`` and the log.

IT's installer writes the machine-wide file; a desk may override in the per-user file;
``DESK_APP_*`` variables win over both (handy for tests and for a second installation); a
value set by Group Policy (Windows registry, HKCU then HKLM ``Software\Policies\FeedbackDesk``)
wins over all of them and is shown as "set by your organisation". The command line's
``--data-dir`` wins over everything. Every value remembers where it came from, so
``desk-app config show`` can answer "why is it set like that?".

A broken file stops start-up with a message naming the file, the line and the key: the app
never runs on a half-read configuration.
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
from collections.abc import Mapping
from enum import Enum
from pathlib import Path
from typing import Any, Protocol

from desk_app.settings.resolved import (
    POLICY_KEY,
    POLICY_MARK,
    Setting,
    Settings,
    place,
)
from desk_app.settings.schema import SPECS, ConfigError, coerce, env_name, language_variant


def machine_settings_path() -> Path:
    """Where IT's installer (or configuration management) puts the machine-wide file."""
    if sys.platform == "win32":
        program_data = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return Path(program_data) / "FeedbackDesk" / "settings.toml"
    return Path("/etc/feedback-desk/settings.toml")


def machine_settings_file(environ: Mapping[str, str] | None = None) -> Path:
    """The machine-wide file in force. ``DESK_APP_MACHINE_SETTINGS`` may point elsewhere when
    the app runs from source (development, the tests, a trial); the installed app (frozen by
    PyInstaller) reads IT's place only: that file decides who is a supervisor, and a variable
    is the user's own to set."""
    environ = os.environ if environ is None else environ
    override = environ.get("DESK_APP_MACHINE_SETTINGS")
    if override and not getattr(sys, "frozen", False):
        return Path(override)
    return machine_settings_path()


def user_settings_path() -> Path:
    """The per-user settings file."""
    from platformdirs import user_config_dir

    return Path(user_config_dir("FeedbackDesk", appauthor=False)) / "settings.toml"


def user_settings_file(environ: Mapping[str, str] | None = None) -> Path:
    """The per-user settings file in force (``DESK_APP_USER_SETTINGS`` may point elsewhere)."""
    environ = os.environ if environ is None else environ
    return Path(environ.get("DESK_APP_USER_SETTINGS", user_settings_path()))


def _flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for name, value in table.items():
        key = f"{prefix}{name}"
        if isinstance(value, Mapping):
            flat.update(_flatten(value, key + "."))
        else:
            flat[key] = value
    return flat


def _line_of(text: str, key: str) -> int | None:
    """The line where ``key`` (dotted) is assigned, for messages; None if not found."""
    section, _, name = key.rpartition(".")
    current = ""
    for number, line in enumerate(text.splitlines(), start=1):
        header = re.match(r"^\s*\[([^\]]+)\]", line)
        if header:
            current = header.group(1).strip()
        elif (re.match(rf"^\s*{re.escape(name)}\s*=", line) and current == section) or (
            re.match(rf"^\s*{re.escape(key)}\s*=", line) and current == ""
        ):
            return number
    return None


def read_file_layer(path: Path) -> dict[str, Any]:
    """The settings in one TOML file (empty when it does not exist), checked and converted."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"Settings file {path} cannot be read: {error}.") from error
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"Settings file {path} is not valid TOML: {error}.") from error
    except (RecursionError, MemoryError, ValueError) as error:
        # Thousands of nested brackets exhaust the parser's stack (RecursionError); whatever
        # else a parser may raise on a hostile file, the desk says which file, never crashes.
        raise ConfigError(
            f"Settings file {path} cannot be read: it is nested too deeply or too large "
            f"({type(error).__name__})."
        ) from None
    layer = {}
    for key, value in _flatten(table).items():
        line = _line_of(text, key)
        where = f"{path}, line {line}" if line else str(path)
        layer[key] = coerce(key, value, where)
    return layer


def read_env_layer(environ: Mapping[str, str]) -> dict[str, Any]:
    """Settings given as ``DESK_APP_SITE_NAME=...`` variables."""
    layer = {}
    for spec in SPECS:
        if spec.env_name in environ:
            layer[spec.key] = coerce(
                spec.key, environ[spec.env_name], spec.env_name, from_text=True
            )
        if spec.per_language:  # DESK_APP_RECEIPT_FA_PRIVACY for receipt.fa.privacy
            section, _, name = spec.key.rpartition(".")
            pattern = re.compile(
                rf"DESK_APP_{section.upper()}_([A-Z]{{2,3}})_{name.upper()}", re.ASCII
            )
            for variable, value in environ.items():
                found = pattern.fullmatch(variable)
                if found:
                    key = language_variant(spec.key, found.group(1).lower())
                    layer[key] = coerce(key, value, variable, from_text=True)
    return layer


# Variables the desk reads that are not settings: where the settings files are, the access token
# for a desk without a keyring (sync.credentials), and the start-up benchmark's signal.
OTHER_VARIABLES = frozenset(
    {
        "DESK_APP_MACHINE_SETTINGS",
        "DESK_APP_USER_SETTINGS",
        "DESK_APP_API_TOKEN",
        "DESK_APP_EXIT_AFTER_START",
    }
)


def unknown_variables(environ: Mapping[str, str]) -> list[str]:
    """``DESK_APP_*`` variables that set nothing (a typo, or a setting that was renamed).

    They are not refused — a stray variable must not stop a desk — but ``doctor`` names them,
    with the closest known name.
    """
    import difflib

    known = {spec.env_name for spec in SPECS} | OTHER_VARIABLES
    per_language = {env_name(key) for key in read_env_layer(environ)}  # receipt.fa.privacy …
    unknown = []
    for variable in sorted(environ):
        if not variable.startswith("DESK_APP_") or variable in known | per_language:
            continue
        close = difflib.get_close_matches(variable, sorted(known), n=1)
        unknown.append(variable + (f" (did you mean {close[0]}?)" if close else ""))
    return unknown


class RegistryReader(Protocol):
    """Reads one registry value; the only part of the policy layer that needs Windows."""

    def read_value(self, root: str, key_path: str, name: str) -> object | None:
        """The value, or None when the key or value does not exist."""


class WinregReader:
    """RegistryReader over the real Windows registry (HKLM / HKCU)."""

    def read_value(self, root: str, key_path: str, name: str) -> object | None:
        import importlib

        # Imported by name: the module (and its type stubs) exist on Windows only.
        winreg: Any = importlib.import_module("winreg")

        hive = {"HKLM": winreg.HKEY_LOCAL_MACHINE, "HKCU": winreg.HKEY_CURRENT_USER}[root]
        try:
            with winreg.OpenKey(hive, key_path) as key:
                value: object = winreg.QueryValueEx(key, name)[0]
        except OSError:
            return None
        return value


def read_policy_layers(reader: RegistryReader | None) -> list[tuple[str, dict[str, Any]]]:
    r"""Group Policy values, user policy first and machine policy last (it wins).

    Each setting ``section.name`` lives at ``<root>\Software\Policies\FeedbackDesk\section``,
    value ``name`` (REG_SZ, or REG_DWORD for numbers).
    """
    if reader is None:
        return []
    layers = []
    for root in ("HKCU", "HKLM"):
        source = f"policy {root}\\{POLICY_KEY} ({POLICY_MARK})"
        layer = {}
        for spec in SPECS:
            section, _, name = spec.key.rpartition(".")
            key_path = POLICY_KEY + ("\\" + section if section else "")
            value = reader.read_value(root, key_path, name)
            if value is not None:
                layer[spec.key] = coerce(spec.key, value, source, from_text=True)
        layers.append((source, layer))
    return layers


def default_registry_reader() -> RegistryReader | None:
    """The registry on Windows; no policy layer elsewhere."""
    return WinregReader() if sys.platform == "win32" else None


class _SystemRegistry(Enum):
    """The default of ``load_settings(registry=…)``: this machine's registry, if it has one."""

    READER = "the system's registry"


SYSTEM_REGISTRY = _SystemRegistry.READER


def load_settings(
    *,
    machine_file: Path | None = None,
    user_file: Path | None = None,
    environ: Mapping[str, str] | None = None,
    registry: RegistryReader | _SystemRegistry | None = SYSTEM_REGISTRY,
) -> Settings:
    """Resolve every setting through the layers; raises ConfigError on any broken layer."""
    environ = os.environ if environ is None else environ
    machine_file = machine_file or machine_settings_file(environ)
    user_file = user_file or user_settings_file(environ)
    values = dict(Settings.defaults().values)
    reader = default_registry_reader() if registry is SYSTEM_REGISTRY else registry
    layers = [
        (f"machine file {machine_file}", read_file_layer(machine_file)),
        (f"user file {user_file}", read_file_layer(user_file)),
        ("environment", read_env_layer(environ)),
        *read_policy_layers(reader),
    ]
    ignored: dict[str, tuple[Setting, ...]] = {}
    for source, layer in layers:
        for key, value in layer.items():
            detail = source
            if source == "environment":
                detail = f"environment {env_name(key)}"
            place(values, ignored, key, Setting(value, detail))
    return Settings(values, ignored)
