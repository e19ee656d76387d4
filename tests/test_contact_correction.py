"""The right to rectification: a person's contact details corrected on request, from the
service and the `desk-app person correct` command, on a real store; audited without the
details themselves, and the old details gone from the search index."""

from __future__ import annotations

import pytest

from desk_app.domain.audit import AuditKind
from desk_app.domain.record import ContactMethod, Reporter
from desk_app.domain.reference import new_reference
from desk_app.services.privacy import CorrectionRefused, ValidationFailed
from tests.conftest import RESIDENT_EMAIL, RESIDENT_NAME, complete_draft, deliver, desk_app

NEW_EMAIL = "zorbulina.new@example.se"
NEW_PHONE = "+46 70 999 88 77"


def test_correcting_an_email_stores_it_and_the_old_one_no_longer_finds_the_person(desk):
    saved = desk.service.save(complete_draft())
    outcome = desk.privacy.correct_contact(saved.reference.lower(), {"email": f" {NEW_EMAIL} "})
    assert outcome is not None and outcome.corrected_fields == ("email",)
    assert not outcome.was_delivered
    stored = desk.service.find(saved.reference)
    assert stored.reporter.email == NEW_EMAIL
    assert stored.reporter.name == RESIDENT_NAME  # what was not asked for stays
    assert stored.description == saved.description  # what was said is never "corrected"
    assert [r.reference for r in desk.privacy.find_person(NEW_EMAIL)] == [saved.reference]
    assert desk.privacy.find_person(RESIDENT_EMAIL) == []
    assert desk.service.search(RESIDENT_EMAIL) == []  # nor does the queue's search index


def test_the_audit_trail_names_the_fields_corrected_never_their_values(desk):
    saved = desk.service.save(complete_draft())
    desk.privacy.correct_contact(saved.reference, {"email": NEW_EMAIL, "phone": NEW_PHONE})
    (event,) = [e for e in desk.privacy.audit_trail() if e.kind is AuditKind.PERSON_CORRECT]
    assert event.references == (saved.reference,)
    assert "email" in event.detail and "phone" in event.detail
    assert NEW_EMAIL not in repr(event) and RESIDENT_EMAIL not in repr(event)


def test_the_forms_rules_hold_and_a_refused_correction_changes_nothing(desk):
    saved = desk.service.save(
        complete_draft(
            wants_reply=True,
            contact_ok=True,
            reporter=Reporter(
                anonymous=False,
                name=RESIDENT_NAME,
                email=RESIDENT_EMAIL,
                preferred_contact=ContactMethod.EMAIL,
            ),
        )
    )
    with pytest.raises(ValidationFailed) as bad_address:
        desk.privacy.correct_contact(saved.reference, {"email": "not an address"})
    assert set(bad_address.value.errors) == {"reporter.email"}
    with pytest.raises(ValidationFailed) as no_way_back:
        desk.privacy.correct_contact(saved.reference, {"email": ""})  # the reply goes by email
    assert "reply by email" in no_way_back.value.errors["reporter.email"]
    assert desk.service.find(saved.reference) == saved
    assert AuditKind.PERSON_CORRECT not in [e.kind for e in desk.privacy.audit_trail()]


def test_anonymous_and_erased_records_have_nothing_to_correct(desk):
    anonymous = desk.service.save(
        complete_draft(
            reporter=Reporter(anonymous=True), wants_reply=False, privacy_notice_given=False
        )
    )
    with pytest.raises(CorrectionRefused, match="anonymously"):
        desk.privacy.correct_contact(anonymous.reference, {"name": "Someone Else"})
    erased = desk.service.save(complete_draft())
    desk.privacy.erase(erased.reference)
    with pytest.raises(CorrectionRefused, match="erased"):
        desk.privacy.correct_contact(erased.reference, {"email": NEW_EMAIL})
    assert desk.service.find(erased.reference).reporter.email == ""
    assert desk.privacy.correct_contact(new_reference("VAS"), {"email": NEW_EMAIL}) is None


def test_the_same_details_again_change_nothing_and_are_not_audited(desk):
    saved = desk.service.save(complete_draft())
    outcome = desk.privacy.correct_contact(saved.reference, {"email": RESIDENT_EMAIL})
    assert outcome is not None and outcome.corrected_fields == ()
    assert AuditKind.PERSON_CORRECT not in [e.kind for e in desk.privacy.audit_trail()]


def test_the_command_corrects_and_says_the_case_system_must_be_asked_for_a_delivered_record(
    tmp_path,
):
    from desk_app.app import open_desk
    from desk_app.settings import load_settings
    from tests.conftest import isolated_environ

    desk = open_desk(load_settings(environ=isolated_environ(tmp_path)))
    pending = desk.service.save(complete_draft())
    delivered = desk.service.save(complete_draft())
    deliver(desk, delivered, "C-88")
    desk.close()

    done = desk_app(tmp_path, "person", "correct", pending.reference, "--phone", NEW_PHONE)
    assert done.returncode == 0, done.stderr
    assert f"Contact details of {pending.reference} corrected: phone." in done.stdout
    assert "will get the corrected details" in done.stdout

    told = desk_app(tmp_path, "person", "correct", delivered.reference, "--email", NEW_EMAIL)
    assert told.returncode == 0, told.stderr
    assert "C-88" in told.stdout and "Ask the case system's administrators" in told.stdout

    refused = desk_app(tmp_path, "person", "correct", pending.reference, "--email", "nope@")
    assert refused.returncode == 1
    assert "reporter.email" in refused.stderr and "nope@" not in refused.stderr

    nothing = desk_app(tmp_path, "person", "correct", pending.reference)
    assert nothing.returncode == 2 and "--email" in nothing.stderr

    shown = desk_app(tmp_path, "person", "show", pending.reference)
    assert NEW_PHONE in shown.stdout
