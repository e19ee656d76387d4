"""Use case "sync": one pass of sending the queue and pulling statuses and categories."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app import __version__
from desk_app.domain.messages import QT_TRANSLATE_NOOP, message_of
from desk_app.services.desk import DeskService
from desk_app.services.settings import SettingsService
from desk_app.services.store_handle import StoreHandle
from desk_app.settings import Settings
from desk_app.settings.schema import api_url_problem
from desk_app.sync.credentials import CredentialError, enrol_from_file, load_token, store_token
from desk_app.sync.report import SyncReport

__all__ = ["CredentialError", "SyncNotConfigured", "SyncReport", "SyncService"]

if TYPE_CHECKING:
    from desk_app.sync.case_system import CaseSystem
    from desk_app.sync.outbox import SyncPass

logger = logging.getLogger(__name__)


class SyncNotConfigured(Exception):
    """No case system is set up (api.url empty) or the desk has no token."""


class SyncService:
    """The desk's link to the case system: its access token, and sync passes over the store.

    Builds the client from the settings in force and the keyring; a change of settings or a
    new token makes the next pass build it afresh.
    """

    def __init__(self, desk: DeskService, store: StoreHandle, settings: SettingsService) -> None:
        self.desk = desk
        self._store = store
        self._settings = settings
        self._pass: SyncPass | None = None
        self._built_for: tuple[str, ...] = ()
        settings.subscribe(self._settings_changed)

    @property
    def settings(self) -> Settings:
        return self._settings.current

    @property
    def api_url(self) -> str:
        return self.settings.api.url

    @property
    def configured(self) -> bool:
        return bool(self.api_url)

    def _sync_pass(self) -> SyncPass:
        if self._pass is None:
            # The HTTP stack loads with the first pass (on the sync thread), not at start-up.
            from desk_app.sync.outbox import SyncPass

            if not self.configured:
                raise SyncNotConfigured(
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "No case system is set up (api.url is empty): records stay on this desk.",
                    )
                )
            try:
                token = load_token(self.api_url)
            except CredentialError as error:
                logger.warning("No access token: %s", error)
                raise SyncNotConfigured(
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "No access token: this computer's keyring cannot be used. Ask IT to "
                        "enrol the desk (or to set DESK_APP_API_TOKEN); the log has the details.",
                    )
                ) from error
            if not token:
                raise SyncNotConfigured(
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "The desk has no access token for the case system yet: enter it under "
                        "Tools, or run `desk-app token set`.",
                    )
                )
            client = self._client(token)
            self._built_for = _client_settings(self.settings)
            self._pass = SyncPass(self._store.get(), client, app_version=__version__)
        return self._pass

    def _client(self, token: str) -> CaseSystem:
        """The client of the protocol in force (api.protocol); both share the outbox."""
        from desk_app.sync.client import CaseApiClient

        api = self.settings.api
        connect_timeout = min(api.timeout_seconds, 5.0)
        if api.protocol == "open311":
            from desk_app.sync.open311 import Open311Client, Open311Journal

            return Open311Client(
                api.url,
                token,
                journal=Open311Journal(self._store.get()),
                jurisdiction_id=api.jurisdiction_id,
                site_address=self.settings.site.address,
                language=self.settings.site.language,
                connect_timeout=connect_timeout,
                read_timeout=api.timeout_seconds,
                ca_bundle=api.ca_bundle,
            )
        return CaseApiClient(
            api.url,
            token,
            connect_timeout=connect_timeout,
            read_timeout=api.timeout_seconds,
            ca_bundle=api.ca_bundle,
        )

    def _settings_changed(self, settings: Settings) -> None:
        # A new address or protocol (or the Open311 fields) needs a new client.
        if self._pass is not None and self._built_for != _client_settings(settings):
            self.forget_client()

    def store_token(self, token: str) -> None:
        """Keep ``token`` for the configured case system in the OS keyring and use it from the
        next pass on. Raises SyncNotConfigured without an address, CredentialError when the
        keyring refuses."""
        if not self.configured:
            raise SyncNotConfigured(
                QT_TRANSLATE_NOOP(
                    "Sync", "Set api.url first: the access token belongs to that address."
                )
            )
        store_token(self.api_url, token)
        self.forget_client()
        logger.info("A new access token was stored for the case system")

    def enrol(self, enrolment_file: Path) -> str:
        """Store the token from IT's one-time enrolment file, then delete the file; returns the
        address the token is for (CredentialError when the file is refused; it is kept)."""
        api_url = enrol_from_file(enrolment_file, self.api_url, url_problem=api_url_problem)
        self.forget_client()
        logger.info("Desk enrolled for the case system")
        return api_url

    def forget_client(self) -> None:
        """Drop the client (after a new token is stored): the next pass reads it afresh."""
        if self._pass is not None:
            self._pass.client.close()
        self._pass = None

    def run_once(self, *, ignore_backoff: bool = False, **kwargs: object) -> SyncReport:
        """One pass; raises SyncNotConfigured when there is nothing to sync to."""
        sync_pass = self._sync_pass()
        report = sync_pass.run(ignore_backoff=ignore_backoff, **kwargs)  # type: ignore[arg-type]
        if report.paused_reason:
            self.forget_client()  # a new token may be entered before the next pass
        if report.categories_updated:
            self.desk.reload_categories()
        return report

    def send_case_requests(self) -> SyncReport:
        """Send the corrections and erasures due now (the command line's try right after the
        worker's change); raises SyncNotConfigured when there is nothing to send to."""
        from desk_app.sync.client import SyncError

        sync_pass = self._sync_pass()
        report = SyncReport()
        try:
            sync_pass.negotiate()
            sync_pass.send_case_requests(report, ignore_backoff=True)
        except SyncError as error:
            report.last_error = message_of(error)
        return report


def _client_settings(settings: Settings) -> tuple[str, ...]:
    """The settings a sync client is built from (api.url alone for case-api-v1 before)."""
    api = settings.api
    return (api.url, api.protocol, api.jurisdiction_id, settings.site.address)
