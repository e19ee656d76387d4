"""The reference server's Open311 face, driven by `georeport`, an Open311 client from PyPI.

The `georeport` package reads services, service definitions and requests (JSON and XML); it
has no POST, so requests are posted here as the standard's form, with `requests`.
"""

from __future__ import annotations

import pytest
import requests
from georeport import GeoReport

from tests.open311.conftest import face_of, open311_url
from tests.sync.conftest import TOKEN

FORM = {
    "api_key": TOKEN,
    "service_code": "streets.snow",
    "address_string": "Storgatan 4, Västerås",
    "description": "The pavement has not been cleared",
}


def post(server, fmt="json", **changes):
    form = {**FORM, **changes}
    return requests.post(f"{open311_url(server)}/requests.{fmt}", data=form, timeout=10)


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_a_third_party_client_reads_the_service_list(case_server, fmt):
    client = GeoReport(open311_url(case_server), output_format=fmt)
    services = client.get_service_list()
    codes = {service["service_code"] for service in services}
    active = {c["code"] for c in case_server.store.categories_payload["categories"] if c["active"]}
    assert codes == active
    lighting = next(s for s in services if s["service_code"] == "streets.lighting")
    assert str(lighting["metadata"]).lower() == "true"
    assert lighting["group"] == "streets"


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_a_third_party_client_reads_a_service_definition(case_server, fmt):
    client = GeoReport(open311_url(case_server), output_format=fmt)
    definition = client.get_service_definition("streets.lighting")
    attributes = definition["attributes"]
    if fmt == "xml":
        attributes = attributes["attribute"]
    pole = next(a for a in attributes if a["code"] == "pole_number")
    assert pole["datatype"] == "string" and str(pole["required"]).lower() == "true"


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_a_posted_request_is_found_by_id_and_by_filters(case_server, fmt):
    answer = post(case_server)
    assert answer.status_code == 201
    (created,) = answer.json()
    request_id = created["service_request_id"]
    client = GeoReport(open311_url(case_server), output_format=fmt)
    one = client.get_service_request(request_id)
    assert one["service_request_id"] == request_id and one["status"] == "open"
    assert one["description"] == FORM["description"]
    found = client.get_service_requests(service_code="streets.snow", status="open")
    if fmt == "xml":
        found = [found]  # xmltodict gives a lone request as a dict
    assert [item["service_request_id"] for item in found] == [request_id]
    if fmt == "json":  # (georeport cannot read an empty XML list: xmltodict gives None)
        assert client.get_service_requests(service_code="streets.snow", status="closed") == []
    case_server.store.set_status(request_id, "closed", {"en": "Cleared"})
    closed = client.get_service_request(request_id)
    assert closed["status"] == "closed" and closed["status_notes"] == "Cleared"


def test_many_ids_are_asked_about_in_one_request(case_server):
    ids = [post(case_server).json()[0]["service_request_id"] for _ in range(3)]
    client = GeoReport(open311_url(case_server))
    found = client.get_service_requests(service_request_id=",".join(ids[:2]))
    assert sorted(item["service_request_id"] for item in found) == sorted(ids[:2])


def test_a_wrong_api_key_is_refused_with_the_standards_error_array(case_server):
    answer = post(case_server, api_key="not-the-token")
    assert answer.status_code == 403
    assert answer.json() == [
        {
            "code": 403,
            "description": "Invalid api_key received -- can't proceed with create_request.",
        }
    ]
    assert case_server.case_ids() == []


def test_errors_come_as_xml_from_the_xml_resource(case_server):
    answer = post(case_server, fmt="xml", service_code="no.such.service")
    assert answer.status_code == 404
    assert answer.headers["Content-Type"].startswith("text/xml")
    assert b"<errors><error><code>404</code>" in answer.content


def test_a_request_without_a_location_or_a_required_attribute_is_refused(case_server):
    answer = post(case_server, service_code="streets.lighting", address_string="")
    assert answer.status_code == 400
    descriptions = [error["description"] for error in answer.json()]
    assert any("location is required" in text for text in descriptions)
    assert "attribute[pole_number] is required" in descriptions
    fixed = post(case_server, service_code="streets.lighting", **{"attribute[pole_number]": "17"})
    assert fixed.status_code == 201


def test_a_server_configured_for_tokens_answers_with_one_that_resolves(case_server):
    face_of(case_server).tokens = True
    (answer,) = post(case_server).json()
    assert set(answer) == {"token"}
    url = f"{open311_url(case_server)}/tokens/{answer['token']}.json"
    face_of(case_server).hold_tokens = True
    assert requests.get(url, timeout=10).status_code == 404  # not resolved yet
    face_of(case_server).hold_tokens = False
    (resolved,) = requests.get(url, timeout=10).json()
    assert resolved["token"] == answer["token"] and resolved["service_request_id"]


def test_the_case_api_keeps_its_bearer_token_beside_the_open311_face(case_server):
    assert requests.get(f"{case_server.url}/categories", timeout=10).status_code == 401
    assert requests.get(f"{open311_url(case_server)}/services.json", timeout=10).ok


def test_attribute_values_are_held_to_the_standards_form_and_datatype(case_server):
    repair = {
        "service_code": "streets.repair",
        "attribute[depth_cm]": "8",
        "attribute[surface]": "gravel",
    }
    answer = post(case_server, **repair, **{"attribute[affected]": "cars"})
    assert answer.status_code == 400
    assert answer.json() == [
        {"code": 400, "description": "attribute[affected] must be sent as attribute[affected][]"}
    ]
    answer = post(case_server, **{**repair, "attribute[depth_cm]": "eight"})
    assert answer.json() == [{"code": 400, "description": "attribute[depth_cm] must be a number"}]
    answer = post(case_server, **repair, **{"attribute[affected][]": "cars"})
    assert answer.status_code == 201
