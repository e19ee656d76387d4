"""The reference server's storage: cases, their status history, idempotency, categories.

SQLite by default; any SQLAlchemy URL (PostgreSQL for a multi-desk pilot) works the same.
A plain ``postgresql://`` URL uses psycopg (3), the driver the ``server`` extra installs.

Exactly-once rests on the database: a new case is inserted with ``ON CONFLICT (id) DO NOTHING``,
so when two connections (a desk's retry racing its first try, or two server processes) insert
the same key at once, the primary key lets one in and the other is answered from the row that
won. On PostgreSQL nothing else serializes submissions; SQLite has one writer at a time anyway,
and a lock in the process keeps its writers from failing with "database is locked".
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import threading
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import (
    BigInteger,
    DateTime,
    Engine,
    ForeignKey,
    Insert,
    Integer,
    Sequence,
    String,
    Text,
    create_engine,
    event,
    func,
    insert,
    inspect,
    literal,
    select,
)
from sqlalchemy import text as sql_text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

CATEGORIES_FILE = Path(__file__).with_name("categories.json")
STATUSES = ("received", "in_progress", "answered", "closed", "rejected")


class Base(DeclarativeBase):
    pass


class Case(Base):
    __tablename__ = "cases"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the idempotency key
    body_hash: Mapped[str] = mapped_column(String(64))
    case_number: Mapped[str] = mapped_column(String(40), unique=True)
    site_id: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20))
    status_text: Mapped[str] = mapped_column(Text, default="{}")
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    ack_due: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    body: Mapped[str] = mapped_column(Text)


# Case numbers on PostgreSQL: concurrent transactions cannot count the cases to number the next
# one (both would see the same count). A sequence may leave a gap when two inserts of one key
# race (the loser's number is spent); that is rare and harmless. SQLite ignores it.
CASE_NUMBERS = Sequence("case_numbers", metadata=Base.metadata)
# pg_advisory_xact_lock key under which status events are written (any fixed number will do).
_EVENTS_LOCK = 0x6B73_6576


class PersonalDataRequest(Base):
    """One correction or erasure a desk asked for (feature personal-data-1.1), by its key.

    Kept so that the same request sent again is answered as the first time. It holds no
    personal data: the names of the corrected fields, never their values, and a digest of the
    body that an erasure of the case blanks (a digest of an email address can be guessed).
    """

    __tablename__ = "personal_data_requests"

    request_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # "correction" | "erasure"
    body_hash: Mapped[str] = mapped_column(String(64))
    status: Mapped[int] = mapped_column(Integer)
    response: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class StatusEvent(Base):
    __tablename__ = "status_events"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    status: Mapped[str] = mapped_column(String(20))
    status_text: Mapped[str] = mapped_column(Text, default="{}")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


def _sqlite_wal(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    # An erasure must take the words out of the file, not only out of the row: freed pages
    # are overwritten with zeros (the WAL is truncated after each erasure, personal_data.py).
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def _engine(database_url: str) -> Engine:
    """The engine for ``database_url``: psycopg for PostgreSQL, WAL for SQLite."""
    url = make_url(database_url)
    if url.drivername == "postgresql":
        # SQLAlchemy's default PostgreSQL driver is psycopg2; the server extra brings psycopg.
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() == "postgresql":
        # A pilot's server runs for weeks: a connection the database dropped is replaced.
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_wal)
    return engine


def body_hash(body: dict[str, Any]) -> str:
    """A digest of the record; the same key with another digest is a conflict.

    It leaves out ``client``: the contract's "same record" compares every field but that one, so
    a desk upgraded between two tries still sends the same record.
    """
    record = {key: value for key, value in body.items() if key != "client"}
    canonical = json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _same_record(case: Case, digest: str) -> bool:
    """Whether ``case`` holds the record whose digest is ``digest``.

    Cases stored before ``client`` was left out carry a digest of the whole body, so a mismatch
    is checked again against the digest of the body as stored (only conflicts pay for that).
    """
    return case.body_hash == digest or body_hash(json.loads(case.body)) == digest


def local_zone() -> Any:
    """The server's local time zone (the city's), for its promises and its reports."""
    try:
        return ZoneInfo("Europe/Stockholm")
    except ZoneInfoNotFoundError:  # no tz database (some Windows machines)
        return UTC


def ack_due(received: datetime) -> datetime:
    """17:00 local time, two working days after receipt (the city's promise)."""
    local = received.astimezone(local_zone())
    day = local.date()
    added = 0
    while added < 2:
        day += timedelta(days=1)
        if day.weekday() < 5:
            added += 1
    return datetime(day.year, day.month, day.day, 17, 0, tzinfo=local.tzinfo)


def _has_case_numbers(engine: Engine) -> bool:
    with engine.connect() as connection:
        return bool(inspect(connection).has_sequence(CASE_NUMBERS.name))


def _continue_case_numbers(engine: Engine) -> None:
    """Start a new sequence after the cases a database already holds (numbered by counting)."""
    with engine.begin() as connection:
        highest = connection.scalar(
            sql_text("SELECT max(CAST(split_part(case_number, '-', 3) AS bigint)) FROM cases")
        )
        if highest:
            connection.execute(sql_text("SELECT setval('case_numbers', :n)"), {"n": highest})


@dataclass(frozen=True)
class Outcome:
    """An HTTP status and JSON body for one submission."""

    status: int
    body: dict[str, Any]


def _judge(case: Case, digest: str) -> Outcome:
    """The answer to a key that is already stored: the first answer again, or a conflict."""
    return (
        Outcome(200, case_response(case))
        if _same_record(case, digest)
        else Outcome(409, _conflict())
    )


def _as_utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _conflict() -> dict[str, Any]:
    return {
        "error": {
            "code": "idempotency_conflict",
            "message": "This key was used with a different body.",
        }
    }


def case_response(case: Case) -> dict[str, Any]:
    return {
        "id": case.id,
        "case_number": case.case_number,
        "status": "received",
        "ack_due": _as_utc(case.ack_due).astimezone(local_zone()).isoformat(),
        "received_at": _as_utc(case.received_at).astimezone(local_zone()).isoformat(),
    }


class CaseStore:
    """Cases in a SQLAlchemy database; each key is stored once, whoever races for it."""

    def __init__(self, database_url: str) -> None:
        self.engine = _engine(database_url)
        self.dialect = self.engine.dialect.name
        new_sequence = self.dialect == "postgresql" and not _has_case_numbers(self.engine)
        Base.metadata.create_all(self.engine)
        if new_sequence:
            _continue_case_numbers(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # SQLite takes one writer at a time: waiting here beats "database is locked". Other
        # databases take concurrent writers, and the unique key keeps them exactly-once.
        # The ratings (case_server.ratings) write under the same lock.
        self._write_lock: AbstractContextManager[Any] = (
            contextlib.nullcontext() if self.dialect == "postgresql" else threading.Lock()
        )
        self.categories_payload: dict[str, Any] = json.loads(
            CATEGORIES_FILE.read_text(encoding="utf-8")
        )

    def session(self) -> Session:
        return self._sessions()

    @property
    def write_lock(self) -> AbstractContextManager[Any]:
        """Held around every write (SQLite takes one writer at a time)."""
        return self._write_lock

    @property
    def active_categories(self) -> set[str]:
        return {
            item["code"] for item in self.categories_payload["categories"] if item.get("active")
        }

    def submit(self, key: str, body: dict[str, Any], site_id: str) -> Outcome:
        """Store a new case, or answer as the first time for a repeated identical body."""
        return self.submit_many([(key, body, site_id)])[0]

    def submit_many(self, items: list[tuple[str, dict[str, Any], str]]) -> list[Outcome]:
        """``submit`` for several records in one transaction (one disk sync for a batch).

        Keys already stored are answered from the database without spending a case number.
        The others are inserted with ``ON CONFLICT DO NOTHING``: a key that another connection
        stored meanwhile is not inserted, and is answered from the row that won instead.
        """
        outcomes: list[Outcome | None] = [None] * len(items)
        digests = [body_hash(body) for _key, body, _site in items]
        with self.write_lock, self.session() as session:
            keys = {key for key, _body, _site in items}
            stored = {
                case.id: case for case in session.scalars(select(Case).where(Case.id.in_(keys)))
            }
            first: dict[str, int] = {}  # key → the index of its first new item in this batch
            for index, (key, _body, _site) in enumerate(items):
                if key in stored:
                    outcomes[index] = _judge(stored[key], digests[index])
                else:
                    first.setdefault(key, index)
            now = datetime.now(UTC)
            numbers = self._case_numbers(session, len(first))
            fresh = {
                key: Case(
                    id=key,
                    body_hash=digests[index],
                    case_number=f"KS-{now.year}-{number:06d}",
                    site_id=items[index][2],
                    status="received",
                    received_at=now,
                    ack_due=ack_due(now).astimezone(UTC),  # SQLite keeps no offsets: store UTC
                    body=json.dumps(items[index][1], ensure_ascii=False),
                )
                for (key, index), number in zip(first.items(), numbers, strict=True)
            }
            inserted = self._insert_new(session, fresh.values())
            raced = set(fresh) - inserted
            if raced:  # stored by another connection since the look-up above: theirs stands
                stored.update(
                    (case.id, case)
                    for case in session.scalars(select(Case).where(Case.id.in_(raced)))
                )
            stored.update((key, fresh[key]) for key in inserted)
            for key, index in first.items():
                if key in inserted:
                    outcomes[index] = Outcome(201, case_response(fresh[key]))
            for index, (key, _body, _site) in enumerate(items):
                if outcomes[index] is None:  # a repeat within the batch, or a lost race
                    outcomes[index] = _judge(stored[key], digests[index])
            if inserted:
                self._serialize_events(session)
                session.execute(
                    insert(StatusEvent),
                    [
                        {
                            "case_id": key,
                            "status": "received",
                            "status_text": "{}",
                            "updated_at": now,
                        }
                        for key in fresh
                        if key in inserted
                    ],
                )
            session.commit()
        return [outcome for outcome in outcomes if outcome is not None]

    def _case_numbers(self, session: Session, count: int) -> list[int]:
        """``count`` new case numbers, in order."""
        if not count:
            return []
        if self.dialect == "postgresql":
            numbers = session.scalars(
                sql_text("SELECT nextval('case_numbers') FROM generate_series(1, :count)"),
                {"count": count},
            )
            return sorted(int(number) for number in numbers)
        # Counting is safe here: the write lock and SQLite's single writer keep others out.
        done = int(session.scalar(select(func.count()).select_from(Case)) or 0)
        return list(range(done + 1, done + count + 1))

    def _insert_new(self, session: Session, cases: Iterable[Case]) -> set[str]:
        """Insert ``cases`` whose key nobody holds yet; the keys that went in."""
        rows = sorted(
            (
                {column.key: getattr(case, column.key) for column in Case.__table__.columns}
                for case in cases
            ),
            # One order for every transaction: two batches sharing keys then wait for each
            # other instead of deadlocking.
            key=lambda row: str(row["id"]),
        )
        if not rows:
            return set()
        statement: Insert
        if self.dialect == "postgresql":
            statement = postgresql.insert(Case).on_conflict_do_nothing(index_elements=[Case.id])
        elif self.dialect == "sqlite":
            statement = sqlite.insert(Case).on_conflict_do_nothing(index_elements=[Case.id])
        else:  # no portable ON CONFLICT: the write lock keeps the look-up in submit_many true
            session.execute(insert(Case), rows)
            return {str(row["id"]) for row in rows}
        return set(session.scalars(statement.returning(Case.id), rows))

    def _serialize_events(self, session: Session) -> None:
        """Make status events commit in the order of their numbers (the desks' cursor).

        A desk asks for the events after the last one it saw. If a transaction holding event 10
        committed after one holding event 11, a desk that read 11 in between would never see
        10. Holding this lock from the event's insert to the commit keeps the order; SQLite
        has one writer at a time and needs nothing.
        """
        if self.dialect == "postgresql":
            session.execute(select(func.pg_advisory_xact_lock(_EVENTS_LOCK)))

    def set_status(self, case_number: str, status: str, text: dict[str, str]) -> bool:
        """Move a case to ``status``; False when there is no such case."""
        if status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}")
        with self.write_lock, self.session() as session:
            # First, so that it waits holding no row (a submission holds it only briefly).
            self._serialize_events(session)
            case = session.scalars(select(Case).where(Case.case_number == case_number)).first()
            if case is None:
                return False
            case.status = status
            case.status_text = json.dumps(text, ensure_ascii=False)
            session.add(
                StatusEvent(
                    case_id=case.id,
                    status=status,
                    status_text=case.status_text,
                    updated_at=datetime.now(UTC),
                )
            )
            session.commit()
            return True

    def status_updates(self, since: int, site_id: str | None) -> tuple[list[dict[str, Any]], int]:
        """Updates after event ``since`` (for one site, or all), and the new cursor."""
        query = (
            select(StatusEvent, Case)
            .join(Case, Case.id == StatusEvent.case_id)
            # As a 64-bit value: PostgreSQL refuses a cursor past its 32-bit column otherwise.
            .where(StatusEvent.seq > literal(since, BigInteger()))
            .order_by(StatusEvent.seq)
            .limit(1000)
        )
        if site_id:
            query = query.where(Case.site_id == site_id)
        updates, cursor = [], since
        with self.session() as session:
            for event, case in session.execute(query):
                cursor = event.seq
                updates.append(
                    {
                        "id": case.id,
                        "case_number": case.case_number,
                        "status": event.status,
                        "status_text": json.loads(event.status_text or "{}"),
                        "updated_at": _as_utc(event.updated_at).isoformat(),
                    }
                )
        return updates, cursor

    def count(self) -> int:
        with self.session() as session:
            return int(session.scalar(select(func.count()).select_from(Case)) or 0)
