"""The reference case API v1 server (FastAPI): `create_app` and the contract's routes.

It serves its own OpenAPI document at /openapi.json. The bodies are in `case_server.models`; the
`FaultPlan` that lets tests make it misbehave (errors, slowness, dropped replies, login pages) is
in `case_server.faults`, re-exported here for the tests that import it from this module.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
from datetime import date
from pathlib import Path
from typing import Any, Literal

from fastapi import FastAPI, Header, HTTPException, Query, Request, Security
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPBearer
from pydantic import ValidationError

from case_server.faults import DropConnection, Fault, FaultMiddleware, FaultPlan, current_fault
from case_server.guard import (
    BATCH_PATH,
    MAX_BATCH_BYTES,
    MAX_SUBMISSION_BYTES,
    BearerAuthMiddleware,
    BodyLimitMiddleware,
)
from case_server.models import (
    Batch,
    ErasureRequest,
    Rating,
    ReporterCorrection,
    Submission,
    SubmissionV1_0,
    error_body,
)
from case_server.open311 import mount_open311
from case_server.personal_data import (
    FEATURE_PERSONAL_DATA,
    correct_reporter,
    erase_personal_data,
)
from case_server.ratings import NewRating, RatingStore
from case_server.store import CaseStore, Outcome

__all__ = ["Fault", "FaultPlan", "create_app"]

# Only documents the scheme in /openapi.json: BearerAuthMiddleware has already checked the token
# (before any body was read) by the time a route's dependencies run.
_BEARER = HTTPBearer(auto_error=False, description="The desk's token, issued per desk.")
_PROTECTED = [Security(_BEARER)]
_ERROR_CODES = {400: "bad_request", 401: "unauthorized", 404: "not_found", 413: "payload_too_large"}
# Cursors are event numbers, which SQLite keeps as signed 64-bit integers.
_CURSOR = re.compile(r"[0-9]{1,19}")
_MAX_CURSOR = 2**63 - 1
UNITS_FILE = Path(__file__).with_name("units.json")
# What a 1.1 server lists in /health (contract, "Version 1.1 additions"), ratings aside.
FEATURES_1_1 = ("intake-1.1", "units", "ack-due")
FEATURE_RATINGS = "ratings"
RATINGS_BATCH_PATH = "/ratings:batch"
ApiVersion = Literal["1.0", "1.1"]


def _etag(payload: dict[str, Any]) -> str:
    return '"' + hashlib.sha256(json.dumps(payload).encode()).hexdigest()[:16] + '"'


def _validation_fields(error: ValidationError | RequestValidationError) -> dict[str, str]:
    fields = {}
    for item in error.errors():
        location = [str(part) for part in item.get("loc", ()) if part not in ("body",)]
        fields[".".join(location) or "body"] = str(item.get("msg", "invalid"))
    return fields


def parse_cursor(since: str) -> int | None:
    """The event number in a ``since`` cursor ("" is the start); None when it is not one."""
    if not since:
        return 0
    if not _CURSOR.fullmatch(since) or int(since) > _MAX_CURSOR:
        return None
    return int(since)


def create_app(
    store: CaseStore,
    token: str,
    *,
    site_id: str | None = None,
    max_submission_bytes: int = MAX_SUBMISSION_BYTES,
    max_batch_bytes: int = MAX_BATCH_BYTES,
    api_version: ApiVersion = "1.1",
    units_payload: dict[str, Any] | None = None,
    ratings: bool = True,
    personal_data: bool = True,
) -> FastAPI:
    """The API over ``store``; requests need ``Authorization: Bearer <token>``.

    Bodies above ``max_batch_bytes`` (batch) or ``max_submission_bytes`` (anything else) are
    refused with 413 before they are parsed. ``api_version="1.0"`` answers as a server from
    before contract 1.1: no ``features`` in /health, no /units, and a field it does not know
    refused with 422 (the desk's tests of negotiation run against both). ``ratings=False`` is
    a 1.1 server without feature ``ratings``: not listed in /health, and no ratings routes.
    ``personal_data=False`` leaves out feature personal-data-1.1 (a server that cannot yet
    correct or erase a case: the desk must tell the worker to ask its administrators).
    """
    v1_1 = api_version == "1.1"
    offers_ratings = v1_1 and ratings
    features = (
        FEATURES_1_1
        + ((FEATURE_RATINGS,) if offers_ratings else ())
        + ((FEATURE_PERSONAL_DATA,) if v1_1 and personal_data else ())
    )
    model: type[SubmissionV1_0] = Submission if v1_1 else SubmissionV1_0
    units = units_payload or json.loads(UNITS_FILE.read_text(encoding="utf-8"))
    active_units = {unit["code"] for unit in units["units"] if unit.get("active")}
    app = FastAPI(
        title="Central case API",
        version=api_version,
        description="Reference server of case-api-v1 for Feedback Desk demos and tests.",
    )
    plan = FaultPlan()
    app.state.faults = plan
    app.state.store = store
    # Added innermost first: faults, then the token, then the body's size, then the routes.
    app.add_middleware(
        BodyLimitMiddleware,
        default_limit=max_submission_bytes,
        limits={BATCH_PATH: max_batch_bytes, RATINGS_BATCH_PATH: max_batch_bytes},
    )
    public = {app.openapi_url, app.docs_url, app.redoc_url, app.swagger_ui_oauth2_redirect_url}
    app.add_middleware(
        BearerAuthMiddleware,
        token=token,
        public_paths=frozenset({"/health"} | {path for path in public if path}),
    )
    mount_open311(app, store, token, site_id)  # /open311/v2/: the GeoReport v2 face
    app.add_middleware(FaultMiddleware, plan=plan)

    @app.exception_handler(HTTPException)
    async def http_error(_request: Request, error: HTTPException) -> JSONResponse:
        code = _ERROR_CODES.get(error.status_code, "error")
        return JSONResponse(error_body(code, str(error.detail)), error.status_code)

    @app.exception_handler(RequestValidationError)
    async def invalid_body(_request: Request, error: RequestValidationError) -> JSONResponse:
        fields = _validation_fields(error)
        return JSONResponse(error_body("validation_failed", "The body is invalid.", fields), 422)

    def check(body: dict[str, Any], key: str | None = None) -> Outcome | SubmissionV1_0:
        """The contract's checks of one body: an error outcome, or the valid submission."""
        try:
            submission = model.model_validate(body)
        except ValidationError as error:
            fields = _validation_fields(error)
            return Outcome(422, error_body("validation_failed", "The body is invalid.", fields))
        if key is not None and key != str(submission.id):
            return Outcome(
                400, error_body("bad_request", "Idempotency-Key must equal the body's id")
            )
        if submission.category not in store.active_categories:
            return Outcome(
                422,
                error_body("validation_failed", "Unknown category.", {"category": "unknown code"}),
            )
        concerns = submission.concerns if isinstance(submission, Submission) else None
        if concerns is not None and concerns.unit is not None and concerns.unit not in active_units:
            return Outcome(
                422,
                error_body("validation_failed", "Unknown unit.", {"concerns.unit": "unknown code"}),
            )
        return submission

    def judge_all(bodies: list[dict[str, Any]], key: str | None = None) -> list[Outcome]:
        """Judge each body on its own; store the valid ones in one transaction."""
        checked = [check(body, key) for body in bodies]
        valid = [
            (str(result.id), body, site_id or result.site.id)
            for body, result in zip(bodies, checked, strict=True)
            if isinstance(result, SubmissionV1_0)
        ]
        stored = iter(store.submit_many(valid))
        return [next(stored) if isinstance(r, SubmissionV1_0) else r for r in checked]

    @app.get("/health")
    def health() -> dict[str, Any]:
        if not v1_1:
            return {"status": "ok", "api_version": "1"}
        return {"status": "ok", "api_version": "1.1", "features": list(features)}

    def cached(request: Request, payload: dict[str, Any]) -> Response:
        etag = _etag(payload)
        if request.headers.get("If-None-Match") == etag:
            return Response(status_code=304, headers={"ETag": etag})
        return JSONResponse(payload, headers={"ETag": etag})

    @app.get("/categories", dependencies=_PROTECTED)
    def categories(request: Request) -> Response:
        return cached(request, store.categories_payload)

    if v1_1:

        @app.get("/units", dependencies=_PROTECTED)
        def units_list(request: Request) -> Response:
            return cached(request, units)

    submission_body = {
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": Submission.model_json_schema()}},
        }
    }

    @app.post(
        "/submissions",
        dependencies=_PROTECTED,
        status_code=201,
        openapi_extra=submission_body,  # the body is read raw, to judge it as the contract says
    )
    async def submit(
        request: Request, idempotency_key: str = Header(alias="Idempotency-Key")
    ) -> JSONResponse:
        try:
            body = await request.json()
        except ValueError:
            return JSONResponse(error_body("bad_request", "The body is not JSON."), 400)
        if not isinstance(body, dict):
            return JSONResponse(error_body("bad_request", "The body must be an object."), 400)
        (outcome,) = await asyncio.to_thread(judge_all, [body], idempotency_key)
        return JSONResponse(outcome.body, outcome.status)

    @app.post(BATCH_PATH, dependencies=_PROTECTED)
    async def submit_batch(batch: Batch, request: Request) -> dict[str, Any]:
        fault = current_fault(request.scope)
        items = batch.items
        if fault is not None and fault.kind == "drop_after_items":
            # The server dies half-way: the first items are stored, the rest never are.
            await asyncio.to_thread(judge_all, items[: fault.items])
            raise DropConnection("stopped in the middle of a batch")
        outcomes = await asyncio.to_thread(judge_all, items)
        return {
            "results": [
                {"id": str(item.get("id")), "status": outcome.status, "body": outcome.body}
                for item, outcome in zip(items, outcomes, strict=True)
            ]
        }

    @app.get("/submissions/status", dependencies=_PROTECTED)
    def status(since: str = Query(default="")) -> Response:
        cursor = parse_cursor(since)
        if cursor is None:
            message = "The cursor is not one this server gave out; start again without one."
            fields = {"since": "unknown cursor"}
            return JSONResponse(error_body("bad_request", message, fields), 400)
        updates, new_cursor = store.status_updates(cursor, site_id)
        return JSONResponse({"cursor": str(new_cursor), "updates": updates})

    if offers_ratings:
        mount_ratings(app, RatingStore(store), site_id)
    if v1_1 and personal_data:
        _mount_personal_data(app, store, site_id)
    return app


def judge_ratings(
    ratings: RatingStore, bodies: list[dict[str, Any]], site_id: str | None
) -> list[Outcome]:
    """Judge each rating on its own (422 with the fields at fault); store the valid ones in
    one transaction."""
    checked: list[Outcome | NewRating] = []
    for body in bodies:
        try:
            rating = Rating.model_validate(body)
        except ValidationError as error:
            fields = _validation_fields(error)
            checked.append(
                Outcome(422, error_body("validation_failed", "The rating is invalid.", fields))
            )
            continue
        checked.append(
            NewRating(
                key=str(rating.id),
                body=body,
                site_id=site_id or rating.site.id,
                question=rating.question,
                score=rating.score,
                given_at=rating.given_at,
            )
        )
    stored = iter(ratings.submit_many([item for item in checked if isinstance(item, NewRating)]))
    return [next(stored) if isinstance(item, NewRating) else item for item in checked]


def mount_ratings(app: FastAPI, ratings: RatingStore, site_id: str | None) -> None:
    """The routes of feature ``ratings``: the desks' batches and the report for the people in
    charge (``site_id``: this server's one site, else every site's)."""
    app.state.ratings = ratings

    @app.post(RATINGS_BATCH_PATH, dependencies=_PROTECTED)
    async def submit_ratings(batch: Batch, request: Request) -> dict[str, Any]:
        """Visitors' ratings, one item per answer (at most 100): ``{"id": uuid, "site": {"id"},
        "given_at", "question": treatment|answer|wait|overall, "score": 1-5, "comment",
        "staff_id": str|null, "submission_id": uuid|null, "language"}``. Each is judged on its
        own and idempotent per ``id``: 201 the first time, 200 for the same body again, 409 for
        another body, 422 (with the fields at fault) when invalid."""
        fault = current_fault(request.scope)
        items = batch.items
        if fault is not None and fault.kind == "drop_after_items":
            # The server dies half-way: the first items are stored, the rest never are.
            await asyncio.to_thread(judge_ratings, ratings, items[: fault.items], site_id)
            raise DropConnection("stopped in the middle of a batch")
        outcomes = await asyncio.to_thread(judge_ratings, ratings, items, site_id)
        return {
            "results": [
                {"id": str(item.get("id")), "status": outcome.status, "body": outcome.body}
                for item, outcome in zip(items, outcomes, strict=True)
            ]
        }

    @app.get("/ratings/summary", dependencies=_PROTECTED)
    def ratings_summary(
        first: str = Query(alias="from", description="first day, YYYY-MM-DD (local time)"),
        last: str = Query(alias="to", description="last day, YYYY-MM-DD (inclusive)"),
        site: str | None = Query(default=None, description="one site's ratings only"),
    ) -> Response:
        """Per question: the count of answers, their mean (null without answers) and how many
        gave each score 1-5, for the ratings given in the period (inclusive local days)."""
        fields = {}
        days: dict[str, date] = {}
        for name, value in (("from", first), ("to", last)):
            try:
                days[name] = date.fromisoformat(value)
            except ValueError:
                fields[name] = "a date as YYYY-MM-DD"
        if not fields and days["from"] > days["to"]:
            fields["to"] = "must not be before from"
        if fields:
            message = "The period is not valid."
            return JSONResponse(error_body("validation_failed", message, fields), 422)
        if site_id and site and site != site_id:
            return JSONResponse(error_body("forbidden", "Another site's ratings."), 403)
        summary = ratings.summary(days["from"], days["to"], site_id or site)
        return JSONResponse(summary)


def _mount_personal_data(app: FastAPI, store: CaseStore, site_id: str | None) -> None:
    """Feature personal-data-1.1: correct or erase a delivered case's personal data."""

    @app.patch("/submissions/{submission_id}/reporter", dependencies=_PROTECTED)
    async def correct(
        submission_id: str,
        correction: ReporterCorrection,
        idempotency_key: str = Header(alias="Idempotency-Key", max_length=36),
    ) -> JSONResponse:
        outcome = await asyncio.to_thread(
            correct_reporter,
            store,
            submission_id,
            site_id,
            idempotency_key,
            correction.changes(),
        )
        return JSONResponse(outcome.body, outcome.status)

    @app.post("/submissions/{submission_id}:erase-personal-data", dependencies=_PROTECTED)
    async def erase(
        submission_id: str,
        erasure: ErasureRequest | None = None,
        idempotency_key: str = Header(alias="Idempotency-Key", max_length=36),
    ) -> JSONResponse:
        reason = erasure.reason if erasure is not None else "request"
        outcome = await asyncio.to_thread(
            erase_personal_data, store, submission_id, site_id, idempotency_key, reason
        )
        return JSONResponse(outcome.body, outcome.status)
