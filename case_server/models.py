"""The case API v1 contract's bodies as pydantic models, and its error shape."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field


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
    """The body of ``POST /submissions:batch``; each item is judged later, on its own."""

    items: list[dict[str, Any]] = Field(max_length=100)


def error_body(code: str, message: str, fields: dict[str, str] | None = None) -> dict[str, Any]:
    """The contract's error shape: ``{"error": {"code", "message", "fields"}}``."""
    return {"error": {"code": code, "message": message, "fields": fields or {}}}
