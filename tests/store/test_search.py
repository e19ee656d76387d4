"""The queue's search through the trigram index: what it finds, in what order, and that it
stays in step with every saved, corrected, answered and deleted record."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import delete, update

from desk_app.domain.record import Site, Submission
from desk_app.store.models import SubmissionRow
from tests.conftest import complete_draft

EARLY = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)


def _record(reference, description, *, category="parks.playground", case_number="", at=None):
    submission = Submission.from_draft(
        complete_draft(description=description, category=category),
        reference=reference,
        site=Site("VAS", "Stadshuset"),
    )
    return replace(submission, case_number=case_number, received_at=at or submission.received_at)


def _references(found):
    return [submission.reference for submission in found]


def _by_hand(records, text):
    """What the search must find: the records whose searched text holds ``text``, any case."""
    needle = text.strip().lower()
    return [
        record.reference
        for record in sorted(records, key=lambda record: record.received_at, reverse=True)
        if any(
            needle in field.lower()
            for field in (
                record.reference,
                record.category,
                record.description,
                record.case_number,
            )
        )
    ]


SAMPLES = [
    _record("VAS-K7M2-9QX4-HT3C", "Snöröjning saknas på Åsgatan", at=EARLY),
    _record("VAS-RR22-HHJK-4F5D", "برف پیاده‌رو را پوشانده است", at=EARLY + timedelta(1)),
    _record(
        "VAS-MN34-PQ56-TU7A",
        'The "snow" sign says: AND (NOT) -closed- *really* 100% _now_',
        case_number="C-2026-004711",
        at=EARLY + timedelta(2),
    ),
    _record("VAS-ZZ99-WW88-XX7Y", "Gatlampan på ÖSTRA torget är trasig", at=EARLY + timedelta(3)),
    _record("VAS-AB12-CD34-EF5G", "ok", category="x", at=EARLY + timedelta(4)),
]


@pytest.fixture
def samples(store):
    for record in SAMPLES:
        store.add(record)
    return store


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("snöröjning", ["VAS-K7M2-9QX4-HT3C"]),
        ("SNÖRÖJNING", ["VAS-K7M2-9QX4-HT3C"]),
        ("åsgatan", ["VAS-K7M2-9QX4-HT3C"]),
        ("östra TORGET", ["VAS-ZZ99-WW88-XX7Y"]),
        ("برف", ["VAS-RR22-HHJK-4F5D"]),
        ("پیاده‌رو", ["VAS-RR22-HHJK-4F5D"]),
        ("k7m2-9qx", ["VAS-K7M2-9QX4-HT3C"]),
        ("9QX4", ["VAS-K7M2-9QX4-HT3C"]),
        ("K7M29QX4", []),  # as before the index: a fragment is text, its dashes included
        ("2026-0047", ["VAS-MN34-PQ56-TU7A"]),
        ("C-2026-004711", ["VAS-MN34-PQ56-TU7A"]),
        ("playground", [record.reference for record in reversed(SAMPLES[:4])]),
    ],
)
def test_words_references_and_case_numbers_are_found_in_any_case_and_script(
    samples, text, expected
):
    assert _references(samples.search(text)) == expected


HOSTILE = [
    '"',
    '""',
    '"snow"',
    "sign says: AND (NOT",
    "AND",
    "NOT",
    "OR",
    "(NOT)",
    "-closed-",
    "*really*",
    "snow*",
    "NEAR(snow sign)",
    "description:snow",
    "reference : VAS",
    "^The",
    "100%",
    "_now_",
    "1%0",
    "'; DROP TABLE submissions; --",
    "\\",
    "[x]",
    "*",
    "?",
    "%",
    "_",
    "å",
    "Å",
    "ÖS",
    "ok",
    "OK",
    "x",
    "ا",
    "  snow  ",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_any_text_is_searched_literally_and_never_raises(samples, text):
    assert _references(samples.search(text)) == _by_hand(SAMPLES, text)


def test_one_or_two_characters_fold_case_like_longer_text(samples):
    both = ["VAS-ZZ99-WW88-XX7Y", "VAS-K7M2-9QX4-HT3C"]  # "på" and "Åsgatan"
    assert _references(samples.search("å")) == both
    assert _references(samples.search("Å")) == both
    assert _references(samples.search("öS")) == ["VAS-ZZ99-WW88-XX7Y"]
    assert _references(samples.search("%")) == ["VAS-MN34-PQ56-TU7A"]


def test_the_newest_come_first_and_the_limit_keeps_the_newest_even_when_imported_late(store):
    # Saved in shuffled order (as an import of an old backlog does), several in one second:
    # the index walks whole seconds, so it must still sort within the last second it reads.
    moments = [
        EARLY + timedelta(seconds=second, microseconds=micro)
        for second in range(6)
        for micro in (0, 250_000, 999_999)
    ]
    random.Random(7).shuffle(moments)
    records = [
        _record(f"VAS-T{number:03d}", "Snow on the pavement", at=moment)
        for number, moment in enumerate(moments)
    ]
    for record in records:
        store.add(record)
    newest = _by_hand(records, "snow")
    for limit in (1, 2, 4, 7, 18, 50):
        assert _references(store.search("snow", limit=limit)) == newest[:limit]
        assert _references(store.search("sn", limit=limit)) == newest[:limit]


def test_a_corrected_record_is_found_by_its_new_words_and_no_longer_by_its_old(samples):
    record = samples.get("VAS-K7M2-9QX4-HT3C")
    samples.update_content(record.corrected(complete_draft(description="Halkbekämpning")))
    assert _references(samples.search("halkbekämp")) == ["VAS-K7M2-9QX4-HT3C"]
    assert samples.search("snöröjning") == []


def test_a_case_number_from_the_server_and_a_deleted_record_reach_the_search(samples):
    with samples.writing_session() as session:
        session.execute(
            update(SubmissionRow)
            .where(SubmissionRow.reference == "VAS-ZZ99-WW88-XX7Y")
            .values(case_number="C-2026-009999", sync_state="synced")
        )
        session.execute(
            delete(SubmissionRow).where(SubmissionRow.reference == "VAS-RR22-HHJK-4F5D")
        )
        session.commit()
    assert _references(samples.search("2026-0099")) == ["VAS-ZZ99-WW88-XX7Y"]
    assert samples.search("برف") == []
    assert _references(samples.search("gatlampan")) == ["VAS-ZZ99-WW88-XX7Y"]


def test_one_or_two_characters_look_among_the_newest_records_only(store, monkeypatch):
    from desk_app.store import repository

    monkeypatch.setattr(repository, "SHORT_SEARCH_RECORDS", 3)
    old = _record("VAS-OLD1-AAAA-AAAA", "Qx in an old record", at=EARLY)
    store.add(old)
    newer = [
        _record(f"VAS-NEW{number}-AAAA-AAAA", "Snow", at=EARLY + timedelta(days=1 + number))
        for number in range(3)
    ]
    for record in newer:
        store.add(record)
    assert store.search("qx") == []  # beyond the newest three
    assert _references(store.search("qx in")) == ["VAS-OLD1-AAAA-AAAA"]  # three: the index
    assert len(store.search("sn")) == 3
