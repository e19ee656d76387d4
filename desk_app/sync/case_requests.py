"""Sending corrections and erasures of delivered records to the case system, exactly once.

Part of each sync pass (desk_app.sync.outbox), after the records are sent: a request goes only
once its record has settled, with its own ID as the idempotency key, so a retry after a lost
reply or a crash is answered as the first try. Failures are handled as for records: 5xx,
timeouts and resets wait and retry with back-off; 401/403 pause; a refusal (409/422) waits for
a person. A case system that does not list feature personal-data-1.1 gets nothing: its open
requests become `unsupported`, and the worker is told to ask its administrators instead.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from datetime import datetime, timedelta

from desk_app.domain.case_request import (
    FEATURE_PERSONAL_DATA,
    NEVER_HELD,
    NOT_FOUND,
    UNSUPPORTED,
    CaseRequest,
    CaseRequestKind,
)
from desk_app.domain.messages import message_of
from desk_app.store.case_requests import CaseRequestStore
from desk_app.store.repository import SubmissionStore
from desk_app.sync.case_system import CaseSystem
from desk_app.sync.client import AuthError, RequestResult, TransientError
from desk_app.sync.report import SyncReport

logger = logging.getLogger(__name__)


class CaseRequestSender:
    """Sends the due requests of one desk's store through ``client``."""

    def __init__(
        self,
        store: SubmissionStore,
        client: CaseSystem,
        *,
        clock: Callable[[], datetime],
        backoff: Callable[[int, random.Random], timedelta],
        rng: random.Random,
    ) -> None:
        self.requests = CaseRequestStore(store)
        self.client = client
        self.clock = clock
        self.backoff = backoff
        self.rng = rng

    def run(
        self, features: frozenset[str] | None, report: SyncReport, *, ignore_backoff: bool = False
    ) -> None:
        """Send every due request; ``features`` None means the server's are not known yet
        (then nothing is sent and nothing is given up). Raises AuthError or TransientError
        like the record outbox, after putting the requests in flight back."""
        self.requests.recover_interrupted()
        if features is None:
            return
        if FEATURE_PERSONAL_DATA not in features:
            given_up = self.requests.mark_unsupported(UNSUPPORTED)
            if given_up:
                logger.warning(
                    "%d correction/erasure request(s) cannot be sent: the case system "
                    "does not take them",
                    given_up,
                )
            report.requests_unsupported += given_up
            return
        claimed = self.requests.claim_due(self.clock(), ignore_backoff=ignore_backoff)
        unanswered = [request.id for request, _delivered in claimed]
        try:
            for request, delivered in claimed:
                result = self._send(request)
                unanswered.remove(request.id)
                self._record(request, delivered, result, report)
        except AuthError as error:
            self.requests.release(
                unanswered, reason=message_of(error), next_attempt_at=None, count_attempt=False
            )
            raise
        except TransientError as error:
            self._retry_later(unanswered, claimed, error)
            report.retry_later += len(unanswered)
            raise

    def _send(self, request: CaseRequest) -> RequestResult:
        if request.kind is CaseRequestKind.CORRECTION:
            return self.client.correct_reporter(request.submission_id, request.id, request.fields)
        return self.client.erase_personal_data(request.submission_id, request.id)

    def _record(
        self, request: CaseRequest, delivered: bool, result: RequestResult, report: SyncReport
    ) -> None:
        # Logs name the record's reference and the kind of request, never the details.
        if result.outcome == "done":
            self.requests.mark_sent(request.id, self.clock())
            report.requests_sent += 1
            logger.info("%s of record %s sent to the case system", request.kind, request.reference)
        elif result.outcome == "not_found" and not delivered:
            # Sent once, its reply never heard, and the case system has no copy after all.
            self.requests.mark_not_needed([request.id], NEVER_HELD)
            logger.info("%s of record %s not needed", request.kind, request.reference)
        elif result.outcome == "unsupported":
            report.requests_unsupported += self.requests.mark_unsupported(UNSUPPORTED)
        else:
            reason = NOT_FOUND if result.outcome == "not_found" else result.message
            self.requests.refuse(request.id, reason)
            report.requests_need_attention += 1
            logger.warning(
                "%s of record %s needs attention: refused", request.kind, request.reference
            )

    def _retry_later(
        self,
        unanswered: list[str],
        claimed: list[tuple[CaseRequest, bool]],
        error: TransientError,
    ) -> None:
        attempts = {request.id: request.attempts for request, _delivered in claimed}
        for request_id in unanswered:
            if error.retry_after is not None:  # the server said when
                delay = timedelta(seconds=error.retry_after)
            else:
                delay = self.backoff(attempts[request_id] + 1, self.rng)
            self.requests.release(
                [request_id], reason=message_of(error), next_attempt_at=self.clock() + delay
            )
