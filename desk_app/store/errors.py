"""The store's error: light to import, so the window can name it before the database (and
SQLAlchemy) is loaded after the first paint."""

from __future__ import annotations

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
            ).format(folder=str(error.filename or ""))
        )
    return StoreError(
        QT_TRANSLATE_NOOP(
            "Store",
            "The folder {folder} cannot be used ({reason}): nothing could be saved. Ask IT "
            "support to give this user write access, or to set another data_dir.",
        ).format(folder=str(error.filename or ""), reason=error.strerror or str(error))
    )
