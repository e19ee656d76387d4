"""Moving records in and out in bulk: JSONL import of paper forms, CSV export for reports.

The import speaks as it goes: each line's outcome is yielded the moment it is known (a saved
line only once it is committed), so a killed import has already told what it saved. A line is
recognised on a second run by its ID, derived from its content (see ``line_record_id``).

A line may answer its category's questions (Open311 service attributes) in an ``attributes``
object, ``{"code": value}``: read here as the form's fields would hold them, then checked by
the same rules as the form's answers (domain.attributes, through the desk's save).
"""

from __future__ import annotations

import csv
import json
import logging
import sqlite3
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy.exc import IntegrityError, OperationalError

from desk_app.domain.attributes import Answer, Attribute, clean_answers, error_key, normalize_number
from desk_app.domain.categories import attributes_of
from desk_app.domain.identity import Worker
from desk_app.domain.messages import Message
from desk_app.domain.record import Staff, Submission
from desk_app.domain.validation import ValidationFailed
from desk_app.domain.wire import (
    LONE_SURROGATE,
    LineRefused,
    draft_from_json,
    field_name,
    has_lone_surrogate,
    json_type,
    parse_line,
)
from desk_app.services.desk import DeskService
from desk_app.services.identity import NotPermitted
from desk_app.store import StoreError

logger = logging.getLogger(__name__)

# Fixed for ever: changing it would make every line of every old file new again.
IMPORT_NAMESPACE = uuid.UUID("8f4b2c1e-3d6a-5e7f-9a0b-1c2d3e4f5a6b")
# Fields the desk assigns itself: a file that sets them is copying records, not forms.
_DESK_ASSIGNED = ("id", "reference", "site", "client")
_UTF8_BOM = b"\xef\xbb\xbf"
# A line's "attributes": no service asks hundreds of questions nor offers hundreds of choices
# to tick; more is a broken or hostile file, refused before any answer is read.
MAX_LINE_ANSWERS = 100
MAX_LINE_CHOICES = 100
_ANSWER_TYPES = "text, a number or a list of choice keys"


@dataclass(frozen=True)
class Saved:
    """Line ``number`` is stored (committed) as ``reference``."""

    number: int
    reference: str


@dataclass(frozen=True)
class AlreadyImported:
    """Line ``number`` was stored by an earlier import, as ``reference``; nothing was saved."""

    number: int
    reference: str


@dataclass(frozen=True)
class Refused:
    """Line ``number`` stored nothing; ``reason`` names fields and rules, never values."""

    number: int
    reason: str


@dataclass(frozen=True)
class Stopped:
    """The store failed at line ``number`` (disk full …); no later line was read."""

    number: int
    reason: str
    last_saved: Saved | None


LineOutcome = Saved | AlreadyImported | Refused | Stopped


def import_lines(
    desk: DeskService, source: Iterable[bytes], *, received_by: Staff | None = None
) -> Iterator[LineOutcome]:
    """Save one record per line of a JSONL file, yielding each line's outcome as it happens.

    ``source`` gives the file's raw lines split at ``\\n`` only (a binary file does), so a
    U+2028 or \\x1c inside a JSON string stays in its line and the numbers stay right;
    each line is decoded on its own, so bad UTF-8 costs only that line. A bad line, whatever
    went wrong (a broken rule, deep nesting, a huge number, a date out of range, an
    unexpected exception), is Refused and the import goes on. A failure of the store itself
    (full disk, StoreError, any OSError) yields Stopped and ends the import: every later line
    would fail the same way. ``received_by`` fills in the worker for lines that name none.
    """
    seen: Counter[str] = Counter()
    last_saved: Saved | None = None
    for number, raw in enumerate(source, start=1):
        attempt = _Attempt(number)
        try:
            outcome = _import_line(desk, attempt, raw, seen, received_by)
        except Exception as error:  # any failure of one line is that line's alone
            if _is_store_failure(error):
                yield Stopped(number, _store_reason(error), last_saved)
                return
            outcome = _unexpected(desk, attempt, error)
        if outcome is None:
            continue
        if isinstance(outcome, Saved):
            last_saved = outcome
        yield outcome


@dataclass
class _Attempt:
    """One line on its way in: its number, and its record's ID once derived."""

    number: int
    record_id: uuid.UUID | None = None


def _import_line(
    desk: DeskService,
    attempt: _Attempt,
    raw: bytes,
    seen: Counter[str],
    received_by: Staff | None,
) -> LineOutcome | None:
    number = attempt.number
    line = raw.removesuffix(b"\n").removesuffix(b"\r")
    if number == 1:
        line = line.removeprefix(_UTF8_BOM)
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as error:
        return Refused(number, f"not UTF-8 text (at byte {error.start + 1} of the line)")
    if not text.strip():
        return None
    try:
        obj = parse_line(text)
    except LineRefused as refusal:
        return Refused(number, str(refusal))
    assigned = [name for name in _DESK_ASSIGNED if name in obj]
    if assigned:
        return Refused(number, f"remove {', '.join(assigned)}: the desk assigns them")
    errors: dict[str, str] = {}
    try:
        # The answers are the desk's addition to the case-api-v1 shape: read apart from it.
        draft, received_at = draft_from_json(
            {name: value for name, value in obj.items() if name != "attributes"}
        )
    except ValidationFailed as failure:
        errors.update(failure.errors)
    category = obj.get("category")
    questions = attributes_of(
        desk.categories(include_inactive=True), category if isinstance(category, str) else ""
    )
    answers, shape_errors = answers_of_line(obj.get("attributes"), questions)
    errors.update(shape_errors)
    if errors:
        return Refused(number, _reasons(errors))
    draft = replace(draft, attributes=answers)

    canonical = canonical_json(obj)
    seen[canonical] += 1
    record_id = attempt.record_id = line_record_id(desk.site.site_id, canonical, seen[canonical])
    existing = desk.reference_of(record_id)
    if existing is not None:
        return AlreadyImported(number, existing)
    if received_by is not None and not draft.received_by.staff_id:
        draft = replace(draft, received_by=received_by)
    try:
        submission = desk.save(draft, received_at=received_at, record_id=record_id)
    except ValidationFailed as failure:
        return Refused(number, _reasons(failure.errors))
    except IntegrityError:
        # Another import of the same file got there first (between the look-up and the save).
        existing = desk.reference_of(record_id)
        if existing is None:
            raise
        return AlreadyImported(number, existing)
    return Saved(number, submission.reference)


def canonical_json(obj: Any) -> str:
    """One text per JSON value, whatever the spacing or key order of the line it came from."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def line_record_id(site_id: str, canonical: str, occurrence: int = 1) -> uuid.UUID:
    """The ID a line's record gets: the same line on the same site is the same record.

    ``occurrence`` counts identical lines within one file, so two paper forms that say
    exactly the same stay two records (and are both recognised on a second run).
    """
    name = f"{site_id}\n{canonical}"
    if occurrence > 1:
        name += f"\n{occurrence}"
    return uuid.uuid5(IMPORT_NAMESPACE, name)


def answers_of_line(
    raw: object, questions: Iterable[Attribute]
) -> tuple[dict[str, Answer], dict[str, str]]:
    """A line's ``attributes`` object as the answers the form's fields would give, and what
    is wrong with its shape, keyed by ``error_key`` (``attributes`` for the whole object).

    A value is text (a line, a paragraph, a date and time in ISO 8601 with its offset, a
    choice's key), a number (JSON, or text in any script's digits, read as the form's number
    field reads it), or a list of choice keys; null is no answer. Only the JSON shape is
    judged here, naming the type found, never the value; what an answer must be for its
    question (a number, a key the list offers, a length that fits, asked at all) is left to
    ``answer_errors``, the form's own rules, when the desk saves the draft.
    """
    if raw is None:
        return {}, {}
    if not isinstance(raw, Mapping):
        found = json_type(raw)
        return {}, {"attributes": f"must be an object of answers by question code, not {found}"}
    if len(raw) > MAX_LINE_ANSWERS:
        return {}, {"attributes": f"holds {len(raw):,} answers; at most {MAX_LINE_ANSWERS} fit"}
    datatypes = {question.code: question.datatype for question in questions}
    answers: dict[str, Answer] = {}
    errors: dict[str, str] = {}
    for code, value in raw.items():
        key = error_key(code)
        if value is None:
            continue
        if isinstance(value, str):
            if has_lone_surrogate(value):
                errors[key] = LONE_SURROGATE
                continue
            typed = value.strip()  # as the form's fields read what was typed
            if datatypes.get(code) == "number" and typed:
                typed = normalize_number(typed) or typed  # Persian digits, a decimal comma
            answers[code] = typed
        elif isinstance(value, int | float) and not isinstance(value, bool):
            answers[code] = str(value)  # parse_line has bounded its length already
        elif isinstance(value, list):
            if len(value) > MAX_LINE_CHOICES:
                errors[key] = f"lists {len(value):,} choices; at most {MAX_LINE_CHOICES} fit"
            elif not all(isinstance(item, str) for item in value):
                odd = next(item for item in value if not isinstance(item, str))
                errors[key] = f"must be a list of choice keys (text), not of {json_type(odd)}"
            elif any(has_lone_surrogate(item) for item in value):
                errors[key] = LONE_SURROGATE
            else:
                answers[code] = tuple(value)
        else:
            errors[key] = f"must be {_ANSWER_TYPES}, not {json_type(value)}"
    return clean_answers(answers), errors


def _reasons(errors: Mapping[str, str]) -> str:
    """The broken rules by field, with any value a message quotes (a category code, say)
    left out: in a hostile or shifted file that "code" may be a resident's name. A question
    code is shown as a field name is (a long or odd one shortened and quoted)."""
    return "; ".join(
        f"{_shown_field(name)}: {_without_values(message)}" for name, message in errors.items()
    )


def _shown_field(name: str) -> str:
    prefix = error_key("")
    if name.startswith(prefix):
        return prefix + field_name(name.removeprefix(prefix))
    return name


def _without_values(message: str) -> str:
    if not isinstance(message, Message) or not message.params:
        return message
    shown = {key: "…" if isinstance(value, str) else value for key, value in message.params.items()}
    return message.template.format(**shown)


def _is_store_failure(error: BaseException) -> bool:
    """Whether the store (or the disk under it) failed, rather than one line being bad."""
    return isinstance(error, StoreError | OSError | OperationalError | sqlite3.OperationalError)


def _store_reason(error: BaseException) -> str:
    """What failed, in the words of SQLite or the OS (which never hold a record's values)."""
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, sqlite3.Error):
            return f"{type(error).__name__}: {cause}"
        if isinstance(cause, OSError) and cause.strerror:
            return f"{type(error).__name__}: {cause.strerror}"
        orig = getattr(cause, "orig", None)
        cause = orig if isinstance(orig, BaseException) else cause.__cause__
    return type(error).__name__


def _unexpected(desk: DeskService, attempt: _Attempt, error: Exception) -> LineOutcome:
    """A line that failed in a way nobody foresaw: its kind and where, never its message
    (an exception's text may quote the line, e.g. SQLAlchemy's bound parameters)."""
    number, record_id = attempt.number, attempt.record_id
    where = ""
    trace = error.__traceback__
    while trace is not None and trace.tb_next is not None:
        trace = trace.tb_next
    if trace is not None:
        code = trace.tb_frame.f_code
        where = f" in {code.co_name} ({Path(code.co_filename).name}:{trace.tb_lineno})"
    logger.warning("Import line %d failed: %s%s", number, type(error).__name__, where)
    if record_id is not None:
        # The failure may have come after the commit: then the line is saved after all.
        try:
            reference = desk.reference_of(record_id)
        except Exception:  # the store failing too: the line is reported as not saved
            reference = None
        if reference is not None:
            return Saved(number, reference)
    return Refused(number, f"could not be imported ({type(error).__name__}); nothing stored")


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
    by: Worker | None = None,
) -> int:
    """Write records received since ``since`` as CSV; returns how many rows were written.

    Without ``with_personal_data`` no column identifies the resident (free text stays: it is
    the feedback itself, and reports need it). With it, ``by`` must be a supervisor
    (services.identity), else NotPermitted is raised before a line is written. No cell is a
    spreadsheet formula, see ``neutralise_formula``.
    """
    if with_personal_data and (by is None or not by.is_supervisor):
        raise NotPermitted("only a supervisor may export with personal data")
    columns = EXPORT_COLUMNS + (PERSONAL_COLUMNS if with_personal_data else [])
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writeheader()
    count = 0
    for submission in desk.received_since(since):
        row = _export_row(submission, with_personal_data)
        writer.writerow({column: neutralise_formula(value) for column, value in row.items()})
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


# OWASP, "CSV Injection": a spreadsheet runs a cell starting with one of these as a formula
# (=HYPERLINK can send the row's personal data to a stranger's server when clicked).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(cell: str) -> str:
    """``cell`` as a spreadsheet shows it as text: a leading apostrophe before a formula start.

    Applied to every cell: no exported column holds a number that could be negative, so
    nothing a report computes with is changed.
    """
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell
