"""What a request must pass before any route sees it: the bearer token, then the body's size.

Both are raw ASGI middlewares, so they act on the headers alone and before a single byte of the
body is read or parsed: an unauthenticated or oversized upload costs the server nothing but its
headers. FastAPI reads a declared body (the batch) before it runs a route's dependencies, so an
auth dependency would come too late.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Mapping

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from case_server.models import error_body

# A submission's largest valid body is about 225 KB: every free-text field at its cap, written
# as astral-plane characters that JSON escapes as 12 bytes each. A batch holds at most 100 items.
MAX_SUBMISSION_BYTES = 1024 * 1024
MAX_BATCH_BYTES = 24 * 1024 * 1024
BATCH_PATH = "/submissions:batch"


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope["headers"]:
        if key == name:
            return bytes(value)
    return None


def _has_body(scope: Scope) -> bool:
    length = _header(scope, b"content-length")
    return _header(scope, b"transfer-encoding") is not None or (
        length is not None and length.strip() not in (b"", b"0")
    )


async def refuse(scope: Scope, send: Send, status: int, code: str, message: str) -> None:
    """Answer ``status`` with the contract's error shape, without reading the request body.

    When a body is still on its way the answer says ``Connection: close``, so the server hangs
    up instead of reading (and throwing away) the rest of an upload it has already refused.
    """
    payload = json.dumps(error_body(code, message)).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(payload)).encode()),
    ]
    if status == 401:
        headers.append((b"www-authenticate", b"Bearer"))
    if _has_body(scope):
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})


class BearerAuthMiddleware:
    """Refuses (401) every request without ``Authorization: Bearer <token>``, but public paths."""

    def __init__(self, app: ASGIApp, token: str, public_paths: frozenset[str]) -> None:
        if not token:
            raise ValueError("the case server needs a non-empty token")
        self.app = app
        self.expected = token.encode()
        self.public_paths = public_paths

    def authorized(self, scope: Scope) -> bool:
        """Whether the request carries the token; compared in constant time."""
        scheme, _, credentials = (_header(scope, b"authorization") or b"").partition(b" ")
        # compare_digest takes as long for a near miss as for a wild guess, so the time of the
        # answer tells nothing about how much of a guessed token was right.
        matches = hmac.compare_digest(credentials.strip(), self.expected)
        return scheme.lower() == b"bearer" and matches

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in self.public_paths or self.authorized(scope):
            await self.app(scope, receive, send)
            return
        await refuse(scope, send, 401, "unauthorized", "missing or invalid token")


class BodyLimitMiddleware:
    """Refuses (413) bodies above the limit of their path: by Content-Length, or while counting.

    A chunked body declares no length, so the body is read here, counted as it arrives and cut
    off as soon as it passes the limit; the route then gets the whole (bounded) body at once.
    """

    def __init__(self, app: ASGIApp, default_limit: int, limits: Mapping[str, int]) -> None:
        self.app = app
        self.default_limit = default_limit
        self.limits = dict(limits)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not _has_body(scope):
            await self.app(scope, receive, send)
            return
        limit = self.limits.get(scope["path"], self.default_limit)
        message = f"The body may be at most {limit:,} bytes."
        declared = _header(scope, b"content-length")
        if declared is not None and declared.strip().isdigit() and int(declared) > limit:
            await refuse(scope, send, 413, "payload_too_large", message)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            received = await receive()
            if received["type"] == "http.disconnect":
                return  # the client left; there is no one to answer
            chunk = received.get("body", b"")
            size += len(chunk)
            if size > limit:
                await refuse(scope, send, 413, "payload_too_large", message)
                return
            chunks.append(chunk)
            if not received.get("more_body", False):
                break
        await self.app(scope, _replay(b"".join(chunks), receive), send)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that hands over ``body`` whole, then waits on the real one (disconnects)."""
    delivered = False

    async def replay() -> Message:
        nonlocal delivered
        if delivered:
            return await receive()
        delivered = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay
