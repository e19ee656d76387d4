"""Small rules of the client that the server tests do not reach."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from desk_app.sync.client import parse_retry_after
from desk_app.sync.outbox import BACKOFF_CAP, backoff_delay
from tests.conftest import complete_draft
from tests.sync.conftest import open_synced_desk


def test_retry_after_in_seconds_or_as_an_http_date():
    now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    assert parse_retry_after("120", now) == 120
    assert parse_retry_after("Wed, 25 Nov 2026 12:02:30 GMT", now) == 150
    assert parse_retry_after("Wed, 25 Nov 2026 11:00:00 GMT", now) == 0  # already past
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after(None, now) is None


def test_backoff_grows_with_jitter_and_is_capped():
    rng = random.Random(1)
    delays = [backoff_delay(attempt, rng) for attempt in range(1, 12)]
    assert delays[0] <= timedelta(seconds=5) and delays[3] > delays[0]
    assert all(delay <= BACKOFF_CAP for delay in delays)
    assert delays[-1] >= BACKOFF_CAP / 2  # jitter takes at most half


def test_an_open311_desk_pointed_at_a_case_api_root_sends_nothing(tmp_path, case_server):
    desk, sync = open_synced_desk(tmp_path / "desk", case_server.url, api_protocol="open311")
    saved = desk.service.save(complete_draft())
    report = sync.run_once()
    assert report.delivered == 0 and not report.ok  # never sent in the wrong dialect
    assert case_server.case_ids() == []
    assert desk.service.find(saved.reference).sync_state.value == "pending"
