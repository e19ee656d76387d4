"""Answers to questions a category no longer asks: a correction keeps them as recorded, and
the desk's own facts (the reference, the kind …) can never be given as answers."""

from __future__ import annotations

from dataclasses import replace

from desk_app.domain.attributes import Attribute, answer_errors, unasked_answers
from desk_app.domain.record import Site, Submission
from desk_app.domain.validation import validate
from tests.conftest import complete_draft

NOW_ASKED = (
    Attribute("note", "text", False, variable=False, description="Call 112 first."),
    Attribute("depth_cm", "number", True, description="How deep?"),
    Attribute("desk_reference", "string", False),  # the sync layer fills it from the record
)
RECORDED = {"depth_cm": "8", "lane": "northbound", "note": "was a question once"}


def saved(**changes: object) -> Submission:
    return Submission.from_draft(
        complete_draft(category="streets.repair", **changes),
        reference="VAS-2611-AAAA",
        site=Site("vas", "Stadshuset"),
    )


def test_the_answers_kept_are_those_the_category_no_longer_asks():
    # "lane" was dropped, "note" became information only: neither has a field any more.
    assert unasked_answers(RECORDED, NOW_ASKED) == {
        "lane": "northbound",
        "note": "was a question once",
    }
    assert unasked_answers(RECORDED, ()) == RECORDED  # the service asks nothing now


def test_a_correction_stores_the_kept_answers_beside_the_corrected_ones():
    record = saved(attributes=RECORDED)
    draft = replace(
        record.as_draft(),
        attributes={"depth_cm": "12"},
        kept_answers=unasked_answers(record.attributes, NOW_ASKED),
    )
    corrected = record.corrected(draft)
    assert corrected.attributes == {
        "depth_cm": "12",
        "lane": "northbound",
        "note": "was a question once",
    }
    assert corrected.id == record.id and corrected.reference == record.reference


def test_an_answer_the_worker_gives_wins_over_a_kept_one_of_the_same_code():
    record = saved(attributes={"lane": "northbound"})
    draft = replace(
        record.as_draft(), attributes={"lane": "bus lane"}, kept_answers={"lane": "northbound"}
    )
    assert record.corrected(draft).attributes == {"lane": "bus lane"}


def test_kept_answers_do_not_block_the_correction_the_rules_check():
    # They were checked when given and the worker cannot change them: today's questions
    # (which no longer have "lane") must not refuse the record for them.
    record = saved(attributes=RECORDED)
    draft = replace(
        record.as_draft(),
        attributes={"depth_cm": "12"},
        kept_answers=unasked_answers(record.attributes, NOW_ASKED),
    )
    assert validate(draft, category_codes={"streets.repair"}, attributes=NOW_ASKED) == {}
    # Handed in as answers instead, the same "lane" is refused: that is why they travel apart.
    as_answers = replace(draft, attributes={"depth_cm": "12", "lane": "northbound"})
    errors = validate(as_answers, category_codes={"streets.repair"}, attributes=NOW_ASKED)
    assert set(errors) == {"attributes.lane"}


def test_an_answer_to_a_fact_the_desk_fills_itself_is_refused():
    # Sent, it would stand in for the record's own reference in attribute[desk_reference].
    errors = answer_errors({"depth_cm": "1", "desk_reference": "VAS-0000-FAKE"}, NOW_ASKED)
    assert set(errors) == {"attributes.desk_reference"}
    assert "does not ask" in errors["attributes.desk_reference"]
