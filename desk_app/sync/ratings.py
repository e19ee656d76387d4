"""Delivering visitors' ratings to the case system, exactly once (contract 1.1 feature ``ratings``).

Part of each sync pass (`desk_app.sync.outbox.SyncPass`), after the records: ratings go with
``POST /ratings:batch`` only when the server's ``/health`` lists ``ratings``. Until a server
does (a 1.0 server, a 1.1 server without the feature, an Open311 service), they stay `pending`
on the desk, untouched: no attempt counted, nothing marked failed, and they go once a server
takes them. Each rating's UUID is its idempotency key, so a retry after a lost reply or a crash
is answered 200 for the copy the server already holds, never stored twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from desk_app.domain.messages import message_of
from desk_app.store.rating_outbox import OutgoingRating, RatingOutbox
from desk_app.store.repository import SubmissionStore
from desk_app.sync.case_system import CaseSystem
from desk_app.sync.client import AuthError, RatingResult, RatingsUnsupported, TransientError
from desk_app.sync.report import SyncReport

logger = logging.getLogger(__name__)
FEATURE_RATINGS = "ratings"
RATINGS_BATCH_SIZE = 100  # the contract's limit of a batch


def rating_to_json(rating: OutgoingRating) -> dict[str, Any]:
    """One rating as a ``ratings:batch`` item; ``staff_id`` and ``submission_id`` as stored
    (NULL when the site does not allow the staff ID, or the visit had no record)."""
    return {
        "id": rating.id,
        "site": {"id": rating.site_id},
        "given_at": rating.given_at.isoformat(),
        "question": rating.question,
        "score": rating.score,
        "comment": rating.comment,
        "staff_id": rating.staff_id,
        "submission_id": rating.submission_id,
        "language": rating.language,
    }


class RatingDelivery:
    """Sends due ratings and records each answer; one per `SyncPass`."""

    def __init__(
        self,
        store: SubmissionStore,
        client: CaseSystem,
        *,
        clock: Callable[[], datetime],
        delay: Callable[[int], timedelta],
        batch_size: int = RATINGS_BATCH_SIZE,
    ) -> None:
        self.outbox = RatingOutbox(store)
        self.client = client
        self.clock = clock
        self.delay = delay
        self.batch_size = batch_size

    def run(
        self,
        features: frozenset[str],
        report: SyncReport,
        *,
        ignore_backoff: bool = False,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> None:
        """Send every due rating if the server takes ratings. Raises AuthError (sending must
        pause) and TransientError (the rest waits for a later pass) as the records' loop does."""
        if FEATURE_RATINGS not in features:
            return  # kept, untouched, until a server lists the feature
        while not should_stop():
            claimed = self.outbox.claim_due(
                self.batch_size, self.clock(), ignore_backoff=ignore_backoff
            )
            if not claimed:
                return
            if not self._send(claimed, report):
                return

    def _send(self, claimed: Sequence[OutgoingRating], report: SyncReport) -> bool:
        """One batch; False when the server turned out not to take ratings."""
        ids = [rating.id for rating in claimed]
        try:
            results = self.client.submit_ratings([rating_to_json(r) for r in claimed])
        except RatingsUnsupported as error:
            # Listed, but no route (a cached feature list, a server reconfigured): the ratings
            # are not at fault and wait, untouched, for a server that takes them.
            logger.info("The case system has no ratings route; ratings stay on the desk")
            self.outbox.release(ids, reason=message_of(error))
            return False
        except AuthError as error:
            self.outbox.release(ids, reason=message_of(error))
            raise
        except TransientError as error:
            self._retry_later(ids, message_of(error), report, error.retry_after)
            raise
        self._record(results, report)
        return True

    def _record(self, results: Sequence[RatingResult], report: SyncReport) -> None:
        accepted: list[str] = []
        refused: dict[str, str] = {}
        later: list[str] = []
        for result in results:
            if result.outcome == "accepted":
                accepted.append(result.rating_id)
            elif result.outcome in ("invalid", "conflict"):
                details = "; ".join(f"{name}: {text}" for name, text in result.fields.items())
                refused[result.rating_id] = result.message + (f" ({details})" if details else "")
                # The ID only: a rating's comment is the visitor's own words.
                logger.warning("Rating %s needs attention: %s", result.rating_id, result.outcome)
            else:
                later.append(result.rating_id)
        self.outbox.record_answers(accepted=accepted, refused=refused, now=self.clock())
        if later:
            self._retry_later(later, "The case system could not take every rating", report)
        report.ratings_delivered += len(accepted)
        report.ratings_needs_attention += len(refused)

    def _retry_later(
        self,
        ids: list[str],
        reason: str,
        report: SyncReport,
        retry_after: float | None = None,
    ) -> None:
        def delay(attempt: int) -> timedelta:
            if retry_after is not None:  # the server said when
                return timedelta(seconds=retry_after)
            return self.delay(attempt)

        self.outbox.back_off(ids, reason=reason, now=self.clock(), delay=delay)
        report.ratings_retry_later += len(ids)
