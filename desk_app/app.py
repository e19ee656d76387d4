"""Composition root: settings → folders → store → services (and, for the GUI, the window)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from desk_app.logging_setup import configure_logging
from desk_app.paths import DeskPaths
from desk_app.services.desk import DeskService, load_categories
from desk_app.settings import Settings
from desk_app.store import SubmissionStore, open_store

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Desk:
    """Everything a command or the window needs, built once."""

    settings: Settings
    paths: DeskPaths
    service: DeskService


def open_desk(settings: Settings) -> Desk:
    """Create folders, start the log, open (and migrate) the store and build the services.

    Raises StoreError when the database cannot be used; it is then left untouched.
    """
    paths = DeskPaths.from_settings(settings)
    paths.ensure()
    configure_logging(paths.log_dir)
    engine = open_store(paths.database, paths.backups)
    store = SubmissionStore(engine)
    service = DeskService(store, settings, load_categories(store), database_path=paths.database)
    return Desk(settings=settings, paths=paths, service=service)
