"""Queries on the desk's records: save, find, list, count. One Session per unit of work."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Engine,
    Executable,
    Integer,
    Row,
    Select,
    and_,
    column,
    func,
    literal_column,
    or_,
    select,
    update,
)
from sqlalchemy import text as sql_text
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desk_app.domain.attributes import answers_from_json, answers_to_json
from desk_app.domain.messages import QT_TRANSLATE_NOOP, message_from_json, message_to_json
from desk_app.domain.record import (
    Channel,
    Concerns,
    ContactMethod,
    ErasureReason,
    Kind,
    OnBehalfOf,
    Referral,
    ReferralBody,
    Relation,
    Reporter,
    Site,
    Staff,
    Submission,
    SubmitterType,
    SyncState,
    Urgent,
)
from desk_app.store.database import integrity_gate
from desk_app.store.errors import StoreError
from desk_app.store.integrity import IntegrityGate
from desk_app.store.models import DeskMeta, SubmissionRow

# Keys of desk facts in the desk_meta table.
META_DEVICE_ID = "device_id"
META_CATEGORIES = "categories_json"  # the case system's category list, as last fetched
META_CATEGORIES_ETAG = "categories_etag"
META_STATUS_CURSOR = "status_cursor"
META_UNITS = "units_json"  # the case system's unit list (feature units), as last fetched
META_UNITS_ETAG = "units_etag"
META_SERVER_FEATURES = "server_features_json"  # what /health listed last (contract 1.1)


class DuplicateReference(Exception):
    """The reference is already taken on this desk (references are never reused)."""


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# The search index (migration 0003_search_index) is an FTS5 table with the trigram tokenizer,
# keyed by (whole seconds of received_at) << 30 | the record's rowid.
_TRIGRAM = 3  # the trigram index finds nothing for shorter text
# One or two characters are what a worker types on the way to a word: they look among the
# newest records only, so that a pair found nowhere answers as fast as one found everywhere.
SHORT_SEARCH_RECORDS = 20_000
_SEARCH_KEY_SHIFT = 30  # keep in step with the migration's _key()
_SEARCH_ROWID_MASK = (1 << _SEARCH_KEY_SHIFT) - 1
_LIMITTH_MATCH = sql_text(
    "SELECT rowid FROM submission_search WHERE submission_search MATCH :phrase "
    "ORDER BY rowid DESC LIMIT 1 OFFSET :offset"
)
_MATCHING_ROWIDS = sql_text(
    "SELECT rowid & :mask FROM submission_search "
    "WHERE submission_search MATCH :phrase AND rowid >= :lowest_key"
).columns(column("rowid", Integer))
_SEARCHED_COLUMNS = (
    SubmissionRow.reference,
    SubmissionRow.category,
    SubmissionRow.description,
    SubmissionRow.case_number,
)


def _contains_short(needle: str) -> ColumnElement[bool]:
    """One or two characters: too short for the trigram index, so the records are read
    newest first until ``limit`` match (at once for a common letter, every record for a rare
    pair)."""
    if all(char.isascii() or char.lower() == char.upper() for char in needle):
        # SQLite's LIKE folds the case of A–Z, and other letters here have no case.
        pattern = f"%{_escape_like(needle)}%"
        return or_(*(searched.like(pattern, escape="\\") for searched in _SEARCHED_COLUMNS))
    # LIKE would not fold Å to å: a GLOB with both cases of each letter folds as the index.
    pattern = "*" + "".join(_glob_either_case(char) for char in needle) + "*"
    return or_(*(searched.op("GLOB")(pattern) for searched in _SEARCHED_COLUMNS))


def _glob_either_case(char: str) -> str:
    spellings = sorted(
        {spelling for spelling in (char, char.lower(), char.upper()) if len(spelling) == 1}
    )
    if len(spellings) == 1 and char not in "*?[":
        return char
    return "[" + "".join(spellings) + "]"  # also how GLOB takes *, ? and [ literally


def promise_at_stake() -> tuple[ColumnElement[bool], ...]:
    """The records whose first-response promise the desk still answers for: undelivered,
    a reply promised, personal data not erased (domain.deadline.promise_risk's None cases)."""
    undelivered = [state.value for state in SyncState if state is not SyncState.SYNCED]
    return (
        # IN, not !=: the sync queue's index then finds the few undelivered ones.
        SubmissionRow.sync_state.in_(undelivered),
        SubmissionRow.first_response_due.is_not(None),
        SubmissionRow.personal_data_erased_at.is_(None),
    )


def promise_risk_counts(
    now: datetime, at_risk: timedelta
) -> tuple[ColumnElement[int], ColumnElement[int]]:
    """``(at_risk, past)`` as SQL aggregates over records ``promise_at_stake`` selects: the
    rule of domain.deadline.promise_risk (record_deadline: ack_due, else the stored date)."""
    deadline = func.coalesce(SubmissionRow.ack_due, SubmissionRow.first_response_due)
    return (
        func.count().filter(deadline > now, deadline <= now + at_risk),
        func.count().filter(deadline <= now),
    )


# Lists (the queue) read plain rows, not ORM objects: half the cost of 500 records is the
# ORM's bookkeeping, which a read-only list does not need.
_RECORDS = SubmissionRow.__table__


class SubmissionStore:
    """The records of one desk database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._writing_sessions = sessionmaker(
            engine.execution_options(writes=True), expire_on_commit=False
        )

    @property
    def integrity(self) -> IntegrityGate:
        """The check that must pass before this store takes any write."""
        return integrity_gate(self.engine)

    def session(self) -> Session:
        """A new Session for reading: one per unit of work, never shared across threads."""
        return self._sessions()

    def writing_session(self) -> Session:
        """A new Session for a unit of work that writes (it takes the write lock at once)."""
        return self._writing_sessions()

    def apply(self, statement: Executable) -> int:
        """Run one UPDATE or DELETE in a write transaction of its own; how many rows it
        changed (the outboxes' bulk state changes)."""
        with self.writing_session() as session:
            result = session.execute(statement)
            session.commit()
            return int(getattr(result, "rowcount", 0) or 0)

    def add(self, submission: Submission) -> None:
        """Store a new record durably; when this returns, the record survives a crash.

        Raises StoreError when the disk refuses the write (full, read-only, locked too long):
        nothing is stored then, and the caller still holds the record.
        """
        try:
            with self.writing_session() as session:
                session.add(to_row(submission))
                session.commit()
        except IntegrityError as error:
            if "reference" in str(error.orig):
                raise DuplicateReference(submission.reference) from error
            raise
        except OperationalError as error:
            reason = str(error.orig)
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "The record could not be saved ({reason}). It is not lost: it is still in "
                    "the form. Free some disk space or call IT support, then save again.",
                ).format(reason=reason)
            ) from error

    def get(self, reference: str) -> Submission | None:
        """The record with this reference, or None."""
        with self.session() as session:
            row = session.scalars(
                select(SubmissionRow).where(SubmissionRow.reference == reference)
            ).first()
            return from_row(row) if row else None

    def reference_of(self, submission_id: str) -> str | None:
        """The reference of the record with this ID, or None."""
        with self.session() as session:
            return session.scalar(
                select(SubmissionRow.reference).where(SubmissionRow.id == submission_id)
            )

    def update_content(self, submission: Submission) -> None:
        """Store a corrected record's content (what was said and chosen) under its own ID;
        its identity, time, sync state and case stay as they are."""
        row = to_row(submission)
        with self.writing_session() as session:
            session.execute(
                update(SubmissionRow)
                .where(SubmissionRow.id == row.id)
                .values({name: getattr(row, name) for name in _CONTENT_COLUMNS})
            )
            session.commit()

    def search(self, text: str = "", *, limit: int = 500) -> list[Submission]:
        """Newest first; ``text`` matches part of the reference, category, description or
        case number, in any case (Å finds å). Text of one or two characters looks among the
        newest ``SHORT_SEARCH_RECORDS`` records only."""
        needle = text.strip()
        if len(needle) >= _TRIGRAM:
            return self._search_index(needle, limit)
        query = select(_RECORDS).order_by(SubmissionRow.received_at.desc()).limit(limit)
        if not needle:
            return self._urgent_first(query, limit)
        with self.session() as session:
            if needle:
                # The received time of the oldest record that is still among the newest: read
                # from the index, then the scan (newest first) stops there at the latest.
                oldest_looked_at = session.scalar(
                    select(SubmissionRow.received_at)
                    .order_by(SubmissionRow.received_at.desc())
                    .offset(SHORT_SEARCH_RECORDS - 1)
                    .limit(1)
                )
                query = query.where(_contains_short(needle))
                if oldest_looked_at is not None:
                    query = query.where(SubmissionRow.received_at >= oldest_looked_at)
            return [from_row(row) for row in session.execute(query)]

    def _urgent_first(self, newest: Select[Any], limit: int) -> list[Submission]:
        """The queue's list: urgent records not yet delivered first (the policy: someone
        should see them today), newest first, then every other record newest first."""
        # 'synced' as a literal, not a bound parameter: SQLite only uses a partial index for
        # a query whose WHERE it can see implies the index's (URGENT_WAITING_SQL).
        urgent_waiting = and_(
            SubmissionRow.urgent_reason.is_not(None),
            SubmissionRow.sync_state != literal_column(f"'{SyncState.SYNCED.value}'"),
        )
        with self.session() as session:
            urgent = [from_row(row) for row in session.execute(newest.where(urgent_waiting))]
            if len(urgent) >= limit:
                return urgent
            rest = newest.where(~urgent_waiting).limit(limit - len(urgent))
            return urgent + [from_row(row) for row in session.execute(rest)]

    def _search_index(self, needle: str, limit: int) -> list[Submission]:
        # Quoted as one FTS5 phrase, the text is taken literally: quotes, *, -, AND and
        # parentheses are searched for, never read as query syntax.
        phrase = '"' + needle.replace('"', '""') + '"'
        with self.session() as session:
            # The index walks its keys newest second first and stops: a word in half the
            # records costs no more than a rare one. Every match from the second of the
            # limit-th one onwards is fetched, so the final order by received_at (to the
            # microsecond) is exactly the one a full sort would give.
            boundary = session.execute(_LIMITTH_MATCH, {"phrase": phrase, "offset": limit - 1})
            limitth_key = boundary.scalar()
            boundary_second = 0 if limitth_key is None else limitth_key >> _SEARCH_KEY_SHIFT
            matching = _MATCHING_ROWIDS.bindparams(
                phrase=phrase,
                lowest_key=boundary_second << _SEARCH_KEY_SHIFT,
                mask=_SEARCH_ROWID_MASK,
            )
            query = (
                select(_RECORDS)
                .where(literal_column("submissions.rowid").in_(matching))
                .order_by(SubmissionRow.received_at.desc())
                .limit(limit)
            )
            return [from_row(row) for row in session.execute(query)]

    def received_since(self, since: datetime | None) -> Iterator[Submission]:
        """Records received at or after ``since`` (all when None), oldest first."""
        query = select(SubmissionRow).order_by(SubmissionRow.received_at)
        if since is not None:
            query = query.where(SubmissionRow.received_at >= since)
        with self.session() as session:
            for row in session.scalars(query):
                yield from_row(row)

    def counts_by_state(self) -> dict[SyncState, int]:
        """How many records are in each sync state (every state listed, zero included)."""
        counts = dict.fromkeys(SyncState, 0)
        with self.session() as session:
            rows = session.execute(
                select(SubmissionRow.sync_state, func.count()).group_by(SubmissionRow.sync_state)
            )
            for state, count in rows:
                counts[SyncState(state)] = count
        return counts

    def promises_at_risk(self, now: datetime, at_risk: timedelta) -> tuple[int, int]:
        """How many undelivered records' first-response deadlines end within ``at_risk`` of
        ``now``, and how many have passed: ``(at_risk, past)``. The rule of
        domain.deadline.promise_risk, counted in SQL (erased records aside)."""
        with self.session() as session:
            row = session.execute(
                select(*promise_risk_counts(now, at_risk)).where(*promise_at_stake())
            ).one()
        return int(row[0]), int(row[1])

    def cached_categories_json(self) -> str | None:
        """The case system's category list as sync last fetched it (JSON), or None."""
        return self.meta(META_CATEGORIES)

    def meta(self, key: str) -> str | None:
        """A stored desk fact (device ID, cursors), or None."""
        with self.session() as session:
            row = session.get(DeskMeta, key)
            return row.value if row else None

    def set_meta(self, key: str, value: str) -> None:
        """Store a desk fact durably."""
        with self.writing_session() as session:
            session.merge(DeskMeta(key=key, value=value))
            session.commit()

    def device_id(self) -> str:
        """This desk's stable ID, made on first use (sent to the case API as client.device_id)."""
        existing = self.meta(META_DEVICE_ID)
        if existing:
            return existing
        new_id = str(uuid.uuid4())
        self.set_meta(META_DEVICE_ID, new_id)
        return new_id


# The columns of what a person said and chose (see Submission.corrected).
_CONTENT_COLUMNS = (
    "kind",
    "category",
    "description",
    "occurred_at",
    "occurred_utc_offset_minutes",
    "location",
    "channel",
    "language",
    "anonymous",
    "reporter_name",
    "reporter_email",
    "reporter_phone",
    "reporter_postal_address",
    "preferred_contact",
    "wants_reply",
    "on_behalf_relation",
    "on_behalf_note",
    "privacy_notice_given",
    "contact_ok",
    "first_response_due",  # a correction may add or take away the way to reach the person
    "submitter_type",
    "concerns_unit",
    "concerns_provider",
    "referral_to",
    "referral_note",
    "urgent_reason",
    "open311_attributes",
)


def to_row(submission: Submission) -> SubmissionRow:
    reporter = submission.reporter
    occurred = submission.occurred_at
    offset = occurred.utcoffset() if occurred else None
    row = SubmissionRow(
        id=str(submission.id),
        reference=submission.reference,
        received_at=submission.received_at,
        site_id=submission.site.site_id,
        site_name=submission.site.name,
        kind=submission.kind.value,
        category=submission.category,
        description=submission.description,
        occurred_at=occurred,
        occurred_utc_offset_minutes=int(offset.total_seconds() // 60) if offset else None,
        location=submission.location,
        channel=submission.channel.value,
        language=submission.language,
        anonymous=reporter.anonymous,
        reporter_name=reporter.name,
        reporter_email=reporter.email,
        reporter_phone=reporter.phone,
        reporter_postal_address=reporter.postal_address,
        preferred_contact=reporter.preferred_contact.value if reporter.preferred_contact else None,
        wants_reply=submission.wants_reply,
        on_behalf_relation=(
            submission.on_behalf_of.relation.value if submission.on_behalf_of else None
        ),
        on_behalf_note=submission.on_behalf_of.note if submission.on_behalf_of else "",
        privacy_notice_given=submission.privacy_notice_given,
        contact_ok=submission.contact_ok,
        staff_id=submission.received_by.staff_id,
        staff_display_name=submission.received_by.display_name,
        sync_state=submission.sync_state.value,
        sync_reason=submission.sync_reason,
        sync_reason_message=message_to_json(submission.sync_reason),
        case_number=submission.case_number,
        case_status=submission.case_status,
        case_status_text=(
            json.dumps(dict(submission.case_status_text), ensure_ascii=False)
            if submission.case_status_text
            else ""
        ),
        ack_due=submission.ack_due,
    )
    # Only a record that has them names the newer columns: a record as earlier releases knew
    # it inserts into their schema too (the migration tests write through older databases).
    if submission.first_response_due is not None:
        row.first_response_due = submission.first_response_due
    for name, value in _policy_values(submission).items():  # the contract 1.1 columns
        if value is not None:
            setattr(row, name, value)
    if submission.attributes:  # only then: see above, for the migration tests
        row.open311_attributes = json.dumps(
            answers_to_json(submission.attributes), ensure_ascii=False, sort_keys=True
        )
    if submission.personal_data_erased_at is not None:
        row.personal_data_erased_at = submission.personal_data_erased_at
        reason = submission.personal_data_erasure_reason
        row.personal_data_erasure_reason = reason.value if reason else None
    return row


def _policy_values(submission: Submission) -> dict[str, str | None]:
    """The contract 1.1 columns of a record (None where it says nothing)."""
    concerns = submission.concerns
    referral = submission.referral
    return {
        "submitter_type": submission.submitter_type.value if submission.submitter_type else None,
        "concerns_unit": concerns.unit if concerns else None,
        "concerns_provider": concerns.provider if concerns else None,
        "referral_to": referral.to.value if referral else None,
        "referral_note": referral.note if referral else None,
        "urgent_reason": submission.urgent.reason if submission.urgent else None,
    }


def from_row(row: SubmissionRow | Row[Any]) -> Submission:
    """The record a stored row holds (an ORM object, or a plain row of the same columns)."""
    occurred = row.occurred_at
    if occurred is not None and row.occurred_utc_offset_minutes is not None:
        zone = timezone(timedelta(minutes=row.occurred_utc_offset_minutes))
        occurred = occurred.astimezone(zone)
    return Submission(
        id=uuid.UUID(row.id),
        reference=row.reference,
        received_at=row.received_at.astimezone(UTC),
        site=Site(site_id=row.site_id, name=row.site_name),
        kind=Kind(row.kind),
        category=row.category,
        description=row.description,
        occurred_at=occurred,
        location=row.location,
        channel=Channel(row.channel),
        language=row.language,
        reporter=Reporter(
            anonymous=row.anonymous,
            name=row.reporter_name,
            email=row.reporter_email,
            phone=row.reporter_phone,
            postal_address=row.reporter_postal_address,
            preferred_contact=ContactMethod(row.preferred_contact)
            if row.preferred_contact
            else None,
        ),
        wants_reply=row.wants_reply,
        on_behalf_of=(
            OnBehalfOf(Relation(row.on_behalf_relation), row.on_behalf_note)
            if row.on_behalf_relation
            else None
        ),
        privacy_notice_given=row.privacy_notice_given,
        contact_ok=row.contact_ok,
        received_by=Staff(staff_id=row.staff_id, display_name=row.staff_display_name),
        submitter_type=SubmitterType(row.submitter_type) if row.submitter_type else None,
        concerns=(
            Concerns(unit=row.concerns_unit, provider=row.concerns_provider or "")
            if row.concerns_unit is not None or row.concerns_provider is not None
            else None
        ),
        referral=(
            Referral(ReferralBody(row.referral_to), row.referral_note or "")
            if row.referral_to
            else None
        ),
        urgent=Urgent(row.urgent_reason) if row.urgent_reason is not None else None,
        attributes=_answers(row.open311_attributes),
        sync_state=SyncState(row.sync_state),
        sync_reason=message_from_json(row.sync_reason, row.sync_reason_message),
        case_number=row.case_number,
        case_status=row.case_status,
        case_status_text=json.loads(row.case_status_text) if row.case_status_text else {},
        ack_due=row.ack_due,
        first_response_due=row.first_response_due,
        synced_at=row.synced_at,
        personal_data_erased_at=row.personal_data_erased_at,
        personal_data_erasure_reason=(
            ErasureReason(row.personal_data_erasure_reason)
            if row.personal_data_erasure_reason
            else None
        ),
    )


def _answers(stored: str | None) -> dict[str, str | tuple[str, ...]]:
    """The stored answers to a service's questions (none for NULL or unreadable JSON)."""
    if not stored:
        return {}
    try:
        return answers_from_json(json.loads(stored))
    except ValueError:
        return {}
