"""The adapter reads the GeoReport v2 specification's own examples, in JSON and in XML alike.

The fixtures in spec/ are copied from the specification (spec/README.md names the source).
"""

from __future__ import annotations

import uuid
from pathlib import Path
from urllib.parse import parse_qsl

import pytest

from desk_app.sync.open311.wire import (
    AnswerUnreadable,
    desk_status,
    error_descriptions,
    parse_answer,
    parse_attributes,
    parse_post_answer,
    parse_requests,
    parse_services,
    request_form,
)

SPEC = Path(__file__).with_name("spec")
TYPES = {"json": "application/json; charset=utf-8", "xml": "text/xml; charset=utf-8"}


def example(name: str, fmt: str):
    """The specification's example ``name`` in ``fmt``, read as the adapter reads answers."""
    return parse_answer(TYPES[fmt], (SPEC / f"{name}.{fmt}").read_bytes())


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_the_service_list_example_gives_three_services_with_their_codes_as_written(fmt):
    services = parse_services(example("services", fmt))
    assert [service.code for service in services] == ["001", "002", "003"]
    first = services[0]
    assert first.name == "Cans left out 24x7"
    assert first.group == "sanitation" and first.keywords == ("lorem", "ipsum", "dolor")
    assert first.metadata and first.kind == "realtime"
    assert services[1].name == "Construction plate shifted"


def test_the_json_and_xml_service_lists_say_the_same():
    assert parse_services(example("services", "json")) == parse_services(example("services", "xml"))


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_the_service_definition_example_gives_a_required_single_value_list(fmt):
    (attribute,) = parse_attributes(example("service_definition", fmt))
    assert attribute.code == "WHISHETN" and attribute.datatype == "singlevaluelist"
    assert attribute.required and attribute.variable and attribute.order == 1
    assert attribute.description == "What is the ticket/tag/DL number?"
    assert [(value.key, value.name) for value in attribute.values] == [
        ("123", "Ford"),
        ("124", "Chrysler"),
    ]


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_the_post_answer_example_gives_the_service_request_id(fmt):
    answer = parse_post_answer(example("post_response", fmt))
    assert answer is not None
    assert answer.service_request_id == "293944" and answer.token == ""
    assert answer.service_notice.startswith("The City will inspect")
    assert answer.service_notice.endswith("Public Works Code")  # XML's indentation trimmed


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_the_token_example_resolves_to_its_request(fmt):
    (request,) = parse_requests(example("token_response", fmt))
    assert (request.service_request_id, request.token) == ("638344", "12345")


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_the_request_list_example_maps_open_and_closed_onto_desk_statuses(fmt):
    closed, still_open = parse_requests(example("requests", fmt))
    assert closed.service_request_id == "638344" and closed.service_code == "006"
    assert desk_status(closed.status) == "closed" and closed.status_notes == "Duplicate request."
    assert still_open.service_request_id == "638349"
    assert desk_status(still_open.status) == "received" and still_open.status_notes == ""
    assert closed.updated == "2010-04-14T06:37:38-08:00"


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_the_error_example_gives_its_description_for_the_worker(fmt):
    assert error_descriptions(example("errors", fmt)) == [
        "Invalid api_key received -- can't proceed with create_request."
    ]


def test_the_adapter_sends_only_fields_the_specification_example_request_names():
    spec_fields = {name for name, _ in parse_qsl((SPEC / "post_request.txt").read_text().strip())}
    body = {
        "id": str(uuid.uuid4()),
        "reference": "VAS-K7M2-9QX4",
        "kind": "complaint",
        "channel": "in_person",
        "category": "001",
        "language": "sv",
        "description": "A large sinkhole",
        "location": "1234 5th street",
        "reporter": {
            "anonymous": False,
            "name": "John Smith",
            "email": "smit333@sfgov.edu",
            "phone": "111111111",
        },
        "wants_reply": True,
    }
    form = request_form(body, api_key="xyz", jurisdiction_id="city.gov")
    sent = {name for name, _ in form}
    assert sent <= spec_fields
    assert {"api_key", "jurisdiction_id", "service_code", "address_string"} <= sent


def test_an_xml_answer_with_entity_expansion_is_refused():
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><services><service>'
        b"<service_code>&b;</service_code></service></services>"
    )
    with pytest.raises(AnswerUnreadable):
        parse_answer("text/xml", bomb)


def test_a_login_page_is_not_an_answer():
    with pytest.raises(AnswerUnreadable):
        parse_answer("text/html", b"<html><body>Please log in</body></html>")


def test_leading_zero_numbers_become_codes_but_strings_stay_as_written():
    text = '[{"service_code":007,"description":"Bin 001, \\"002\\"","lat":0.5,"n":-012}]'
    (item,) = parse_answer("application/json", text.encode())
    assert item == {"service_code": "007", "description": 'Bin 001, "002"', "lat": 0.5, "n": "-012"}
