"""Use case "sync": one pass of sending the queue and pulling statuses and categories."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from desk_app import __version__
from desk_app.domain.messages import QT_TRANSLATE_NOOP
from desk_app.services.desk import DeskService
from desk_app.settings import Settings
from desk_app.sync.credentials import CredentialError, load_token
from desk_app.sync.report import SyncReport

if TYPE_CHECKING:
    from desk_app.sync.outbox import SyncPass

logger = logging.getLogger(__name__)


class SyncNotConfigured(Exception):
    """No case system is set up (api.url empty) or the desk has no token."""


class SyncService:
    """Builds the client from settings and the keyring, and runs sync passes."""

    def __init__(self, desk: DeskService, settings: Settings) -> None:
        self.desk = desk
        self.settings = settings
        self._pass: SyncPass | None = None

    @property
    def api_url(self) -> str:
        return str(self.settings["api.url"])

    @property
    def configured(self) -> bool:
        return bool(self.api_url)

    def _sync_pass(self) -> SyncPass:
        if self._pass is None:
            # The HTTP stack loads with the first pass (on the sync thread), not at start-up.
            from desk_app.sync.client import CaseApiClient
            from desk_app.sync.outbox import SyncPass

            if not self.configured:
                raise SyncNotConfigured(
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "No case system is set up (api.url is empty): records stay on this desk.",
                    )
                )
            if self.settings["api.protocol"] != "case-api-v1":
                # Never send in the wrong dialect: records wait until the protocol is supported.
                raise SyncNotConfigured(
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "This version speaks case-api-v1 only; api.protocol is {protocol}. "
                        "Records stay on this desk.",
                    ).format(protocol=self.settings["api.protocol"])
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
            timeout = float(self.settings["api.timeout_seconds"])
            client = CaseApiClient(
                self.api_url,
                token,
                connect_timeout=min(timeout, 5.0),
                read_timeout=timeout,
                ca_bundle=str(self.settings["api.ca_bundle"]),
            )
            self._pass = SyncPass(self.desk.store, client, app_version=__version__)
        return self._pass

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
