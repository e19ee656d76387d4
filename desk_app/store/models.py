"""SQLAlchemy models of the desk's database: submissions, the audit trail, the workers who
sign in with a PIN, and a small key-value table."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Index, Integer, String, Text, TypeDecorator, text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime stored as UTC (SQLite has no time zones of its own)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("refusing to store a datetime without a time zone")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


# One index per breakdown of the statistics, led by its column (migration 0011).
STATISTICS_INDEXES = {
    "ix_submissions_kind_received": "kind",
    "ix_submissions_category_received": "category",
    "ix_submissions_unit_received": "concerns_unit",
    "ix_submissions_provider_received": "concerns_provider",
    "ix_submissions_channel_received": "channel",
    "ix_submissions_submitter_received": "submitter_type",
}

# Literal SQL (no bound parameter), so that SQLite matches queries to the partial index.
URGENT_WAITING_SQL = "urgent_reason IS NOT NULL AND sync_state != 'synced'"


class Base(DeclarativeBase):
    """The declarative base of every table the desk owns."""


class SubmissionRow(Base):
    """One feedback record, with its sync bookkeeping (see desk_app.domain.record)."""

    __tablename__ = "submissions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    site_id: Mapped[str] = mapped_column(String(100))
    site_name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    category: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text)
    occurred_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The offset the resident's time was given in, so it is sent back as entered.
    occurred_utc_offset_minutes: Mapped[int | None] = mapped_column(Integer)
    location: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(16))
    anonymous: Mapped[bool]
    reporter_name: Mapped[str] = mapped_column(Text, default="")
    reporter_email: Mapped[str] = mapped_column(Text, default="")
    reporter_phone: Mapped[str] = mapped_column(Text, default="")
    reporter_postal_address: Mapped[str] = mapped_column(Text, default="")
    preferred_contact: Mapped[str | None] = mapped_column(String(10))
    wants_reply: Mapped[bool]
    on_behalf_relation: Mapped[str | None] = mapped_column(String(20))
    on_behalf_note: Mapped[str] = mapped_column(Text, default="")
    privacy_notice_given: Mapped[bool]
    contact_ok: Mapped[bool]
    staff_id: Mapped[str] = mapped_column(String(100))
    staff_display_name: Mapped[str] = mapped_column(String(200), default="")
    # Contract 1.1 (intake-1.1, migration 0006_policy_fields): NULL in records made before it.
    submitter_type: Mapped[str | None] = mapped_column(String(20))
    concerns_unit: Mapped[str | None] = mapped_column(String(100))
    concerns_provider: Mapped[str | None] = mapped_column(Text)
    referral_to: Mapped[str | None] = mapped_column(String(30))
    referral_note: Mapped[str | None] = mapped_column(Text)
    # NULL: not urgent; any text (even "" after an erasure): urgent, for that reason.
    urgent_reason: Mapped[str | None] = mapped_column(Text)
    # The answers to an Open311 service's extra questions, as JSON (domain.attributes);
    # NULL when none were asked (migration 0009_open311_attributes).
    open311_attributes: Mapped[str | None] = mapped_column(Text)

    # Sync bookkeeping, designed for the outbox worker: a record is `sending` only while a
    # request is in flight; `needs_attention` carries the reason a person must read.
    sync_state: Mapped[str] = mapped_column(String(20), default="pending")
    sync_reason: Mapped[str] = mapped_column(Text, default="")
    # The reason as a translatable message (JSON, see domain.messages); NULL for a server's words.
    sync_reason_message: Mapped[str | None] = mapped_column(Text)
    sync_attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    synced_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    case_number: Mapped[str] = mapped_column(String(50), default="")
    case_status: Mapped[str] = mapped_column(String(20), default="")
    case_status_text: Mapped[str] = mapped_column(Text, default="")
    ack_due: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The end of the desk's own first-response promise, counted at save; NULL: none promised.
    first_response_due: Mapped[datetime | None] = mapped_column(UTCDateTime())
    status_updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Set when the personal data was blanked (store.privacy): when, and why.
    personal_data_erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    personal_data_erasure_reason: Mapped[str | None] = mapped_column(String(20))

    __table_args__ = (
        Index("ix_submissions_sync_queue", "sync_state", "received_at"),
        Index("ix_submissions_received_at", "received_at"),
        # Urgent records not yet delivered head the queue: a handful among a million.
        Index(
            "ix_submissions_urgent_waiting",
            "received_at",
            sqlite_where=text(URGENT_WAITING_SQL),
        ),
        # The statistics count each breakdown's values as index ranges (store.statistics).
        *(Index(name, column, "received_at") for name, column in STATISTICS_INDEXES.items()),
    )


class AuditEventRow(Base):
    """Who looked at, printed, exported or erased residents' data, and when (append-only:
    triggers refuse UPDATE and DELETE). Never the personal data, nor a search's text."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    os_user: Mapped[str] = mapped_column(String(200))
    staff_id: Mapped[str] = mapped_column(String(100))
    references: Mapped[str] = mapped_column(Text)  # JSON list of references
    record_count: Mapped[int] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text)  # counts and options, never personal data


class WorkerRow(Base):
    """A worker who signs in with a PIN on a shared OS account (``desk.sign_in = "pin"``).

    Only the PIN's argon2id hash is kept; wrong tries are counted here so that restarting
    the app does not reset the wait between them. Staff, not residents: no personal data
    of a resident is ever in this table.
    """

    __tablename__ = "desk_workers"

    worker_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(200))
    pin_hash: Mapped[str] = mapped_column(Text)
    failed_tries: Mapped[int] = mapped_column(Integer)
    last_failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    pin_set_at: Mapped[datetime] = mapped_column(UTCDateTime())


class DeskMeta(Base):
    """Small facts about this desk: its device ID, sync cursors, category ETag."""

    __tablename__ = "desk_meta"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class RatingRow(Base):
    """One answer a visitor gave when rating the service at the desk (contract 1.1 feature
    ``ratings``: one item per question, each with its own ID, delivered exactly once).

    The answers of one visit share ``visit_id``. Anonymous: no name or contact ever;
    ``staff_id`` only where the site's settings allow staff-performance follow-up;
    ``submission_id`` only when the visit was rated right after its record was saved.
    The visit's optional comment rides on one of its answers (the last one given).
    """

    __tablename__ = "ratings"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    visit_id: Mapped[str] = mapped_column(String(36))
    given_at: Mapped[datetime] = mapped_column(UTCDateTime())
    site_id: Mapped[str] = mapped_column(String(100))
    language: Mapped[str] = mapped_column(String(16))
    question: Mapped[str] = mapped_column(String(20))  # domain.statistics.Question
    score: Mapped[int] = mapped_column(Integer)  # 1 (very bad) .. 5 (very good)
    comment: Mapped[str] = mapped_column(Text, default="")
    staff_id: Mapped[str | None] = mapped_column(String(100))
    submission_id: Mapped[str | None] = mapped_column(String(36))
    # Sync bookkeeping as for submissions: pending -> sending -> synced (or needs_attention).
    sync_state: Mapped[str] = mapped_column(String(20), default="pending")
    sync_reason: Mapped[str] = mapped_column(Text, default="")
    sync_attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    synced_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (
        # Covers the statistics' scans by period: no table lookups for the scores. A visit's
        # answers share given_at, so each visit is one run of it (counted without sorting).
        Index("ix_ratings_given_at", "given_at", "visit_id", "question", "score"),
        Index("ix_ratings_sync_queue", "sync_state", "given_at"),
        # The statistics count each (question, score) as a range of this (store.statistics).
        Index("ix_ratings_question_score_given", "question", "score", "given_at"),
    )


class CaseRequestRow(Base):
    """A correction or erasure of a delivered record, on its way to the case system (contract
    feature ``personal-data-1.1``); ``id`` is the request's idempotency key.

    ``fields`` holds a correction's new contact details as JSON, needed until the case system
    has them; it is blanked ("{}") once they are delivered or no longer needed. An erasure
    never holds any personal data. ``state``: pending, sending, sent, needs_attention,
    unsupported (the case system cannot take it: a person must ask its administrators) or
    not_needed (the case system never held the record, or a later erasure superseded it).
    """

    __tablename__ = "case_requests"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    submission_id: Mapped[str] = mapped_column(String(36))
    reference: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(20))  # "correction" | "erasure"
    fields: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    state: Mapped[str] = mapped_column(String(20), default="pending")
    reason: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (
        Index("ix_case_requests_state", "state", "created_at"),
        Index("ix_case_requests_reference", "reference"),
    )
