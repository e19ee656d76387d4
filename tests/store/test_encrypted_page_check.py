"""The page check of an encrypted store (table by table, see store.integrity): a single
damaged page is found wherever it lies, and a key that does not fit is a finding, never an
exception."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from sqlalchemy import Engine

from desk_app.domain.record import Site, Submission
from desk_app.store.database import open_store
from desk_app.store.encryption import connect, new_key
from desk_app.store.integrity import integrity_problems
from desk_app.store.repository import SubmissionStore
from tests.conftest import complete_draft

PAGE = 16384  # store.encryption.CIPHER_SETTINGS


def encrypted_store(tmp_path: Path, records: int = 400) -> tuple[Path, bytes]:
    """An encrypted desk database with ``records`` records (several pages in each b-tree)."""
    path, key = tmp_path / "desk.sqlite3", new_key()
    engine: Engine = open_store(path, tmp_path / "backups", key=key)
    store = SubmissionStore(engine)
    site = Site("VAS", "Stadshuset")
    for number in range(records):
        draft = complete_draft(description=f"Record {number}: the pavement is icy again. " * 8)
        store.add(Submission.from_draft(draft, reference=f"VAS-{number:04d}-ABCD", site=site))
    engine.dispose()  # checkpoints the WAL into the file
    return path, key


def test_one_damaged_page_is_found_wherever_it_lies(tmp_path: Path) -> None:
    path, key = encrypted_store(tmp_path)
    original = path.read_bytes()
    with closing(connect(path, key, read_only=True)) as connection:
        # A free page holds nothing and is not read (the check skips the free-page list).
        free = connection.execute("PRAGMA freelist_count").fetchone()[0]
    pages = len(original) // PAGE
    assert pages >= 8 and free <= 2
    missed = []
    for page in range(pages):
        content = bytearray(original)
        start = page * PAGE + 200
        content[start : start + 8] = bytes(b ^ 0xFF for b in content[start : start + 8])
        path.write_bytes(bytes(content))
        if not integrity_problems(path, key=key):
            missed.append(page)
    assert len(missed) <= free, f"damaged pages {missed} of {pages} not found ({free} free)"
    path.write_bytes(original)
    assert integrity_problems(path, key=key) == []


def test_a_key_that_does_not_fit_is_a_finding_not_an_exception(tmp_path: Path) -> None:
    path, _key = encrypted_store(tmp_path, records=20)
    findings = integrity_problems(path, key=new_key())
    assert findings and all(isinstance(finding, str) for finding in findings)
