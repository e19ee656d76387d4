"""The case-api-v1 JSON shape: what the import reads is what sync will send."""

from __future__ import annotations

import pytest

from desk_app.domain.record import Site, Submission
from desk_app.domain.validation import ValidationFailed
from desk_app.domain.wire import draft_from_json, submission_to_json
from tests.conftest import complete_draft


def test_a_submission_survives_the_trip_through_json():
    draft = complete_draft()
    submission = Submission.from_draft(draft, reference="VAS-AAAA", site=Site("s1", "Site 1"))
    body = submission_to_json(submission, app_version="1.0", device_id="d1")
    assert body["id"] == str(submission.id)
    assert body["reporter"]["preferred_contact"] == "email"
    assert body["consent"] == {"privacy_notice_given": True, "contact_ok": True}
    parsed, received_at = draft_from_json(body)
    assert parsed == draft
    assert received_at == submission.received_at


def test_anonymous_reporter_is_sent_alone():
    from desk_app.domain.record import Reporter

    draft = complete_draft(reporter=Reporter(anonymous=True), wants_reply=False)
    submission = Submission.from_draft(draft, reference="VAS-AAAA", site=Site("s1", "Site 1"))
    assert submission_to_json(submission, app_version="1", device_id="d")["reporter"] == {
        "anonymous": True
    }


def test_wrong_types_and_values_are_named():
    with pytest.raises(ValidationFailed) as failure:
        draft_from_json(
            {
                "kind": "rant",
                "description": 42,
                "occurred_at": "yesterday",
                "reporter": "Bo",
                "on_behalf_of": {"note": "x"},
            }
        )
    assert set(failure.value.errors) == {
        "kind",
        "description",
        "occurred_at",
        "reporter",
        "on_behalf_of.relation",
    }
    assert "praise | complaint" in failure.value.errors["kind"]
