"""A category's extra questions (Open311 service attributes): the answers are checked before a
record is saved, so the desk never keeps a record its service would refuse; hostile answers
(huge text, words for numbers, choices the list lacks) are refused with a message per field."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desk_app.domain.attributes import (
    MAX_STRING_ANSWER,
    MAX_TEXT_ANSWER,
    Attribute,
    AttributeValue,
    answer_errors,
    answers_from_json,
    answers_to_json,
    attributes_from_json,
    normalize_number,
)
from desk_app.domain.categories import attributes_of, categories_from_json
from desk_app.domain.record import ErasureReason, Site, Submission
from desk_app.domain.validation import validate
from desk_app.domain.wire import FEATURE_INTAKE, FEATURE_OPEN311_ATTRIBUTES, submission_to_json
from tests.conftest import complete_draft

SURFACES = (AttributeValue("asphalt", "Asphalt"), AttributeValue("gravel", "Gravel"))
AFFECTED = (AttributeValue("cars", "Cars"), AttributeValue("cyclists", "Cyclists"))
REPAIR = (
    Attribute("safety_note", "text", False, variable=False, description="Call 112 first."),
    Attribute("depth_cm", "number", True, description="How deep?", order=1),
    Attribute("surface", "singlevaluelist", True, description="Surface", values=SURFACES, order=2),
    Attribute("affected", "multivaluelist", False, values=AFFECTED, order=3),
    Attribute("noticed_at", "datetime", False, order=4),
    Attribute("lane", "string", False, order=5),
    Attribute("details", "text", False, order=6),
    Attribute("desk_reference", "string", True, order=7),  # the sync layer fills it
)
GOOD = {
    "depth_cm": "8",
    "surface": "gravel",
    "affected": ("cars", "cyclists"),
    "noticed_at": "2026-11-25T07:30:00+01:00",
    "lane": "northbound",
    "details": "Next to the bus stop",
}


def test_a_full_set_of_good_answers_passes():
    assert answer_errors(GOOD, REPAIR) == {}


def test_a_missing_required_answer_is_named_by_its_question():
    errors = answer_errors({"surface": "gravel"}, REPAIR)
    assert set(errors) == {"attributes.depth_cm"}
    assert "How deep?" in errors["attributes.depth_cm"]


def test_a_blank_or_empty_answer_does_not_count_as_answered():
    errors = answer_errors({"depth_cm": "   ", "surface": ""}, REPAIR)
    assert set(errors) == {"attributes.depth_cm", "attributes.surface"}
    multi_required = (Attribute("affected", "multivaluelist", True, values=AFFECTED),)
    assert set(answer_errors({"affected": ()}, multi_required)) == {"attributes.affected"}


def test_questions_the_desk_answers_itself_and_informational_ones_are_not_required():
    # desk_reference is required by the service, but filled from the record at send time.
    assert "attributes.desk_reference" not in answer_errors(GOOD, REPAIR)
    assert not Attribute("safety_note", "text", True, variable=False).asked


@pytest.mark.parametrize("typed", ["abc", "12abc", "1e5", "nan", "--1", "1.2.3", "9" * 41])
def test_a_number_question_refuses_what_is_not_a_number(typed):
    errors = answer_errors({**GOOD, "depth_cm": typed}, REPAIR)
    assert set(errors) == {"attributes.depth_cm"}
    assert "number" in errors["attributes.depth_cm"]


@pytest.mark.parametrize(
    ("typed", "sent"),
    [("8", "8"), (" -3,5 ", "-3.5"), ("۱۲", "12"), ("٣٫٥", "3.5"), ("+7", "7"), ("1 000", "1000")],
)
def test_a_typed_number_in_any_script_becomes_the_servers_digits(typed, sent):
    assert normalize_number(typed) == sent
    assert answer_errors({**GOOD, "depth_cm": sent}, REPAIR) == {}


@pytest.mark.parametrize("typed", ["abc", "", "1,2,3", "12-", "½"])
def test_a_typed_number_that_is_none_is_not_guessed(typed):
    assert normalize_number(typed) is None


def test_a_choice_the_list_does_not_offer_is_refused():
    errors = answer_errors({**GOOD, "surface": "lava"}, REPAIR)
    assert set(errors) == {"attributes.surface"}
    errors = answer_errors({**GOOD, "affected": ("cars", "tanks")}, REPAIR)
    assert set(errors) == {"attributes.affected"}


def test_a_single_choice_question_takes_one_answer_not_a_list():
    errors = answer_errors({**GOOD, "surface": ("asphalt", "gravel")}, REPAIR)
    assert set(errors) == {"attributes.surface"}


@pytest.mark.parametrize("typed", ["yesterday", "2026-11-25 07:30", "2026-13-01T00:00:00Z"])
def test_a_time_needs_a_date_a_time_and_an_offset(typed):
    assert set(answer_errors({**GOOD, "noticed_at": typed}, REPAIR)) == {"attributes.noticed_at"}


def test_huge_texts_are_refused_with_their_length_never_cut():
    huge_line = "x" * (MAX_STRING_ANSWER + 1)
    huge_text = "y" * (MAX_TEXT_ANSWER + 1)
    errors = answer_errors({**GOOD, "lane": huge_line, "details": huge_text}, REPAIR)
    assert set(errors) == {"attributes.lane", "attributes.details"}
    assert f"{MAX_TEXT_ANSWER:,}" in errors["attributes.details"]
    assert answer_errors({**GOOD, "details": "y" * MAX_TEXT_ANSWER}, REPAIR) == {}


def test_an_answer_to_a_question_the_category_does_not_ask_is_refused():
    errors = answer_errors({**GOOD, "colour": "red", "safety_note": "noted"}, REPAIR)
    assert set(errors) == {"attributes.colour", "attributes.safety_note"}
    hostile = {"k" * 10_000: "v"}
    assert set(answer_errors(hostile, ())) == {"attributes"}  # the huge code is not echoed


def test_validate_checks_the_answers_against_the_drafts_category():
    draft = complete_draft(category="streets.repair", attributes={"surface": "lava"})
    errors = validate(
        draft,
        category_codes={"streets.repair"},
        now=datetime(2026, 11, 26, tzinfo=UTC),
        attributes=REPAIR,
    )
    assert set(errors) == {"attributes.depth_cm", "attributes.surface"}
    assert (
        validate(
            complete_draft(category="streets.repair", attributes=GOOD),
            category_codes={"streets.repair"},
            now=datetime(2026, 11, 26, tzinfo=UTC),
            attributes=REPAIR,
        )
        == {}
    )


def test_the_category_list_carries_its_questions_in_their_order():
    payload = {
        "categories": [
            {
                "code": "streets.repair",
                "name": {"sv": "Gator"},
                "attributes": [{**attribute.as_json()} for attribute in reversed(REPAIR)],
            },
            {"code": "streets.snow", "name": {"sv": "Snö"}},
        ]
    }
    categories = categories_from_json(payload)
    assert attributes_of(categories, "streets.repair") == tuple(
        sorted(REPAIR, key=lambda attribute: attribute.order)
    )
    assert attributes_of(categories, "streets.snow") == ()
    assert attributes_of(categories, "nowhere") == ()


def test_stored_attributes_with_unknown_datatypes_or_no_code_are_left_out():
    raw = [
        {"code": "ok", "datatype": "string"},
        {"code": "", "datatype": "string"},
        {"code": "blob", "datatype": "binary"},
        "not an object",
        {"code": "tricky", "datatype": "number", "required": "true", "order": "x" * 50},
    ]
    codes = [(a.code, a.required, a.order) for a in attributes_from_json(raw)]
    assert codes == [("ok", False, 0), ("tricky", True, 0)]


def test_answers_survive_a_round_trip_through_json():
    assert answers_from_json(answers_to_json(GOOD)) == GOOD
    assert answers_from_json({"a": 5, "b": ["x", 3], "c": ""}) == {"b": ("x",)}
    assert answers_from_json("not a mapping") == {}


def test_a_saved_record_keeps_the_answers_given_and_drops_the_blank_ones():
    draft = complete_draft(attributes={**GOOD, "lane": "", "affected": ()})
    record = Submission.from_draft(draft, reference="VAS-1", site=Site("s", "Desk"))
    assert record.attributes == {k: v for k, v in GOOD.items() if k not in ("lane", "affected")}
    assert record.as_draft().attributes == record.attributes


def test_erasing_personal_data_erases_the_answers_too():
    record = Submission.from_draft(
        complete_draft(attributes=GOOD), reference="VAS-1", site=Site("s", "Desk")
    )
    erased = record.without_personal_data(ErasureReason.REQUEST, datetime.now(UTC))
    assert erased.attributes == {}


def test_only_the_open311_adapter_is_sent_the_answers():
    record = Submission.from_draft(
        complete_draft(attributes=GOOD), reference="VAS-1", site=Site("s", "Desk")
    )
    # Case API v1 has no field for them: a case-api-v1 server is never sent them.
    v1 = submission_to_json(record, app_version="1", device_id="d", features={FEATURE_INTAKE})
    assert "open311_attributes" not in v1
    open311 = submission_to_json(
        record, app_version="1", device_id="d", features={FEATURE_OPEN311_ATTRIBUTES}
    )
    assert open311["open311_attributes"]["affected"] == ["cars", "cyclists"]
    assert open311["open311_attributes"]["depth_cm"] == "8"
