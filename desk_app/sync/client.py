"""HTTP client of the central case API v1 (see shared case-api-v1 contract).

Every answer is classified as the contract says, and anything that is not clearly the case
API's own JSON — a hotel login page, a proxy's error page — counts as a passing failure, never
as a success. No Qt here: the outbox and the CLI use this headless.
"""

from __future__ import annotations

import email.utils
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal
from urllib.parse import urlsplit

import requests

from desk_app.domain.addresses import is_loopback_host
from desk_app.domain.messages import QT_TRANSLATE_NOOP, Message
from desk_app.domain.wire import parse_time

logger = logging.getLogger(__name__)
Outcome = Literal["accepted", "invalid", "conflict", "transient"]
RATINGS_BATCH_PATH = "/ratings:batch"
RequestOutcome = Literal["done", "refused", "not_found", "unsupported"]


class SyncError(Exception):
    """Sending or fetching failed; the message is fit for the status bar and the log."""


class TransientError(SyncError):
    """Try again later (network trouble, 5xx, 429/503); ``retry_after`` in seconds if told."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class AuthError(SyncError):
    """401/403: no use retrying until the desk's token is renewed."""


class BatchUnsupported(SyncError):
    """The server has no batch endpoint (404/405): send one by one."""


class RatingsUnsupported(SyncError):
    """The server has no ratings route (404/405) though its features said so: keep them."""


@dataclass(frozen=True)
class ItemResult:
    """What happened to one submission."""

    submission_id: str
    outcome: Outcome
    case_number: str = ""
    status: str = ""
    ack_due: datetime | None = None
    message: str = ""
    fields: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RatingResult:
    """What happened to one rating (one visitor's answer) sent with ratings:batch."""

    rating_id: str
    outcome: Outcome
    message: str = ""
    fields: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RequestResult:
    """What the case system did with a correction or erasure (feature personal-data-1.1).

    ``done``: confirmed (the first time or again); ``refused``: 400/409/422, a person must
    look (``message`` says why, without personal data); ``not_found``: 404, the case system
    holds no such record for this site; ``unsupported``: it has no such call (405/501).
    """

    outcome: RequestOutcome
    message: str = ""


@dataclass(frozen=True)
class CategoryList:
    """The case system's categories (raw JSON payload) and the ETag to ask with next time."""

    payload: Mapping[str, Any]
    etag: str


@dataclass(frozen=True)
class UnitList:
    """The case system's units (raw JSON payload, contract 1.1) and the ETag to ask with."""

    payload: Mapping[str, Any]
    etag: str


@dataclass(frozen=True)
class StatusPage:
    """Status updates since a cursor, and the cursor to keep."""

    updates: list[Mapping[str, Any]]
    cursor: str


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - (now or datetime.now(UTC))).total_seconds())


def _json_object(response: requests.Response) -> dict[str, Any]:
    content_type = response.headers.get("Content-Type", "")
    if "json" not in content_type:
        raise TransientError(
            QT_TRANSLATE_NOOP(
                "Sync",
                "The server answered {status} with {type}, not the case API's JSON "
                "(a login page or proxy in the way?)",
            ).format(status=response.status_code, type=content_type or "no type")
        )
    try:
        body = response.json()
    except ValueError as error:
        raise TransientError(
            QT_TRANSLATE_NOOP("Sync", "The server's answer is not valid JSON ({error})").format(
                error=str(error)
            )
        ) from error
    if not isinstance(body, dict):
        raise TransientError(QT_TRANSLATE_NOOP("Sync", "The server's answer is not a JSON object"))
    return body


def _raise_for_unusable(response: requests.Response) -> None:
    status = response.status_code
    if status in (401, 403):
        raise AuthError(
            QT_TRANSLATE_NOOP(
                "Sync",
                "The desk's access to the case system must be renewed "
                "(the server answered {status}). Ask IT for a new token.",
            ).format(status=status)
        )
    if status in (429, 503):
        raise TransientError(
            QT_TRANSLATE_NOOP("Sync", "The case system is busy ({status})").format(status=status),
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
        )
    if status >= 500:
        raise TransientError(
            QT_TRANSLATE_NOOP("Sync", "The case system had an error ({status})").format(
                status=status
            )
        )


def _require_ok(response: requests.Response, failure: Message) -> None:
    """A 200 answer, or TransientError with ``failure`` (its ``{status}`` filled in)."""
    _raise_for_unusable(response)
    if response.status_code != 200:
        raise TransientError(failure.format(status=response.status_code))


def accepted_result(submission_id: str, body: Mapping[str, Any]) -> ItemResult:
    """A 200/201 answer body as a result; a body without a case number is not a success."""
    case_number = body.get("case_number")
    status = body.get("status")
    if not isinstance(case_number, str) or not case_number or not isinstance(status, str):
        raise TransientError(
            QT_TRANSLATE_NOOP("Sync", "The case system's answer has no case number")
        )
    ack_due = body.get("ack_due")
    try:
        due = parse_time(ack_due) if isinstance(ack_due, str) else None
    except ValueError:
        due = None
    return ItemResult(
        submission_id, "accepted", case_number=case_number, status=status, ack_due=due
    )


def refused_result(submission_id: str, status: int, body: Mapping[str, Any]) -> ItemResult:
    """A 4xx answer body (invalid, conflict, too large) as a result for a person to read."""
    error = body.get("error") if isinstance(body.get("error"), dict) else {}
    assert isinstance(error, dict)
    message = str(error.get("message") or "")
    raw_fields = error.get("fields") if isinstance(error.get("fields"), dict) else {}
    assert isinstance(raw_fields, dict)
    fields = {str(key): str(value) for key, value in raw_fields.items()}
    if status == 409:
        return ItemResult(
            submission_id,
            "conflict",
            message="The case system already holds a different record with this ID. "
            "This points to a bug or tampering: contact IT support.",
        )
    if status == 413:
        return ItemResult(submission_id, "invalid", message="The record is too large to send.")
    return ItemResult(
        submission_id, "invalid", message=message or f"Refused ({status})", fields=fields
    )


def _batch_items(
    response: requests.Response, bodies: Sequence[Mapping[str, Any]]
) -> list[tuple[str, Any, dict[str, Any]]]:
    """A 200 batch answer as (id, item status, item body), in the order sent.

    An answer that does not match the batch item for item (a proxy's page, a cut-off list,
    another order) is no answer at all: TransientError, and the whole batch is tried again.
    """
    results = _json_object(response).get("results")
    if not isinstance(results, list) or len(results) != len(bodies):
        raise TransientError(
            QT_TRANSLATE_NOOP("Sync", "The case system's batch answer does not match the batch")
        )
    items = []
    for body, result in zip(bodies, results, strict=True):
        item_id = str(body["id"])
        if not isinstance(result, dict) or str(result.get("id")) != item_id:
            raise TransientError(
                QT_TRANSLATE_NOOP("Sync", "The case system's batch answer is out of order")
            )
        item_body = result.get("body") if isinstance(result.get("body"), dict) else {}
        assert isinstance(item_body, dict)
        items.append((item_id, result.get("status"), item_body))
    return items


def rating_result(rating_id: str, status: Any, body: Mapping[str, Any]) -> RatingResult:
    """One item of a ratings:batch answer: 201/200 taken, 409/422 for a person, else later."""
    if status in (200, 201):
        return RatingResult(rating_id, "accepted")
    if status == 409:
        return RatingResult(
            rating_id,
            "conflict",
            message="The case system already holds a different rating with this ID. "
            "This points to a bug or tampering: contact IT support.",
        )
    if status in (400, 413, 422):
        refused = refused_result(rating_id, int(status), body)
        return RatingResult(rating_id, "invalid", message=refused.message, fields=refused.fields)
    return RatingResult(rating_id, "transient", message=f"item {status}")


class CaseApiClient:
    """One desk's connection to the case API: keep-alive, timeouts, TLS verification."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        connect_timeout: float = 5.0,
        read_timeout: float = 30.0,
        ca_bundle: str = "",
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = (connect_timeout, read_timeout)
        self.session = requests.Session()  # proxies come from the environment (trust_env)
        # Plain http is allowed to this machine only: a proxy from the environment (a
        # company's HTTP_PROXY) would carry the token and the records off it, in clear.
        if is_loopback_host(urlsplit(self.base_url).hostname or ""):
            self.session.trust_env = False
        self.session.headers.update(
            {"Authorization": f"Bearer {token}", "Accept": "application/json"}
        )
        # Given with every request: on the session, REQUESTS_CA_BUNDLE from the environment
        # would silently win over the CA bundle IT configured (requests merges it first).
        self._verify: str | bool = ca_bundle or True

    def close(self) -> None:
        self.session.close()

    def _request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        try:
            response = self.session.request(
                method,
                self.base_url + path,
                timeout=self.timeout,
                verify=self._verify,
                # A redirect would re-send the token and the records wherever it points,
                # over plain http too: only the address IT set is ever sent to.
                allow_redirects=False,
                **kwargs,
            )
        except requests.exceptions.SSLError as error:
            raise TransientError(
                QT_TRANSLATE_NOOP("Sync", "TLS check of the case system failed: {error}").format(
                    error=str(error)
                )
            ) from error
        except requests.exceptions.Timeout as error:
            raise TransientError(
                QT_TRANSLATE_NOOP("Sync", "The case system did not answer in time")
            ) from error
        except requests.exceptions.RequestException as error:
            # Connection refused or reset, DNS failure, or a reply cut off half-way.
            raise TransientError(
                QT_TRANSLATE_NOOP("Sync", "No answer from the case system ({error})").format(
                    error=type(error).__name__
                )
            ) from error
        except OSError as error:  # the CA bundle file went missing after start-up
            raise TransientError(
                QT_TRANSLATE_NOOP(
                    "Sync", "The CA bundle for the case system cannot be read: {error}"
                ).format(error=str(error))
            ) from error
        if response.is_redirect:
            response.close()
            raise TransientError(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "The case system answered {status}, sending the desk to another address; "
                    "the desk sends only to the address IT set (api.url). Ask IT to check it.",
                ).format(status=response.status_code)
            )
        return response

    def submit_one(self, body: Mapping[str, Any]) -> ItemResult:
        """POST /submissions with the record's UUID as the idempotency key."""
        submission_id = str(body["id"])
        response = self._request(
            "POST", "/submissions", json=body, headers={"Idempotency-Key": submission_id}
        )
        _raise_for_unusable(response)
        if response.status_code in (200, 201):
            return accepted_result(submission_id, _json_object(response))
        if response.status_code in (400, 409, 413, 422):
            try:
                payload = _json_object(response)
            except TransientError:
                payload = {}
            return refused_result(submission_id, response.status_code, payload)
        raise TransientError(
            QT_TRANSLATE_NOOP("Sync", "Unexpected answer from the case system ({status})").format(
                status=response.status_code
            )
        )

    def submit_batch(self, bodies: Sequence[Mapping[str, Any]]) -> list[ItemResult]:
        """POST /submissions:batch; each item judged on its own. BatchUnsupported on 404/405."""
        response = self._request("POST", "/submissions:batch", json={"items": list(bodies)})
        if response.status_code in (404, 405):
            raise BatchUnsupported("The case system has no batch endpoint")
        if response.status_code == 413:
            raise BatchUnsupported("The batch is too large for the case system")
        _raise_for_unusable(response)
        if response.status_code != 200:
            raise TransientError(
                QT_TRANSLATE_NOOP("Sync", "Unexpected answer to a batch ({status})").format(
                    status=response.status_code
                )
            )
        outcomes = []
        for submission_id, status, item_body in _batch_items(response, bodies):
            if status in (200, 201):
                outcomes.append(accepted_result(submission_id, item_body))
            elif status in (400, 409, 413, 422):
                outcomes.append(refused_result(submission_id, int(status), item_body))
            else:
                outcomes.append(ItemResult(submission_id, "transient", message=f"item {status}"))
        return outcomes

    def submit_ratings(self, bodies: Sequence[Mapping[str, Any]]) -> list[RatingResult]:
        """POST /ratings:batch (feature ratings); each answer judged on its own, its ID the
        idempotency key. RatingsUnsupported on 404/405: the server has no ratings route."""
        response = self._request("POST", RATINGS_BATCH_PATH, json={"items": list(bodies)})
        if response.status_code in (404, 405):
            raise RatingsUnsupported("The case system does not take ratings")
        _raise_for_unusable(response)
        if response.status_code != 200:
            raise TransientError(
                QT_TRANSLATE_NOOP("Sync", "Unexpected answer to a batch ({status})").format(
                    status=response.status_code
                )
            )
        return [
            rating_result(rating_id, status, item_body)
            for rating_id, status, item_body in _batch_items(response, bodies)
        ]

    def correct_reporter(
        self, submission_id: str, request_id: str, fields: Mapping[str, str]
    ) -> RequestResult:
        """PATCH /submissions/{id}/reporter with the corrected contact details; the
        request's ID is its idempotency key, so a retry after a lost reply is answered alike."""
        response = self._request(
            "PATCH",
            f"/submissions/{submission_id}/reporter",
            json=dict(fields),
            headers={"Idempotency-Key": request_id},
        )
        return _request_result(response)

    def erase_personal_data(self, submission_id: str, request_id: str) -> RequestResult:
        """POST /submissions/{id}:erase-personal-data (the resident asked for it)."""
        response = self._request(
            "POST",
            f"/submissions/{submission_id}:erase-personal-data",
            json={"reason": "request"},
            headers={"Idempotency-Key": request_id},
        )
        return _request_result(response)

    def categories(self, etag: str = "") -> CategoryList | None:
        """GET /categories; None when unchanged since ``etag`` (304)."""
        headers = {"If-None-Match": etag} if etag else {}
        response = self._request("GET", "/categories", headers=headers)
        if response.status_code == 304:
            return None
        _require_ok(
            response, QT_TRANSLATE_NOOP("Sync", "Categories could not be fetched ({status})")
        )
        payload = _json_object(response)
        if not isinstance(payload.get("categories"), list):
            raise TransientError(
                QT_TRANSLATE_NOOP("Sync", "The category answer has no category list")
            )
        return CategoryList(payload=payload, etag=response.headers.get("ETag", ""))

    def features(self) -> frozenset[str]:
        """GET /health: the contract 1.1 features the server lists (none from a 1.0 server)."""
        response = self._request("GET", "/health")
        _require_ok(
            response, QT_TRANSLATE_NOOP("Sync", "The case system's health check failed ({status})")
        )
        listed = _json_object(response).get("features")
        if not isinstance(listed, list):
            return frozenset()  # the contract: no features means a 1.0 server
        return frozenset(item for item in listed if isinstance(item, str))

    def units(self, etag: str = "") -> UnitList | None:
        """GET /units (feature units); None when unchanged since ``etag`` (304)."""
        headers = {"If-None-Match": etag} if etag else {}
        response = self._request("GET", "/units", headers=headers)
        if response.status_code == 304:
            return None
        _require_ok(response, QT_TRANSLATE_NOOP("Sync", "Units could not be fetched ({status})"))
        payload = _json_object(response)
        if not isinstance(payload.get("units"), list):
            raise TransientError(QT_TRANSLATE_NOOP("Sync", "The unit answer has no unit list"))
        return UnitList(payload=payload, etag=response.headers.get("ETag", ""))

    def status_updates(self, cursor: str = "") -> StatusPage:
        """GET /submissions/status?since=cursor."""
        params = {"since": cursor} if cursor else {}
        response = self._request("GET", "/submissions/status", params=params)
        _require_ok(
            response, QT_TRANSLATE_NOOP("Sync", "Status updates could not be fetched ({status})")
        )
        payload = _json_object(response)
        updates = payload.get("updates")
        next_cursor = payload.get("cursor")
        if not isinstance(updates, list) or not isinstance(next_cursor, str):
            raise TransientError(
                QT_TRANSLATE_NOOP("Sync", "The status answer is not in the expected shape")
            )
        return StatusPage(updates=[u for u in updates if isinstance(u, dict)], cursor=next_cursor)


def _request_result(response: requests.Response) -> RequestResult:
    """The answer to a correction or erasure, classified as the contract says."""
    _raise_for_unusable(response)
    status = response.status_code
    if status == 200:
        _json_object(response)  # a login page's 200 is no confirmation
        return RequestResult("done")
    if status in (400, 404, 405, 409, 413, 422):
        try:
            error = _json_object(response).get("error")
        except TransientError:
            error = None
        if status in (404, 405) and error is None:
            # Not the case API's own answer but a proxy's page: giving the request up (or
            # calling it refused) on its word would leave the case system's copy unchanged.
            failure = QT_TRANSLATE_NOOP("Sync", "Unexpected answer from the case system ({status})")
            raise TransientError(failure.format(status=status))
        if status == 405:
            return RequestResult("unsupported")
        message = str(error.get("message") or "") if isinstance(error, dict) else ""
        code = str(error.get("code") or "") if isinstance(error, dict) else ""
        if status == 404:
            return RequestResult("not_found", message)
        return RequestResult("refused", f"{message} ({code or status})" if message else f"{status}")
    raise TransientError(
        QT_TRANSLATE_NOOP("Sync", "Unexpected answer from the case system ({status})").format(
            status=status
        )
    )
