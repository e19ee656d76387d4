"""Fault injection for the reference server: tests make it misbehave the ways real networks do.

A `FaultPlan` holds faults in order; `FaultMiddleware` applies the next one to a matching request
(errors, slowness, dropped replies, captive-portal login pages). It sits outermost, in front of
authentication, because the failures it imitates (proxies, portals, dying servers) happen before
or regardless of the server's own checks.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections import deque
from dataclasses import dataclass

from fastapi.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send


@dataclass
class Fault:
    """One way to misbehave on the next matching request.

    kind: "status" (answer ``code`` without processing, with ``retry_after`` if set),
    "html" (a 200 login page), "page" (a proxy's HTML page with status ``code``),
    "slow" (wait ``seconds``, then process normally),
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
        """Queue ``faults``; each is used up by the first request whose path it matches."""
        with self._lock:
            self._faults.extend(faults)

    def clear(self) -> None:
        """Forget every fault still waiting."""
        with self._lock:
            self._faults.clear()

    def take(self, path: str) -> Fault | None:
        """The next fault, if it applies to ``path`` (removed from the plan), else None."""
        with self._lock:
            if self._faults and path.startswith(self._faults[0].path):
                return self._faults.popleft()
        return None


class DropConnection(Exception):
    """Raised to cut the connection after committing (the reply is lost on the way)."""


def current_fault(scope: Scope) -> Fault | None:
    """The fault the middleware applied to this request, for routes that act it out."""
    fault = scope.get("state", {}).get("fault")
    return fault if isinstance(fault, Fault) else None


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
        elif fault.kind == "page":
            page = f"<html><body><h1>{fault.code}</h1>proxy error page</body></html>"
            await Response(page, fault.code, media_type="text/html")(scope, receive, send)
        elif fault.kind == "slow":
            await asyncio.sleep(fault.seconds)
            await self.app(scope, receive, send)
        else:  # drop, drop_after_items: the app commits; the reply never arrives whole
            await self._app_then_drop(scope, receive, send)

    async def _app_then_drop(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def swallow(message: Message) -> None:
            return None

        with contextlib.suppress(DropConnection):
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
        raise DropConnection("connection dropped on purpose")
