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

from pydantic import BaseModel, ConfigDict, Field

MAX_DESCRIPTION = 10_000  # the contract's own limit
MAX_CODE = 100  # category codes, site ids (the store's column is 100 wide), staff ids
MAX_NAME = 500  # names of people, staff and sites
MAX_LONG_TEXT = 2_000  # places, postal addresses, notes
MAX_CONTACT = 320  # an email address (RFC 3696) or a phone number
MAX_SHORT = 64  # references, language tags, version strings


class Reporter(BaseModel):
    model_config = ConfigDict(extra="forbid")
    anonymous: bool
    name: str | None = Field(default=None, max_length=MAX_NAME)
    email: str | None = Field(default=None, max_length=MAX_CONTACT)
    phone: str | None = Field(default=None, max_length=MAX_CONTACT)
    postal_address: str | None = Field(default=None, max_length=MAX_LONG_TEXT)
    preferred_contact: Literal["email", "phone", "letter"] | None = None


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


class Submission(BaseModel):
    """One feedback record as the contract defines it."""

    id: UUID
    reference: str = Field(max_length=MAX_SHORT)
    kind: Literal["praise", "complaint", "suggestion", "question", "other"]
    channel: Literal["in_person", "phone", "letter", "email", "paper_form", "social_media", "other"]
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


class Batch(BaseModel):
    """The body of ``POST /submissions:batch``; each item is judged later, on its own."""

    items: list[dict[str, Any]] = Field(max_length=100)


def error_body(code: str, message: str, fields: dict[str, str] | None = None) -> dict[str, Any]:
    """The contract's error shape: ``{"error": {"code", "message", "fields"}}``."""
    return {"error": {"code": code, "message": message, "fields": fields or {}}}
