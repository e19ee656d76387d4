"""A record corrected before delivery reaches the case system with the corrected details."""

from __future__ import annotations

import json

from case_server.store import Case
from tests.conftest import RESIDENT_EMAIL, complete_draft

NEW_EMAIL = "zorbulina.new@example.se"


def test_a_correction_before_delivery_is_what_the_case_system_receives(synced_desk, case_server):
    desk, sync = synced_desk
    saved = desk.service.save(complete_draft())
    desk.privacy.correct_contact(saved.reference, {"email": NEW_EMAIL})
    report = sync.run_once()
    assert report.delivered == 1
    with case_server.store.session() as session:
        (body,) = [json.loads(case.body) for case in session.query(Case)]
    assert body["reporter"]["email"] == NEW_EMAIL
    assert RESIDENT_EMAIL not in json.dumps(body)
