"""The desk's settings: the schema (``schema``), the layers they are read from (``layers``), the
effective typed values (``resolved``), and the writers of settings files (``writer``,
``installer``).
"""

from desk_app.settings.layers import (
    SYSTEM_REGISTRY,
    RegistryReader,
    load_settings,
    machine_settings_path,
    user_settings_file,
)
from desk_app.settings.resolved import (
    DEFAULT_SOURCE,
    IT_ONLY_NOTE,
    POLICY_KEY,
    POLICY_MARK,
    Setting,
    Settings,
)
from desk_app.settings.schema import (
    SPECS,
    SPECS_BY_KEY,
    ConfigError,
    SettingSpec,
    coerce,
    language_variant,
)

__all__ = [
    "DEFAULT_SOURCE",
    "IT_ONLY_NOTE",
    "POLICY_KEY",
    "POLICY_MARK",
    "SPECS",
    "SPECS_BY_KEY",
    "SYSTEM_REGISTRY",
    "ConfigError",
    "RegistryReader",
    "Setting",
    "SettingSpec",
    "Settings",
    "coerce",
    "language_variant",
    "load_settings",
    "machine_settings_path",
    "user_settings_file",
]
