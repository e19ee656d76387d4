"""A time from the case system that has no UTC equivalent (year 1 at +14:00, year 9999 at
-14:00) is garbage to ignore, like any unreadable time. It used to pass the parser and then
crash every sync pass where the store converted it to UTC, leaving records `sending` for good.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desk_app.domain.validation import ValidationFailed
from desk_app.domain.wire import draft_from_json, parse_time
from desk_app.sync.client import accepted_result
from tests.conftest import form

NO_UTC_TIMES = ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00"]


@pytest.mark.parametrize("text", NO_UTC_TIMES)
def test_a_time_without_a_utc_equivalent_is_not_a_time(text):
    with pytest.raises(ValueError):
        parse_time(text)


def test_the_edges_that_do_have_a_utc_time_still_parse():
    assert parse_time("0001-01-01T00:00:00Z") == datetime(1, 1, 1, tzinfo=UTC)
    assert parse_time("9999-12-31T23:59:59+00:00").year == 9999


@pytest.mark.parametrize("text", NO_UTC_TIMES)
def test_a_delivery_with_an_impossible_ack_due_is_recorded_without_it(desk, text):
    from tests.conftest import complete_draft

    saved = desk.service.save(complete_draft())
    answer = accepted_result(str(saved.id), {"case_number": "KS-9", "status": "received",
                                             "ack_due": text})  # fmt: skip
    assert answer.case_number == "KS-9" and answer.ack_due is None
    from desk_app.store.outbox import Accepted, OutboxStore

    OutboxStore(desk.store).record_answers(
        accepted={str(saved.id): Accepted("KS-9", "received", answer.ack_due)},
        refused={},
        now=datetime.now(UTC),
    )
    stored = desk.service.find(saved.reference)
    assert stored is not None and stored.case_number == "KS-9"
    assert stored.first_response_due == saved.first_response_due  # the desk's own date stays


@pytest.mark.parametrize("text", NO_UTC_TIMES)
def test_an_import_line_with_such_a_time_says_so(text):
    with pytest.raises(ValidationFailed) as refused:
        draft_from_json({**form(), "occurred_at": text})
    assert refused.value.errors["occurred_at"] == "is too close to the year 1 or 9999 to be stored"
