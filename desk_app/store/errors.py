"""The store's error: light to import, so the window can name it before the database (and
SQLAlchemy) is loaded after the first paint."""

from __future__ import annotations

import os
from pathlib import Path

from desk_app.domain.messages import QT_TRANSLATE_NOOP


class StoreError(Exception):
    """The store cannot be used; the message tells the desk worker or IT what to do."""


def folder_unusable(error: OSError) -> StoreError:
    """The error for a data or log folder that cannot be created or written."""
    if isinstance(error, FileExistsError | NotADirectoryError):
        return StoreError(
            QT_TRANSLATE_NOOP(
                "Store",
                "{folder} is a file, not a folder: nothing could be saved. Ask IT support to "
                "move it, or to set another data_dir.",
            ).format(folder=_file_in_the_way(error.filename))
        )
    return StoreError(
        QT_TRANSLATE_NOOP(
            "Store",
            "The folder {folder} cannot be used ({reason}): nothing could be saved. Ask IT "
            "support to give this user write access, or to set another data_dir.",
        ).format(folder=str(error.filename or ""), reason=error.strerror or str(error))
    )


def _file_in_the_way(filename: object) -> str:
    """The path that is a file: ``filename`` itself, or (for a folder asked for below a file,
    NotADirectoryError) the nearest parent that exists, which is that file."""
    if not isinstance(filename, str | os.PathLike):
        return str(filename or "")
    path = Path(filename)
    existing = next((p for p in (path, *path.parents) if p.exists()), path)
    return str(existing if existing.is_file() else path)
