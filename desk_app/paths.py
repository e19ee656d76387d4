"""Where the desk keeps its data and logs: the settings' choice, or the user's standard folders."""

from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from desk_app.settings import Settings

APP_NAME = "FeedbackDesk"
# Residents' words and contact details live in these folders: on a shared PC, only the desk
# user may read them. (Windows: the per-user folders' ACLs already say so; see README.)
PRIVATE_FOLDER, PRIVATE_FILE = 0o700, 0o600


def keep_new_files_private() -> None:
    """From now on, files and folders this process creates are readable by the user alone
    (umask 077): the database, its WAL, backups, logs, receipts and exports alike."""
    if sys.platform != "win32":
        os.umask(0o077)


def make_private(path: Path) -> None:
    """Take group and other permissions away from an existing file or folder of ours (one
    made by an older version, or copied in), when this user owns it."""
    if sys.platform == "win32" or not path.exists() or path.is_symlink():
        return
    info = path.stat()
    if info.st_uid != os.getuid() or not info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        return
    path.chmod(PRIVATE_FOLDER if path.is_dir() else PRIVATE_FILE)


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
        """Create the folders (the data folder may be new on a fresh desk), private to the
        user, and tighten what an older version left readable to others."""
        for folder in (self.data_dir, self.log_dir):
            folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
            make_private(folder)
            for child in folder.iterdir():
                make_private(child)
        if self.backups.is_dir():
            for copy in self.backups.iterdir():
                make_private(copy)
