"""The reference case API v1 server (FastAPI): the whole contract, for demos and tests.

It serves its own OpenAPI document at /openapi.json. A `FaultPlan` lets tests make it misbehave
the ways real networks and servers do (errors, slowness, dropped replies, login pages).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import threading
from collections import deque
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal
from uuid import UUID

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from case_server.store import CaseStore, Outcome


class Reporter(BaseModel):
    model_config = ConfigDict(extra="forbid")
    anonymous: bool
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    postal_address: str | None = None
    preferred_contact: Literal["email", "phone", "letter"] | None = None


class OnBehalfOf(BaseModel):
    relation: Literal["relative", "resident", "staff", "other"]
    note: str = ""


class Party(BaseModel):
    id: str
    name: str = ""


class Staff(BaseModel):
    staff_id: str
    display_name: str = ""


class Consent(BaseModel):
    privacy_notice_given: bool
    contact_ok: bool


class Client(BaseModel):
    app_version: str
    device_id: str


class Submission(BaseModel):
    """One feedback record as the contract defines it."""

    id: UUID
    reference: str
    kind: Literal["praise", "complaint", "suggestion", "question", "other"]
    channel: Literal["in_person", "phone", "letter", "email", "paper_form", "social_media", "other"]
    category: str
    language: str
    description: str = Field(min_length=1, max_length=10_000)
    occurred_at: datetime | None = None
    location: str | None = None
    received_at: datetime
    received_by: Staff
    site: Party
    reporter: Reporter
    on_behalf_of: OnBehalfOf | None = None
    wants_reply: bool
    consent: Consent
    client: Client


class Batch(BaseModel):
    items: list[dict[str, Any]] = Field(max_length=100)


@dataclass
class Fault:
    """One way to misbehave on the next matching request.

    kind: "status" (answer ``code`` without processing, with ``retry_after`` if set),
    "html" (a 200 login page), "slow" (wait ``seconds``, then process normally),
    "drop" (process and commit, then cut the connection before the answer),
    "drop_after_items" (commit the first ``items`` of a batch, then cut the connection).
    """

    kind: str
    path: str = "/submissions"
    code: int = 500
    retry_after: str | None = None
    seconds: float = 0.0
    items: int = 0


class FaultPlan:
    """Faults waiting to happen, in order; thread-safe so tests can queue them."""

    def __init__(self) -> None:
        self._faults: deque[Fault] = deque()
        self._lock = threading.Lock()

    def add(self, *faults: Fault) -> None:
        with self._lock:
            self._faults.extend(faults)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def take(self, path: str) -> Fault | None:
        with self._lock:
            if self._faults and path.startswith(self._faults[0].path):
                return self._faults.popleft()
        return None


class _DropConnection(Exception):
    """Raised to cut the connection after committing (the reply is lost on the way)."""


class FaultMiddleware:
    """Applies the next fault of the plan to matching requests."""

    def __init__(self, app: ASGIApp, plan: FaultPlan) -> None:
        self.app = app
        self.plan = plan

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        fault = self.plan.take(scope["path"])
        if fault is None:
            await self.app(scope, receive, send)
            return
        scope.setdefault("state", {})["fault"] = fault
        if fault.kind == "status":
            headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
            error = {"error": {"code": "injected", "message": f"injected {fault.code}"}}
            await JSONResponse(error, fault.code, headers=headers)(scope, receive, send)
        elif fault.kind == "html":
            page = "<html><body><h1>Welcome to Hotel WiFi</h1>Please log in.</body></html>"
            await Response(page, 200, media_type="text/html")(scope, receive, send)
        elif fault.kind == "slow":
            await asyncio.sleep(fault.seconds)
            await self.app(scope, receive, send)
        else:  # drop, drop_after_items: the app commits; the reply never arrives whole
            await self._app_then_drop(scope, receive, send)

    async def _app_then_drop(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def swallow(message: Message) -> None:
            return None

        with contextlib.suppress(_DropConnection):
            await self.app(scope, receive, swallow)
        # Promise a body, send a part of it, and fail: the server closes the connection.
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"1000")],
            }
        )
        await send({"type": "http.response.body", "body": b'{"id": ', "more_body": True})
        raise _DropConnection("connection dropped on purpose")


def _error(code: str, message: str, fields: dict[str, str] | None = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "fields": fields or {}}}


def _validation_fields(error: ValidationError | RequestValidationError) -> dict[str, str]:
    fields = {}
    for item in error.errors():
        location = [str(part) for part in item.get("loc", ()) if part not in ("body",)]
        fields[".".join(location) or "body"] = str(item.get("msg", "invalid"))
    return fields


def create_app(store: CaseStore, token: str, *, site_id: str | None = None) -> FastAPI:
    """The API over ``store``; requests need ``Authorization: Bearer <token>``."""
    app = FastAPI(
        title="Central case API",
        version="1",
        description="Reference server of case-api-v1 for Feedback Desk demos and tests.",
    )
    plan = FaultPlan()
    app.state.faults = plan
    app.state.store = store
    app.add_middleware(FaultMiddleware, plan=plan)

    def authorized(authorization: str = Header(default="")) -> None:
        if authorization != f"Bearer {token}":
            raise HTTPException(401, detail="missing or invalid token")

    @app.exception_handler(HTTPException)
    async def http_error(_request: Request, error: HTTPException) -> JSONResponse:
        code = "unauthorized" if error.status_code == 401 else "error"
        return JSONResponse(_error(code, str(error.detail)), error.status_code)

    @app.exception_handler(RequestValidationError)
    async def invalid_body(_request: Request, error: RequestValidationError) -> JSONResponse:
        fields = _validation_fields(error)
        return JSONResponse(_error("validation_failed", "The body is invalid.", fields), 422)

    def check(body: dict[str, Any], key: str | None = None) -> Outcome | Submission:
        """The contract's checks of one body: an error outcome, or the valid submission."""
        try:
            submission = Submission.model_validate(body)
        except ValidationError as error:
            fields = _validation_fields(error)
            return Outcome(422, _error("validation_failed", "The body is invalid.", fields))
        if key is not None and key != str(submission.id):
            return Outcome(400, _error("bad_request", "Idempotency-Key must equal the body's id"))
        if submission.category not in store.active_categories:
            return Outcome(
                422,
                _error("validation_failed", "Unknown category.", {"category": "unknown code"}),
            )
        return submission

    def judge_all(bodies: list[dict[str, Any]], key: str | None = None) -> list[Outcome]:
        """Judge each body on its own; store the valid ones in one transaction."""
        checked = [check(body, key) for body in bodies]
        valid = [
            (str(result.id), body, site_id or result.site.id)
            for body, result in zip(bodies, checked, strict=True)
            if isinstance(result, Submission)
        ]
        stored = iter(store.submit_many(valid))
        return [next(stored) if isinstance(r, Submission) else r for r in checked]

    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok", "api_version": "1"}

    @app.get("/categories", dependencies=[Depends(authorized)])
    def categories(request: Request) -> Response:
        payload = store.categories_payload
        etag = '"' + hashlib.sha256(json.dumps(payload).encode()).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match") == etag:
            return Response(status_code=304, headers={"ETag": etag})
        return JSONResponse(payload, headers={"ETag": etag})

    submission_body = {
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": Submission.model_json_schema()}},
        }
    }

    @app.post(
        "/submissions",
        dependencies=[Depends(authorized)],
        status_code=201,
        openapi_extra=submission_body,  # the body is read raw, to judge it as the contract says
    )
    async def submit(
        request: Request, idempotency_key: str = Header(alias="Idempotency-Key")
    ) -> JSONResponse:
        try:
            body = await request.json()
        except ValueError:
            return JSONResponse(_error("bad_request", "The body is not JSON."), 400)
        if not isinstance(body, dict):
            return JSONResponse(_error("bad_request", "The body must be an object."), 400)
        (outcome,) = await asyncio.to_thread(judge_all, [body], idempotency_key)
        return JSONResponse(outcome.body, outcome.status)

    @app.post("/submissions:batch", dependencies=[Depends(authorized)])
    async def submit_batch(batch: Batch, request: Request) -> dict[str, Any]:
        fault = request.scope.get("state", {}).get("fault")
        items = batch.items
        if fault is not None and fault.kind == "drop_after_items":
            # The server dies half-way: the first items are stored, the rest never are.
            await asyncio.to_thread(judge_all, items[: fault.items])
            raise _DropConnection("stopped in the middle of a batch")
        outcomes = await asyncio.to_thread(judge_all, items)
        return {
            "results": [
                {"id": str(item.get("id")), "status": outcome.status, "body": outcome.body}
                for item, outcome in zip(items, outcomes, strict=True)
            ]
        }

    @app.get("/submissions/status", dependencies=[Depends(authorized)])
    def status(since: str = Query(default="")) -> dict[str, Any]:
        try:
            cursor = int(since) if since else 0
        except ValueError:
            raise HTTPException(400, detail="unknown cursor") from None
        updates, new_cursor = store.status_updates(cursor, site_id)
        return {"cursor": str(new_cursor), "updates": updates}

    return app
