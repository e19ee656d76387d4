"""The case-api-v1 JSON shape of a submission: reading drafts from it, writing records to it.

Import files use the same shape (minus ``id`` and ``reference``), so a line typed elsewhere is
read by exactly the code that the sync layer's tests check against the contract.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Collection, Mapping
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, TypeVar

from desk_app.domain.attributes import answers_to_json
from desk_app.domain.record import (
    Channel,
    Concerns,
    ContactMethod,
    Draft,
    Kind,
    OnBehalfOf,
    Referral,
    ReferralBody,
    Relation,
    Reporter,
    Staff,
    Submission,
    SubmitterType,
    Urgent,
)
from desk_app.domain.validation import MAX_EMAIL_CHARS, ValidationFailed

# Every field of a case-api-v1 submission, per object. A name outside these is a typo or a
# field this version does not know; either way guessing would store something nobody said.
SECTION_FIELDS: dict[str, frozenset[str]] = {
    "reporter": frozenset(
        {"anonymous", "name", "email", "phone", "postal_address", "preferred_contact"}
    ),
    "on_behalf_of": frozenset({"relation", "note"}),
    "consent": frozenset({"privacy_notice_given", "contact_ok"}),
    "received_by": frozenset({"staff_id", "display_name"}),
    "site": frozenset({"id", "name"}),
    "client": frozenset({"app_version", "device_id"}),
    # Contract 1.1, feature intake-1.1.
    "concerns": frozenset({"unit", "provider"}),
    "referral": frozenset({"to", "note"}),
    "urgent": frozenset({"reason"}),
}
TOP_FIELDS = frozenset(
    {
        "submitter_type",
        "id",
        "reference",
        "kind",
        "channel",
        "category",
        "language",
        "description",
        "occurred_at",
        "location",
        "received_at",
        "wants_reply",
        *SECTION_FIELDS,
    }
)
# Features a 1.1 server lists in /health (contract, "Version 1.1 additions").
FEATURE_INTAKE = "intake-1.1"
FEATURE_UNITS = "units"
FEATURE_ACK_DUE = "ack-due"
# Not a case-api-v1 feature: the desk's Open311 adapter lists it, and only then does the body
# carry the answers to the service's extra questions (``open311_attributes``). Case API v1 has
# no such field, and a case-api-v1 server is never sent one.
FEATURE_OPEN311_ATTRIBUTES = "open311-attributes"
# The top-level fields feature intake-1.1 adds: a 1.0 server refuses them (422, unknown field).
INTAKE_FIELDS = frozenset({"submitter_type", "concerns", "referral", "urgent"})
# Values intake-1.1 adds to 1.0 fields, and what a 1.0 server is sent instead. "other" says no
# more than is true; the record keeps the real value and sends it once the server knows it.
_CHANNEL_IN_1_0 = {Channel.WEB_FORM: Channel.OTHER, Channel.MEETING: Channel.OTHER}
_CONTACT_IN_1_0: dict[ContactMethod, ContactMethod | None] = {ContactMethod.IN_PERSON: None}

# Lengths the store's columns were made for; longer text is a mistake, not a record.
_TEXT_LIMITS = {
    "reporter.email": MAX_EMAIL_CHARS,
    "received_by.staff_id": 100,
    "received_by.display_name": 200,
    "category": 100,
    "language": 16,
    "concerns.unit": 100,
    "submitter_type": 20,
}
# No field of a submission is a number, so a long one is only ever an attack on the parser
# (int() refuses more than 4,300 digits with a ValueError of its own).
MAX_NUMBER_CHARS = 100
E = TypeVar("E", bound=StrEnum)
_FIELD_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")


class LineRefused(ValueError):
    """A line of an import file is not one JSON object the desk can read; says why."""


def parse_time(value: str) -> datetime:
    """An RFC 3339 time with offset; raises ValueError when the offset is missing, or when
    the time has no UTC equivalent (year 1 at +14:00, year 9999 at -14:00): the store keeps
    UTC, and such a time from a case system must be treated as garbage, not crash a pass."""
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        raise ValueError("time has no offset")
    try:
        parsed.astimezone(UTC)
    except OverflowError as error:
        raise TimeOutOfRange("time out of range") from error
    return parsed


class TimeOutOfRange(ValueError):
    """A time with an offset that puts it before year 1 or after 9999 in UTC."""


def json_type(value: object) -> str:
    """What a JSON value is, in words: for messages that must not repeat the value itself."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, list):
        return "a list"
    return type(value).__name__


def field_name(key: str) -> str:
    """A field name from a file as it may be shown: plain names as they are, anything else
    (control characters, other scripts, very long keys) as a short JSON string."""
    if _FIELD_NAME.fullmatch(key):
        return key
    shown = key if len(key) <= 40 else key[:40] + "…"
    return json.dumps(shown)  # escapes line breaks and lone surrogates


def parse_line(text: str) -> dict[str, Any]:
    """One import line as a JSON object, read strictly; raises LineRefused saying why.

    Refused: anything but one object, a field given twice, NaN/Infinity, numbers of more than
    ``MAX_NUMBER_CHARS`` characters, and nesting deeper than Python's parser can follow.
    """
    try:
        value = json.loads(
            text,
            object_pairs_hook=_object_without_repeats,
            parse_int=_bounded_number(int),
            parse_float=_bounded_number(float),
            parse_constant=_no_constant,
        )
    except json.JSONDecodeError as error:
        raise LineRefused(f"not valid JSON ({error.msg}, column {error.colno})") from None
    except RecursionError:
        raise LineRefused("nested too deeply to be a submission") from None
    if not isinstance(value, dict):
        raise LineRefused("each line must be one JSON object")
    return value


def _object_without_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            # Two values for one field: which one the resident meant is a guess.
            raise LineRefused(f"the field {field_name(key)} is given twice")
        result[key] = value
    return result


def _bounded_number(convert: type[int] | type[float]) -> Any:
    def parse(text: str) -> int | float:
        if len(text) > MAX_NUMBER_CHARS:
            raise LineRefused(
                f"a number of {len(text):,} characters (no field is a number; "
                f"at most {MAX_NUMBER_CHARS} are read)"
            )
        return convert(text)

    return parse


def _no_constant(name: str) -> Any:
    raise LineRefused(f"{name} is not a JSON value")


LONE_SURROGATE = "holds a lone surrogate (an escape such as \\ud800), not a character"


def has_lone_surrogate(text: str) -> bool:
    """A JSON escape such as \\ud800 gives a string no store or server can encode."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def draft_from_json(obj: Mapping[str, Any]) -> tuple[Draft, datetime | None]:
    """A draft and its ``received_at`` (if given) from one case-api-v1 submission object.

    Strict: a field this shape does not have, at any level, is an error (with the closest
    known name as a hint); so is a value of the wrong JSON type, and a boolean that is not
    JSON ``true``/``false`` (``"no"`` is refused, never guessed). Raises ValidationFailed
    naming each such field; messages say what is wrong and never repeat the value, which may
    be personal. The rules about content (required fields, lengths) are left to
    ``validation.validate``. ``id``, ``reference``, ``site`` and ``client`` are known but
    not read: the desk assigns them.
    """
    errors: dict[str, str] = {}

    def known_fields(source: Mapping[str, Any], known: frozenset[str], prefix: str) -> None:
        for key in source:
            if key in known:
                continue
            path = f"{prefix}{field_name(key)}"
            errors[path] = "is not a field of a submission" + _hint(key, known, prefix)

    def text(source: Mapping[str, Any], key: str, path: str) -> str:
        value = source.get(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            errors[path] = f"must be text, not {json_type(value)}"
            return ""
        if has_lone_surrogate(value):
            errors[path] = LONE_SURROGATE
            return ""
        limit = _TEXT_LIMITS.get(path)
        if limit is not None and len(value) > limit:
            errors[path] = f"is {len(value):,} characters; at most {limit:,} fit" + (
                " (an email address has at most 254, RFC 5321)" if path == "reporter.email" else ""
            )
            return ""
        return value

    def flag(source: Mapping[str, Any], key: str, path: str, default: bool) -> bool:
        value = source.get(key, default)
        if isinstance(value, bool):
            return value
        errors[path] = f"must be true or false (JSON, without quotes), not {json_type(value)}"
        return default

    def choice(enum: type[E], source: Mapping[str, Any], key: str, path: str) -> E | None:
        value = source.get(key)
        if value is None:
            return None
        allowed = " | ".join(member.value for member in enum)
        if not isinstance(value, str):
            errors[path] = f"must be one of {allowed}, not {json_type(value)}"
            return None
        try:
            return enum(value)
        except ValueError:
            errors[path] = f"is not one of {allowed}"
            return None

    def time(key: str) -> datetime | None:
        value = obj.get(key)
        if value is None:
            return None
        example = "2026-11-20T08:15:00+01:00"
        if not isinstance(value, str):
            errors[key] = f"must be a date and time as text ({example}), not {json_type(value)}"
            return None
        try:
            return parse_time(value)
        except TimeOutOfRange:  # the store keeps UTC: year 1 at +01:00 has none
            errors[key] = "is too close to the year 1 or 9999 to be stored"
        except ValueError:
            errors[key] = f"is not a date and time with offset ({example})"
        return None

    def section(key: str, source: Mapping[str, Any] = obj, prefix: str = "") -> Mapping[str, Any]:
        value = source.get(key)
        if value is None:
            return {}
        if not isinstance(value, Mapping):
            errors[prefix + key] = f"must be an object, not {json_type(value)}"
            return {}
        known_fields(value, SECTION_FIELDS[key], f"{prefix}{key}.")
        return value

    known_fields(obj, TOP_FIELDS, "")
    section("site")
    section("client")
    raw_reporter = section("reporter")
    reporter = Reporter(
        anonymous=flag(raw_reporter, "anonymous", "reporter.anonymous", not raw_reporter),
        name=text(raw_reporter, "name", "reporter.name"),
        email=text(raw_reporter, "email", "reporter.email"),
        phone=text(raw_reporter, "phone", "reporter.phone"),
        postal_address=text(raw_reporter, "postal_address", "reporter.postal_address"),
        preferred_contact=choice(
            ContactMethod, raw_reporter, "preferred_contact", "reporter.preferred_contact"
        ),
    )
    raw_behalf = section("on_behalf_of")
    on_behalf_of = None
    if obj.get("on_behalf_of") is not None and "on_behalf_of" not in errors:
        relation = choice(Relation, raw_behalf, "relation", "on_behalf_of.relation")
        note = text(raw_behalf, "note", "on_behalf_of.note")
        if relation is not None:
            on_behalf_of = OnBehalfOf(relation, note)
        elif "on_behalf_of.relation" not in errors:
            errors["on_behalf_of.relation"] = "is required when on_behalf_of is given"

    consent = section("consent")
    received_by = section("received_by")
    raw_concerns = section("concerns")
    concerns = None
    if raw_concerns:
        concerns = Concerns(
            unit=text(raw_concerns, "unit", "concerns.unit") or None,
            provider=text(raw_concerns, "provider", "concerns.provider"),
        )
    raw_referral = section("referral")
    referral = None
    if obj.get("referral") is not None and "referral" not in errors:
        body = choice(ReferralBody, raw_referral, "to", "referral.to")
        note = text(raw_referral, "note", "referral.note")
        if body is not None:
            referral = Referral(body, note)
        elif "referral.to" not in errors:
            errors["referral.to"] = "is required when referral is given"
    urgent = None
    raw_urgent = obj.get("urgent")
    if raw_urgent is None or raw_urgent is False:
        pass  # the contract's "not urgent" is false; null and absent mean the same
    elif isinstance(raw_urgent, Mapping):
        known_fields(raw_urgent, SECTION_FIELDS["urgent"], "urgent.")
        urgent = Urgent(text(raw_urgent, "reason", "urgent.reason"))
    else:
        errors["urgent"] = f"must be false or an object with a reason, not {json_type(raw_urgent)}"
    draft = Draft(
        kind=choice(Kind, obj, "kind", "kind"),
        category=text(obj, "category", "category"),
        description=text(obj, "description", "description"),
        occurred_at=time("occurred_at"),
        location=text(obj, "location", "location"),
        channel=choice(Channel, obj, "channel", "channel") or Channel.IN_PERSON,
        language=text(obj, "language", "language") or "sv",
        reporter=reporter,
        wants_reply=flag(obj, "wants_reply", "wants_reply", False),
        on_behalf_of=on_behalf_of,
        privacy_notice_given=flag(
            consent, "privacy_notice_given", "consent.privacy_notice_given", False
        ),
        contact_ok=flag(consent, "contact_ok", "consent.contact_ok", False),
        received_by=Staff(
            staff_id=text(received_by, "staff_id", "received_by.staff_id"),
            display_name=text(received_by, "display_name", "received_by.display_name"),
        ),
        submitter_type=choice(SubmitterType, obj, "submitter_type", "submitter_type"),
        concerns=concerns,
        referral=referral,
        urgent=urgent,
    )
    received_at = time("received_at")
    if errors:
        raise ValidationFailed(errors)
    return draft, received_at


def _hint(key: str, known: frozenset[str], prefix: str) -> str:
    """`; did you mean 'email'?` for a typo, or where a field of another object belongs."""
    if not prefix:
        for section_name, fields in SECTION_FIELDS.items():
            if key in fields and section_name not in ("site", "client", "urgent"):
                return f"; did you mean {section_name}.{key}?"
    close = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.6)
    return f"; did you mean {prefix}{close[0]}?" if close else ""


def submission_to_json(
    submission: Submission,
    *,
    app_version: str,
    device_id: str,
    features: Collection[str] = frozenset(),
) -> dict[str, Any]:
    """The body of ``POST /submissions`` for a saved record, for a server with ``features``.

    Each contract 1.1 addition is sent only when the server lists its feature: a 1.0 server
    (no features) gets exactly the 1.0 body, with a 1.1 channel or contact method said in 1.0
    words. The record itself keeps everything and sends it once the server supports it.
    """
    intake = FEATURE_INTAKE in features
    reporter = submission.reporter
    preferred = reporter.preferred_contact
    if preferred is not None and not intake:
        preferred = _CONTACT_IN_1_0.get(preferred, preferred)
    channel = submission.channel
    if not intake:
        channel = _CHANNEL_IN_1_0.get(channel, channel)
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
            "preferred_contact": preferred,
        }
    behalf = submission.on_behalf_of
    body: dict[str, Any] = {
        "id": str(submission.id),
        "reference": submission.reference,
        "kind": submission.kind.value,
        "channel": channel.value,
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
    if intake:
        body.update(intake_fields_json(submission))
    if FEATURE_OPEN311_ATTRIBUTES in features and submission.attributes:
        body["open311_attributes"] = answers_to_json(submission.attributes)
    return body


def intake_fields_json(submission: Submission) -> dict[str, Any]:
    """The fields of feature intake-1.1 in the contract's shape (absent ones as null/false)."""
    concerns = submission.concerns
    referral = submission.referral
    urgent = submission.urgent
    return {
        "submitter_type": submission.submitter_type.value if submission.submitter_type else None,
        "concerns": (
            {"unit": concerns.unit or None, "provider": concerns.provider} if concerns else None
        ),
        "referral": {"to": referral.to.value, "note": referral.note} if referral else None,
        "urgent": {"reason": urgent.reason} if urgent else False,
    }
