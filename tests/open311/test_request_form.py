"""What the adapter puts in a POST requests: nothing the worker recorded is dropped, and
personal data only where Open311 has a field for it or the person's answer needs it."""

from __future__ import annotations

import pytest

from desk_app.domain.attributes import Attribute, AttributeValue
from desk_app.domain.record import (
    ContactMethod,
    OnBehalfOf,
    Relation,
    Reporter,
    Site,
    Submission,
)
from desk_app.domain.wire import submission_to_json
from desk_app.sync.open311.wire import RecordNotSendable, request_form
from tests.conftest import SECRET_DESCRIPTION, complete_draft

POSTAL = "Gatan 1, 722 11 Västerås"


def body_of(**changes):
    draft = complete_draft(**changes)
    record = Submission.from_draft(draft, reference="VAS-AAAA-BBBB-CCCC", site=Site("s", "Desk"))
    return submission_to_json(record, app_version="1", device_id="d")


def description_lines(form):
    (description,) = [value for name, value in form if name == "description"]
    return description.splitlines()


def test_facts_without_an_open311_field_go_into_a_labelled_block():
    body = body_of(on_behalf_of=OnBehalfOf(Relation.RELATIVE, "her son"))
    lines = description_lines(request_form(body, api_key="k"))
    assert lines[0] == SECRET_DESCRIPTION
    assert "-- Feedback Desk --" in lines
    for expected in (
        "Reference: VAS-AAAA-BBBB-CCCC",
        "Kind: complaint",
        "Channel: in_person",
        "Language: sv",
        "On behalf of: relative (her son)",
        "Reply: wanted, by email",
    ):
        assert expected in lines
    assert any(line.startswith("Occurred at: 2026-11-20") for line in lines)


@pytest.mark.parametrize(("preferred", "sent"), [(ContactMethod.LETTER, True), (None, False)])
def test_a_postal_address_is_sent_only_for_an_answer_by_letter(preferred, sent):
    reporter = Reporter(
        anonymous=False, name="Ann Berg", postal_address=POSTAL, preferred_contact=preferred
    )
    lines = description_lines(request_form(body_of(reporter=reporter), api_key="k"))
    assert (f"Postal address: {POSTAL}" in lines) is sent


def test_list_attributes_take_a_fact_only_when_it_is_one_of_their_choices():
    kind = Attribute("kind", "singlevaluelist", False, values=(AttributeValue("praise", "Praise"),))
    form = request_form(body_of(), api_key="k", attributes=[kind])
    assert not any(name.startswith("attribute[") for name, _ in form)
    assert "Kind: complaint" in description_lines(form)


def test_multi_value_attributes_are_sent_as_the_standard_writes_them():
    colours = Attribute("colour", "multivaluelist", False)
    form = request_form(
        body_of(), api_key="k", attributes=[colours], attribute_values={"colour": ["red", "blue"]}
    )
    assert [pair for pair in form if pair[0].startswith("attribute[")] == [
        ("attribute[colour][]", "red"),
        ("attribute[colour][]", "blue"),
    ]


def test_a_record_without_any_location_is_not_sendable():
    with pytest.raises(RecordNotSendable, match=r"site\.address"):
        request_form(body_of(location=""), api_key="k")
