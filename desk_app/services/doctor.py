"""`desk-app doctor`: check everything the desk needs to run, and say plainly what to do.

It uses the same code the app uses to read settings and open the store, so doctor never calls
healthy what the app would refuse, and it changes nothing while it looks.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from desk_app.paths import DeskPaths
from desk_app.services.keys import KeyringUnavailable, no_keyring, read_key
from desk_app.settings import ConfigError, Settings, load_settings
from desk_app.settings.layers import unknown_variables
from desk_app.store.database import HEAD_REVISION, inspect_database, newest_backup
from desk_app.store.encryption import is_plaintext, key_missing
from desk_app.store.errors import StoreError

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
        return [Check("settings", False, f"{error} Fix the setting; the app will not start.")]
    checks = [Check("settings", True, "all settings files and variables are valid")]
    stray = unknown_variables(os.environ if environ is None else environ)
    if stray:
        checks.append(
            Check(
                "environment",
                False,
                "these variables set nothing: " + "; ".join(stray) + ". Fix or remove them.",
            )
        )
    ignored = settings.ignored_warnings()
    if ignored:
        # Someone tried to set what only IT may (a supervisor, the idle lock …) in a layer the
        # user controls: it has no effect, and IT should know it was tried.
        checks.append(
            Check(
                "IT-only settings",
                False,
                "; ".join(ignored)
                + ". Set them in the machine file or by Group Policy, or remove them.",
            )
        )
    checks.append(_case_system(settings))
    paths = DeskPaths.from_settings(settings)
    checks.append(_writable("data folder", paths.data_dir))
    checks.append(_writable("log folder", paths.log_dir))
    key, encryption = _encryption(paths, settings.privacy.allow_without_keyring)
    checks.extend(_database(paths, key))
    checks.append(encryption)
    existing = next((p for p in (paths.data_dir, *paths.data_dir.parents) if p.exists()), None)
    if existing is not None:
        free = free_bytes(existing)
        checks.append(
            Check(
                "free disk",
                free >= MIN_FREE_BYTES,
                f"{free / 1024**2:,.0f} MB free in {existing}"
                + ("" if free >= MIN_FREE_BYTES else " — free some space: saving may fail"),
            )
        )
    return checks


def _case_system(settings: Settings) -> Check:
    api = settings.api
    if not api.url:
        return Check("case system", True, "none set (api.url is empty): records stay on this desk")
    if api.protocol == "open311" and not settings.site.address:
        # Open311 requires a location: a record without one could not be sent.
        return Check(
            "case system",
            False,
            "api.protocol open311 needs a location for every record: set site.address",
        )
    transport = (
        "https, certificates verified"
        if api.url.startswith("https://")
        else ("plain http to this computer only")
    )
    return Check("case system", True, f"{api.url} ({api.protocol}, {transport})")


def _writable(name: str, folder: Path) -> Check:
    if not folder.exists():
        parent = next((p for p in folder.parents if p.exists()), None)
        if parent is not None and not os.access(parent, os.W_OK):
            return Check(name, False, f"{folder} cannot be created: {parent} is read-only")
        return Check(name, True, f"{folder} will be created at first start")
    if not folder.is_dir():
        return Check(name, False, f"{folder} is a file, not a folder")
    if not os.access(folder, os.W_OK):
        return Check(name, False, f"{folder} is not writable by this user")
    return Check(name, True, str(folder))


def _is_encrypted_file(path: Path) -> bool:
    return path.is_file() and path.stat().st_size > 0 and not is_plaintext(path)


def _encryption(paths: DeskPaths, allow_without_keyring: bool) -> tuple[bytes | None, Check]:
    """This user's database key (read, never made) and what to say about encryption at rest."""
    name = "encryption at rest"
    encrypted = _is_encrypted_file(paths.database)
    try:
        key = read_key()
    except KeyringUnavailable as error:
        if encrypted:
            return None, Check(name, False, str(key_missing(paths.database)))
        if allow_without_keyring:
            return None, Check(
                name,
                True,
                "residents' data is NOT encrypted at rest on this computer: no system keyring "
                f"answers ({str(error)[:120]}), and privacy.allow_without_keyring allows that",
            )
        return None, Check(name, False, str(no_keyring(str(error))))
    except StoreError as error:
        return None, Check(name, False, str(error))
    if key is None:
        if encrypted:
            return None, Check(name, False, str(key_missing(paths.database)))
        return None, Check(
            name,
            True,
            "the database key is made and kept in the system keyring at the next start; "
            "the data is encrypted then",
        )
    plaintext_copies = [
        copy
        for copy in (paths.backups.glob("desk-*.sqlite3") if paths.backups.is_dir() else [])
        if copy.stat().st_size and is_plaintext(copy)
    ]
    if (paths.database.exists() and not encrypted) or plaintext_copies:
        return key, Check(
            name,
            True,
            "the key is in the system keyring; the database or "
            f"{len(plaintext_copies)} backup(s) are still unencrypted: converted at the next start",
        )
    return key, Check(
        name,
        True,
        "the database, its WAL and its backups are encrypted (SQLCipher, AES-256); "
        "the key is in this user's system keyring",
    )


def _database(paths: DeskPaths, key: bytes | None) -> list[Check]:
    if key is None and _is_encrypted_file(paths.database):
        # Restoring a backup would not help: the copies are encrypted with the same key.
        return [Check("database", False, str(key_missing(paths.database)))]
    health = inspect_database(paths.database, paths.backups, key=key)
    backup = newest_backup(paths.backups)
    if health.problem is not None:
        # The damaged file's -wal and -shm must leave with it: SQLite would replay that
        # journal into the restored copy, and the -wal may hold the newest records.
        journals = " and ".join(
            str(paths.database.with_name(paths.database.name + suffix))
            for suffix in ("-wal", "-shm")
        )
        restore = (
            f" Newest copy to restore: {backup} — stop the app, move the damaged file "
            f"together with {journals} (where present) out of the folder and keep them, "
            f"copy that file to {paths.database} and start again (an older copy is upgraded "
            "as it opens)."
            if backup
            else " There is no copy in backups/ to restore."
        )
        return [Check("database", False, f"{health.problem}{restore}")]
    if not paths.database.exists():
        return [Check("database", True, f"{paths.database} will be created at first start")]
    checks = [Check("database", True, f"{paths.database} passed the full integrity check")]
    if health.upgrade_due:
        detail = (
            f"schema {health.revision or 'none'}: upgraded to {HEAD_REVISION} at the next start, "
            "after a copy is made in backups/"
        )
    else:
        detail = f"schema {HEAD_REVISION}, up to date"
    checks.append(Check("schema", True, detail))
    return checks
