"""A desk with api.protocol = "open311" syncs end to end with the reference server's face."""

from __future__ import annotations

from desk_app.domain.record import SyncState
from tests.conftest import (
    RESIDENT_EMAIL,
    RESIDENT_NAME,
    SECRET_DESCRIPTION,
    complete_draft,
    stored_forms,
)
from tests.open311.conftest import SITE_ADDRESS, face_of


def test_records_become_service_requests_and_closed_cases_come_back(open311_desk, case_server):
    desk, sync = open311_desk
    saved = [desk.service.save(complete_draft(description=f"Snow {n}")) for n in range(3)]
    report = sync.run_once()
    assert report.ok and report.delivered == 3 and report.waiting == 0
    forms = stored_forms(case_server)
    assert len(forms) == 3
    for record in saved:
        stored = desk.service.find(record.reference)
        assert stored.sync_state is SyncState.SYNCED
        form = forms[stored.case_number]  # the service request id is the case number
        assert form["service_code"] == "streets.snow"
        assert form["address_string"] == "Storgatan 4"
        assert [form["first_name"], form["last_name"]] == RESIDENT_NAME.split(" ", 1)
        assert form["email"] == RESIDENT_EMAIL
        assert f"Reference: {record.reference}" in form["description"].splitlines()
        assert "Kind: complaint" in form["description"]
    first = desk.service.find(saved[0].reference)
    assert case_server.store.set_status(first.case_number, "closed", {"en": "Cleared at 06:10"})
    report = sync.run_once()
    assert report.status_updates == 1
    closed = desk.service.find(saved[0].reference)
    assert closed.case_status == "closed"
    assert "Cleared at 06:10" in closed.case_status_text.values()
    assert sync.run_once().status_updates == 0  # only changes are reported


def test_the_services_become_the_desks_categories(open311_desk, case_server):
    desk, sync = open311_desk
    assert sync.run_once().categories_updated
    codes = {category.code for category in desk.service.categories()}
    active = {c["code"] for c in case_server.store.categories_payload["categories"] if c["active"]}
    assert codes == active


def test_an_anonymous_record_without_a_place_is_sent_with_the_site_address(
    open311_desk, case_server
):
    from desk_app.domain.record import Reporter

    desk, sync = open311_desk
    record = desk.service.save(
        complete_draft(location="", reporter=Reporter(anonymous=True), wants_reply=False)
    )
    assert sync.run_once().delivered == 1
    (form,) = stored_forms(case_server).values()
    assert form["address_string"] == SITE_ADDRESS
    assert not {"first_name", "last_name", "email", "phone"} & set(form)
    assert SECRET_DESCRIPTION in form["description"]
    assert desk.service.find(record.reference).sync_state is SyncState.SYNCED


def test_desk_facts_go_into_the_services_matching_attributes(open311_desk, case_server):
    desk, sync = open311_desk
    face_of(case_server).attributes["streets.lighting"][0]["required"] = False
    sync.run_once()  # fetches the services and their attributes
    record = desk.service.save(complete_draft(category="streets.lighting"))
    assert sync.run_once().delivered == 1
    (form,) = stored_forms(case_server).values()
    assert form["attributes"] == {"desk_reference": [record.reference], "kind": ["complaint"]}
    lines = form["description"].splitlines()
    assert f"Reference: {record.reference}" in lines  # kept for the look-up after a lost reply
    assert "Kind: complaint" not in lines and "Channel: in_person" in lines


def test_a_required_attribute_the_desk_cannot_fill_needs_a_person(open311_desk, case_server):
    # The desk refuses to save without a required answer (tests/ui/test_open311_attributes);
    # what is left is a service that makes a question required after the record was saved.
    desk, sync = open311_desk
    face_of(case_server).attributes["streets.lighting"][0]["required"] = False
    sync.run_once()
    record = desk.service.save(complete_draft(category="streets.lighting"))
    face_of(case_server).attributes["streets.lighting"][0]["required"] = True
    report = sync.run_once()
    assert report.needs_attention == 1 and case_server.case_ids() == []
    stored = desk.service.find(record.reference)
    assert stored.sync_state is SyncState.NEEDS_ATTENTION
    assert stored.sync_reason == "attribute[pole_number] is required"
