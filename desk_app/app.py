"""Composition root: settings → folders → store → services, built once for the window and the
command line alike."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from desk_app.logging_setup import configure_logging
from desk_app.paths import DeskPaths, keep_new_files_private
from desk_app.services.desk import DeskService, load_categories
from desk_app.services.settings import SettingsService
from desk_app.services.sync import SyncService
from desk_app.settings import Settings
from desk_app.store import SubmissionStore, open_store
from desk_app.store.database import folder_unusable

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


def open_desk(settings: Settings, *, check_in_background: bool = False) -> Desk:
    """Create folders, start the log, open (and migrate) the store and build the services.

    Raises StoreError when the database or its folders cannot be used; the database is then
    left untouched. ``check_in_background``: the window does not wait for the database's
    page check at start; writes do (see store.integrity).
    """
    keep_new_files_private()
    paths = DeskPaths.from_settings(settings)
    try:
        paths.ensure()
        configure_logging(paths.log_dir)
    except OSError as error:  # a read-only or missing drive, a folder the user may not write
        raise folder_unusable(error) from error
    engine = open_store(paths.database, paths.backups, check_in_background=check_in_background)
    store = SubmissionStore(engine)
    holder = SettingsService(settings)
    service = DeskService(store, holder, load_categories(store), database_path=paths.database)
    sync = SyncService(service, store, holder)
    return Desk(settings=holder, paths=paths, service=service, sync=sync, store=store)
