"""Corrections and erasures stay straight across refusals, resends and the retention sweep.

A real reference server on 127.0.0.1 and a real desk store. Found by a hostile test: an older
refused correction sent again undid a newer one at the case system; the retention sweep kept a
waiting correction's new details for good; a resident's erasure after the sweep never reached
the case system; and the location, often the person's home, outlived the erasure.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from case_server.app import Fault
from desk_app.app import Desk
from desk_app.services.privacy import CaseRequestState, CaseSystemCopy
from desk_app.services.sync import SyncService
from tests.conftest import complete_draft
from tests.sync.conftest import CaseServer, delivered, raw_fields, server_body

FIRST_EMAIL = "first.new@example.se"
SECOND_EMAIL = "second.new@example.se"
NEW_PHONE = "+46 70 111 22 33"
HOME = "Storgatan 4, lgh 1102"


def test_an_older_refused_correction_sent_again_cannot_undo_a_newer_one(
    synced_desk: tuple[Desk, SyncService], case_server: CaseServer
) -> None:
    desk, sync = synced_desk
    record = delivered(desk, sync)
    case_server.faults.add(Fault("status", path="/submissions/", code=409))
    first = desk.privacy.correct_contact(record.reference, {"email": FIRST_EMAIL})
    assert first is not None
    assert sync.run_once().requests_need_attention == 1

    second = desk.privacy.correct_contact(record.reference, {"phone": NEW_PHONE})
    assert second is not None

    # The newer request carries the refused one's field too, with the value held now.
    older = desk.privacy.case_request(first.request_id)
    assert older is not None and older.state is CaseRequestState.NOT_NEEDED
    assert FIRST_EMAIL not in raw_fields(desk, first.request_id)
    assert desk.privacy.resend_case_request(first.request_id) is False
    assert sync.run_once(ignore_backoff=True).requests_sent == 1
    reporter = server_body(case_server, record)["reporter"]
    assert reporter["email"] == FIRST_EMAIL and reporter["phone"] == NEW_PHONE  # type: ignore[index]

    # A third correction of the same field, sent last, is what the case system keeps.
    desk.privacy.correct_contact(record.reference, {"email": SECOND_EMAIL})
    assert sync.run_once(ignore_backoff=True).requests_sent == 1
    assert server_body(case_server, record)["reporter"]["email"] == SECOND_EMAIL  # type: ignore[index]


def test_the_retention_sweep_drops_a_waiting_correction_and_a_later_erasure_still_goes(
    synced_desk: tuple[Desk, SyncService], case_server: CaseServer
) -> None:
    desk, sync = synced_desk
    record = delivered(desk, sync)
    case_server.faults.add(*[Fault("status", path="/submissions/", code=503)] * 3)
    corrected = desk.privacy.correct_contact(record.reference, {"email": FIRST_EMAIL})
    assert corrected is not None
    sync.run_once()  # the case system is busy: the correction waits
    waiting = desk.privacy.case_request(corrected.request_id)
    assert waiting is not None and waiting.state is CaseRequestState.PENDING
    case_server.faults.clear()

    later = datetime.now(UTC) + timedelta(days=desk.service.settings.privacy.retention_days + 1)
    assert desk.privacy.sweep(now=later).records_erased == 1

    dropped = desk.privacy.case_request(corrected.request_id)
    assert dropped is not None and dropped.state is CaseRequestState.NOT_NEEDED
    assert FIRST_EMAIL not in raw_fields(desk, corrected.request_id)

    # The resident asks for erasure after the sweep: the desk's copy was blank already, the
    # case system's is not, and the request goes to it once.
    outcome = desk.privacy.erase(record.reference)
    assert outcome is not None and not outcome.erased_now
    assert outcome.case_system is CaseSystemCopy.QUEUED
    assert sync.run_once(ignore_backoff=True).requests_sent == 1
    body = server_body(case_server, record)
    assert body["description"] == ""
    again = desk.privacy.erase(record.reference)
    assert again is not None and again.case_system is CaseSystemCopy.SENT  # not asked twice


def test_an_erasure_blanks_the_location_on_the_desk_and_at_the_case_system(
    synced_desk: tuple[Desk, SyncService], case_server: CaseServer
) -> None:
    desk, sync = synced_desk
    saved = desk.service.save(complete_draft(location=HOME))
    assert sync.run_once().delivered == 1
    assert server_body(case_server, saved)["location"] == HOME

    outcome = desk.privacy.erase(saved.reference)
    assert outcome is not None and outcome.erased_now
    assert sync.run_once(ignore_backoff=True).requests_sent == 1

    kept = desk.service.find(saved.reference)
    assert kept is not None and kept.location == "" and kept.category == saved.category
    assert not server_body(case_server, saved)["location"]
