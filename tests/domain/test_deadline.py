"""The first-response date: counted in the desk's local time, by calendar or working days."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from desk_app.domain.deadline import (
    FirstResponsePromise,
    first_response_due,
    holiday_country_problem,
    is_public_holiday,
    reply_possible,
)
from desk_app.domain.record import ContactMethod, Reporter, Site, Submission
from tests.conftest import complete_draft

STOCKHOLM = ZoneInfo("Europe/Stockholm")
CALENDAR = FirstResponsePromise(days=2, working_days=False)
WORKING = FirstResponsePromise(days=2, working_days=True, holiday_country="SE")


def _at(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """A moment at the desk in Stockholm, stored (as records are) in UTC."""
    return datetime(year, month, day, hour, minute, tzinfo=STOCKHOLM).astimezone(UTC)


def _due(received: datetime, promise: FirstResponsePromise) -> date:
    return first_response_due(received, promise, local_zone=STOCKHOLM)


def test_two_calendar_days_from_a_friday_afternoon_end_on_sunday():
    friday = _at(2026, 11, 27, 14)
    assert _due(friday, CALENDAR) == date(2026, 11, 29)


def test_two_working_days_from_a_friday_afternoon_end_on_tuesday():
    friday = _at(2026, 11, 27, 14)
    assert _due(friday, WORKING) == date(2026, 12, 1)


def test_working_days_skip_christmas_eve_christmas_and_boxing_day():
    # Wed 23 Dec: 24 (Christmas Eve), 25, 26 and Sunday 27 are days off → Mon 28, Tue 29.
    assert _due(_at(2026, 12, 23, 10), WORKING) == date(2026, 12, 29)
    # Calendar days do not care: the policy's wording.
    assert _due(_at(2026, 12, 23, 10), CALENDAR) == date(2026, 12, 25)


def test_working_days_skip_midsummer_eve():
    # Thu 18 June 2026: Friday 19 is Midsummer Eve, then the weekend → Mon 22, Tue 23.
    assert _due(_at(2026, 6, 18, 9), WORKING) == date(2026, 6, 23)


def test_working_days_skip_good_friday_and_easter_monday():
    # Thu 2 April 2026: Good Friday 3, Easter weekend, Easter Monday 6 → Tue 7, Wed 8.
    assert _due(_at(2026, 4, 2, 15), WORKING) == date(2026, 4, 8)


def test_the_day_is_the_desks_local_day_not_utc():
    # 00:30 on Saturday in Stockholm is still Friday 23:30 in UTC: Saturday is day 0.
    just_after_midnight = _at(2026, 11, 28, 0, 30)
    assert just_after_midnight.date() == date(2026, 11, 27)
    assert _due(just_after_midnight, CALENDAR) == date(2026, 11, 30)
    assert _due(just_after_midnight, WORKING) == date(2026, 12, 1)


def test_the_holiday_country_decides_which_days_are_off():
    # Monday 17 May 2027 is Norway's Constitution Day, a working day in Sweden.
    friday = _at(2027, 5, 14, 12)
    one_day = {"days": 1, "working_days": True}
    assert _due(friday, FirstResponsePromise(**one_day, holiday_country="SE")) == date(2027, 5, 17)
    assert _due(friday, FirstResponsePromise(**one_day, holiday_country="NO")) == date(2027, 5, 18)


def test_a_given_holiday_calendar_replaces_the_countrys():
    friday = _at(2026, 11, 27, 14)
    closed_monday = {date(2026, 11, 30)}
    due = first_response_due(
        friday, WORKING, local_zone=STOCKHOLM, is_holiday=closed_monday.__contains__
    )
    assert due == date(2026, 12, 2)


def test_swedish_public_holidays_include_the_days_the_law_treats_as_sundays():
    for day in (date(2026, 6, 19), date(2026, 12, 24), date(2026, 12, 31), date(2026, 6, 6)):
        assert is_public_holiday(day, "SE"), day
    assert not is_public_holiday(date(2026, 12, 1), "SE")


def test_a_time_without_zone_or_a_promise_out_of_range_is_refused():
    with pytest.raises(ValueError, match="time zone"):
        first_response_due(datetime(2026, 11, 27, 14), CALENDAR)
    with pytest.raises(ValueError, match="1 to 30"):
        _due(_at(2026, 11, 27, 14), FirstResponsePromise(days=0))


def test_an_unknown_holiday_country_is_named_as_the_problem():
    assert holiday_country_problem("SE") is None
    assert holiday_country_problem("XX") is not None
    with pytest.raises(ValueError, match="XX"):
        _due(_at(2026, 11, 27, 14), FirstResponsePromise(working_days=True, holiday_country="XX"))


def _submission(**changes: object) -> Submission:
    return Submission.from_draft(
        complete_draft(**changes), reference="VAS-K7M2-9QX4-HT3C", site=Site("vas", "Stadshuset")
    )


def test_a_reply_is_possible_only_when_asked_for_and_reachable():
    assert reply_possible(_submission())  # a reply by email, with an address
    assert not reply_possible(_submission(reporter=Reporter(anonymous=True), wants_reply=False))
    assert not reply_possible(_submission(wants_reply=False))
    by_letter_without_address = Reporter(
        anonymous=False, name="Eva", email="eva@example.se", preferred_contact=ContactMethod.LETTER
    )
    assert not reply_possible(_submission(reporter=by_letter_without_address))
    no_method = Reporter(anonymous=False, name="Eva", email="eva@example.se")
    assert not reply_possible(_submission(reporter=no_method))
