"""The effective settings: typed sections to read, and where each value came from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import Any, TypeVar

from desk_app.settings.schema import (
    SECTIONS,
    SPECS,
    ApiSettings,
    DeskSettings,
    FolderSettings,
    PrintingSettings,
    PrivacySettings,
    PromiseSettings,
    RatingSettings,
    ReceiptSettings,
    SiteSettings,
    SyncSettings,
    UiSettings,
    coerce,
    language_variant,
    spec_of,
)

DEFAULT_SOURCE = "built-in default"
POLICY_KEY = r"Software\Policies\FeedbackDesk"
POLICY_MARK = "set by your organisation"
# The layers the desk's user controls: their own file, and the variables of their session.
USER_LAYERS = ("user file", "environment")
IT_ONLY_NOTE = "only IT's machine settings file or Group Policy may set it"
_Section = TypeVar("_Section")


@dataclass(frozen=True)
class Setting:
    """A resolved value and the layer it came from."""

    value: Any
    source: str


@dataclass(frozen=True)
class Settings:
    """The effective settings. Code reads typed sections: ``settings.sync.interval_seconds``.

    ``values`` keeps every key's value and source for ``config show`` and the policy marks;
    ``ignored`` the values a user's layer gave for an IT-only setting, which count for nothing
    (``config show`` lists them, the log warns of them).
    """

    values: Mapping[str, Setting]
    ignored: Mapping[str, tuple[Setting, ...]] = field(default_factory=dict)

    @classmethod
    def defaults(cls) -> Settings:
        """Every setting at its built-in default."""
        return cls({spec.key: Setting(spec.default, DEFAULT_SOURCE) for spec in SPECS})

    def _section(self, section_type: type[_Section]) -> _Section:
        prefix = next(name for name, kind in SECTIONS.items() if kind is section_type)
        keys = {
            item.name: f"{prefix}.{item.name}" if prefix else item.name
            for item in fields(section_type)  # type: ignore[arg-type]
        }
        return section_type(**{name: self.values[key].value for name, key in keys.items()})

    @cached_property
    def folders(self) -> FolderSettings:
        return self._section(FolderSettings)

    @cached_property
    def site(self) -> SiteSettings:
        return self._section(SiteSettings)

    @cached_property
    def receipt(self) -> ReceiptSettings:
        return self._section(ReceiptSettings)

    @cached_property
    def printing(self) -> PrintingSettings:
        return self._section(PrintingSettings)

    @cached_property
    def desk(self) -> DeskSettings:
        return self._section(DeskSettings)

    @cached_property
    def ui(self) -> UiSettings:
        return self._section(UiSettings)

    @cached_property
    def api(self) -> ApiSettings:
        return self._section(ApiSettings)

    @cached_property
    def sync(self) -> SyncSettings:
        return self._section(SyncSettings)

    @cached_property
    def promise(self) -> PromiseSettings:
        return self._section(PromiseSettings)

    @cached_property
    def privacy(self) -> PrivacySettings:
        return self._section(PrivacySettings)

    @cached_property
    def rating(self) -> RatingSettings:
        return self._section(RatingSettings)

    def value(self, key: str) -> object:
        """One value by its dotted key, for code that lists settings (config show, dialogs)."""
        return self.values[key].value

    def source(self, key: str) -> str:
        """The layer ``key``'s value came from ("user file …", "policy HKLM …")."""
        return self.values[key].source

    def in_language(self, key: str, language: str) -> str:
        """A per-language text for receipts in ``language``: its own variant, else the plain
        value when ``language`` is the site's, else "" (the caller's built-in text)."""
        variant = self.values.get(language_variant(key, language))
        if variant is not None and variant.value:
            return str(variant.value)
        return str(self.values[key].value) if language == self.site.language else ""

    def set_by_it(self, key: str) -> bool:
        """True when ``key``'s value is the built-in default or came from one of IT's layers
        (the machine file, Group Policy), never from a layer the desk's user controls."""
        source = self.values[key].source
        return not is_user_layer(source) and (
            source == DEFAULT_SOURCE or source.startswith("machine file") or POLICY_MARK in source
        )

    def ignored_warnings(self) -> list[str]:
        """One line per ignored value, for the log: the key and the layer, never the value
        (a supervisor list names workers)."""
        return [
            f"{key} from the {ignored.source} is ignored: {IT_ONLY_NOTE}"
            for key, values in sorted(self.ignored.items())
            for ignored in values
        ]

    def is_policy(self, key: str) -> bool:
        """True when Group Policy sets ``key``: the desk must not offer to change it."""
        return POLICY_MARK in self.values[key].source

    def with_override(self, key: str, value: Any, source: str) -> Settings:
        """A copy with one value replaced (the command line's ``--data-dir``, say)."""
        return self.with_changes({key: value}, source)

    def with_changes(self, changes: Mapping[str, Any], source: str) -> Settings:
        """A copy with several values replaced, each checked; an IT-only setting from a
        user's layer (``source`` "user file …", say) is ignored, as at start-up."""
        values = dict(self.values)
        ignored = {key: tuple(settings) for key, settings in self.ignored.items()}
        for key, value in changes.items():
            place(values, ignored, key, Setting(coerce(key, value, source), source))
        return Settings(values, ignored)


def is_user_layer(source: str) -> bool:
    """True for a value from a layer the desk's user controls (their file, their variables)."""
    return source.startswith(USER_LAYERS)


def it_only(key: str) -> bool:
    """True for a setting only IT's layers may set (``schema.setting(it_only=True)``)."""
    spec = spec_of(key)
    return spec is not None and spec.it_only


def place(
    values: dict[str, Setting],
    ignored: dict[str, tuple[Setting, ...]],
    key: str,
    setting: Setting,
) -> None:
    """Put ``setting`` in force for ``key`` — unless it is an IT-only setting from a layer
    the desk's user controls: then it is only noted in ``ignored``. A desk worker must not
    make themselves a supervisor, turn the PIN or the idle lock off, or keep personal data
    longer, through their own file or a variable."""
    if it_only(key) and is_user_layer(setting.source):
        ignored[key] = (*ignored.get(key, ()), setting)
    else:
        values[key] = setting
