"""The feedback record as the desk sees it: what a resident said, and who took it down.

The field set follows the central case API v1 submission (see the sync layer for the wire
shape). Pure Python: no Qt, no SQL, no HTTP.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from desk_app.domain.attributes import AttributeAnswers, clean_answers


class Kind(StrEnum):
    """What sort of feedback the resident gives."""

    PRAISE = "praise"
    COMPLAINT = "complaint"
    SUGGESTION = "suggestion"
    QUESTION = "question"
    OTHER = "other"


class Channel(StrEnum):
    """How the feedback reached the desk."""

    IN_PERSON = "in_person"
    PHONE = "phone"
    LETTER = "letter"
    EMAIL = "email"
    PAPER_FORM = "paper_form"
    SOCIAL_MEDIA = "social_media"
    OTHER = "other"
    # Contract 1.1 (feature intake-1.1): sent as such only to a server that lists it.
    WEB_FORM = "web_form"
    MEETING = "meeting"  # a dialogue or public meeting


class ContactMethod(StrEnum):
    """How the resident wants to hear back."""

    EMAIL = "email"
    PHONE = "phone"
    LETTER = "letter"
    # Contract 1.1: the answer is given at the next visit or via the unit.
    IN_PERSON = "in_person"


class SubmitterType(StrEnum):
    """Who gives the feedback (contract 1.1, feature intake-1.1)."""

    RESIDENT = "resident"
    VISITOR = "visitor"
    RELATIVE = "relative"
    GUARDIAN = "guardian"
    PUPIL = "pupil"
    BUSINESS = "business"
    ORGANISATION = "organisation"
    EMPLOYEE = "employee"
    OTHER = "other"


class ReferralBody(StrEnum):
    """Where the desk told the person to turn when the matter is not the municipality's."""

    POLICE = "police"
    REGION_HEALTH = "region_health"
    ENERGY_UTILITY = "energy_utility"
    WATER_UTILITY = "water_utility"
    TRANSPORT_AUTHORITY = "transport_authority"
    STATE_AGENCY = "state_agency"
    OTHER = "other"


class Relation(StrEnum):
    """Who the worker speaks for when recording on someone's behalf."""

    RELATIVE = "relative"
    RESIDENT = "resident"
    STAFF = "staff"
    OTHER = "other"


class SyncState(StrEnum):
    """Where a record stands on its way to the central case system."""

    PENDING = "pending"
    SENDING = "sending"
    SYNCED = "synced"
    NEEDS_ATTENTION = "needs_attention"


class ErasureReason(StrEnum):
    """Why a record's personal data was erased."""

    RETENTION = "retention"  # delivered long enough ago (privacy.retention_days)
    REQUEST = "request"  # the resident asked (desk-app person erase)


MAX_DESCRIPTION_CHARS = 10_000


@dataclass(frozen=True)
class Reporter:
    """The resident's contact details, or none at all when anonymous."""

    anonymous: bool = True
    name: str = ""
    email: str = ""
    phone: str = ""
    postal_address: str = ""
    preferred_contact: ContactMethod | None = None

    def has_personal_data(self) -> bool:
        """True when anything here could identify the person."""
        return any((self.name, self.email, self.phone, self.postal_address))


@dataclass(frozen=True)
class OnBehalfOf:
    """Set when a worker records what a resident (or their relative) said."""

    relation: Relation
    note: str = ""


@dataclass(frozen=True)
class Concerns:
    """The unit (from the case system's unit list) or service provider the feedback is about.

    ``provider`` is free text for a provider the unit list does not have (yet).
    """

    unit: str | None = None
    provider: str = ""

    def is_empty(self) -> bool:
        """True when neither a unit nor a provider is named."""
        return not self.unit and not self.provider.strip()


@dataclass(frozen=True)
class Referral:
    """The matter is not the municipality's: where the desk told the person to turn."""

    to: ReferralBody
    note: str = ""


@dataclass(frozen=True)
class Urgent:
    """Someone with authority should see the record today, and why."""

    reason: str = ""


@dataclass(frozen=True)
class Staff:
    """The desk worker who took the feedback down."""

    staff_id: str
    display_name: str = ""


@dataclass(frozen=True)
class Site:
    """The desk's place: the reception, school office or care home."""

    site_id: str
    name: str


@dataclass(frozen=True)
class Draft:
    """What the form (or an import line) holds before it is validated and saved."""

    kind: Kind | None = None
    category: str = ""
    description: str = ""
    occurred_at: datetime | None = None
    location: str = ""
    channel: Channel = Channel.IN_PERSON
    language: str = "sv"
    reporter: Reporter = field(default_factory=Reporter)
    wants_reply: bool = False
    on_behalf_of: OnBehalfOf | None = None
    privacy_notice_given: bool = False
    contact_ok: bool = False
    received_by: Staff = field(default_factory=lambda: Staff(staff_id=""))
    # Contract 1.1 (intake-1.1): kept locally always, sent when the server supports them.
    submitter_type: SubmitterType | None = None
    concerns: Concerns | None = None
    referral: Referral | None = None
    urgent: Urgent | None = None
    # The answers to the category's extra questions (Open311 service attributes), by code.
    attributes: AttributeAnswers = field(default_factory=dict)
    # A correction's answers to questions the category no longer asks (attributes.
    # unasked_answers), carried as they were recorded: not checked against today's questions
    # (they were checked when given, and nobody can change them now), never dropped.
    kept_answers: AttributeAnswers = field(default_factory=dict)


@dataclass(frozen=True)
class Submission:
    """A saved record: a validated draft with its identity, reference and sync state."""

    id: uuid.UUID
    reference: str
    received_at: datetime
    site: Site
    kind: Kind
    category: str
    description: str
    occurred_at: datetime | None
    location: str
    channel: Channel
    language: str
    reporter: Reporter
    wants_reply: bool
    on_behalf_of: OnBehalfOf | None
    privacy_notice_given: bool
    contact_ok: bool
    received_by: Staff
    submitter_type: SubmitterType | None = None
    concerns: Concerns | None = None
    referral: Referral | None = None
    urgent: Urgent | None = None
    # The answers to the category's extra questions (Open311 service attributes), by code:
    # a text, or the keys chosen in a multiple-choice list.
    attributes: AttributeAnswers = field(default_factory=dict)
    sync_state: SyncState = SyncState.PENDING
    sync_reason: str = ""
    case_number: str = ""
    case_status: str = ""
    case_status_text: Mapping[str, str] = field(default_factory=dict)
    ack_due: datetime | None = None
    # The end of the desk's own first-response promise, counted when the record was saved
    # (None where no reply is promised); ack_due replaces it once set (domain.deadline).
    first_response_due: datetime | None = None
    # When the case system took the record (read from the store; the outbox sets it).
    synced_at: datetime | None = None
    # Set once the personal data is erased: the record then only says what happened.
    personal_data_erased_at: datetime | None = None
    personal_data_erasure_reason: ErasureReason | None = None

    @property
    def personal_data_erased(self) -> bool:
        """True once the record's personal data has been erased."""
        return self.personal_data_erased_at is not None

    @property
    def correctable(self) -> bool:
        """Whether staff may correct the record and send it again: the case system refused
        it, and its personal data is not erased (an erased one must never be sent)."""
        return self.sync_state is SyncState.NEEDS_ATTENTION and not self.personal_data_erased

    def without_personal_data(self, reason: ErasureReason, now: datetime) -> Submission:
        """The record with everything that could identify the person blanked.

        Kept: what staff need to answer "what happened to my complaint?" — the reference,
        kind, category, channel, language, dates, sync state, case number and status.
        The description goes too: what a person said about themselves is personal data, and
        so is where it happened (often their own home or room); so may the free-text notes
        (referral note, urgent reason) and the answers to the category's extra questions (a
        free-text answer may name someone). The referral's body, the unit and the urgent flag
        stay, since they say what happened, not who.
        """
        return replace(
            self,
            description="",
            location="",
            reporter=Reporter(anonymous=self.reporter.anonymous),
            on_behalf_of=(OnBehalfOf(self.on_behalf_of.relation) if self.on_behalf_of else None),
            referral=Referral(self.referral.to) if self.referral else None,
            urgent=Urgent() if self.urgent else None,
            attributes={},
            personal_data_erased_at=now,
            personal_data_erasure_reason=reason,
        )

    @classmethod
    def from_draft(
        cls, draft: Draft, *, reference: str, site: Site, now: datetime | None = None
    ) -> Submission:
        """Give a validated draft its identity: a fresh UUID, the reference, the time."""
        return cls(
            id=uuid.uuid4(),
            reference=reference,
            received_at=now or datetime.now(UTC),
            site=site,
            received_by=draft.received_by,
            **_content(draft),
        )

    def corrected(self, draft: Draft) -> Submission:
        """The same record (ID, reference, time, who took it) with what ``draft`` says.

        The answers are the draft's, with its ``kept_answers`` (to questions no longer asked)
        as they were; an answer in both is the draft's.
        """
        return replace(self, **_content(draft))

    def as_draft(self) -> Draft:
        """What the record says, as a draft to correct (every answer in ``attributes``: the
        form splits off the ones its category no longer asks)."""
        return Draft(
            received_by=self.received_by,
            **{name: getattr(self, name) for name in _content(Draft())},
        )

    def summary(self, max_chars: int = 160) -> str:
        """The start of the description, cut at a word, marked with an ellipsis when cut."""
        text = " ".join(self.description.split())
        if len(text) <= max_chars:
            return text
        cut = text[: max_chars - 1]
        if " " in cut[max_chars // 2 :]:
            cut = cut[: cut.rfind(" ")]
        return cut + "…"


def _content(draft: Draft) -> dict[str, Any]:
    """What a person said and chose: everything in a draft but who took it down."""
    return {
        "kind": draft.kind or Kind.OTHER,
        "category": draft.category,
        "description": draft.description,
        "occurred_at": draft.occurred_at,
        "location": draft.location,
        "channel": draft.channel,
        "language": draft.language,
        "reporter": draft.reporter,
        "wants_reply": draft.wants_reply,
        "on_behalf_of": draft.on_behalf_of,
        "privacy_notice_given": draft.privacy_notice_given,
        "contact_ok": draft.contact_ok,
        "submitter_type": draft.submitter_type,
        "concerns": None if draft.concerns is None or draft.concerns.is_empty() else draft.concerns,
        "referral": draft.referral,
        "urgent": draft.urgent,
        "attributes": clean_answers({**draft.kept_answers, **draft.attributes}),
    }
