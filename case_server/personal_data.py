"""Feature personal-data-1.1 of the reference server: a desk corrects or erases a case's
personal data (docs/case-api-personal-data.md).

A desk sends each request once with its own ``Idempotency-Key``; the same key with the same
body is answered as the first time (the retry after a lost reply), with another body 409. The
server's audit line names the case, the request and the fields, never their values. An erasure
blanks what the desk blanks (the reporter's details, what was said, the notes) and on SQLite
truncates the WAL, so that no old page of the case survives in the files.
"""

from __future__ import annotations

import hashlib
import json
import logging
from contextlib import closing
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from case_server.models import error_body
from case_server.store import Case, CaseStore, Outcome, PersonalDataRequest

audit = logging.getLogger("case_server.audit")

FEATURE_PERSONAL_DATA = "personal-data-1.1"
CORRECTION = "correction"
ERASURE = "erasure"
# The reporter's contact details a correction may change, as the submission names them.
CONTACT_FIELDS = ("name", "email", "phone", "postal_address")


def _digest(kind: str, body: dict[str, Any]) -> str:
    canonical = json.dumps([kind, body], sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _find_case(session: Session, case_id: str, site_id: str | None) -> Case | None:
    """The case, if this desk's site may touch it: another site's case is "not found"."""
    case = session.get(Case, case_id)
    if case is None or (site_id is not None and case.site_id != site_id):
        return None
    return case


def _erased(session: Session, case_id: str) -> PersonalDataRequest | None:
    return session.scalars(
        select(PersonalDataRequest).where(
            PersonalDataRequest.case_id == case_id,
            PersonalDataRequest.kind == ERASURE,
            PersonalDataRequest.status == 200,
        )
    ).first()


def _repeat(session: Session, key: str, kind: str, case_id: str, digest: str) -> Outcome | None:
    """The first answer to ``key``, or a conflict when it came with another request."""
    earlier = session.get(PersonalDataRequest, key)
    if earlier is None:
        return None
    if earlier.kind == kind and earlier.case_id == case_id and earlier.body_hash == digest:
        return Outcome(earlier.status, json.loads(earlier.response))
    if earlier.kind == kind and earlier.case_id == case_id and not earlier.body_hash:
        # A correction whose digest an erasure blanked: its details are gone for good.
        return Outcome(409, _erased_error())
    message = "This key was used with a different request."
    return Outcome(409, error_body("idempotency_conflict", message))


def _erased_error() -> dict[str, Any]:
    return error_body(
        "personal_data_erased", "The personal data of this case is erased: nothing to correct."
    )


def _remember(
    session: Session, key: str, kind: str, case: Case, digest: str, outcome: Outcome
) -> Outcome:
    session.add(
        PersonalDataRequest(
            request_id=key,
            case_id=case.id,
            kind=kind,
            body_hash=digest,
            status=outcome.status,
            response=json.dumps(outcome.body),
            received_at=datetime.now(UTC),
        )
    )
    return outcome


def correct_reporter(
    store: CaseStore, case_id: str, site_id: str | None, key: str, changes: dict[str, str]
) -> Outcome:
    """Replace the reporter's contact details ``changes`` names; the answer to send back."""
    if not changes:
        fields = {"body": "give at least one of " + ", ".join(CONTACT_FIELDS)}
        return Outcome(422, error_body("validation_failed", "Nothing to correct.", fields))
    digest = _digest(CORRECTION, changes)
    with store.write_lock, store.session() as session:
        case = _find_case(session, case_id, site_id)
        if case is None:
            return Outcome(404, error_body("not_found", "No such submission."))
        repeated = _repeat(session, key, CORRECTION, case_id, digest)
        if repeated is not None:
            return repeated
        body = json.loads(case.body)
        reporter = body.get("reporter") or {}
        if _erased(session, case_id) is not None:
            outcome = Outcome(409, _erased_error())
        elif reporter.get("anonymous"):
            message = "This case was given anonymously: it holds no contact details."
            outcome = Outcome(409, error_body("anonymous", message))
        else:
            for name, value in changes.items():
                reporter[name] = value or None
            body["reporter"] = reporter
            case.body = json.dumps(body, ensure_ascii=False)
            outcome = Outcome(
                200,
                {
                    "id": case.id,
                    "case_number": case.case_number,
                    "request_id": key,
                    "corrected": sorted(changes),
                },
            )
        _remember(session, key, CORRECTION, case, digest, outcome)
        session.commit()
        number = case.case_number
    audit.info(
        "personal data correction of case %s (request %s): %s, fields %s",
        number,
        key,
        outcome.status,
        ", ".join(sorted(changes)),
    )
    _truncate_wal(store)
    return outcome


def _blank(body: dict[str, Any]) -> dict[str, Any]:
    """``body`` without personal data: what the desk's own erasure blanks, nothing more."""
    blanked = dict(body)
    blanked["description"] = ""
    if blanked.get("location"):
        blanked["location"] = ""
    reporter = dict(blanked.get("reporter") or {})
    for name in (*CONTACT_FIELDS, "preferred_contact"):
        if name in reporter:
            reporter[name] = None
    blanked["reporter"] = reporter
    for part, note in (("on_behalf_of", "note"), ("referral", "note"), ("urgent", "reason")):
        if isinstance(blanked.get(part), dict):
            blanked[part] = {**blanked[part], note: ""}
    return blanked


def erase_personal_data(
    store: CaseStore, case_id: str, site_id: str | None, key: str, reason: str
) -> Outcome:
    """Blank a case's personal data (once; a later erasure answers with the first one's time)."""
    digest = _digest(ERASURE, {"reason": reason})
    with store.write_lock, store.session() as session:
        case = _find_case(session, case_id, site_id)
        if case is None:
            return Outcome(404, error_body("not_found", "No such submission."))
        repeated = _repeat(session, key, ERASURE, case_id, digest)
        if repeated is not None:
            return repeated
        first = _erased(session, case_id)
        erased_at = (
            json.loads(first.response)["personal_data_erased_at"]
            if first is not None
            else datetime.now(UTC).isoformat()
        )
        case.body = json.dumps(_blank(json.loads(case.body)), ensure_ascii=False)
        # A correction's digest could confirm a guessed email address: blank them too.
        session.execute(
            update(PersonalDataRequest)
            .where(
                PersonalDataRequest.case_id == case_id,
                PersonalDataRequest.kind == CORRECTION,
            )
            .values(body_hash="")
        )
        outcome = Outcome(
            200,
            {
                "id": case.id,
                "case_number": case.case_number,
                "request_id": key,
                "personal_data_erased_at": erased_at,
            },
        )
        _remember(session, key, ERASURE, case, digest, outcome)
        session.commit()
        number = case.case_number
    audit.info("personal data erasure of case %s (request %s, %s)", number, key, reason)
    _truncate_wal(store)
    return outcome


def _truncate_wal(store: CaseStore) -> None:
    """SQLite: copy the WAL into the file and cut it to zero bytes, old page images and all."""
    if store.dialect != "sqlite":
        return  # PostgreSQL: old row versions stay until VACUUM (see the doc)
    with closing(store.engine.raw_connection()) as connection:
        cursor = connection.cursor()
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.close()
