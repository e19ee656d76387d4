"""The answers to a service's questions are stored with the record (migration
0009_open311_attributes), kept through a correction, blanked by an erasure, and a database of
the ratings release (0008) upgrades with its records intact."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import inspect

from desk_app.domain.record import ErasureReason
from desk_app.store.database import HEAD_REVISION, current_revision, open_store
from desk_app.store.repository import SubmissionStore
from tests.conftest import run_alembic
from tests.store.conftest import stored_submission

ANSWERS = {"depth_cm": "8", "affected": ("cars", "cyclists"), "details": "Östra sidan"}


def test_a_records_answers_are_stored_and_read_back(tmp_path):
    store = SubmissionStore(open_store(tmp_path / "desk.sqlite3", tmp_path / "backups"))
    store.add(stored_submission("VAS-2611-AAAA", category="streets.repair", attributes=ANSWERS))
    store.add(stored_submission("VAS-2611-BBBB"))
    assert store.get("VAS-2611-AAAA").attributes == ANSWERS
    assert store.get("VAS-2611-BBBB").attributes == {}
    corrected = replace(store.get("VAS-2611-AAAA"), attributes={"depth_cm": "12"})
    store.update_content(corrected)
    assert store.get("VAS-2611-AAAA").attributes == {"depth_cm": "12"}
    store.update_content(replace(corrected, attributes={}))
    assert store.get("VAS-2611-AAAA").attributes == {}
    store.engine.dispose()


def test_an_erasure_blanks_the_answers(tmp_path):
    from desk_app.store.privacy import PrivacyStore

    store = SubmissionStore(open_store(tmp_path / "desk.sqlite3", tmp_path / "backups"))
    record = stored_submission("VAS-2611-AAAA", attributes=ANSWERS)
    store.add(record)
    PrivacyStore(store).erase(
        [record.reference],
        ErasureReason.REQUEST,
        datetime(2026, 11, 26, tzinfo=UTC),
        unsent_reason="Erased on request",
    )
    assert store.get("VAS-2611-AAAA").attributes == {}
    store.engine.dispose()


def test_a_database_of_release_0008_gets_the_answers_column_and_keeps_its_records(tmp_path):
    path = tmp_path / "desk.sqlite3"
    head = SubmissionStore(open_store(path, tmp_path / "backups"))
    head.add(stored_submission("VAS-2611-AAAA", description="Snow before the upgrade"))
    head.engine.dispose()
    run_alembic(path, "downgrade", "0008_ratings")
    assert current_revision(path) == "0008_ratings"

    store = SubmissionStore(open_store(path, tmp_path / "backups"))

    assert current_revision(path) == HEAD_REVISION
    columns = {column["name"] for column in inspect(store.engine).get_columns("submissions")}
    assert "open311_attributes" in columns
    old = store.get("VAS-2611-AAAA")
    assert old.description == "Snow before the upgrade" and old.attributes == {}
    store.add(stored_submission("VAS-2611-BBBB", attributes=ANSWERS))
    assert store.get("VAS-2611-BBBB").attributes == ANSWERS
    assert [r.reference for r in store.search("Snow before")] == ["VAS-2611-AAAA"]
    store.engine.dispose()


def test_the_right_of_access_copy_lists_every_answer_by_its_code():
    from desk_app.services.privacy import describe

    rows = dict(describe(stored_submission("VAS-2611-AAAA", attributes=ANSWERS)))
    assert rows["Answer 'depth_cm'"] == "8"
    assert rows["Answer 'affected'"] == "cars, cyclists"
    assert rows["Answer 'details'"] == "Östra sidan"
