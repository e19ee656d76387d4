"""The reference server's storage: cases, their status history, idempotency, categories.

SQLite by default; any SQLAlchemy URL (PostgreSQL for a multi-desk pilot) works the same.
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import (
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    create_engine,
    event,
    func,
    insert,
    select,
)
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
    cursor.close()


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


def _zone() -> Any:
    try:
        return ZoneInfo("Europe/Stockholm")
    except ZoneInfoNotFoundError:  # no tz database (some Windows machines)
        return UTC


def ack_due(received: datetime) -> datetime:
    """17:00 local time, two working days after receipt (the city's promise)."""
    local = received.astimezone(_zone())
    day = local.date()
    added = 0
    while added < 2:
        day += timedelta(days=1)
        if day.weekday() < 5:
            added += 1
    return datetime(day.year, day.month, day.day, 17, 0, tzinfo=local.tzinfo)


@dataclass(frozen=True)
class Outcome:
    """An HTTP status and JSON body for one submission."""

    status: int
    body: dict[str, Any]


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
        "ack_due": _as_utc(case.ack_due).astimezone(_zone()).isoformat(),
        "received_at": _as_utc(case.received_at).astimezone(_zone()).isoformat(),
    }


class CaseStore:
    """Cases in a SQLAlchemy database; submissions are serialized so keys stay exactly-once."""

    def __init__(self, database_url: str) -> None:
        self.engine = create_engine(database_url)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_wal)
        Base.metadata.create_all(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_lock = threading.Lock()
        self.categories_payload: dict[str, Any] = json.loads(
            CATEGORIES_FILE.read_text(encoding="utf-8")
        )

    def session(self) -> Session:
        return self._sessions()

    @property
    def active_categories(self) -> set[str]:
        return {
            item["code"] for item in self.categories_payload["categories"] if item.get("active")
        }

    def submit(self, key: str, body: dict[str, Any], site_id: str) -> Outcome:
        """Store a new case, or answer as the first time for a repeated identical body."""
        return self.submit_many([(key, body, site_id)])[0]

    def submit_many(self, items: list[tuple[str, dict[str, Any], str]]) -> list[Outcome]:
        """``submit`` for several records in one transaction (one disk sync for a batch)."""
        outcomes: list[Outcome] = []
        new_cases: list[dict[str, Any]] = []
        with self._write_lock, self.session() as session:
            keys = [key for key, _body, _site in items]
            known = {
                case.id: case for case in session.scalars(select(Case).where(Case.id.in_(keys)))
            }
            count = session.scalar(select(func.count()).select_from(Case)) or 0
            now = datetime.now(UTC)
            for key, body, site_id in items:
                digest = body_hash(body)
                existing = known.get(key)
                if existing is not None:
                    outcomes.append(
                        Outcome(200, case_response(existing))
                        if _same_record(existing, digest)
                        else Outcome(409, _conflict())
                    )
                    continue
                count += 1
                case = Case(
                    id=key,
                    body_hash=digest,
                    case_number=f"KS-{now.year}-{count:06d}",
                    site_id=site_id,
                    status="received",
                    received_at=now,
                    ack_due=ack_due(now).astimezone(UTC),  # SQLite keeps no offsets: store UTC
                    body=json.dumps(body, ensure_ascii=False),
                )
                known[key] = case  # the same key twice in one batch is answered as a repeat
                new_cases.append(
                    {column.key: getattr(case, column.key) for column in Case.__table__.columns}
                )
                outcomes.append(Outcome(201, case_response(case)))
            if new_cases:
                session.execute(insert(Case), new_cases)
                session.execute(
                    insert(StatusEvent),
                    [
                        {
                            "case_id": case["id"],
                            "status": "received",
                            "status_text": "{}",
                            "updated_at": now,
                        }
                        for case in new_cases
                    ],
                )
            session.commit()
        return outcomes

    def set_status(self, case_number: str, status: str, text: dict[str, str]) -> bool:
        """Move a case to ``status``; False when there is no such case."""
        if status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}")
        with self._write_lock, self.session() as session:
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
            .where(StatusEvent.seq > since)
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
