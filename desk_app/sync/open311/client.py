"""The desk's Open311 GeoReport v2 adapter: the same queue as case-api-v1, another dialect.

It implements `desk_app.sync.case_system.CaseSystem`, so the outbox, its back-off and its
bookkeeping are shared with the case-api-v1 client; this module only translates.

The standard has no idempotency key, so a lost reply is made safe as far as it allows: every
request carries the desk's reference (in the description, and in an attribute where the service
has one for it), the journal notes each POST before it leaves, and a record whose earlier POST
has no known outcome is first looked for with ``GET requests`` (its service, the time of the
attempt) and only sent again when no request carries its reference. See the README for the
risk that remains.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

import requests

from desk_app.domain.messages import QT_TRANSLATE_NOOP
from desk_app.domain.wire import FEATURE_INTAKE, FEATURE_OPEN311_ATTRIBUTES
from desk_app.sync.client import (
    BatchUnsupported,
    CaseApiClient,
    CategoryList,
    ItemResult,
    RatingResult,
    RatingsUnsupported,
    RequestResult,
    StatusPage,
    TransientError,
    UnitList,
    _raise_for_unusable,
)
from desk_app.sync.open311.journal import Attempt, Open311Journal, Watched
from desk_app.sync.open311.wire import (
    AnswerUnreadable,
    RecordNotSendable,
    categories_payload,
    desk_status,
    error_descriptions,
    parse_answer,
    parse_attributes,
    parse_post_answer,
    parse_requests,
    parse_services,
    reference_line,
    request_form,
)

logger = logging.getLogger(__name__)
# How many ids one GET requests asks about: comma-separated in the URL, which servers and
# proxies cap at a few kilobytes.
STATUS_CHUNK = 50
# The look-up after a lost reply searches requests made this long before the attempt to this
# long after now (clocks of desk and server differ a little).
LOOKUP_MARGIN = timedelta(minutes=10)
_REFUSALS = (400, 404, 409, 413, 422)


def w3_time(moment: datetime) -> str:
    """A time as the standard's filters take it (w3 format, UTC): 2010-01-01T00:00:00Z."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Open311Client(CaseApiClient):
    """One desk's connection to an Open311 GeoReport v2 endpoint.

    Built on the case-api-v1 client for its transport only (timeouts, TLS, proxies, and the
    classification of network faults and 401/403/429/5xx); every public method is Open311's.
    ``base_url`` is the endpoint's root (``…/open311/v2``); ``api_key`` is the desk's token.
    """

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        journal: Open311Journal,
        jurisdiction_id: str = "",
        site_address: str = "",
        language: str = "sv",
        connect_timeout: float = 5.0,
        read_timeout: float = 30.0,
        ca_bundle: str = "",
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(
            base_url,
            api_key,
            connect_timeout=connect_timeout,
            read_timeout=read_timeout,
            ca_bundle=ca_bundle,
        )
        # Open311 takes the key as a form field of POST requests only; no bearer header.
        self.session.headers.pop("Authorization", None)
        self.session.headers["Accept"] = "application/json, text/xml;q=0.5"
        self.api_key = api_key
        self.journal = journal
        self.jurisdiction_id = jurisdiction_id
        self.site_address = site_address
        self.language = language
        self.clock = clock
        self.format = "json"
        self._format_known = False

    # ------------------------------------------------------------ transport

    def _params(self, **params: str) -> dict[str, str]:
        if self.jurisdiction_id:
            params["jurisdiction_id"] = self.jurisdiction_id
        return {name: value for name, value in params.items() if value}

    def _answer(self, response: requests.Response) -> Any:
        try:
            return parse_answer(response.headers.get("Content-Type", ""), response.content)
        except AnswerUnreadable as error:
            # A hotel login page or a proxy's error page is never taken for an answer.
            raise TransientError(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "The server answered {status} with {type}, not the case API's JSON "
                    "(a login page or proxy in the way?)",
                ).format(
                    status=response.status_code,
                    type=response.headers.get("Content-Type", "") or "no type",
                )
            ) from error

    def _ensure_format(self) -> None:
        """JSON when the server offers it, else XML (the format every server must offer)."""
        if self._format_known:
            return
        response = self._request("GET", "/services.json", params=self._params())
        _raise_for_unusable(response)
        if response.status_code in (400, 404, 406, 415):
            fallback = self._request("GET", "/services.xml", params=self._params())
            _raise_for_unusable(fallback)
            if fallback.status_code == 200:
                self.format = "xml"
                logger.info("The Open311 server offers no JSON; reading its XML")
        self._format_known = True

    def _get(self, path: str, failure: str, **params: str) -> Any:
        self._ensure_format()
        response = self._request("GET", f"{path}.{self.format}", params=self._params(**params))
        _raise_for_unusable(response)
        if response.status_code != 200:
            raise TransientError(failure.format(status=response.status_code))
        return self._answer(response)

    # ------------------------------------------------------------ submitting

    def submit_batch(self, bodies: Sequence[Mapping[str, Any]]) -> list[ItemResult]:
        """Open311 has no batch request: the outbox sends one by one."""
        raise BatchUnsupported("Open311 has no batch request")

    def submit_ratings(self, bodies: Sequence[Mapping[str, Any]]) -> list[RatingResult]:
        """GeoReport v2 has no ratings: never called, as ``features`` does not list them, so
        the desk keeps its ratings until it talks to a case-api-v1 server that takes them."""
        raise RatingsUnsupported("Open311 has no ratings")

    def submit_one(self, body: Mapping[str, Any]) -> ItemResult:
        """POST requests for one record; a record with an unknown earlier outcome is looked
        for first, and sent again only when the server holds no request with its reference."""
        submission_id = str(body["id"])
        service_code = str(body.get("category") or "")
        reference = str(body.get("reference") or "")
        try:
            form = request_form(
                body,
                api_key=self.api_key,
                attributes=self.journal.attributes(service_code),
                jurisdiction_id=self.jurisdiction_id,
                site_address=self.site_address,
                attribute_values=_attribute_values(body),
            )
        except RecordNotSendable as error:
            return ItemResult(submission_id, "invalid", message=str(error))
        self._ensure_format()
        earlier = self.journal.attempt(submission_id)
        if earlier is not None and (earlier.service_request_id or earlier.token):
            # Answered before a crash kept the outbox from recording it: already delivered.
            return ItemResult(
                submission_id, "accepted", case_number=earlier.service_request_id, status="received"
            )
        if earlier is not None:
            found = self._look_for(earlier)
            if found:
                logger.info("Record %s was already delivered; not sent again", submission_id)
                return self._delivered(submission_id, found)
        self.journal.begin(submission_id, Attempt(self.clock(), service_code, reference))
        response = self._request("POST", f"/requests.{self.format}", data=form)
        if response.status_code in (401, 403):
            self.journal.end(submission_id)  # refused before anything was made
        _raise_for_unusable(response)
        if response.status_code in (200, 201):
            answer = parse_post_answer(self._answer(response))
            if answer is None:
                # The journal keeps the attempt open: the next try looks before it sends.
                raise TransientError(
                    QT_TRANSLATE_NOOP("Sync", "The case system's answer has no case number")
                )
            if answer.service_request_id:
                return self._delivered(submission_id, answer.service_request_id)
            return self._token_given(submission_id, answer.token)
        if response.status_code in _REFUSALS:
            try:
                descriptions = error_descriptions(self._answer(response))
            except TransientError:
                descriptions = []
            self.journal.end(submission_id)
            message = "; ".join(descriptions) or f"Refused ({response.status_code})"
            logger.warning("Record %s needs attention: refused", submission_id)
            return ItemResult(submission_id, "invalid", message=message)
        raise TransientError(
            QT_TRANSLATE_NOOP("Sync", "Unexpected answer from the case system ({status})").format(
                status=response.status_code
            )
        )

    def _delivered(self, submission_id: str, service_request_id: str) -> ItemResult:
        self.journal.settle(submission_id, service_request_id=service_request_id)
        self.journal.watch(submission_id, service_request_id)
        return ItemResult(
            submission_id, "accepted", case_number=service_request_id, status="received"
        )

    def _token_given(self, submission_id: str, token: str) -> ItemResult:
        """The server took the request and will name it later: resolve the token now if it
        can, else at the next status pull. The record is delivered either way."""
        request_id = self._resolve_token(token)
        if request_id:
            return self._delivered(submission_id, request_id)
        self.journal.settle(submission_id, token=token)
        tokens = self.journal.tokens()
        tokens[submission_id] = token
        self.journal.set_tokens(tokens)
        return ItemResult(submission_id, "accepted", case_number="", status="received")

    def _resolve_token(self, token: str) -> str:
        """The id a token stands for, or "" while the server has none yet (404)."""
        response = self._request(
            "GET", f"/tokens/{quote(token, safe='')}.{self.format}", params=self._params()
        )
        _raise_for_unusable(response)
        if response.status_code != 200:
            return ""
        for request in parse_requests(self._answer(response)):
            if request.service_request_id:
                return request.service_request_id
        return ""

    def _look_for(self, attempt: Attempt) -> str:
        """The id of a request that carries the attempt's reference, or "" when none does.

        Transient failures are raised: sending again without having looked could make a
        second case, so the record waits instead.
        """
        now = self.clock()
        payload = self._get(
            "/requests",
            QT_TRANSLATE_NOOP("Sync", "Status updates could not be fetched ({status})"),
            service_code=attempt.service_code,
            start_date=w3_time(attempt.started_at - LOOKUP_MARGIN),
            end_date=w3_time(max(now, attempt.started_at) + LOOKUP_MARGIN),
        )
        line = reference_line(attempt.reference)
        for request in parse_requests(payload):
            if line in request.description.splitlines() and request.service_request_id:
                return request.service_request_id
        return ""

    # ------------------------------------------------------------ pulling

    def features(self) -> frozenset[str]:
        """Open311 has no /health: the outbox always hands over the policy fields (intake-1.1),
        which this adapter puts into service attributes or the description's block, and the
        worker's answers to the service's questions (sent as ``attribute[code]``). No unit
        list, no committed first-response date (the desk keeps its own) and no ratings (they
        stay on the desk)."""
        return frozenset({FEATURE_INTAKE, FEATURE_OPEN311_ATTRIBUTES})

    def units(self, etag: str = "") -> UnitList | None:
        """Open311 has no unit list."""
        return None

    def correct_reporter(
        self, submission_id: str, request_id: str, fields: Mapping[str, str]
    ) -> RequestResult:
        """GeoReport v2 cannot change a request's contact details: ``features`` never lists
        personal-data-1.1, so the worker is told to ask the case system's administrators."""
        return RequestResult("unsupported")

    def erase_personal_data(self, submission_id: str, request_id: str) -> RequestResult:
        """GeoReport v2 cannot erase a request's personal data (see ``correct_reporter``)."""
        return RequestResult("unsupported")

    def categories(self, etag: str = "") -> CategoryList | None:
        """GET services, and the definition of each service with attributes, in the desk's
        category shape; None when nothing changed since ``etag`` (a digest of the list)."""
        failure = QT_TRANSLATE_NOOP("Sync", "Categories could not be fetched ({status})")
        services = parse_services(self._get("/services", failure))
        if not services:
            raise TransientError(
                QT_TRANSLATE_NOOP("Sync", "The category answer has no category list")
            )
        full = [
            replace(
                service,
                attributes=parse_attributes(
                    self._get(f"/services/{quote(service.code, safe='')}", failure)
                ),
            )
            if service.metadata
            else service
            for service in services
        ]
        payload = categories_payload(full, self.language)
        canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False)
        digest = hashlib.sha256(canonical.encode()).hexdigest()[:16]
        if digest == etag:
            return None
        return CategoryList(payload=payload, etag=digest)

    def status_updates(self, cursor: str = "") -> StatusPage:
        """Resolve waiting tokens, then ask ``GET requests`` about every request still open,
        in batches of ids; returns only the statuses that changed. Open311 has no cursor."""
        updates: list[Mapping[str, Any]] = []
        tokens = self.journal.tokens()
        if tokens:
            waiting = {}
            for submission_id, token in tokens.items():
                request_id = self._resolve_token(token)
                if request_id:
                    self.journal.settle(submission_id, service_request_id=request_id)
                    self.journal.watch(submission_id, request_id)
                    updates.append(_update(submission_id, request_id, "received", {}, ""))
                else:
                    waiting[submission_id] = token
            self.journal.set_tokens(waiting)
        watched = self.journal.watched()
        by_request = {item.service_request_id: sid for sid, item in watched.items()}
        ids = list(by_request)
        failure = QT_TRANSLATE_NOOP("Sync", "Status updates could not be fetched ({status})")
        try:
            for start in range(0, len(ids), STATUS_CHUNK):
                chunk = ids[start : start + STATUS_CHUNK]
                payload = self._get("/requests", failure, service_request_id=",".join(chunk))
                for request in parse_requests(payload):
                    owner = by_request.get(request.service_request_id)
                    if owner is None:
                        continue
                    status = desk_status(request.status)
                    seen = watched[owner]
                    if (status, request.status_notes) != (seen.status, seen.notes):
                        text = {self.language: request.status_notes} if request.status_notes else {}
                        updates.append(
                            _update(
                                owner,
                                request.service_request_id,
                                status,
                                text,
                                request.updated,
                            )
                        )
                    if status == "closed":  # final: no need to ask again, or to remember
                        del watched[owner]
                        self.journal.end(owner)
                    else:
                        watched[owner] = Watched(
                            request.service_request_id, status, request.status_notes
                        )
        finally:
            self.journal.set_watched(watched)
        return StatusPage(updates=updates, cursor=cursor)


def _update(
    submission_id: str, request_id: str, status: str, text: Mapping[str, str], updated: str
) -> dict[str, Any]:
    """A status update in the case-api-v1 shape the outbox reads."""
    return {
        "id": submission_id,
        "case_number": request_id,
        "status": status,
        "status_text": dict(text),
        "updated_at": updated or None,
    }


def _attribute_values(body: Mapping[str, Any]) -> dict[str, str | list[str]]:
    """The worker's answers to the service's questions (``open311_attributes``, written by
    domain.wire for a client that lists FEATURE_OPEN311_ATTRIBUTES)."""
    raw = body.get("open311_attributes")
    if not isinstance(raw, Mapping):
        return {}
    values: dict[str, str | list[str]] = {}
    for code, value in raw.items():
        if isinstance(value, list):
            values[str(code)] = [str(item) for item in value]
        elif value not in (None, ""):
            values[str(code)] = str(value)
    return values
