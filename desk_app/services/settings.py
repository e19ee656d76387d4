"""Use case "change the desk's settings": the one holder of the settings in force.

Every service reads the settings through this holder, so a change made in the Settings dialog
reaches all of them at once; nobody keeps a copy that could go stale.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path

from desk_app.domain.messages import QT_TRANSLATE_NOOP
from desk_app.settings import Settings, coerce, user_settings_file

logger = logging.getLogger(__name__)
SettingsListener = Callable[[Settings], None]


class SettingsNotSaved(Exception):
    """The user settings file could not be written; nothing changed. The message says why."""


class SettingsService:
    """The effective settings, and the worker's own changes to them (the per-user file)."""

    def __init__(self, settings: Settings, *, user_file: Path | None = None) -> None:
        self._current = settings
        self._user_file = user_file
        self._listeners: list[SettingsListener] = []

    @property
    def current(self) -> Settings:
        """The settings in force now."""
        return self._current

    @property
    def user_file(self) -> Path:
        """Where the worker's own choices are written."""
        return self._user_file or user_settings_file()

    def subscribe(self, listener: SettingsListener) -> None:
        """Call ``listener`` with the new settings after every change."""
        self._listeners.append(listener)

    def changes_from(self, chosen: Mapping[str, object]) -> dict[str, object]:
        """The chosen values that differ from those in force (never those fixed by policy)."""
        settings = self._current
        return {
            key: value
            for key, value in chosen.items()
            if value != settings.value(key) and not settings.is_policy(key)
        }

    def save_user_changes(self, changes: Mapping[str, object]) -> Settings:
        """Check ``changes``, write them to the user file and use them at once.

        Raises ConfigError for a value the desk cannot run with and SettingsNotSaved when the
        file cannot be written; in both cases nothing has changed.
        """
        path = self.user_file
        source = f"user file {path}"
        checked = {key: coerce(key, value, source) for key, value in changes.items()}
        if not checked:
            return self._current
        if any(self._current.is_policy(key) for key in checked):
            raise SettingsNotSaved(
                QT_TRANSLATE_NOOP("Settings", "A value set by your organisation cannot be changed.")
            )
        try:
            from desk_app.settings.writer import merge_into_file  # tomlkit: only when saving

            merge_into_file(path, checked, written_by="Feedback Desk's Settings dialog")
        except OSError as error:  # a full disk, a folder that is not there or not writable
            reason = error.strerror or str(error)
            logger.warning("The user settings file could not be written: %s", reason)
            raise SettingsNotSaved(
                QT_TRANSLATE_NOOP(
                    "SettingsDialog",
                    "Your settings could not be written to {path} ({reason}). Nothing has "
                    "changed. Ask IT support if this happens again.",
                ).format(path=str(path), reason=reason)
            ) from error
        self._current = self._current.with_changes(checked, source)
        logger.info("Settings changed: %s", ", ".join(sorted(checked)))
        for listener in self._listeners:
            listener(self._current)
        return self._current
