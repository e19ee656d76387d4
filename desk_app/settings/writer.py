"""Writing a settings file (the machine file for IT's installer, the user file for the
Settings dialog), keeping what else it holds.

Only the given values change; everything else stays, comments and layout included (tomlkit).
The file is replaced atomically, reaches the disk before it replaces the old one, and is always
valid TOML.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.exceptions import TOMLKitError


def merge_into_file(
    path: Path,
    changes: Mapping[str, Any],
    *,
    written_by: str,
    mode: int = 0o600,
) -> Path | None:
    """Write ``changes`` into the TOML file at ``path``, keeping its other values.

    ``mode``: the file's permissions (where the OS has them). A user's own file is theirs
    alone; the machine file must stay readable by every user of the desk (0o644).

    A file that is not valid TOML is kept beside it (``.broken-<time>``) and replaced; returns
    that copy's path, or None.
    """
    document = tomlkit.document()
    kept_broken: Path | None = None
    if path.exists():
        try:
            document = tomlkit.parse(path.read_text(encoding="utf-8"))
        except (TOMLKitError, UnicodeDecodeError):
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            kept_broken = path.with_name(f"{path.name}.broken-{stamp}")
            path.replace(kept_broken)
    if not document.body:
        document.add(tomlkit.comment(f"Written by {written_by}."))
    for key, value in changes.items():
        *sections, name = key.split(".")
        target: Any = document
        for section in sections:
            if section not in target:
                target[section] = tomlkit.table()
            target = target[section]
        target[name] = value
    if not path.parent.exists():
        path.parent.mkdir(parents=True)
        # Readable by others where the file is: the machine file's folder must let users in.
        os.chmod(path.parent, 0o755 if mode & 0o044 else 0o700)
    temporary = path.with_name(path.name + ".part")
    with temporary.open("w", encoding="utf-8") as handle:
        os.chmod(temporary, mode)
        handle.write(tomlkit.dumps(document))
        handle.flush()
        os.fsync(handle.fileno())  # on disk before it replaces the old file: no empty file
    os.replace(temporary, path)  # after a power cut
    return kept_broken
