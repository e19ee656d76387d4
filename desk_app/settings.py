r"""Layered settings with provenance: built-in defaults < machine file < user file < environment
< Group Policy (user, then machine).

IT's installer writes the machine-wide file; a desk may override in the per-user file;
``DESK_APP_*`` variables win over both (handy for tests and for a second installation); a
value set by Group Policy (Windows registry, HKCU then HKLM ``Software\Policies\FeedbackDesk``)
wins over all of them and is shown as "set by your organisation". The command line's
``--data-dir`` wins over everything. Every value remembers where it came
from, so ``desk-app config show`` can answer "why is it set like that?".

A broken file stops start-up with a message naming the file, the line and the key: the app
never runs on a half-read configuration.
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, Protocol

from desk_app.domain.reference import is_valid_site_code

DEFAULT_SOURCE = "built-in default"
POLICY_KEY = r"Software\Policies\FeedbackDesk"
POLICY_MARK = "set by your organisation"


class ConfigError(Exception):
    """A settings file or variable that cannot be used; the message says which and why."""


def _env_name(key: str) -> str:
    return "DESK_APP_" + key.replace(".", "_").upper()


@dataclass(frozen=True)
class SettingSpec:
    """One known setting: its type, default and what it means."""

    key: str
    default: Any
    help: str
    kind: type = str
    choices: tuple[str, ...] = ()
    check: Callable[[Any], str | None] | None = None
    # A text the site may also give per receipt language: `receipt.fa.next_steps`.
    per_language: bool = False

    @property
    def env_name(self) -> str:
        return _env_name(self.key)


def _site_code_problem(value: Any) -> str | None:
    return None if is_valid_site_code(value) else "must be 2 to 6 capital letters A–Z"


def _positive(value: Any) -> str | None:
    return None if value > 0 else "must be greater than 0"


SPECS: tuple[SettingSpec, ...] = (
    SettingSpec("data_dir", "", "Folder for the database, backups and lock (empty: per user)."),
    SettingSpec("log_dir", "", "Folder for log files (empty: the user's log folder)."),
    SettingSpec("site.id", "local-desk", "The site's ID in the case system."),
    SettingSpec("site.name", "Reception", "The site's name, printed on receipts."),
    SettingSpec(
        "site.code", "FBD", "Letters that start every reference number.", check=_site_code_problem
    ),
    SettingSpec("site.language", "sv", "The site's language: the default receipt language."),
    SettingSpec(
        "site.contact",
        "021-39 00 00 · kontaktcenter@example.se",
        "How residents reach the municipality, printed on receipts.",
    ),
    SettingSpec(
        "receipt.next_steps",
        "",
        "What happens next, printed on receipts in the site's language; receipt.<language>."
        "next_steps for another language (empty: the built-in text in the receipt's language).",
        per_language=True,
    ),
    SettingSpec(
        "receipt.privacy",
        "",
        "The privacy notice printed on receipts in the site's language; receipt.<language>."
        "privacy for another language (empty: the built-in text in the receipt's language).",
        per_language=True,
    ),
    SettingSpec("receipt.paper", "80mm", "Receipt paper: 80mm roll or A4.", choices=("80mm", "a4")),
    SettingSpec(
        "printing.mode",
        "default_printer",
        "After saving: print to the default printer, ask with a dialog, or do not print.",
        choices=("default_printer", "dialog", "none"),
    ),
    SettingSpec("desk.staff_id", "", "Staff ID filled in on the form (empty: type it each time)."),
    SettingSpec("ui.language", "sv", "The language of the desk worker's screens."),
    SettingSpec(
        "ui.theme",
        "standard",
        "Colours: standard, or high contrast (white on black).",
        choices=("standard", "high_contrast"),
    ),
    SettingSpec(
        "ui.large_mode",
        False,
        "Bigger text and targets of at least 44 px (care homes, touch screens).",
        kind=bool,
    ),
    SettingSpec("api.url", "", "The central case API (empty: records stay on this desk)."),
    SettingSpec(
        "api.protocol", "case-api-v1", "The API's protocol.", choices=("case-api-v1", "open311")
    ),
    SettingSpec("api.timeout_seconds", 10.0, "Network timeout.", kind=float, check=_positive),
    SettingSpec("api.ca_bundle", "", "A CA bundle file for the API's TLS (empty: the system's)."),
    SettingSpec(
        "sync.interval_seconds",
        60.0,
        "How often the desk tries to send and fetch updates.",
        kind=float,
        check=_positive,
    ),
)
SPECS_BY_KEY = {spec.key: spec for spec in SPECS}
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def language_variant(key: str, language: str) -> str:
    """The key of ``key``'s text for one language: receipt.privacy → receipt.fa.privacy."""
    section, _, name = key.rpartition(".")
    return f"{section}.{language}.{name}"


def _spec_of(key: str) -> SettingSpec | None:
    """The spec for ``key``, also for a language variant of a per-language text."""
    spec = SPECS_BY_KEY.get(key)
    if spec is not None:
        return spec
    parts = key.rsplit(".", 2)  # the inverse of language_variant
    if len(parts) != 3 or not _LANGUAGE_CODE.fullmatch(parts[1]):
        return None
    base = SPECS_BY_KEY.get(f"{parts[0]}.{parts[2]}")
    return base if base is not None and base.per_language else None


@dataclass(frozen=True)
class Setting:
    """A resolved value and the layer it came from."""

    value: Any
    source: str


@dataclass(frozen=True)
class Settings:
    """The effective settings. Read values with ``settings["site.name"]``."""

    values: Mapping[str, Setting]

    def __getitem__(self, key: str) -> Any:
        return self.values[key].value

    def source(self, key: str) -> str:
        return self.values[key].source

    def in_language(self, key: str, language: str) -> str:
        """A per-language text for receipts in ``language``: its own variant, else the plain
        value when ``language`` is the site's, else "" (the caller's built-in text)."""
        variant = self.values.get(language_variant(key, language))
        if variant is not None and variant.value:
            return str(variant.value)
        return str(self[key]) if language == self["site.language"] else ""

    def is_policy(self, key: str) -> bool:
        """True when Group Policy sets ``key``: the desk must not offer to change it."""
        return POLICY_MARK in self.values[key].source

    def with_override(self, key: str, value: Any, source: str) -> Settings:
        """A copy with one value replaced (the command line's ``--data-dir``, say)."""
        return Settings({**self.values, key: Setting(coerce(key, value, source), source)})


def machine_settings_path() -> Path:
    """Where IT's installer (or configuration management) puts the machine-wide file."""
    if sys.platform == "win32":
        program_data = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return Path(program_data) / "FeedbackDesk" / "settings.toml"
    return Path("/etc/feedback-desk/settings.toml")


def user_settings_path() -> Path:
    """The per-user settings file."""
    from platformdirs import user_config_dir

    return Path(user_config_dir("FeedbackDesk", appauthor=False)) / "settings.toml"


def user_settings_file(environ: Mapping[str, str] | None = None) -> Path:
    """The per-user settings file in force (``DESK_APP_USER_SETTINGS`` may point elsewhere)."""
    environ = os.environ if environ is None else environ
    return Path(environ.get("DESK_APP_USER_SETTINGS", user_settings_path()))


def coerce(key: str, value: Any, source: str) -> Any:
    """Check ``value`` for ``key`` and convert it to the setting's type, or raise ConfigError."""
    spec = _spec_of(key)
    if spec is None:
        raise ConfigError(f"{source}: unknown setting '{key}'. Known settings: {_known()}.")
    if spec.kind is bool and isinstance(value, str | int) and not isinstance(value, bool):
        words = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}
        if str(value).strip().lower() not in words:
            raise ConfigError(f"{source}: '{key}' must be true or false, not {value!r}.")
        value = words[str(value).strip().lower()]
    if spec.kind is float and isinstance(value, int | str) and not isinstance(value, bool):
        try:
            value = float(value)
        except ValueError:
            raise ConfigError(f"{source}: '{key}' must be a number, not {value!r}.") from None
    if not isinstance(value, spec.kind) or isinstance(value, bool) != (spec.kind is bool):
        raise ConfigError(
            f"{source}: '{key}' must be {_type_name(spec.kind)}, not {_type_name(type(value))}."
        )
    if spec.choices and value not in spec.choices:
        raise ConfigError(f"{source}: '{key}' must be one of {', '.join(spec.choices)}.")
    problem = spec.check(value) if spec.check else None
    if problem:
        raise ConfigError(f"{source}: '{key}' {problem} (got {value!r}).")
    return value


def _type_name(kind: type) -> str:
    return {str: "text", float: "a number", int: "a number", bool: "true or false"}.get(
        kind, kind.__name__
    )


def _known() -> str:
    return ", ".join(spec.key for spec in SPECS)


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
            layer[spec.key] = coerce(spec.key, environ[spec.env_name], spec.env_name)
        if spec.per_language:  # DESK_APP_RECEIPT_FA_PRIVACY for receipt.fa.privacy
            section, _, name = spec.key.rpartition(".")
            pattern = re.compile(
                rf"DESK_APP_{section.upper()}_([A-Z]{{2,3}})_{name.upper()}", re.ASCII
            )
            for variable, value in environ.items():
                found = pattern.fullmatch(variable)
                if found:
                    key = language_variant(spec.key, found.group(1).lower())
                    layer[key] = coerce(key, value, variable)
    return layer


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
                layer[spec.key] = coerce(spec.key, value, source)
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
    machine_file = machine_file or Path(
        environ.get("DESK_APP_MACHINE_SETTINGS", machine_settings_path())
    )
    user_file = user_file or user_settings_file(environ)
    values = {spec.key: Setting(spec.default, DEFAULT_SOURCE) for spec in SPECS}
    reader = default_registry_reader() if registry is SYSTEM_REGISTRY else registry
    layers = [
        (f"machine file {machine_file}", read_file_layer(machine_file)),
        (f"user file {user_file}", read_file_layer(user_file)),
        ("environment", read_env_layer(environ)),
        *read_policy_layers(reader),
    ]
    for source, layer in layers:
        for key, value in layer.items():
            detail = source
            if source == "environment":
                detail = f"environment {_env_name(key)}"
            values[key] = Setting(value, detail)
    return Settings(values)
