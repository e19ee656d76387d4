"""The sync state machine against random fault sequences (hypothesis): whatever happens,
once the faults are gone every record is on the server exactly once and synced."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from case_server.app import Fault
from desk_app.domain.record import SyncState
from tests.conftest import complete_draft
from tests.sync.conftest import open_synced_desk, start_case_server

FAULTS = st.one_of(
    st.builds(
        Fault,
        kind=st.just("status"),
        path=st.sampled_from(["/submissions"]),
        code=st.sampled_from([500, 502, 503, 429]),
    ),
    st.builds(Fault, kind=st.just("html")),
    st.builds(Fault, kind=st.just("drop")),
    st.builds(
        Fault,
        kind=st.just("drop_after_items"),
        path=st.just("/submissions:batch"),
        items=st.integers(0, 3),
    ),
    st.builds(Fault, kind=st.just("slow"), seconds=st.just(0.5)),
    st.builds(
        Fault,
        kind=st.just("status"),
        path=st.just("/submissions:batch"),
        code=st.sampled_from([404, 405]),
    ),
)
STEPS = st.one_of(
    st.tuples(st.just("save"), st.integers(1, 4)),
    st.tuples(st.just("fault"), FAULTS),
    st.tuples(st.just("sync"), st.booleans()),
    st.tuples(st.just("restart"), st.none()),
)


@pytest.mark.slow
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(STEPS, min_size=1, max_size=12))
def test_random_fault_sequences_end_with_every_record_delivered_once(steps):
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        server = start_case_server(base)
        desk, sync = open_synced_desk(base / "desk", server.url, api_timeout_seconds="0.3")
        saved = []
        try:
            for action, argument in steps:
                if action == "save":
                    for _ in range(argument):
                        saved.append(desk.service.save(complete_draft()))
                elif action == "fault":
                    server.faults.add(argument)
                elif action == "sync":
                    sync.run_once(ignore_backoff=argument)
                    counts = desk.service.status().counts
                    assert counts[SyncState.SENDING] == 0  # only while a request is in flight
                    assert counts[SyncState.NEEDS_ATTENTION] == 0  # no fault is the record's
                else:
                    server.restart()
                server_ids = server.case_ids()
                assert len(server_ids) == len(set(server_ids))
                assert set(server_ids) <= {str(s.id) for s in saved}

            server.faults.clear()
            for _ in range(3):
                if sync.run_once(ignore_backoff=True).waiting == 0:
                    break
            assert sorted(server.case_ids()) == sorted(str(s.id) for s in saved)
            for submission in saved:
                stored = desk.service.find(submission.reference)
                assert stored.sync_state is SyncState.SYNCED
                assert stored.case_number
        finally:
            sync.forget_client()
            desk.store.engine.dispose()
            server.stop()
