"""Composition root: settings → folders → store → services, built once for the window and the
command line alike."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from desk_app.logging_setup import configure_logging
from desk_app.paths import DeskPaths
from desk_app.services.desk import DeskService, load_categories
from desk_app.services.settings import SettingsService
from desk_app.services.sync import SyncService
from desk_app.settings import Settings
from desk_app.store import SubmissionStore, open_store

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Desk:
    """Everything a command or the window needs, built once.

    Screens and commands use the services; ``store`` is here for the composition root itself
    and for tests that look beneath the services.
    """

    settings: SettingsService
    paths: DeskPaths
    service: DeskService
    sync: SyncService
    store: SubmissionStore

    def close(self) -> None:
        """Release the database (its connections) and the case system's client."""
        self.sync.forget_client()
        self.store.engine.dispose()


def open_desk(settings: Settings) -> Desk:
    """Create folders, start the log, open (and migrate) the store and build the services.

    Raises StoreError when the database cannot be used; it is then left untouched.
    """
    paths = DeskPaths.from_settings(settings)
    paths.ensure()
    configure_logging(paths.log_dir)
    engine = open_store(paths.database, paths.backups)
    store = SubmissionStore(engine)
    holder = SettingsService(settings)
    service = DeskService(store, holder, load_categories(store), database_path=paths.database)
    sync = SyncService(service, store, holder)
    return Desk(settings=holder, paths=paths, service=service, sync=sync, store=store)
