"""A real desk database file for each store test."""

from __future__ import annotations

import pytest

from desk_app.domain.record import Site, Submission
from desk_app.store import SubmissionStore, open_store
from tests.conftest import complete_draft


@pytest.fixture
def store(tmp_path):
    engine = open_store(tmp_path / "desk.sqlite3", tmp_path / "backups")
    yield SubmissionStore(engine)
    engine.dispose()


def stored_submission(reference, description="Snow on the pavement", **changes):
    """A complete record with a fixed reference, ready for ``store.add``."""
    draft = complete_draft(description=description, **changes)
    return Submission.from_draft(draft, reference=reference, site=Site("vas", "Stadshuset"))
