"""What the Open311 adapter must remember between passes, kept in the desk's database.

Open311 has no idempotency key, so the adapter writes down, before each POST, that an attempt
is under way, and then what the server answered. A record whose attempt has no answer after a
crash or a lost reply is looked for on the server before it is sent again; one whose answer is
known (a crash before the outbox recorded it) is not sent again at all. The journal also holds
the tokens still to be resolved and the requests whose status is still worth asking about.
Kept in the store's key/value table (desk_meta), so it survives a restart with the queue.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from desk_app.domain.attributes import Attribute, attributes_from_json
from desk_app.domain.wire import parse_time
from desk_app.store.repository import META_CATEGORIES, SubmissionStore

_ATTEMPT = "open311.attempt."  # + the record's UUID: 52 characters, the key column holds 100
_TOKENS = "open311.tokens"
_WATCH = "open311.watch"


@dataclass(frozen=True)
class Attempt:
    """A POST for a record: when it started and what it was for, and once answered, what the
    server made of it (its id, or a token). Kept after the answer: the outbox records the
    answer in another transaction, and a record whose answer is known is never sent again."""

    started_at: datetime
    service_code: str
    reference: str
    service_request_id: str = ""
    token: str = ""


@dataclass(frozen=True)
class Watched:
    """A delivered request whose status the desk still follows, and what it last saw."""

    service_request_id: str
    status: str = ""
    notes: str = ""


class Open311Journal:
    """The adapter's memory over one desk store."""

    def __init__(self, store: SubmissionStore) -> None:
        self._store = store

    def _json(self, key: str) -> Any:
        raw = self._store.meta(key)
        if not raw:
            return None
        try:
            return json.loads(raw)
        except ValueError:
            return None

    # -- attempts whose outcome is unknown
    def attempt(self, submission_id: str) -> Attempt | None:
        """The open attempt for the record, or None when its last answer was clear."""
        value = self._json(_ATTEMPT + submission_id)
        if not isinstance(value, dict):
            return None
        try:
            started = parse_time(str(value["started_at"]))
        except (KeyError, ValueError):
            return None
        return Attempt(
            started,
            str(value.get("service_code", "")),
            str(value.get("reference", "")),
            str(value.get("service_request_id", "")),
            str(value.get("token", "")),
        )

    def begin(self, submission_id: str, attempt: Attempt) -> None:
        """Written (durably) before the request leaves: a crash after it leaves is covered."""
        value = {
            "started_at": attempt.started_at.isoformat(),
            "service_code": attempt.service_code,
            "reference": attempt.reference,
            "service_request_id": attempt.service_request_id,
            "token": attempt.token,
        }
        self._store.set_meta(_ATTEMPT + submission_id, json.dumps(value))

    def settle(self, submission_id: str, *, service_request_id: str = "", token: str = "") -> None:
        """The server made a request for the record: remember it with the attempt."""
        attempt = self.attempt(submission_id)
        if attempt is not None:
            self.begin(
                submission_id,
                replace(attempt, service_request_id=service_request_id, token=token),
            )

    def end(self, submission_id: str) -> None:
        """Nothing to remember: the server refused the record, or its case is closed."""
        if self._store.meta(_ATTEMPT + submission_id):
            self._store.set_meta(_ATTEMPT + submission_id, "")

    # -- tokens not yet resolved to an id
    def tokens(self) -> dict[str, str]:
        """Record UUID → token, for requests the server has not given an id yet."""
        value = self._json(_TOKENS)
        return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}

    def set_tokens(self, tokens: dict[str, str]) -> None:
        self._store.set_meta(_TOKENS, json.dumps(tokens, sort_keys=True))

    # -- delivered requests whose status may still change
    def watched(self) -> dict[str, Watched]:
        """Record UUID → the request followed for it (closed ones are no longer followed)."""
        value = self._json(_WATCH)
        if not isinstance(value, dict):
            return {}
        return {
            str(submission_id): Watched(
                str(item.get("id", "")), str(item.get("status", "")), str(item.get("notes", ""))
            )
            for submission_id, item in value.items()
            if isinstance(item, dict) and item.get("id")
        }

    def set_watched(self, watched: dict[str, Watched]) -> None:
        value = {
            submission_id: {
                "id": item.service_request_id,
                "status": item.status,
                "notes": item.notes,
            }
            for submission_id, item in watched.items()
        }
        self._store.set_meta(_WATCH, json.dumps(value, sort_keys=True, ensure_ascii=False))

    def watch(self, submission_id: str, service_request_id: str) -> None:
        """Follow the status of a request the server just created for the record."""
        watched = self.watched()
        watched[submission_id] = Watched(service_request_id, "received")
        self.set_watched(watched)

    # -- the services' attributes, cached with the categories
    def attributes(self, service_code: str) -> tuple[Attribute, ...]:
        """The attributes of a service as last fetched (none when unknown)."""
        payload = self._json(META_CATEGORIES)
        categories = payload.get("categories") if isinstance(payload, dict) else None
        for category in categories if isinstance(categories, list) else []:
            if isinstance(category, dict) and category.get("code") == service_code:
                try:
                    return attributes_from_json(category.get("attributes"))
                except ValueError:  # cached by an older desk unread: as if none were known
                    return ()
        return ()
