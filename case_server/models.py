"""The case API v1 contract's bodies as pydantic models, and its error shape.

Free-text fields carry a ``max_length``: the contract caps the description at 10,000 characters,
and the other caps are generous bounds (each well above what the desk itself accepts, see
``desk_app.domain.validation``) so a valid record never trips them, while a client cannot make
the server store megabytes in a name.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal
from uuid import UUID

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

MAX_DESCRIPTION = 10_000  # the contract's own limit
MAX_CODE = 100  # category codes, site ids (the store's column is 100 wide), staff ids
MAX_NAME = 500  # names of people, staff and sites
MAX_LONG_TEXT = 2_000  # places, postal addresses, notes
MAX_CONTACT = 320  # an email address (RFC 3696) or a phone number
MAX_SHORT = 64  # references, language tags, version strings


CHANNELS_1_0 = Literal[
    "in_person", "phone", "letter", "email", "paper_form", "social_media", "other"
]
# Contract 1.1, feature intake-1.1.
CHANNELS_1_1 = Literal[
    "in_person",
    "phone",
    "letter",
    "email",
    "paper_form",
    "social_media",
    "other",
    "web_form",
    "meeting",
]
SUBMITTER_TYPES = Literal[
    "resident",
    "visitor",
    "relative",
    "guardian",
    "pupil",
    "business",
    "organisation",
    "employee",
    "other",
]
REFERRAL_BODIES = Literal[
    "police",
    "region_health",
    "energy_utility",
    "water_utility",
    "transport_authority",
    "state_agency",
    "other",
]


class Reporter(BaseModel):
    model_config = ConfigDict(extra="forbid")
    anonymous: bool
    name: str | None = Field(default=None, max_length=MAX_NAME)
    email: str | None = Field(default=None, max_length=MAX_CONTACT)
    phone: str | None = Field(default=None, max_length=MAX_CONTACT)
    postal_address: str | None = Field(default=None, max_length=MAX_LONG_TEXT)
    preferred_contact: Literal["email", "phone", "letter"] | None = None


class ReporterV1_1(Reporter):
    """A 1.1 reporter may also want the answer in person (at the next visit, via the unit)."""

    preferred_contact: Literal["email", "phone", "letter", "in_person"] | None = None  # type: ignore[assignment]


class OnBehalfOf(BaseModel):
    relation: Literal["relative", "resident", "staff", "other"]
    note: str = Field(default="", max_length=MAX_LONG_TEXT)


class Party(BaseModel):
    id: str = Field(max_length=MAX_CODE)
    name: str = Field(default="", max_length=MAX_NAME)


class Staff(BaseModel):
    staff_id: str = Field(max_length=MAX_CODE)
    display_name: str = Field(default="", max_length=MAX_NAME)


class Consent(BaseModel):
    privacy_notice_given: bool
    contact_ok: bool


class Client(BaseModel):
    app_version: str = Field(max_length=MAX_SHORT)
    device_id: str = Field(max_length=MAX_CODE)


class SubmissionV1_0(BaseModel):
    """One feedback record as contract 1.0 defines it; any other field is refused (422)."""

    model_config = ConfigDict(extra="forbid")

    id: UUID
    reference: str = Field(max_length=MAX_SHORT)
    kind: Literal["praise", "complaint", "suggestion", "question", "other"]
    channel: CHANNELS_1_0
    category: str = Field(max_length=MAX_CODE)
    language: str = Field(max_length=MAX_SHORT)
    description: str = Field(min_length=1, max_length=MAX_DESCRIPTION)
    occurred_at: datetime | None = None
    location: str | None = Field(default=None, max_length=MAX_LONG_TEXT)
    received_at: datetime
    received_by: Staff
    site: Party
    reporter: Reporter
    on_behalf_of: OnBehalfOf | None = None
    wants_reply: bool
    consent: Consent
    client: Client


class Concerns(BaseModel):
    model_config = ConfigDict(extra="forbid")
    unit: str | None = Field(default=None, max_length=MAX_CODE)
    provider: str = Field(default="", max_length=MAX_NAME)


class Referral(BaseModel):
    model_config = ConfigDict(extra="forbid")
    to: REFERRAL_BODIES
    note: str = Field(default="", max_length=MAX_LONG_TEXT)


class Urgent(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reason: str = Field(default="", max_length=MAX_LONG_TEXT)


class Submission(SubmissionV1_0):
    """One feedback record as contract 1.1 defines it (feature intake-1.1)."""

    channel: CHANNELS_1_1  # type: ignore[assignment]
    reporter: ReporterV1_1
    submitter_type: SUBMITTER_TYPES | None = None
    concerns: Concerns | None = None
    referral: Referral | None = None
    urgent: Literal[False] | Urgent = False


QUESTIONS = ("treatment", "answer", "wait", "overall")
MAX_COMMENT = MAX_DESCRIPTION  # a visit's comment: no longer than a record's description


class RatingSite(BaseModel):
    id: str = Field(max_length=MAX_CODE)
    name: str = Field(default="", max_length=MAX_NAME)


class Rating(BaseModel):
    """One visitor's answer to one question (contract 1.1, feature ``ratings``). Anonymous:
    no name or contact field exists, and any field the contract does not name is refused."""

    model_config = ConfigDict(extra="forbid")

    id: UUID
    site: RatingSite
    given_at: AwareDatetime
    question: Literal["treatment", "answer", "wait", "overall"]
    score: int = Field(ge=1, le=5, strict=True)  # 4.0, "4" or true are not scores
    comment: str = Field(default="", max_length=MAX_COMMENT)
    staff_id: str | None = Field(default=None, max_length=MAX_CODE)
    submission_id: UUID | None = None
    language: str = Field(min_length=1, max_length=MAX_SHORT)


class Batch(BaseModel):
    """The body of ``POST /submissions:batch`` and ``POST /ratings:batch``; each item is
    judged later, on its own."""

    items: list[dict[str, Any]] = Field(max_length=100)


def error_body(code: str, message: str, fields: dict[str, str] | None = None) -> dict[str, Any]:
    """The contract's error shape: ``{"error": {"code", "message", "fields"}}``."""
    return {"error": {"code": code, "message": message, "fields": fields or {}}}


class ReporterCorrection(BaseModel):
    """The body of ``PATCH /submissions/{id}/reporter`` (feature personal-data-1.1).

    Only the fields given are changed; an empty string removes a detail. At least one is needed.
    """

    model_config = ConfigDict(extra="forbid")
    name: str | None = Field(default=None, max_length=MAX_NAME)
    email: str | None = Field(default=None, max_length=MAX_CONTACT)
    phone: str | None = Field(default=None, max_length=MAX_CONTACT)
    postal_address: str | None = Field(default=None, max_length=MAX_LONG_TEXT)

    def changes(self) -> dict[str, str]:
        """The fields given, by name."""
        return {name: value for name, value in self.model_dump().items() if value is not None}


class ErasureRequest(BaseModel):
    """The body of ``POST /submissions/{id}:erase-personal-data`` (feature personal-data-1.1)."""

    model_config = ConfigDict(extra="forbid")
    reason: Literal["request", "retention"] = "request"
