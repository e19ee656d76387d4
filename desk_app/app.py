"""Composition root: settings → folders → store → services, built once for the window and the
command line alike."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desk_app.logging_setup import configure_logging
from desk_app.paths import DeskPaths, keep_new_files_private
from desk_app.services.desk import DeskService
from desk_app.services.identity import IdentityService
from desk_app.services.privacy import PrivacyService
from desk_app.services.settings import SettingsService
from desk_app.services.statistics import StatisticsService
from desk_app.services.store_handle import StoreHandle
from desk_app.services.sync import SyncService
from desk_app.settings import Settings
from desk_app.store.errors import folder_unusable

if TYPE_CHECKING:
    from desk_app.store import SubmissionStore

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
    store_handle: StoreHandle
    privacy: PrivacyService
    identity: IdentityService
    statistics: StatisticsService

    @property
    def store(self) -> SubmissionStore:
        """The open store (opened now if nobody has yet)."""
        return self.store_handle.get()

    def close(self) -> None:
        """Release the database (its connections) and the case system's client."""
        self.sync.forget_client()
        if self.store_handle.is_open:
            self.store.engine.dispose()


def open_desk(
    settings: Settings, *, check_in_background: bool = False, open_store_now: bool = True
) -> Desk:
    """Create folders, start the log, open (and migrate) the store and build the services.

    Raises StoreError when the database or its folders cannot be used; the database is then
    left untouched. The window passes ``open_store_now=False`` and opens the store right
    after its first paint (``desk.service.open_store()``), with ``check_in_background``: it
    does not wait for the database's page check either; writes do (see store.integrity).
    """
    keep_new_files_private()
    paths = DeskPaths.from_settings(settings)
    try:
        paths.ensure()
        configure_logging(paths.log_dir)
    except OSError as error:  # a read-only or missing drive, a folder the user may not write
        raise folder_unusable(error) from error

    def open_the_store() -> SubmissionStore:
        from desk_app.services.keys import database_key
        from desk_app.store import SubmissionStore, open_store

        allowed = settings.privacy.allow_without_keyring
        key = database_key(paths.database, allow_without_keyring=allowed)
        engine = open_store(
            paths.database, paths.backups, check_in_background=check_in_background, key=key
        )
        return SubmissionStore(engine)

    handle = StoreHandle(open_the_store)
    if open_store_now:
        handle.get()
    holder = SettingsService(settings)
    service = DeskService(handle, holder, database_path=paths.database)
    sync = SyncService(service, handle, holder)
    identity = IdentityService(handle, holder)
    privacy = PrivacyService(handle, holder, backups_dir=paths.backups, staff_id=identity.staff_id)
    # The desk's clock, not a second one: "at risk" must mean what the queue says it means.
    statistics = StatisticsService(handle, holder, clock=lambda: service.clock())
    return Desk(
        settings=holder,
        paths=paths,
        service=service,
        sync=sync,
        store_handle=handle,
        privacy=privacy,
        identity=identity,
        statistics=statistics,
    )
