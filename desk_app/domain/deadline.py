"""The first-response promise: who gets one, and the date by which they hear from us.

The municipality's policy: within two days at the latest a person who asked for a reply, and
can be reached, gets a first response telling them how their feedback will be taken care of.
A receipt prints that date — and only on a receipt where a reply was asked for and is possible:
an anonymous receipt, or one where the person asked for no reply, must promise no contact.

How the date is counted (the choice is written here once; tests/domain/test_deadline.py holds
examples): the day the record was received is day 0, in the desk's local time; the deadline is
the end of the Nth day after it. With calendar days (the policy's wording) every day counts:
received Friday 27 November 2026 at 14:00, two days → Sunday 29 November. With working days
Saturdays, Sundays and the country's public holidays do not count: the same record → Tuesday
1 December. A record received on a day off starts counting from that day all the same (it is
day 0; only the days after it are counted). For Sweden, Midsummer Eve, Christmas Eve and New
Year's Eve count as holidays too: the law treats them as Sundays (semesterlagen 1977:480, 7 §)
and nobody answers feedback on them.

Pure Python: the ``holidays`` package (PyPI) knows the public holidays; no Qt, SQL or HTTP.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from functools import cache

from desk_app.domain.record import ContactMethod, Submission

__all__ = [
    "FIRST_RESPONSE_DAYS_RANGE",
    "FirstResponsePromise",
    "first_response_due",
    "holiday_country_problem",
    "is_public_holiday",
    "reply_possible",
]

FIRST_RESPONSE_DAYS_RANGE = (1, 30)
# Days the country's law treats as holidays although they are not "public" ones (holidays'
# DE_FACTO category: in Sweden Midsummer Eve, Christmas Eve and New Year's Eve).
_HOLIDAY_CATEGORIES = ("public", "de_facto")


@dataclass(frozen=True)
class FirstResponsePromise:
    """What the site promises: a first response within ``days`` calendar or working days."""

    days: int = 2
    working_days: bool = False
    holiday_country: str = "SE"


def reply_possible(submission: Submission) -> bool:
    """True when the person asked for a reply and gave a way to reach them that way.

    Only such a receipt may promise contact: not an anonymous one, not one where no reply was
    asked for, and not one whose chosen way of contact has no address or number to it.
    """
    reporter = submission.reporter
    if reporter.anonymous or not submission.wants_reply or reporter.preferred_contact is None:
        return False
    if reporter.preferred_contact is ContactMethod.IN_PERSON:
        return True  # answered at the next visit or via the unit: no address is needed
    detail = {
        ContactMethod.EMAIL: reporter.email,
        ContactMethod.PHONE: reporter.phone,
        ContactMethod.LETTER: reporter.postal_address,
    }[reporter.preferred_contact]
    return bool(detail.strip())


def first_response_due(
    received_at: datetime,
    promise: FirstResponsePromise,
    *,
    local_zone: tzinfo | None = None,
    is_holiday: Callable[[date], bool] | None = None,
) -> date:
    """The last day (inclusive) by which the person hears from us, in the desk's local time.

    ``received_at`` must carry a time zone (records are stored in UTC). ``local_zone`` is the
    desk's zone (None: this computer's); ``is_holiday`` says which weekdays are days off
    (None: the public holidays of ``promise.holiday_country``). It matters only with working
    days; the deadline is the end of the returned day.
    """
    if received_at.tzinfo is None:
        raise ValueError("received_at needs a time zone")
    low, high = FIRST_RESPONSE_DAYS_RANGE
    if not low <= promise.days <= high:
        raise ValueError(f"a first response takes {low} to {high} days, not {promise.days}")
    day = received_at.astimezone(local_zone).date()
    if not promise.working_days:
        return day + timedelta(days=promise.days)
    day_off = is_holiday or (lambda when: is_public_holiday(when, promise.holiday_country))
    counted = 0
    while counted < promise.days:
        day += timedelta(days=1)
        if day.weekday() < 5 and not day_off(day):  # Monday..Friday
            counted += 1
    return day


def is_public_holiday(when: date, country: str) -> bool:
    """True when ``when`` is a public (or by law equivalent) holiday in ``country``."""
    return when in _holidays_of(country, when.year)


@cache
def _holidays_of(country: str, year: int) -> frozenset[date]:
    import holidays

    problem = holiday_country_problem(country)
    if problem:
        raise ValueError(f"holiday country {country!r} {problem}")
    calendar = holidays.country_holidays(country, years=year)
    wanted = tuple(name for name in _HOLIDAY_CATEGORIES if name in calendar.supported_categories)
    return frozenset(holidays.country_holidays(country, years=year, categories=wanted))


def holiday_country_problem(country: str) -> str | None:
    """Why ``country`` cannot name a public-holiday calendar, or None when it can."""
    import holidays

    if country in holidays.list_supported_countries():
        return None
    return "must be a country code the holidays calendar knows, such as SE, NO, FI or DK"
