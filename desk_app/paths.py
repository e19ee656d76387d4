"""Where the desk keeps its data and logs: the settings' choice, or the user's standard folders."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desk_app.settings import Settings

APP_NAME = "FeedbackDesk"


@dataclass(frozen=True)
class DeskPaths:
    """The folders and files of one installation (one data folder = one desk's store)."""

    data_dir: Path
    log_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "desk.sqlite3"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "desk.lock"

    @property
    def device_id_file(self) -> Path:
        return self.data_dir / "device-id"

    @classmethod
    def from_settings(cls, settings: Settings) -> DeskPaths:
        """Resolve the folders; with a data folder set, logs go inside it unless set too."""
        from platformdirs import user_data_dir, user_log_dir

        data_setting = settings.folders.data_dir
        data_dir = Path(data_setting) if data_setting else Path(user_data_dir(APP_NAME, False))
        log_setting = settings.folders.log_dir
        if log_setting:
            log_dir = Path(log_setting)
        elif data_setting:
            log_dir = data_dir / "logs"
        else:
            log_dir = Path(user_log_dir(APP_NAME, False))
        return cls(data_dir=data_dir.expanduser(), log_dir=log_dir.expanduser())

    def ensure(self) -> None:
        """Create the folders (the data folder may be new on a fresh desk)."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.log_dir.mkdir(parents=True, exist_ok=True)
