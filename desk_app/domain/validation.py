"""Rules a record must meet before it is saved, with messages a desk worker can act on.

The same rules serve the form, the JSONL import and (later) the sync layer, so a record that
passes here is one the central case API should accept.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from datetime import UTC, datetime, timedelta

from desk_app.domain.attributes import Attribute, answer_errors
from desk_app.domain.messages import QT_TRANSLATE_NOOP
from desk_app.domain.record import MAX_DESCRIPTION_CHARS, ContactMethod, Draft

MAX_SHORT_TEXT = 200
MAX_LOCATION = 500
MAX_NOTE = 1_000
# A desk clock may run a little ahead of the resident's watch; beyond this, it is a typo.
FUTURE_TOLERANCE = timedelta(minutes=10)

# RFC 5321 (4.5.3.1.3): a path is at most 256 octets including the angle brackets.
MAX_EMAIL_CHARS = 254
_PHONE_ALLOWED = re.compile(r"^\+?[\d\s\-().]+$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")


class ValidationFailed(ValueError):
    """A draft broke one or more rules; ``errors`` maps field names to messages."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{name}: {message}" for name, message in errors.items()))


def validate(
    draft: Draft,
    *,
    category_codes: Collection[str],
    now: datetime | None = None,
    attributes: Iterable[Attribute] = (),
) -> dict[str, str]:
    """Every broken rule of ``draft`` as ``{field: message}``; empty when it may be saved.

    Field names are the dotted paths of the case API (``reporter.email``), which the form
    uses to show each message next to its field. ``attributes``: the extra questions of the
    draft's category (Open311 service attributes); their answers are checked against them
    under ``attributes.<code>``.
    """
    now = now or datetime.now(UTC)
    errors: dict[str, str] = {}

    if draft.kind is None:
        errors["kind"] = QT_TRANSLATE_NOOP("Validation", "Choose what kind of feedback this is.")
    if not draft.category:
        errors["category"] = QT_TRANSLATE_NOOP("Validation", "Choose a category.")
    elif draft.category not in category_codes:
        errors["category"] = QT_TRANSLATE_NOOP(
            "Validation", "Category '{code}' is unknown or no longer offered: pick another."
        ).format(code=draft.category)

    if not draft.description.strip():
        errors["description"] = QT_TRANSLATE_NOOP(
            "Validation", "Write down what the resident said."
        )
    elif len(draft.description) > MAX_DESCRIPTION_CHARS:
        errors["description"] = QT_TRANSLATE_NOOP(
            "Validation",
            "The description is {length:,} characters; at most {limit:,} fit. "
            "Shorten it or attach the rest on paper.",
        ).format(length=len(draft.description), limit=MAX_DESCRIPTION_CHARS)

    if draft.occurred_at is not None:
        if draft.occurred_at.tzinfo is None:
            errors["occurred_at"] = QT_TRANSLATE_NOOP(
                "Validation", "The time it happened needs a time zone."
            )
        elif draft.occurred_at > now + FUTURE_TOLERANCE:
            errors["occurred_at"] = QT_TRANSLATE_NOOP(
                "Validation", "The time it happened is in the future."
            )
    if len(draft.location) > MAX_LOCATION:
        errors["location"] = QT_TRANSLATE_NOOP(
            "Validation", "The place may be at most {limit} characters."
        ).format(limit=MAX_LOCATION)

    if not _LANGUAGE.match(draft.language):
        errors["language"] = QT_TRANSLATE_NOOP(
            "Validation", "'{code}' is not a language code such as sv or en."
        ).format(code=draft.language)

    errors.update(_reporter_errors(draft))

    if draft.on_behalf_of is not None and len(draft.on_behalf_of.note) > MAX_NOTE:
        errors["on_behalf_of.note"] = QT_TRANSLATE_NOOP(
            "Validation", "The note may be at most {limit} characters."
        ).format(limit=MAX_NOTE)

    errors.update(_policy_errors(draft))
    errors.update(answer_errors(draft.attributes, attributes))

    if not draft.received_by.staff_id.strip():
        errors["received_by.staff_id"] = QT_TRANSLATE_NOOP(
            "Validation", "Enter who took this feedback (your staff ID)."
        )
    return errors


def contact_correction_errors(draft: Draft) -> dict[str, str]:
    """The rules for the contact details of a saved record whose details are corrected: the
    form's rules for the reporter, with the record's own reply choice and consents."""
    return _reporter_errors(draft)


def _policy_errors(draft: Draft) -> dict[str, str]:
    """The contract 1.1 fields: who the feedback concerns, a referral, urgency."""
    errors: dict[str, str] = {}
    if draft.concerns is not None and len(draft.concerns.provider) > MAX_SHORT_TEXT:
        errors["concerns.provider"] = QT_TRANSLATE_NOOP(
            "Validation", "The provider's name may be at most {limit} characters."
        ).format(limit=MAX_SHORT_TEXT)
    if draft.referral is not None and len(draft.referral.note) > MAX_NOTE:
        errors["referral.note"] = QT_TRANSLATE_NOOP(
            "Validation", "The note may be at most {limit} characters."
        ).format(limit=MAX_NOTE)
    if draft.urgent is not None:
        # Whoever is asked to look today needs to know why; "urgent" alone helps nobody.
        if not draft.urgent.reason.strip():
            errors["urgent.reason"] = QT_TRANSLATE_NOOP(
                "Validation", "Say why this is urgent, or untick urgent."
            )
        elif len(draft.urgent.reason) > MAX_NOTE:
            errors["urgent.reason"] = QT_TRANSLATE_NOOP(
                "Validation", "The note may be at most {limit} characters."
            ).format(limit=MAX_NOTE)
    return errors


def _reporter_errors(draft: Draft) -> dict[str, str]:
    errors: dict[str, str] = {}
    reporter = draft.reporter
    if reporter.anonymous:
        if reporter.has_personal_data():
            errors["reporter.anonymous"] = QT_TRANSLATE_NOOP(
                "Validation",
                "Anonymous feedback cannot carry contact details: clear them or untick anonymous.",
            )
        if draft.wants_reply:
            errors["wants_reply"] = QT_TRANSLATE_NOOP(
                "Validation", "An anonymous resident cannot get a reply: add contact details."
            )
        return errors

    for name, value in (("name", reporter.name), ("postal_address", reporter.postal_address)):
        if len(value) > MAX_SHORT_TEXT * (3 if name == "postal_address" else 1):
            errors[f"reporter.{name}"] = QT_TRANSLATE_NOOP(
                "Validation", "This is longer than fits; shorten it."
            )
    if reporter.email and not _is_email_address(reporter.email.strip()):
        errors["reporter.email"] = QT_TRANSLATE_NOOP(
            "Validation", "This does not look like an email address (name@example.se)."
        )
    if reporter.phone and not _is_phone_number(reporter.phone):
        errors["reporter.phone"] = QT_TRANSLATE_NOOP(
            "Validation", "A phone number has 6 to 15 digits, optionally starting with +."
        )
    if not reporter.has_personal_data():
        errors["reporter.name"] = QT_TRANSLATE_NOOP(
            "Validation", "Give a name or a way to reach the resident, or tick anonymous."
        )

    if draft.wants_reply:
        method = reporter.preferred_contact
        needed = {
            ContactMethod.EMAIL: (
                "email",
                reporter.email,
                QT_TRANSLATE_NOOP("Validation", "A reply by email needs an email address."),
            ),
            ContactMethod.PHONE: (
                "phone",
                reporter.phone,
                QT_TRANSLATE_NOOP("Validation", "A reply by phone needs a phone number."),
            ),
            ContactMethod.LETTER: (
                "postal_address",
                reporter.postal_address,
                QT_TRANSLATE_NOOP("Validation", "A reply by letter needs a postal address."),
            ),
        }
        if method is None:
            errors["reporter.preferred_contact"] = QT_TRANSLATE_NOOP(
                "Validation", "Choose how the resident wants the reply."
            )
        elif method is ContactMethod.IN_PERSON:
            pass  # answered at the next visit or via the unit: no address is needed
        else:
            field_name, value, message = needed[method]
            if not value.strip():
                errors.setdefault(f"reporter.{field_name}", message)
        if not draft.contact_ok:
            errors["contact_ok"] = QT_TRANSLATE_NOOP(
                "Validation", "The resident must agree to be contacted for a reply."
            )
    if reporter.has_personal_data() and not draft.privacy_notice_given:
        errors["privacy_notice_given"] = QT_TRANSLATE_NOOP(
            "Validation",
            "Tell the resident how their details are handled, then tick the privacy notice.",
        )
    return errors


def _is_phone_number(text: str) -> bool:
    digits = sum(char.isdigit() for char in text)
    return bool(_PHONE_ALLOWED.match(text.strip())) and 6 <= digits <= 15


def _is_email_address(text: str) -> bool:
    """``name@domain.tld`` in shape: one @, no spaces, a dot inside the domain; at most 254
    characters (RFC 5321). Linear in the length: a regular expression with two unbounded
    runs around the dot backtracks quadratically on a long address without a match."""
    if len(text) > MAX_EMAIL_CHARS or any(char.isspace() for char in text):
        return False
    local, at, domain = text.partition("@")
    return bool(local) and bool(at) and "@" not in domain and "." in domain[1:-1]
