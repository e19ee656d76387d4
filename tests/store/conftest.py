"""A real desk database file for each store test."""

from __future__ import annotations

import pytest

from desk_app.store import SubmissionStore, open_store


@pytest.fixture
def store(tmp_path):
    engine = open_store(tmp_path / "desk.sqlite3", tmp_path / "backups")
    yield SubmissionStore(engine)
    engine.dispose()
