"""Correcting a record the case system refused: same ID and reference, same rules, sent again."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from desk_app.domain.record import OnBehalfOf, Relation, Site, Submission, SyncState
from desk_app.domain.validation import ValidationFailed
from desk_app.store.outbox import OutboxStore
from tests.conftest import complete_draft


def _refused(desk, **changes):
    saved = desk.service.save(complete_draft(**changes))
    OutboxStore(desk.store).record_answers(
        accepted={}, refused={str(saved.id): "category: unknown code"}, now=datetime.now(UTC)
    )
    refused = desk.service.find(saved.reference)
    assert refused is not None and refused.sync_state is SyncState.NEEDS_ATTENTION
    return refused


def test_a_record_reads_back_as_the_draft_it_was_made_from():
    draft = complete_draft(
        occurred_at=datetime(2026, 11, 20, 7, 15, tzinfo=timezone(timedelta(hours=1))),
        on_behalf_of=OnBehalfOf(Relation.RELATIVE, "daughter"),
    )
    submission = Submission.from_draft(draft, reference="VAS-AAAA-BBBB", site=Site("vas", "S"))
    assert submission.as_draft() == draft
    assert submission.corrected(submission.as_draft()) == submission


def test_a_correction_keeps_the_identity_and_queues_the_record_again(desk):
    refused = _refused(desk)
    corrected = desk.service.correct(
        refused, replace(refused.as_draft(), category="parks", description="Corrected words")
    )
    assert (corrected.id, corrected.reference, corrected.received_at) == (
        refused.id,
        refused.reference,
        refused.received_at,
    )
    assert corrected.received_by == refused.received_by
    assert (corrected.category, corrected.description) == ("parks", "Corrected words")
    assert corrected.sync_state is SyncState.PENDING and corrected.sync_reason == ""
    assert desk.service.find(refused.reference) == corrected  # stored, not only returned


def test_a_correction_that_breaks_a_rule_changes_nothing(desk):
    refused = _refused(desk)
    with pytest.raises(ValidationFailed) as failure:
        desk.service.correct(refused, replace(refused.as_draft(), description=""))
    assert set(failure.value.errors) == {"description"}
    assert desk.service.find(refused.reference) == refused


def test_only_a_refused_record_may_be_corrected(desk):
    waiting = desk.service.save(complete_draft())
    with pytest.raises(ValueError, match="refused"):
        desk.service.correct(waiting, replace(waiting.as_draft(), description="Changed"))
    assert desk.service.find(waiting.reference) == waiting


def test_a_record_erased_before_delivery_cannot_be_corrected_and_sent(qtbot, desk):
    # Erased at the resident's request before it was sent, it waits in Needs attention so
    # that it is never sent: "Correct and send again" with new words would send it after all.
    saved = desk.service.save(complete_draft())
    outcome = desk.privacy.erase(saved.reference)
    assert outcome is not None and outcome.erased_now
    erased = desk.service.find(saved.reference)
    assert erased is not None and erased.sync_state is SyncState.NEEDS_ATTENTION
    assert not erased.correctable

    with pytest.raises(ValueError):
        desk.service.correct(erased, replace(complete_draft(), description="New words"))
    assert desk.service.find(saved.reference) == erased

    from desk_app.ui.dialogs.record import RecordDialog

    dialog = RecordDialog(desk.service, erased)
    qtbot.addWidget(dialog)
    assert not hasattr(dialog, "correct_button")
    refused = _refused(desk)
    offered = RecordDialog(desk.service, refused)
    qtbot.addWidget(offered)
    assert offered.correct_button.isEnabled()
