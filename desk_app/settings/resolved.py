"""The effective settings: typed sections to read, and where each value came from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
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
)

DEFAULT_SOURCE = "built-in default"
POLICY_KEY = r"Software\Policies\FeedbackDesk"
POLICY_MARK = "set by your organisation"
_Section = TypeVar("_Section")


@dataclass(frozen=True)
class Setting:
    """A resolved value and the layer it came from."""

    value: Any
    source: str


@dataclass(frozen=True)
class Settings:
    """The effective settings. Code reads typed sections: ``settings.sync.interval_seconds``.

    ``values`` keeps every key's value and source for ``config show`` and the policy marks.
    """

    values: Mapping[str, Setting]

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

    def is_policy(self, key: str) -> bool:
        """True when Group Policy sets ``key``: the desk must not offer to change it."""
        return POLICY_MARK in self.values[key].source

    def with_override(self, key: str, value: Any, source: str) -> Settings:
        """A copy with one value replaced (the command line's ``--data-dir``, say)."""
        return Settings({**self.values, key: Setting(coerce(key, value, source), source)})

    def with_changes(self, changes: Mapping[str, Any], source: str) -> Settings:
        """A copy with several values replaced, each checked."""
        values = dict(self.values)
        for key, value in changes.items():
            values[key] = Setting(coerce(key, value, source), source)
        return Settings(values)
