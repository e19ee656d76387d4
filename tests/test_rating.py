"""Rating a visit without the window: the value's rules, the store's rows, what the service
attaches (a staff ID only where allowed), the [rating] settings and a SIGKILL right after."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desk_app.app import open_desk
from desk_app.domain.rating import MAX_COMMENT_CHARS, Answer, RatedVisit, RatingInvalid
from desk_app.domain.statistics import Question
from desk_app.settings import ConfigError, load_settings
from tests.conftest import complete_draft, isolated_environ

ROOT = Path(__file__).resolve().parents[1]
GIVEN_AT = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


def stored_ratings(database: Path) -> list[dict[str, object]]:
    """The ratings table as the file holds it, read with plain sqlite3 (not the app's code)."""
    with sqlite3.connect(database) as connection:
        connection.row_factory = sqlite3.Row
        rows = connection.execute("SELECT * FROM ratings ORDER BY rowid").fetchall()
    connection.close()
    return [dict(row) for row in rows]


def visit(**changes: object) -> RatedVisit:
    values: dict[str, object] = {
        "visit_id": "v-1",
        "given_at": GIVEN_AT,
        "language": "sv",
        "answers": (Answer(Question.TREATMENT, 5), Answer(Question.WAIT, 2)),
    }
    values.update(changes)
    return RatedVisit(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"answers": ()}, "at least one answer"),
        ({"answers": (Answer(Question.WAIT, 0),)}, "from 1 to 5"),
        ({"answers": (Answer(Question.WAIT, 6),)}, "from 1 to 5"),
        ({"answers": (Answer(Question.WAIT, True),)}, "whole number"),
        ({"answers": (Answer("speed", 3),)}, "unknown question"),  # type: ignore[arg-type]
        ({"answers": (Answer(Question.WAIT, 3), Answer(Question.WAIT, 4))}, "twice"),
        ({"comment": "x" * (MAX_COMMENT_CHARS + 1)}, "at most 1000"),
        ({"given_at": datetime(2026, 11, 26, 9, 30)}, "time zone"),
        ({"staff_id": "  "}, "may not be empty"),
    ],
)
def test_a_visit_the_desk_cannot_keep_is_refused_with_the_reason(changes, problem):
    with pytest.raises(RatingInvalid, match=problem):
        visit(**changes)


def test_a_comment_of_exactly_the_limit_is_kept_whole():
    assert len(visit(comment="é" * MAX_COMMENT_CHARS).comment) == MAX_COMMENT_CHARS


def test_a_saved_visit_is_one_row_per_answer_with_the_comment_on_the_last(desk):
    desk.service.clock = lambda: GIVEN_AT
    saved = desk.ratings.save(
        {Question.TREATMENT: 5, Question.ANSWER: 4, Question.OVERALL: 1},
        language="fa",
        comment="  خیلی طول کشید  ",
    )
    rows = stored_ratings(desk.paths.database)
    assert [(row["question"], row["score"]) for row in rows] == [
        ("treatment", 5),
        ("answer", 4),
        ("overall", 1),
    ]
    assert {row["visit_id"] for row in rows} == {saved.visit_id}
    assert len({row["id"] for row in rows}) == 3  # each answer is its own contract item
    assert [row["comment"] for row in rows] == ["", "", "خیلی طول کشید"]
    assert {row["language"] for row in rows} == {"fa"}
    assert {row["site_id"] for row in rows} == {desk.settings.current.site.id}
    assert {row["sync_state"] for row in rows} == {"pending"}
    assert {row["given_at"] for row in rows} == {"2026-11-26 09:30:00.000000"}
    # Anonymous by default: no staff ID, and no record when rated on its own.
    assert {row["staff_id"] for row in rows} == {None}
    assert {row["submission_id"] for row in rows} == {None}


def test_an_invalid_visit_stores_nothing(desk):
    with pytest.raises(RatingInvalid):
        desk.ratings.save({Question.TREATMENT: 9}, language="sv")
    with pytest.raises(RatingInvalid):
        desk.ratings.save({}, language="sv")
    assert stored_ratings(desk.paths.database) == []


def test_the_staff_id_is_stored_only_where_the_site_allows_it(tmp_path):
    for allowed, folder in ((False, "refused"), (True, "allowed")):
        environ = isolated_environ(
            tmp_path / folder,
            desk_staff_id="anna.s",
            rating_attach_staff_id="true" if allowed else "false",
        )
        desk = open_desk(load_settings(environ=environ))
        try:
            record = desk.service.save(complete_draft(received_by=_staff("bo.k")))
            desk.ratings.save({Question.OVERALL: 4}, language="sv")
            desk.ratings.save({Question.OVERALL: 2}, language="sv", after=record)
            rows = stored_ratings(desk.paths.database)
        finally:
            desk.close()
        # The record's ID rides along either way: it names no person.
        assert [row["submission_id"] for row in rows] == [None, str(record.id)]
        if allowed:
            # On its own: the worker at the desk; right after a record: who took that record.
            assert [row["staff_id"] for row in rows] == ["anna.s", "bo.k"]
        else:
            assert [row["staff_id"] for row in rows] == [None, None]


def _staff(staff_id: str):
    from desk_app.domain.record import Staff

    return Staff(staff_id, "")


def test_the_site_chooses_the_questions_and_their_order(tmp_path):
    environ = isolated_environ(tmp_path, rating_questions="overall,wait")
    settings = load_settings(environ=environ)
    assert settings.rating.asked == (Question.OVERALL, Question.WAIT)
    assert load_settings(environ=isolated_environ(tmp_path)).rating.asked == tuple(Question)


def _load_toml(tmp_path: Path, toml: str):
    machine = tmp_path / "machine.toml"
    machine.write_text(toml, encoding="utf-8")
    environ = isolated_environ(tmp_path)
    environ["DESK_APP_MACHINE_SETTINGS"] = str(machine)
    return load_settings(environ=environ)


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        ('[rating]\noffer_after_save = "no"\n', "must be true or false, not text"),
        ('[rating]\nattach_staff_id = "yes"\n', "must be true or false, not text"),
        ('[rating]\nquestions = "treatment, speed"\n', "unknown question 'speed'"),
        ('[rating]\nquestions = "wait, wait"\n', "names the question 'wait' twice"),
        ('[rating]\nquestions = ""\n', "name at least one question"),
        ("[rating]\nreturn_after_seconds = 2\n", "between 5 and 300 seconds"),
        ("[rating]\nreturn_after_seconds = 7.5\n", "whole number"),
    ],
)
def test_a_bad_rating_setting_is_refused_naming_file_line_and_key(tmp_path, toml, expected):
    with pytest.raises(ConfigError) as refused:
        _load_toml(tmp_path, toml)
    message = str(refused.value)
    assert expected in message
    assert "machine.toml, line 2" in message
    key = toml.split("\n")[1].split("=")[0].strip()
    assert f"'rating.{key}'" in message


def test_rating_settings_read_from_a_file_are_typed(tmp_path):
    settings = _load_toml(
        tmp_path,
        '[rating]\nquestions = "wait"\noffer_after_save = true\nreturn_after_seconds = 90\n',
    )
    assert settings.rating.asked == (Question.WAIT,)
    assert settings.rating.offer_after_save is True
    assert settings.rating.attach_staff_id is False
    assert settings.rating.return_after_seconds == 90


@pytest.mark.slow
def test_a_rating_given_survives_sigkill_right_after(desk_environ, tmp_path):
    environ = {**os.environ, **desk_environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.rate_once"],
        cwd=ROOT,
        env=environ,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    # The service returned: the visit is given. Killed at once, before any clean shut-down.
    child.send_signal(signal.SIGKILL)
    _out, err = child.communicate(timeout=60)
    assert line.startswith("RATED "), err
    assert child.returncode == -signal.SIGKILL
    visit_id = line.split()[1]

    database = tmp_path / "data" / "desk.sqlite3"
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    connection.close()
    rows = stored_ratings(database)
    assert [(row["visit_id"], row["question"], row["score"]) for row in rows] == [
        (visit_id, "treatment", 4),
        (visit_id, "wait", 2),
    ]
    assert rows[-1]["comment"] == "Snabbt och vänligt"
    # Reopened by the app itself (migrations, integrity gate): the rows are there to deliver.
    desk = open_desk(load_settings(environ=desk_environ))
    try:
        assert len(stored_ratings(desk.paths.database)) == 2
    finally:
        desk.close()
