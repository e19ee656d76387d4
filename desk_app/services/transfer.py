"""Moving records in and out in bulk: JSONL import of paper forms, CSV export for reports."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import IO

from desk_app.domain.record import Staff, Submission
from desk_app.domain.validation import ValidationFailed
from desk_app.domain.wire import draft_from_json
from desk_app.services.desk import DeskService


@dataclass
class ImportReport:
    """What an import did: the references made, and each bad line with its reasons."""

    references: list[str] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)


def import_jsonl(
    desk: DeskService, lines: Iterable[str], *, received_by: Staff | None = None
) -> ImportReport:
    """Save one record per JSON line; a bad line stores nothing and is reported by number.

    Good lines are saved even when others are bad, each durably before the next is read.
    ``received_by`` fills in the worker for lines that do not name one.
    """
    report = ImportReport()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as error:
            report.problems.append((number, f"not valid JSON ({error.msg}, column {error.colno})"))
            continue
        if not isinstance(obj, dict):
            report.problems.append((number, "each line must be one JSON object"))
            continue
        ignored = {"id", "reference"} & obj.keys()
        if ignored:
            report.problems.append(
                (number, f"remove {', '.join(sorted(ignored))}: the desk assigns them")
            )
            continue
        try:
            draft, received_at = draft_from_json(obj)
            if received_by is not None and not draft.received_by.staff_id:
                draft = replace(draft, received_by=received_by)
            submission = desk.save(draft, received_at=received_at)
        except ValidationFailed as failure:
            reasons = "; ".join(f"{name}: {message}" for name, message in failure.errors.items())
            report.problems.append((number, reasons))
            continue
        report.references.append(submission.reference)
    return report


EXPORT_COLUMNS = [
    "reference",
    "received_at",
    "site_id",
    "kind",
    "category",
    "channel",
    "language",
    "occurred_at",
    "location",
    "description",
    "anonymous",
    "wants_reply",
    "on_behalf_of",
    "received_by",
    "sync_state",
    "case_number",
    "case_status",
]
PERSONAL_COLUMNS = ["name", "email", "phone", "postal_address", "preferred_contact"]


def export_csv(
    desk: DeskService,
    out: IO[str],
    *,
    since: datetime | None = None,
    with_personal_data: bool = False,
) -> int:
    """Write records received since ``since`` as CSV; returns how many rows were written.

    Without ``with_personal_data`` no column identifies the resident (free text stays: it is
    the feedback itself, and reports need it).
    """
    columns = EXPORT_COLUMNS + (PERSONAL_COLUMNS if with_personal_data else [])
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writeheader()
    count = 0
    for submission in desk.received_since(since):
        writer.writerow(_export_row(submission, with_personal_data))
        count += 1
    return count


def _export_row(submission: Submission, with_personal_data: bool) -> dict[str, str]:
    row = {
        "reference": submission.reference,
        "received_at": submission.received_at.isoformat(),
        "site_id": submission.site.site_id,
        "kind": submission.kind.value,
        "category": submission.category,
        "channel": submission.channel.value,
        "language": submission.language,
        "occurred_at": submission.occurred_at.isoformat() if submission.occurred_at else "",
        "location": submission.location,
        "description": submission.description,
        "anonymous": str(submission.reporter.anonymous).lower(),
        "wants_reply": str(submission.wants_reply).lower(),
        "on_behalf_of": submission.on_behalf_of.relation.value if submission.on_behalf_of else "",
        "received_by": submission.received_by.staff_id,
        "sync_state": submission.sync_state.value,
        "case_number": submission.case_number,
        "case_status": submission.case_status,
    }
    if with_personal_data:
        reporter = submission.reporter
        row |= {
            "name": reporter.name,
            "email": reporter.email,
            "phone": reporter.phone,
            "postal_address": reporter.postal_address,
            "preferred_contact": reporter.preferred_contact or "",
        }
    return row


def read_lines(path: Path) -> list[str]:
    """The lines of an import file (UTF-8, a byte-order mark tolerated)."""
    return path.read_text(encoding="utf-8-sig").splitlines()
