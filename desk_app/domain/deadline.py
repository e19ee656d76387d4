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

The deadline of a record (``record_deadline``, the one answer receipt, queue, status bar and
command line all use): the case system's ``ack_due`` once delivery brought one, otherwise the
end of the desk's own date, stored when the record was saved. A promise is *at risk* while the
record has not reached the case system and fewer than ``promise.at_risk_days`` days are left;
it is *past* once the deadline has gone by undelivered. After delivery the case system keeps
the promise: the desk shows its date and marks nothing (it cannot see a first response).

Pure Python: the ``holidays`` package (PyPI) knows the public holidays; no Qt, SQL or HTTP.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from functools import cache

from desk_app.domain.record import ContactMethod, Submission, SyncState

__all__ = [
    "AT_RISK_DAYS_RANGE",
    "FIRST_RESPONSE_DAYS_RANGE",
    "FirstResponsePromise",
    "PromiseRisk",
    "deadline_day",
    "end_of_day",
    "first_response_due",
    "holiday_country_problem",
    "is_public_holiday",
    "promise_risk",
    "record_deadline",
    "reply_possible",
    "stored_deadline",
]

FIRST_RESPONSE_DAYS_RANGE = (1, 30)
# 0: only a deadline already past is marked; at most the longest promise a site can make.
AT_RISK_DAYS_RANGE = (0, 30)
# Days the country's law treats as holidays although they are not "public" ones (holidays'
# DE_FACTO category: in Sweden Midsummer Eve, Christmas Eve and New Year's Eve).
_HOLIDAY_CATEGORIES = ("public", "de_facto")


@dataclass(frozen=True)
class FirstResponsePromise:
    """What the site promises: a first response within ``days`` calendar or working days."""

    days: int = 2
    working_days: bool = False
    holiday_country: str = "SE"


class PromiseRisk(StrEnum):
    """Where an undelivered record stands against its first-response deadline."""

    ON_TRACK = "on_track"
    AT_RISK = "at_risk"  # fewer than promise.at_risk_days days left
    PAST = "past"  # the deadline has gone by


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


def end_of_day(day: date, local_zone: tzinfo | None = None) -> datetime:
    """The moment ``day`` ends in the desk's local time (the next midnight there), in UTC.

    ``local_zone`` None: this computer's zone, as for ``first_response_due``.
    """
    midnight = datetime.combine(day + timedelta(days=1), time())
    local = midnight.replace(tzinfo=local_zone) if local_zone else midnight.astimezone()
    return local.astimezone(UTC)


def stored_deadline(
    submission: Submission, promise: FirstResponsePromise, *, local_zone: tzinfo | None = None
) -> datetime | None:
    """The desk's own deadline to store with a record when it is saved (or corrected): the
    end of its first-response day, or None where no reply is promised."""
    if not reply_possible(submission):
        return None
    due = first_response_due(submission.received_at, promise, local_zone=local_zone)
    return end_of_day(due, local_zone)


def record_deadline(
    submission: Submission,
    promise: FirstResponsePromise | None = None,
    *,
    local_zone: tzinfo | None = None,
) -> datetime | None:
    """The deadline of this record: the moment its first-response promise runs out.

    None where no reply is promised. Otherwise the case system's ``ack_due`` once delivery
    brought one (it keeps the promise from then on), else the desk's own deadline stored at
    save; a record that has none stored (never saved) gets one counted by ``promise``.
    """
    if not reply_possible(submission):
        return None
    if submission.ack_due is not None:
        return submission.ack_due
    if submission.first_response_due is not None:
        return submission.first_response_due
    return stored_deadline(submission, promise or FirstResponsePromise(), local_zone=local_zone)


def deadline_day(deadline: datetime, local_zone: tzinfo | None = None) -> date:
    """The last day of ``deadline`` in the desk's local time, as a receipt or queue shows it.

    The desk's own deadline ends at midnight, which belongs to the day before it; the case
    system's ``ack_due`` (17:00, say) is on its own day.
    """
    return (deadline - timedelta(microseconds=1)).astimezone(local_zone).date()


def promise_risk(
    submission: Submission, deadline: datetime | None, now: datetime, at_risk_days: int
) -> PromiseRisk | None:
    """How the record stands against ``deadline`` (its ``record_deadline``) at ``now``.

    None where nothing is at stake for the desk: no reply promised, already delivered (the
    case system keeps the promise now), or personal data erased (nobody left to answer).
    """
    if (
        deadline is None
        or submission.sync_state is SyncState.SYNCED
        or submission.personal_data_erased
    ):
        return None
    if now >= deadline:
        return PromiseRisk.PAST
    if deadline - now <= timedelta(days=at_risk_days):
        return PromiseRisk.AT_RISK
    return PromiseRisk.ON_TRACK


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
