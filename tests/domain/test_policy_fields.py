"""The policy's fields (contract 1.1, intake-1.1) in the domain: rules, wire shape, erasure."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from desk_app.domain.record import (
    Channel,
    Concerns,
    ContactMethod,
    ErasureReason,
    Referral,
    ReferralBody,
    Reporter,
    Site,
    Submission,
    SubmitterType,
    Urgent,
)
from desk_app.domain.validation import validate
from desk_app.domain.wire import FEATURE_INTAKE, draft_from_json, submission_to_json
from tests.conftest import complete_draft

CATEGORIES = {"streets.snow"}
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
# Every field a 1.0 server knows: the desk must send exactly these to it.
FIELDS_1_0 = {
    "id",
    "reference",
    "kind",
    "channel",
    "category",
    "language",
    "description",
    "occurred_at",
    "location",
    "received_at",
    "received_by",
    "site",
    "reporter",
    "on_behalf_of",
    "wants_reply",
    "consent",
    "client",
}


def policy_draft(**changes: object):
    values: dict[str, object] = {
        "channel": Channel.MEETING,
        "submitter_type": SubmitterType.GUARDIAN,
        "concerns": Concerns(unit="vasaskolan", provider=""),
        "referral": Referral(ReferralBody.REGION_HEALTH, "Vårdcentralen Skultuna"),
        "urgent": Urgent("Pupil left without lunch all week"),
        "reporter": Reporter(
            anonymous=False, name="Resident", preferred_contact=ContactMethod.IN_PERSON
        ),
    }
    values.update(changes)
    return complete_draft(**values)


def saved(draft) -> Submission:
    return Submission.from_draft(draft, reference="VAS-1", site=Site("vas", "Stadshuset"), now=NOW)


def test_a_record_with_every_policy_field_passes_the_rules():
    assert validate(policy_draft(), category_codes=CATEGORIES, now=NOW) == {}


def test_an_answer_in_person_needs_no_address_or_number():
    draft = policy_draft(
        reporter=Reporter(anonymous=False, name="R", preferred_contact=ContactMethod.IN_PERSON)
    )
    assert "reporter.email" not in validate(draft, category_codes=CATEGORIES, now=NOW)


def test_urgent_without_a_reason_is_refused_next_to_the_reason():
    errors = validate(policy_draft(urgent=Urgent("  ")), category_codes=CATEGORIES, now=NOW)
    assert set(errors) == {"urgent.reason"}


def test_a_referral_note_longer_than_fits_is_refused():
    long_note = Referral(ReferralBody.POLICE, "x" * 1001)
    errors = validate(policy_draft(referral=long_note), category_codes=CATEGORIES, now=NOW)
    assert set(errors) == {"referral.note"}


def test_a_1_0_server_gets_exactly_the_1_0_fields_said_in_1_0_words():
    body = submission_to_json(saved(policy_draft()), app_version="1", device_id="d")
    assert set(body) == FIELDS_1_0
    assert body["channel"] == "other"  # a meeting is no 1.0 channel: nothing false is claimed
    assert body["reporter"]["preferred_contact"] is None


def test_a_1_0_body_of_a_plain_record_is_unchanged_by_the_1_1_work():
    record = saved(complete_draft())
    plain = submission_to_json(record, app_version="1", device_id="d")
    assert set(plain) == FIELDS_1_0
    assert plain["channel"] == "in_person"
    assert plain["reporter"]["preferred_contact"] == "email"


def test_a_1_1_server_gets_every_policy_field():
    body = submission_to_json(
        saved(policy_draft()), app_version="1", device_id="d", features={FEATURE_INTAKE}
    )
    assert body["channel"] == "meeting"
    assert body["reporter"]["preferred_contact"] == "in_person"
    assert body["submitter_type"] == "guardian"
    assert body["concerns"] == {"unit": "vasaskolan", "provider": ""}
    assert body["referral"] == {"to": "region_health", "note": "Vårdcentralen Skultuna"}
    assert body["urgent"] == {"reason": "Pupil left without lunch all week"}


def test_the_1_1_body_reads_back_as_the_same_draft():
    record = saved(policy_draft())
    body = submission_to_json(record, app_version="1", device_id="d", features={FEATURE_INTAKE})
    draft, _received = draft_from_json(json.loads(json.dumps(body)))
    assert draft.submitter_type is SubmitterType.GUARDIAN
    assert draft.concerns == record.concerns
    assert draft.referral == record.referral
    assert draft.urgent == record.urgent
    assert draft.channel is Channel.MEETING


def test_an_import_line_with_urgent_false_is_not_urgent_and_a_bad_referral_is_named():
    draft, _ = draft_from_json({"urgent": False, "description": "x"})
    assert draft.urgent is None
    try:
        draft_from_json({"referral": {"to": "the_moon"}, "urgent": "yes"})
    except ValueError as error:
        assert set(error.errors) == {"referral.to", "urgent"}  # type: ignore[attr-defined]
    else:
        raise AssertionError("a referral to an unknown body was accepted")


def test_erasure_blanks_the_free_text_but_keeps_what_happened():
    erased = saved(policy_draft()).without_personal_data(ErasureReason.REQUEST, NOW)
    assert erased.referral == Referral(ReferralBody.REGION_HEALTH, "")
    assert erased.urgent == Urgent("")
    assert erased.concerns == Concerns(unit="vasaskolan", provider="")
    assert erased.submitter_type is SubmitterType.GUARDIAN
