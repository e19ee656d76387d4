"""Saving and finding records in a real SQLite file."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from desk_app.domain.record import SyncState
from desk_app.store import DuplicateReference, SubmissionStore, open_store
from tests.store.conftest import stored_submission


def test_a_saved_record_reads_back_field_for_field(store):
    zone = timezone(timedelta(hours=1))
    submission = stored_submission(
        "VAS-A", occurred_at=datetime(2026, 11, 20, 8, 15, tzinfo=zone), location="Torget"
    )
    store.add(submission)
    loaded = store.get("VAS-A")
    assert loaded == submission
    assert loaded.occurred_at.utcoffset() == timedelta(hours=1)
    assert loaded.received_at.tzinfo is not None


def test_a_reference_is_never_stored_twice(store):
    store.add(stored_submission("VAS-A"))
    with pytest.raises(DuplicateReference):
        store.add(stored_submission("VAS-A"))
    assert len(store.search()) == 1


def test_search_matches_reference_text_and_escapes_wildcards(store):
    store.add(stored_submission("VAS-A", "Broken swing in the park"))
    store.add(stored_submission("VAS-B", "Lift out of order: 100% broken"))
    assert [s.reference for s in store.search("swing")] == ["VAS-A"]
    assert [s.reference for s in store.search("vas-b")] == ["VAS-B"]
    assert [s.reference for s in store.search("100%")] == ["VAS-B"]
    assert store.search("1%0") == []  # as a wildcard, "1%0" would match "100"
    assert len(store.search("")) == 2


def test_search_lists_newest_first(store):
    old = replace(stored_submission("VAS-OLD"), received_at=datetime(2026, 1, 1, tzinfo=UTC))
    store.add(old)
    store.add(stored_submission("VAS-NEW"))
    assert [s.reference for s in store.search()] == ["VAS-NEW", "VAS-OLD"]


def test_counts_list_every_state(store):
    store.add(stored_submission("VAS-A"))
    counts = store.counts_by_state()
    assert counts == {
        SyncState.PENDING: 1,
        SyncState.SENDING: 0,
        SyncState.SYNCED: 0,
        SyncState.NEEDS_ATTENTION: 0,
    }


def test_device_id_is_made_once_and_kept(store, tmp_path):
    first = store.device_id()
    assert first == store.device_id()
    other = SubmissionStore(open_store(tmp_path / "desk.sqlite3", tmp_path / "backups"))
    assert other.device_id() == first


def test_any_script_is_stored_as_entered(store):
    text = "برف روی پیاده‌رو · Snö på trottoaren · 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 " + "x" * 9_950
    store.add(stored_submission("VAS-A", text))
    assert store.get("VAS-A").description == text
