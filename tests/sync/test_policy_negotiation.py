"""Contract 1.1 end to end: the policy's fields reach a 1.1 server; a 1.0 server gets records
exactly as before; no record lands in Needs attention for a field the server does not know."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlalchemy import select

from case_server.app import Fault, create_app
from case_server.runner import ServerThread
from case_server.store import Case, CaseStore
from desk_app.domain.record import (
    Channel,
    Concerns,
    ContactMethod,
    Referral,
    ReferralBody,
    Reporter,
    SubmitterType,
    SyncState,
    Urgent,
)
from desk_app.domain.wire import submission_to_json
from desk_app.store.repository import META_UNITS, META_UNITS_ETAG
from tests.conftest import complete_draft
from tests.sync.conftest import TOKEN, CaseServer, open_synced_desk

FIELDS_1_1 = {"submitter_type", "concerns", "referral", "urgent"}


def policy_draft(number: int = 0):
    return complete_draft(
        description=f"Policy record {number}",
        channel=Channel.MEETING,
        submitter_type=SubmitterType.RELATIVE,
        concerns=Concerns(unit="solgarden", provider=""),
        referral=Referral(ReferralBody.REGION_HEALTH, "1177 Vårdguiden"),
        urgent=Urgent("Medication missed twice"),
        reporter=Reporter(
            anonymous=False, name="A relative", preferred_contact=ContactMethod.IN_PERSON
        ),
    )


def start_server(folder: Path, api_version: str, port: int = 0) -> CaseServer:
    store = CaseStore(f"sqlite:///{folder / 'cases.sqlite3'}")
    app = create_app(store, TOKEN, api_version=api_version)  # type: ignore[arg-type]
    thread = ServerThread(app, port=port, log_level="critical").start()
    return CaseServer(store=store, thread=thread, token=TOKEN)


def stored_bodies(server: CaseServer) -> dict[str, dict[str, object]]:
    with server.store.session() as session:
        return {case.id: json.loads(case.body) for case in session.scalars(select(Case))}


@pytest.fixture
def server_1_0(tmp_path: Path) -> Iterator[CaseServer]:
    server = start_server(tmp_path, "1.0")
    yield server
    server.stop()


@pytest.fixture
def desk_on(tmp_path: Path):
    opened = []

    def open_on(server: CaseServer):
        desk, sync = open_synced_desk(tmp_path / "desk", server.url)
        opened.append((desk, sync))
        return desk, sync

    yield open_on
    for desk, sync in opened:
        sync.forget_client()
        desk.store.engine.dispose()


def test_every_policy_field_reaches_a_1_1_server(synced_desk, case_server):
    desk, sync = synced_desk
    saved = desk.service.save(policy_draft())
    report = sync.run_once()
    assert report.ok and report.delivered == 1
    body = stored_bodies(case_server)[str(saved.id)]
    assert body["submitter_type"] == "relative"
    assert body["concerns"] == {"unit": "solgarden", "provider": ""}
    assert body["referral"] == {"to": "region_health", "note": "1177 Vårdguiden"}
    assert body["urgent"] == {"reason": "Medication missed twice"}
    assert body["channel"] == "meeting"
    assert body["reporter"]["preferred_contact"] == "in_person"  # type: ignore[index]
    stored = desk.service.find(saved.reference)
    assert stored.sync_state is SyncState.SYNCED
    assert stored.ack_due is not None  # the server lists ack-due: its promise is kept


def test_a_1_0_server_gets_1_0_records_and_the_desk_keeps_every_field(server_1_0, desk_on):
    desk, sync = desk_on(server_1_0)
    saved = [desk.service.save(policy_draft(number)) for number in range(3)]  # a batch
    plain = desk.service.save(complete_draft(description="Plain record"))
    report = sync.run_once()
    assert report.ok and report.delivered == 4 and report.needs_attention == 0
    bodies = stored_bodies(server_1_0)
    for record in saved:
        body = bodies[str(record.id)]
        assert not FIELDS_1_1 & set(body)
        assert body["channel"] == "other"
        kept = desk.service.find(record.reference)
        assert kept.sync_state is SyncState.SYNCED
        assert (kept.submitter_type, kept.concerns, kept.referral, kept.urgent) == (
            record.submitter_type,
            record.concerns,
            record.referral,
            record.urgent,
        )
        assert kept.channel is Channel.MEETING
        # No ack-due feature: the server's date is no promise, the desk keeps its own.
        assert kept.ack_due is None
    # A record without 1.1 fields is sent exactly as the desk sent it before 1.1.
    expected = submission_to_json(plain, app_version="x", device_id="x")
    sent = bodies[str(plain.id)]
    assert {k: v for k, v in sent.items() if k != "client"} == {
        k: v for k, v in expected.items() if k != "client"
    }


def test_a_1_0_server_refuses_a_field_it_does_not_know(server_1_0, case_server):
    from desk_app.domain.record import Site, Submission

    record = Submission.from_draft(policy_draft(), reference="VAS-1", site=Site("s", "S"))
    body = submission_to_json(record, app_version="1", device_id="d", features={"intake-1.1"})
    headers = {"Authorization": f"Bearer {TOKEN}", "Idempotency-Key": body["id"]}
    old = requests.post(server_1_0.url + "/submissions", json=body, headers=headers, timeout=5)
    new = requests.post(case_server.url + "/submissions", json=body, headers=headers, timeout=5)
    assert old.status_code == 422
    assert "submitter_type" in old.json()["error"]["fields"]
    assert new.status_code == 201
    assert requests.get(server_1_0.url + "/health", timeout=5).json() == {
        "status": "ok",
        "api_version": "1",
    }


def test_a_server_downgraded_behind_the_desks_back_costs_no_record(tmp_path, desk_on):
    # The desk last saw a 1.1 server; now a 1.0 server answers at the same address, and its
    # /health fails once, so the desk sends 1.1 bodies from its cache and gets 422s.
    (tmp_path / "new").mkdir()
    (tmp_path / "old").mkdir()
    upgraded = start_server(tmp_path / "new", "1.1")
    desk, sync = desk_on(upgraded)
    desk.service.save(policy_draft(0))
    assert sync.run_once().delivered == 1
    port = upgraded.thread.port
    upgraded.stop()
    downgraded = start_server(tmp_path / "old", "1.0", port=port)
    try:
        downgraded.faults.add(Fault("status", path="/health", code=503))
        saved = [desk.service.save(policy_draft(number)) for number in (1, 2, 3)]
        report = sync.run_once()
        assert report.needs_attention == 0
        assert report.delivered == 3
        bodies = stored_bodies(downgraded)
        for record in saved:
            assert desk.service.find(record.reference).sync_state is SyncState.SYNCED
            assert not FIELDS_1_1 & set(bodies[str(record.id)])
            assert desk.service.find(record.reference).urgent == record.urgent
    finally:
        downgraded.stop()


def test_a_record_held_from_before_the_upgrade_is_a_repeat_not_needs_attention(
    synced_desk, case_server
):
    desk, sync = synced_desk
    saved = desk.service.save(policy_draft())
    # The desk sent the 1.0 body before the server's upgrade; the reply was lost.
    body = submission_to_json(saved, app_version="1", device_id=desk.store.device_id())
    headers = {"Authorization": f"Bearer {TOKEN}", "Idempotency-Key": body["id"]}
    first = requests.post(case_server.url + "/submissions", json=body, headers=headers, timeout=5)
    assert first.status_code == 201
    report = sync.run_once()
    assert report.delivered == 1 and report.needs_attention == 0
    stored = desk.service.find(saved.reference)
    assert stored.sync_state is SyncState.SYNCED
    assert stored.case_number == first.json()["case_number"]
    assert len(case_server.case_ids()) == 1


def test_units_are_fetched_from_a_1_1_server_and_cached_with_their_etag(synced_desk, case_server):
    desk, sync = synced_desk
    sync.run_once()
    units = json.loads(desk.store.meta(META_UNITS))
    assert "vasaskolan" in {unit["code"] for unit in units["units"]}
    etag = desk.store.meta(META_UNITS_ETAG)
    assert etag
    client = sync._sync_pass().client
    assert client.units(etag) is None  # unchanged: 304, nothing fetched again


def test_a_1_0_server_is_not_asked_for_units(server_1_0, desk_on):
    desk, sync = desk_on(server_1_0)
    assert sync.run_once().ok  # no /units request (a 1.0 server would answer 404)
    assert desk.store.meta(META_UNITS) is None


def test_a_unit_the_server_does_not_list_is_refused_by_the_1_1_server(synced_desk, case_server):
    desk, sync = synced_desk
    desk.service.save(
        complete_draft(concerns=Concerns(unit="no-such-unit"), submitter_type=SubmitterType.OTHER)
    )
    report = sync.run_once()
    assert report.needs_attention == 1
    (record,) = desk.service.search()
    assert "concerns.unit" in record.sync_reason
