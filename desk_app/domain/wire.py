"""The case-api-v1 JSON shape of a submission: reading drafts from it, writing records to it.

Import files use the same shape (minus ``id`` and ``reference``), so a line typed elsewhere is
read by exactly the code that the sync layer's tests check against the contract.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from desk_app.domain.record import (
    Channel,
    ContactMethod,
    Draft,
    Kind,
    OnBehalfOf,
    Relation,
    Reporter,
    Staff,
    Submission,
)
from desk_app.domain.validation import ValidationFailed


def parse_time(value: str) -> datetime:
    """An RFC 3339 time with offset; raises ValueError when the offset is missing."""
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        raise ValueError("time has no offset")
    return parsed


def draft_from_json(obj: Mapping[str, Any]) -> tuple[Draft, datetime | None]:
    """A draft and its ``received_at`` (if given) from one case-api-v1 submission object.

    Raises ValidationFailed naming each field of the wrong type or value; the rules about
    content (required fields, lengths) are left to ``validation.validate``.
    """
    errors: dict[str, str] = {}

    def text(source: Mapping[str, Any], key: str, path: str) -> str:
        value = source.get(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            errors[path] = "must be text"
            return ""
        return value

    def choice(enum: Any, source: Mapping[str, Any], key: str, path: str) -> Any:
        value = source.get(key)
        if value is None:
            return None
        try:
            return enum(value)
        except ValueError:
            allowed = " | ".join(member.value for member in enum)
            errors[path] = f"'{value}' is not one of {allowed}"
            return None

    def time(key: str) -> datetime | None:
        value = obj.get(key)
        if value is None:
            return None
        try:
            return parse_time(str(value))
        except ValueError:
            errors[key] = (
                f"'{value}' is not a date and time with offset (2026-11-20T08:15:00+01:00)"
            )
            return None

    def section(key: str) -> Mapping[str, Any]:
        value = obj.get(key)
        if value is None:
            return {}
        if not isinstance(value, Mapping):
            errors[key] = "must be an object"
            return {}
        return value

    raw_reporter = section("reporter")
    reporter = Reporter(
        anonymous=bool(raw_reporter.get("anonymous", not raw_reporter)),
        name=text(raw_reporter, "name", "reporter.name"),
        email=text(raw_reporter, "email", "reporter.email"),
        phone=text(raw_reporter, "phone", "reporter.phone"),
        postal_address=text(raw_reporter, "postal_address", "reporter.postal_address"),
        preferred_contact=choice(
            ContactMethod, raw_reporter, "preferred_contact", "reporter.preferred_contact"
        ),
    )
    raw_behalf = obj.get("on_behalf_of")
    on_behalf_of = None
    if isinstance(raw_behalf, Mapping):
        relation = choice(Relation, raw_behalf, "relation", "on_behalf_of.relation")
        if relation is not None:
            on_behalf_of = OnBehalfOf(relation, text(raw_behalf, "note", "on_behalf_of.note"))
        elif "on_behalf_of.relation" not in errors:
            errors["on_behalf_of.relation"] = "is required when on_behalf_of is given"
    elif raw_behalf is not None:
        errors["on_behalf_of"] = "must be an object or null"

    consent = section("consent")
    received_by = section("received_by")
    draft = Draft(
        kind=choice(Kind, obj, "kind", "kind"),
        category=text(obj, "category", "category"),
        description=text(obj, "description", "description"),
        occurred_at=time("occurred_at"),
        location=text(obj, "location", "location"),
        channel=choice(Channel, obj, "channel", "channel") or Channel.IN_PERSON,
        language=text(obj, "language", "language") or "sv",
        reporter=reporter,
        wants_reply=bool(obj.get("wants_reply", False)),
        on_behalf_of=on_behalf_of,
        privacy_notice_given=bool(consent.get("privacy_notice_given", False)),
        contact_ok=bool(consent.get("contact_ok", False)),
        received_by=Staff(
            staff_id=text(received_by, "staff_id", "received_by.staff_id"),
            display_name=text(received_by, "display_name", "received_by.display_name"),
        ),
    )
    received_at = time("received_at")
    if errors:
        raise ValidationFailed(errors)
    return draft, received_at


def submission_to_json(
    submission: Submission, *, app_version: str, device_id: str
) -> dict[str, Any]:
    """The body of ``POST /submissions`` for a saved record."""
    reporter = submission.reporter
    reporter_json: dict[str, Any]
    if reporter.anonymous:
        reporter_json = {"anonymous": True}
    else:
        reporter_json = {
            "anonymous": False,
            "name": reporter.name,
            "email": reporter.email,
            "phone": reporter.phone,
            "postal_address": reporter.postal_address,
            "preferred_contact": reporter.preferred_contact,
        }
    behalf = submission.on_behalf_of
    return {
        "id": str(submission.id),
        "reference": submission.reference,
        "kind": submission.kind.value,
        "channel": submission.channel.value,
        "category": submission.category,
        "language": submission.language,
        "description": submission.description,
        "occurred_at": submission.occurred_at.isoformat() if submission.occurred_at else None,
        "location": submission.location or None,
        "received_at": submission.received_at.isoformat(),
        "received_by": {
            "staff_id": submission.received_by.staff_id,
            "display_name": submission.received_by.display_name,
        },
        "site": {"id": submission.site.site_id, "name": submission.site.name},
        "reporter": reporter_json,
        "on_behalf_of": (
            {"relation": behalf.relation.value, "note": behalf.note} if behalf else None
        ),
        "wants_reply": submission.wants_reply,
        "consent": {
            "privacy_notice_given": submission.privacy_notice_given,
            "contact_ok": submission.contact_ok,
        },
        "client": {"app_version": app_version, "device_id": device_id},
    }
