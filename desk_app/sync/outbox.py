"""Draining the queue into the case API, exactly once, and pulling back case statuses.

One pass (`SyncPass.run`) sends due records oldest first, in batches of up to 100 (one by one
when the server has no batch endpoint), records each outcome, and then pulls status updates
and categories; visitors' ratings follow the records (desk_app.sync.ratings). The record's
UUID is its idempotency key, so a retry after a lost reply never makes a second case. No Qt:
the desk's worker thread and `desk-app sync --once` both use this.

Each pass starts by reading the server's contract 1.1 features from ``/health`` (the last list
seen is kept in the store for a server that cannot be reached) and sends each 1.1 addition only
when its feature is listed: a 1.0 server gets exactly the 1.0 body, while the desk keeps every
field and sends it once the server supports it. A 422 that names a 1.1 field re-reads
``/health``; when the server no longer lists ``intake-1.1`` the record goes straight back to the
queue as 1.0, never to Needs attention for a field the server does not know.
"""

from __future__ import annotations

import json
import logging
import random
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from desk_app.domain.categories import categories_from_json
from desk_app.domain.messages import QT_TRANSLATE_NOOP, message_of
from desk_app.domain.record import Submission
from desk_app.domain.wire import (
    FEATURE_ACK_DUE,
    FEATURE_INTAKE,
    FEATURE_UNITS,
    INTAKE_FIELDS,
    parse_time,
    submission_to_json,
)
from desk_app.store.outbox import Accepted, OutboxStore, StatusUpdate
from desk_app.store.repository import (
    META_CATEGORIES,
    META_CATEGORIES_ETAG,
    META_SERVER_FEATURES,
    META_STATUS_CURSOR,
    META_UNITS,
    META_UNITS_ETAG,
    SubmissionStore,
)
from desk_app.sync.case_requests import CaseRequestSender
from desk_app.sync.case_system import CaseSystem
from desk_app.sync.client import (
    AuthError,
    BatchUnsupported,
    ItemResult,
    SyncError,
    TransientError,
)
from desk_app.sync.ratings import RatingDelivery
from desk_app.sync.report import SyncReport

logger = logging.getLogger(__name__)
BATCH_SIZE = 100
BACKOFF_BASE = timedelta(seconds=5)
BACKOFF_CAP = timedelta(minutes=5)
MAX_STATUS_PAGES = 50  # the rest comes at the next pass
# 1.0 fields whose values intake-1.1 widens: a 422 naming one of them after a 1.1 body was sent
# means the server does not know the value, not that the record is wrong.
_WIDENED_FIELDS = frozenset({"channel", "reporter.preferred_contact"})


def names_intake_field(fields: Sequence[str]) -> bool:
    """Whether a refusal's field names point at what feature intake-1.1 adds or widens."""
    return any(name.split(".", 1)[0] in INTAKE_FIELDS or name in _WIDENED_FIELDS for name in fields)


def backoff_delay(attempts: int, rng: random.Random) -> timedelta:
    """Exponential back-off with jitter: 5 s, 10 s, 20 s … capped at 5 minutes."""
    exponent = min(max(attempts - 1, 0), 16)
    capped: timedelta = min(BACKOFF_CAP, BACKOFF_BASE * (2**exponent))
    return capped * rng.uniform(0.5, 1.0)


ProgressCallback = Callable[[int, int], None]


class SyncPass:
    """Sends the outbox and pulls updates; build one per pass or keep one per worker."""

    def __init__(
        self,
        store: SubmissionStore,
        client: CaseSystem,
        *,
        app_version: str,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        rng: random.Random | None = None,
        batch_size: int = BATCH_SIZE,
    ) -> None:
        self.store = store
        self.outbox = OutboxStore(store)
        self.client = client
        self.app_version = app_version
        self.clock = clock
        self.rng = rng or random.Random()
        self.batch_size = batch_size
        self.batch_supported = True
        self.device_id = store.device_id()
        # What /health listed at the start of this pass (or after a 422 naming a 1.1 field).
        self.features: frozenset[str] = frozenset()
        # Whether ``features`` is what the server said (now or at an earlier pass), rather
        # than nothing known: corrections and erasures are given up only on a known list.
        self.features_known = False
        self.case_requests = CaseRequestSender(
            store, client, clock=self.clock, backoff=backoff_delay, rng=self.rng
        )
        # Records the server holds (409) under a 1.0 body sent before it learned 1.1: resent
        # as that same 1.0 body once, so the retry after a lost reply still matches.
        self._plain_retry: set[str] = set()
        self.ratings = RatingDelivery(
            store,
            client,
            clock=lambda: self.clock(),
            delay=lambda attempt: backoff_delay(attempt, self.rng),
        )

    def negotiate(self) -> frozenset[str]:
        """Read the server's features from /health (cached in the store for a server that
        cannot be reached); returns the features this pass sends with."""
        try:
            listed = self.client.features()
        except TransientError as error:
            logger.info("Health check failed; using the features last seen: %s", error)
            cached = self.store.meta(META_SERVER_FEATURES)
            listed = frozenset(json.loads(cached)) if cached else frozenset()
            self.features_known = self.features_known or cached is not None
        else:
            self.store.set_meta(META_SERVER_FEATURES, json.dumps(sorted(listed)))
            self.features_known = True
        self.features = listed
        return listed

    def run(
        self,
        *,
        ignore_backoff: bool = False,
        progress: ProgressCallback | None = None,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> SyncReport:
        """One pass: send everything due, then pull statuses and categories."""
        report = SyncReport()
        self.outbox.recover_interrupted()
        self.ratings.outbox.recover_interrupted()
        try:
            self.negotiate()
        except AuthError as error:  # /health needs no token, but a proxy may say otherwise
            report.paused_reason = message_of(error)
            report.waiting = self.outbox.waiting_count()
            report.ratings_waiting = self.ratings.outbox.waiting_count()
            return report
        total = self.outbox.waiting_count()
        done = 0
        try:
            while not should_stop():
                claimed = self.outbox.claim_due(
                    self.batch_size, self.clock(), ignore_backoff=ignore_backoff
                )
                if not claimed:
                    break
                self._send(claimed, report)
                done += len(claimed)
                if progress:
                    progress(done, total)
            # After the records (a resident's case matters more than a score), before the pull.
            self.ratings.run(
                self.features, report, ignore_backoff=ignore_backoff, should_stop=should_stop
            )
            if not should_stop():
                self.send_case_requests(report, ignore_backoff=ignore_backoff)
            if not should_stop():
                self._pull(report)
        except AuthError as error:
            report.paused_reason = message_of(error)
            logger.warning("Sync paused: %s", error)
        except TransientError as error:
            report.last_error = message_of(error)
            logger.info("Sync will retry: %s", error)
        report.waiting = self.outbox.waiting_count()
        report.ratings_waiting = self.ratings.outbox.waiting_count()
        report.finished_at = self.clock()
        return report

    def send_case_requests(self, report: SyncReport, *, ignore_backoff: bool = False) -> None:
        """Send the corrections and erasures of delivered records that are due (after the
        records themselves: a request waits until its record has settled)."""
        features = self.features if self.features_known else None
        self.case_requests.run(features, report, ignore_backoff=ignore_backoff)

    def _body(self, item: Submission) -> dict[str, Any]:
        plain = str(item.id) in self._plain_retry
        return submission_to_json(
            item,
            app_version=self.app_version,
            device_id=self.device_id,
            features=frozenset() if plain else self.features,
        )

    def _send(self, claimed: Sequence[Submission], report: SyncReport) -> None:
        bodies = self._not_erased({str(item.id): self._body(item) for item in claimed})
        unanswered = list(bodies)
        try:
            if self.batch_supported and len(bodies) > 1:
                try:
                    results = self.client.submit_batch(list(bodies.values()))
                except BatchUnsupported:
                    logger.info("The case system has no batch endpoint; sending one by one")
                    self.batch_supported = False
                else:
                    unanswered.clear()
                    self._record(results, report)
                    return
            for submission_id, body in bodies.items():
                # One by one, each after the answer to the one before: a record erased while
                # it waited its turn is not sent at all.
                if not self._not_erased({submission_id: body}):
                    unanswered.remove(submission_id)
                    continue
                result = self.client.submit_one(body)
                unanswered.remove(result.submission_id)
                self._record([result], report)
        except AuthError as error:
            # Not the records' fault: they go back untouched and wait for a new token.
            self.outbox.release(
                unanswered, reason=message_of(error), next_attempt_at=None, count_attempt=False
            )
            raise
        except TransientError as error:
            self._retry_later(unanswered, error, report)
            raise

    def _not_erased(self, bodies: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        """The bodies of the records not erased since they were claimed. What the others
        said (read before the erasure) must not leave the desk after it: they leave the
        queue unsent."""
        kept = self.outbox.not_erased(list(bodies))
        erased = [submission_id for submission_id in bodies if submission_id not in kept]
        for submission_id in erased:
            logger.info("Record %s was erased before it was sent; not sending it", submission_id)
        self.outbox.settle_erased(erased)
        return {key: body for key, body in bodies.items() if key in kept}

    def _record(self, results: Sequence[ItemResult], report: SyncReport) -> None:
        accepted: dict[str, Accepted] = {}
        refused: dict[str, str] = {}
        resend: list[str] = []
        # Without feature ack-due the server's ack_due is no promise: the desk keeps its own.
        keep_ack_due = FEATURE_ACK_DUE in self.features
        unknown_intake = self._intake_unknown(results)
        for result in results:
            sent_plain = result.submission_id in self._plain_retry
            if result.outcome == "accepted":
                self._plain_retry.discard(result.submission_id)
                accepted[result.submission_id] = Accepted(
                    result.case_number, result.status, result.ack_due if keep_ack_due else None
                )
            elif result.submission_id in unknown_intake:
                # The server does not know a 1.1 field after all: not the record's fault.
                resend.append(result.submission_id)
            elif result.outcome == "conflict" and self.features and not sent_plain:
                # Perhaps held from before the server's upgrade, under the 1.0 body.
                self._plain_retry.add(result.submission_id)
                resend.append(result.submission_id)
            elif result.outcome in ("invalid", "conflict"):
                details = "; ".join(f"{name}: {text}" for name, text in result.fields.items())
                refused[result.submission_id] = result.message + (
                    f" ({details})" if details else ""
                )
                logger.warning(
                    "Record %s needs attention: %s", result.submission_id, result.outcome
                )
            else:
                self._retry_later([result.submission_id], TransientError(result.message), report)
        self.outbox.record_answers(accepted=accepted, refused=refused, now=self.clock())
        # Straight back to the queue, due now and without an attempt counted: this pass
        # claims them again and sends the body the server can take.
        self.outbox.release(resend, reason="", next_attempt_at=None, count_attempt=False)
        report.delivered += len(accepted)
        report.needs_attention += len(refused)

    def _intake_unknown(self, results: Sequence[ItemResult]) -> set[str]:
        """The records refused for a 1.1 field by a server that turns out not to list
        intake-1.1 (any more): they are resent as 1.0, not parked in Needs attention."""
        suspects = {
            result.submission_id
            for result in results
            if result.outcome == "invalid"
            and FEATURE_INTAKE in self.features
            and result.submission_id not in self._plain_retry
            and names_intake_field(list(result.fields))
        }
        if not suspects:
            return set()
        try:
            self.negotiate()  # the contract: re-read /health after a 422 naming a field
        except SyncError as error:
            logger.info("Health check failed after a refusal: %s", error)
            return set()
        if FEATURE_INTAKE in self.features:
            return set()  # the server knows the field: the value is what it refuses
        logger.info("The case system does not take 1.1 fields (any more); sending 1.0")
        return suspects

    def _retry_later(self, ids: list[str], error: TransientError, report: SyncReport) -> None:
        def delay(attempt: int) -> timedelta:
            if error.retry_after is not None:  # the server said when
                return timedelta(seconds=error.retry_after)
            return backoff_delay(attempt, self.rng)

        # Counted as waiting only when they are: a record erased meanwhile is not.
        report.retry_later += self.outbox.back_off(
            ids, reason=message_of(error), now=self.clock(), delay=delay
        )

    def _pull(self, report: SyncReport) -> None:
        cursor = self.store.meta(META_STATUS_CURSOR) or ""
        for _page in range(MAX_STATUS_PAGES):
            page = self.client.status_updates(cursor)
            updates = [update for update in map(_status_update, page.updates) if update]
            report.status_updates += self.outbox.apply_status_updates(updates)
            self.store.set_meta(META_STATUS_CURSOR, page.cursor)
            if not page.updates or page.cursor == cursor:
                break
            cursor = page.cursor
        etag = self.store.meta(META_CATEGORIES_ETAG) or ""
        try:
            categories = self.client.categories(etag)
            if categories is not None:
                # Read as every store open will read it: a list cached unread would stop the
                # desk opening (nothing personal in it: codes and the server's words only).
                categories_from_json(categories.payload)
        except ValueError as error:  # the list, or an Open311 service's definition
            categories = None
            logger.warning("Category list refused, the previous one kept: %s", error)
            report.last_error = QT_TRANSLATE_NOOP(
                "Sync", "The case system sent a category list the desk cannot read"
            )
        if categories is not None:
            self.store.set_meta(META_CATEGORIES, json.dumps(categories.payload, ensure_ascii=False))
            self.store.set_meta(META_CATEGORIES_ETAG, categories.etag)
            report.categories_updated = True
        if FEATURE_UNITS in self.features:
            units = self.client.units(self.store.meta(META_UNITS_ETAG) or "")
            if units is not None:
                # Kept like the categories: the form offers the list offline.
                self.store.set_meta(META_UNITS, json.dumps(units.payload, ensure_ascii=False))
                self.store.set_meta(META_UNITS_ETAG, units.etag)


def _status_update(raw: Any) -> StatusUpdate | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        return None
    text = raw.get("status_text") if isinstance(raw.get("status_text"), dict) else {}
    assert isinstance(text, dict)
    updated = raw.get("updated_at")
    try:
        updated_at = parse_time(updated) if isinstance(updated, str) else None
    except ValueError:
        updated_at = None
    return StatusUpdate(
        submission_id=raw["id"],
        case_number=str(raw.get("case_number") or ""),
        status=str(raw.get("status") or ""),
        status_text={str(k): str(v) for k, v in text.items()},
        updated_at=updated_at,
    )


__all__ = ["SyncError", "SyncPass", "SyncReport", "backoff_delay"]
