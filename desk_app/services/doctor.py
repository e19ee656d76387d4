"""`desk-app doctor`: check what a desk needs and say plainly what is wrong."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from desk_app.paths import DeskPaths
from desk_app.settings import ConfigError, Settings, load_settings

MIN_FREE_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Check:
    """One finding: what was checked, whether it is fine, and the detail to act on."""

    name: str
    ok: bool
    detail: str


def run_checks(
    environ: Mapping[str, str] | None = None,
    *,
    data_dir_override: str | None = None,
    free_bytes: Callable[[Path], int] = lambda path: shutil.disk_usage(path).free,
) -> list[Check]:
    """Every check, in order; later checks are skipped when settings cannot be read."""
    try:
        settings: Settings = load_settings(environ=environ)
        if data_dir_override:
            settings = settings.with_override("data_dir", data_dir_override, "command line")
    except ConfigError as error:
        return [Check("settings", False, str(error))]
    checks = [Check("settings", True, "all settings files and variables are valid")]
    paths = DeskPaths.from_settings(settings)
    checks.append(_writable("data folder", paths.data_dir))
    checks.append(_writable("log folder", paths.log_dir))
    checks.append(_database(paths.database))
    if paths.data_dir.exists():
        free = free_bytes(paths.data_dir)
        checks.append(
            Check(
                "free disk",
                free >= MIN_FREE_BYTES,
                f"{free / 1024**2:,.0f} MB free in {paths.data_dir}"
                + ("" if free >= MIN_FREE_BYTES else " — free some space: saving may fail"),
            )
        )
    return checks


def _writable(name: str, folder: Path) -> Check:
    if not folder.exists():
        return Check(name, True, f"{folder} will be created at first start")
    if not os.access(folder, os.W_OK):
        return Check(name, False, f"{folder} is not writable by this user")
    return Check(name, True, str(folder))


def _database(path: Path) -> Check:
    if not path.exists():
        return Check("database", True, f"{path} will be created at first start")
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
        connection.close()
    except sqlite3.DatabaseError as error:
        return Check("database", False, f"{path} cannot be read as a database: {error}")
    result = "; ".join(str(row[0]) for row in rows)
    if result != "ok":
        return Check("database", False, f"{path} failed the integrity check: {result[:500]}")
    return Check("database", True, f"{path} passed the integrity check")
