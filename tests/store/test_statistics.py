"""The statistics' SQL aggregates, checked against counts made here in Python over the very
records (and ratings) the test stored: known times on the edges of local days, ISO weeks,
months and both DST changes of Europe/Stockholm; filters; empty periods; the promises judged
by the domain's own rule, as the queue judges them."""

from __future__ import annotations

import random
import uuid
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event

from desk_app.domain.deadline import (
    FirstResponsePromise,
    promise_risk,
    record_deadline,
    stored_deadline,
)
from desk_app.domain.record import (
    Channel,
    Concerns,
    ErasureReason,
    Kind,
    Reporter,
    Site,
    Submission,
    SubmitterType,
    SyncState,
)
from desk_app.domain.statistics import (
    Granularity,
    Question,
    StatisticsFilter,
    StatisticsQuery,
)
from desk_app.store import SubmissionStore, open_store
from desk_app.store.models import RatingRow
from desk_app.store.statistics import period_starts, statistics
from tests.conftest import complete_draft

STOCKHOLM = ZoneInfo("Europe/Stockholm")
NOW = datetime(2026, 11, 4, 9, 0, tzinfo=UTC)
AT_RISK_DAYS = 1
PROMISE = FirstResponsePromise(days=2)

# Local wall-clock times on the edges the buckets must get right (Stockholm time).
EDGE_TIMES = [
    datetime(2026, 3, 28, 23, 59, 59),  # Saturday before spring forward
    datetime(2026, 3, 29, 0, 0, 0),  # DST day (23 hours) begins
    datetime(2026, 3, 29, 3, 30, 0),  # after the clocks jumped
    datetime(2026, 3, 29, 23, 59, 59),  # Sunday, last second of ISO week 13
    datetime(2026, 3, 30, 0, 0, 0),  # Monday, week 14 begins
    datetime(2026, 3, 31, 23, 30, 0),  # last half hour of March
    datetime(2026, 4, 1, 0, 0, 0),  # April begins
    datetime(2026, 10, 24, 23, 59, 59),
    datetime(2026, 10, 25, 0, 15, 0),  # fall back day (25 hours): 22:15 UTC the day before
    datetime(2026, 10, 25, 2, 30, 0),  # the hour that happens twice (first time, fold 0)
    datetime(2026, 10, 25, 23, 45, 0),  # 22:45 UTC on the same day
    datetime(2026, 10, 31, 23, 59, 0),  # Saturday, last minute of October
    datetime(2026, 11, 1, 0, 0, 0),  # November begins on a Sunday
    datetime(2026, 11, 1, 23, 59, 59),  # the week ends
    datetime(2026, 11, 2, 0, 0, 0),  # Monday
]


def _records() -> list[Submission]:
    """Edge records plus a seeded mix over March–November 2026, every field varied."""
    chance = random.Random(11)
    moments = [local.replace(tzinfo=STOCKHOLM).astimezone(UTC) for local in EDGE_TIMES]
    start = datetime(2026, 3, 20, tzinfo=UTC)
    moments += [
        start + timedelta(seconds=chance.randrange(int(timedelta(days=230).total_seconds())))
        for _ in range(160)
    ]
    base = Submission.from_draft(complete_draft(), reference="X", site=Site("vas", "Stadshuset"))
    records = []
    for number, received_at in enumerate(moments):
        anonymous = chance.random() < 0.2
        record = replace(
            base,
            id=uuid.uuid4(),
            reference=f"VAS-{number:06d}",
            received_at=received_at,
            kind=chance.choice(list(Kind)),
            category=chance.choice(["streets.snow", "schools", "parks.trees"]),
            channel=chance.choice([Channel.IN_PERSON, Channel.PHONE, Channel.EMAIL]),
            submitter_type=chance.choice([None, SubmitterType.RESIDENT, SubmitterType.VISITOR]),
            concerns=chance.choice(
                [
                    None,
                    Concerns(unit="u-park"),
                    Concerns(unit="u-school"),
                    Concerns(provider="Bo AB"),
                ]
            ),
            reporter=Reporter(anonymous=True) if anonymous else base.reporter,
            sync_state=chance.choice(list(SyncState)),
        )
        record = replace(record, first_response_due=stored_deadline(record, PROMISE))
        if record.sync_state is not SyncState.PENDING and chance.random() < 0.3:
            record = replace(record, ack_due=received_at + timedelta(days=chance.randint(1, 4)))
        if chance.random() < 0.05:
            record = record.without_personal_data(ErasureReason.RETENTION, received_at)
        records.append(record)
    # Promises near NOW: one at risk, one past, one on track, one delivered, all undelivered
    # except the last (the seeded mix lies mostly far in the past).
    for number, (hours_left, state) in enumerate(
        [
            (5, SyncState.PENDING),
            (-3, SyncState.SENDING),
            (60, SyncState.PENDING),
            (5, SyncState.SYNCED),
            (20, SyncState.NEEDS_ATTENTION),
        ]
    ):
        record = replace(
            base,
            id=uuid.uuid4(),
            reference=f"VAS-9{number:05d}",
            received_at=NOW - timedelta(hours=1),
            sync_state=state,
            first_response_due=NOW + timedelta(hours=hours_left),
        )
        records.append(record)
    return records


RECORDS = _records()
RATED_VISITS = 60


def _ratings() -> list[dict]:
    chance = random.Random(12)
    rows = []
    moments = [local.replace(tzinfo=STOCKHOLM).astimezone(UTC) for local in EDGE_TIMES]
    moments += [
        datetime(2026, 3, 25, tzinfo=UTC) + timedelta(minutes=chance.randrange(300_000))
        for _ in range(RATED_VISITS - len(moments))
    ]
    for given_at in moments:
        visit = str(uuid.uuid4())
        for question in chance.sample(list(Question), chance.randint(1, 4)):
            rows.append(
                {
                    "id": str(uuid.uuid4()),
                    "visit_id": visit,
                    "given_at": given_at,
                    "site_id": "vas",
                    "language": "sv",
                    "question": question.value,
                    "score": chance.randint(1, 5),
                    "comment": "",
                }
            )
    return rows


RATINGS = _ratings()


@pytest.fixture(scope="module")
def counted_store(tmp_path_factory):
    """One store for the module: the tests only read it."""
    folder = tmp_path_factory.mktemp("statistics")
    engine = open_store(folder / "desk.sqlite3", folder / "backups")
    store = SubmissionStore(engine)
    for record in RECORDS:
        store.add(record)
    with store.writing_session() as session:
        session.add_all(RatingRow(**answer) for answer in RATINGS)
        session.commit()
    yield store
    engine.dispose()


def _local_day(moment: datetime) -> date:
    return moment.astimezone(STOCKHOLM).date()


def _bucket(day: date, granularity: Granularity) -> date:
    if granularity is Granularity.WEEK:
        year, week, _weekday = day.isocalendar()
        return date.fromisocalendar(year, week, 1)
    if granularity is Granularity.MONTH:
        return date(day.year, day.month, 1)
    return day


def _matches(record: Submission, chosen: StatisticsFilter) -> bool:
    concerns = record.concerns or Concerns()
    fields = {
        "kind": record.kind.value,
        "category": record.category,
        "unit": concerns.unit or "",
        "channel": record.channel.value,
        "submitter_type": record.submitter_type.value if record.submitter_type else "",
    }
    return all(
        getattr(chosen, name) is None or getattr(chosen, name) == value
        for name, value in fields.items()
    )


def _ask(store, query):
    return statistics(
        store.engine, query, AT_RISK_DAYS, NOW, site_name="Stadshuset", local_zone=STOCKHOLM
    )


QUERIES = [
    StatisticsQuery(date(2026, 3, 27), date(2026, 4, 2), Granularity.DAY),
    StatisticsQuery(date(2026, 3, 25), date(2026, 11, 4), Granularity.WEEK),
    StatisticsQuery(date(2026, 3, 1), date(2026, 11, 30), Granularity.MONTH),
    StatisticsQuery(date(2026, 10, 24), date(2026, 11, 2), Granularity.DAY),
    # Begins on a Wednesday and ends mid-month: the first and last periods are partial.
    StatisticsQuery(date(2026, 10, 28), date(2026, 11, 4), Granularity.WEEK),
    StatisticsQuery(date(2026, 10, 31), date(2026, 11, 1), Granularity.MONTH),
]
FILTERS = [
    StatisticsFilter(),
    StatisticsFilter(kind="praise"),
    StatisticsFilter(kind="complaint", channel="phone"),
    StatisticsFilter(unit="u-park"),
    StatisticsFilter(unit=""),
    StatisticsFilter(category="schools", submitter_type="visitor"),
    StatisticsFilter(submitter_type=""),
]


@pytest.mark.parametrize("chosen", FILTERS, ids=repr)
@pytest.mark.parametrize("asked", QUERIES, ids=lambda q: f"{q.first_day}-{q.granularity}")
def test_record_counts_match_python_counting_over_local_days_weeks_and_months(
    counted_store, asked, chosen
):
    query = replace(asked, filter=chosen)
    figures = _ask(counted_store, query)
    counted = [
        record
        for record in RECORDS
        if query.first_day <= _local_day(record.received_at) <= query.last_day
        and _matches(record, chosen)
    ]

    expected_over_time: dict[date, Counter[str]] = {}
    day = query.first_day
    while day <= query.last_day:
        expected_over_time.setdefault(_bucket(day, query.granularity), Counter())
        day += timedelta(days=1)
    for record in counted:
        bucket = _bucket(_local_day(record.received_at), query.granularity)
        expected_over_time[bucket][record.kind.value] += 1

    assert [period.start for period in figures.over_time] == sorted(expected_over_time)
    assert {p.start: dict(p.by_kind) for p in figures.over_time} == {
        start: dict(kinds) for start, kinds in expected_over_time.items()
    }
    assert figures.total == len(counted)

    def breakdown(values):
        counts = Counter(values)
        return sorted(counts.items(), key=lambda item: (-item[1], item[0]))

    assert [(c.key, c.count) for c in figures.by_kind] == breakdown(r.kind.value for r in counted)
    assert [(c.key, c.count) for c in figures.by_category] == breakdown(r.category for r in counted)
    assert [(c.key, c.count) for c in figures.by_unit] == breakdown(
        (r.concerns.unit or "") if r.concerns else "" for r in counted
    )
    assert [(c.key, c.count) for c in figures.by_provider] == breakdown(
        r.concerns.provider if r.concerns else "" for r in counted
    )
    assert [(c.key, c.count) for c in figures.by_channel] == breakdown(
        r.channel.value for r in counted
    )
    assert [(c.key, c.count) for c in figures.by_submitter_type] == breakdown(
        r.submitter_type.value if r.submitter_type else "" for r in counted
    )
    states = Counter(r.sync_state for r in counted)
    assert figures.delivery.waiting == states[SyncState.PENDING] + states[SyncState.SENDING]
    assert figures.delivery.needs_attention == states[SyncState.NEEDS_ATTENTION]
    assert figures.delivery.delivered == states[SyncState.SYNCED]


def test_promises_at_risk_and_past_are_judged_by_the_queues_rule(counted_store):
    query = StatisticsQuery(date(2026, 3, 1), date(2026, 11, 30), Granularity.MONTH)
    figures = _ask(counted_store, query)
    risks = Counter(
        promise_risk(r, record_deadline(r, PROMISE), NOW, AT_RISK_DAYS) for r in RECORDS
    )

    assert (figures.delivery.at_risk, figures.delivery.past_deadline) == (
        risks["at_risk"],
        risks["past"],
    )
    assert figures.delivery.at_risk >= 2 and figures.delivery.past_deadline >= 1


def test_promises_are_counted_for_the_periods_records_only(counted_store):
    before_the_near_promises = StatisticsQuery(date(2026, 3, 1), date(2026, 11, 3))
    figures = _ask(counted_store, before_the_near_promises)
    risks = Counter(
        promise_risk(r, record_deadline(r, PROMISE), NOW, AT_RISK_DAYS)
        for r in RECORDS
        if _local_day(r.received_at) <= date(2026, 11, 3)
    )

    assert figures.delivery.at_risk == risks["at_risk"]
    assert figures.delivery.past_deadline == risks["past"]


@pytest.mark.parametrize("asked", QUERIES, ids=lambda q: f"{q.first_day}-{q.granularity}")
def test_ratings_are_counted_per_question_over_the_period_and_per_period(counted_store, asked):
    figures = _ask(counted_store, asked)
    in_period = [
        row for row in RATINGS if asked.first_day <= _local_day(row["given_at"]) <= asked.last_day
    ]
    overall = {question: [0] * 5 for question in Question}
    per_period: dict[tuple[date, str], list[int]] = {}
    for row in in_period:
        overall[Question(row["question"])][row["score"] - 1] += 1
        bucket = _bucket(_local_day(row["given_at"]), asked.granularity)
        per_period.setdefault((bucket, row["question"]), [0] * 5)[row["score"] - 1] += 1

    assert figures.ratings_total == len({row["visit_id"] for row in in_period})
    assert [f.question for f in figures.ratings_overall] == list(Question)
    assert {f.question: list(f.distribution) for f in figures.ratings_overall} == overall
    assert all(f.start is None for f in figures.ratings_overall)
    assert {
        (f.start, f.question.value): list(f.distribution) for f in figures.ratings_over_time
    } == per_period


def test_a_period_without_records_lists_every_empty_period_with_zeros(counted_store):
    query = StatisticsQuery(date(2025, 1, 1), date(2025, 3, 31), Granularity.MONTH)
    figures = _ask(counted_store, query)

    assert [p.start for p in figures.over_time] == [
        date(2025, 1, 1),
        date(2025, 2, 1),
        date(2025, 3, 1),
    ]
    assert all(p.total == 0 and not p.by_kind for p in figures.over_time)
    assert figures.total == 0 and figures.by_kind == () and figures.ratings_total == 0
    assert figures.delivery.delivered == figures.delivery.at_risk == 0
    assert all(f.responses == 0 and f.mean is None for f in figures.ratings_overall)
    assert figures.ratings_over_time == ()
    assert figures.site_name == "Stadshuset"


def test_weeks_start_on_monday_and_months_on_the_first_even_for_a_partial_period():
    wednesday_to_tuesday = StatisticsQuery(date(2026, 12, 30), date(2027, 1, 5), Granularity.WEEK)
    assert period_starts(wednesday_to_tuesday) == [date(2026, 12, 28), date(2027, 1, 4)]
    mid_month = StatisticsQuery(date(2026, 1, 31), date(2026, 3, 1), Granularity.MONTH)
    assert period_starts(mid_month) == [date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)]


def test_no_statement_scans_the_whole_records_table(counted_store):
    """Every aggregate searches the received_at range through an index: the cost follows
    the period's records, not the store's size."""
    statements: list[tuple[str, object]] = []

    def remember(_conn, _cursor, statement, parameters, _context, _many):
        statements.append((statement, parameters))

    engine = counted_store.engine
    event.listen(engine, "before_cursor_execute", remember)
    try:
        _ask(counted_store, StatisticsQuery(date(2026, 10, 1), date(2026, 10, 31)))
    finally:
        event.remove(engine, "before_cursor_execute", remember)
    assert len(statements) >= 8
    with engine.connect() as connection:
        for statement, parameters in statements:
            plan = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            details = [row[3] for row in plan]
            assert not any(
                detail.startswith(("SCAN submissions", "SCAN ratings")) for detail in details
            ), (statement, details)
