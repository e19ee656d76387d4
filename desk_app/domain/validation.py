"""Rules a record must meet before it is saved, with messages a desk worker can act on.

The same rules serve the form, the JSONL import and (later) the sync layer, so a record that
passes here is one the central case API should accept.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import UTC, datetime, timedelta

from desk_app.domain.record import MAX_DESCRIPTION_CHARS, ContactMethod, Draft

MAX_SHORT_TEXT = 200
MAX_LOCATION = 500
MAX_NOTE = 1_000
# A desk clock may run a little ahead of the resident's watch; beyond this, it is a typo.
FUTURE_TOLERANCE = timedelta(minutes=10)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_ALLOWED = re.compile(r"^\+?[\d\s\-().]+$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")


class ValidationFailed(ValueError):
    """A draft broke one or more rules; ``errors`` maps field names to messages."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{name}: {message}" for name, message in errors.items()))


def validate(
    draft: Draft, *, category_codes: Collection[str], now: datetime | None = None
) -> dict[str, str]:
    """Every broken rule of ``draft`` as ``{field: message}``; empty when it may be saved.

    Field names are the dotted paths of the case API (``reporter.email``), which the form
    uses to show each message next to its field.
    """
    now = now or datetime.now(UTC)
    errors: dict[str, str] = {}

    if draft.kind is None:
        errors["kind"] = "Choose what kind of feedback this is."
    if not draft.category:
        errors["category"] = "Choose a category."
    elif draft.category not in category_codes:
        errors["category"] = (
            f"Category '{draft.category}' is unknown or no longer offered: pick another."
        )

    if not draft.description.strip():
        errors["description"] = "Write down what the resident said."
    elif len(draft.description) > MAX_DESCRIPTION_CHARS:
        errors["description"] = (
            f"The description is {len(draft.description):,} characters; "
            f"at most {MAX_DESCRIPTION_CHARS:,} fit. Shorten it or attach the rest on paper."
        )

    if draft.occurred_at is not None:
        if draft.occurred_at.tzinfo is None:
            errors["occurred_at"] = "The time it happened needs a time zone."
        elif draft.occurred_at > now + FUTURE_TOLERANCE:
            errors["occurred_at"] = "The time it happened is in the future."
    if len(draft.location) > MAX_LOCATION:
        errors["location"] = f"The place may be at most {MAX_LOCATION} characters."

    if not _LANGUAGE.match(draft.language):
        errors["language"] = f"'{draft.language}' is not a language code such as sv or en."

    errors.update(_reporter_errors(draft))

    if draft.on_behalf_of is not None and len(draft.on_behalf_of.note) > MAX_NOTE:
        errors["on_behalf_of.note"] = f"The note may be at most {MAX_NOTE} characters."

    if not draft.received_by.staff_id.strip():
        errors["received_by.staff_id"] = "Enter who took this feedback (your staff ID)."
    return errors


def _reporter_errors(draft: Draft) -> dict[str, str]:
    errors: dict[str, str] = {}
    reporter = draft.reporter
    if reporter.anonymous:
        if reporter.has_personal_data():
            errors["reporter.anonymous"] = (
                "Anonymous feedback cannot carry contact details: clear them or untick anonymous."
            )
        if draft.wants_reply:
            errors["wants_reply"] = "An anonymous resident cannot get a reply: add contact details."
        return errors

    for name, value in (("name", reporter.name), ("postal_address", reporter.postal_address)):
        if len(value) > MAX_SHORT_TEXT * (3 if name == "postal_address" else 1):
            errors[f"reporter.{name}"] = "This is longer than fits; shorten it."
    if reporter.email and not _EMAIL.match(reporter.email.strip()):
        errors["reporter.email"] = "This does not look like an email address (name@example.se)."
    if reporter.phone and not _is_phone_number(reporter.phone):
        errors["reporter.phone"] = "A phone number has 6 to 15 digits, optionally starting with +."
    if not reporter.has_personal_data():
        errors["reporter.name"] = "Give a name or a way to reach the resident, or tick anonymous."

    if draft.wants_reply:
        method = reporter.preferred_contact
        needed = {
            ContactMethod.EMAIL: ("email", reporter.email, "an email address"),
            ContactMethod.PHONE: ("phone", reporter.phone, "a phone number"),
            ContactMethod.LETTER: ("postal_address", reporter.postal_address, "a postal address"),
        }
        if method is None:
            errors["reporter.preferred_contact"] = "Choose how the resident wants the reply."
        else:
            field_name, value, what = needed[method]
            if not value.strip():
                errors.setdefault(f"reporter.{field_name}", f"A reply by {method} needs {what}.")
        if not draft.contact_ok:
            errors["contact_ok"] = "The resident must agree to be contacted for a reply."
    if reporter.has_personal_data() and not draft.privacy_notice_given:
        errors["privacy_notice_given"] = (
            "Tell the resident how their details are handled, then tick the privacy notice."
        )
    return errors


def _is_phone_number(text: str) -> bool:
    digits = sum(char.isdigit() for char in text)
    return bool(_PHONE_ALLOWED.match(text.strip())) and 6 <= digits <= 15
