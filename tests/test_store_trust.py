"""A damaged, read-only or newer database is refused before anything is written to it — by
every command, by the window and by `doctor` — and the desk says what IT should do."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from desk_app.store import StoreError, SubmissionStore, open_store
from tests.conftest import (
    RESIDENT_EMAIL,
    RESIDENT_NAME,
    START_WINDOW_AND_ANSWER_BOXES,
    complete_draft,
    filled_desk_with_backup,
    isolated_environ,
)

RECORDS = 300


def _desk_app(environ: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desk_app", *args],
        env={**os.environ, **environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """A desk with 300 records and a backup copy, closed cleanly (no WAL left)."""
    environ, desk = filled_desk_with_backup(tmp_path, RECORDS)
    return environ, desk.paths.database


def _damage(database: Path) -> None:
    """8 KB of noise over the records' b-tree, as a failing disk sector leaves it.

    (SQLite keeps no checksums: noise inside a text value, rather than in the tree that holds
    it, reads back as other text. What any check can prove is the tree.)
    """
    import sqlite3

    with closing(sqlite3.connect(database)) as connection:
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'submissions'"
        ).fetchone()
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    with database.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(os.urandom(8192))


def test_a_store_with_damaged_pages_is_refused_by_every_command_and_never_written(filled):
    environ, database = filled
    _damage(database)
    before = _digest(database)
    lines = database.parent.parent / "new.jsonl"
    lines.write_text(_import_line() + "\n", encoding="utf-8")
    for args in (
        ["status"],
        ["import", str(lines)],
        ["export", "--csv", str(database.parent / "out.csv")],
        ["sync", "--once"],
        ["receipt", "VAS-AAAA-AAAA-AAAA", "--pdf", str(database.parent / "r.pdf")],
    ):
        result = _desk_app(environ, *args)
        assert result.returncode == 3, (args, result.stderr)
        assert "is damaged" in result.stderr and str(database) in result.stderr, args
        assert "Traceback" not in result.stderr
    assert _digest(database) == before
    wal = database.with_name("desk.sqlite3-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # a reader may leave it, empty


def _import_line() -> str:
    return json.dumps(
        {
            "kind": "complaint",
            "category": "streets.snow",
            "description": "Snow",
            "channel": "in_person",
            "language": "sv",
            "reporter": {"anonymous": True},
            "wants_reply": False,
            "consent": {"privacy_notice_given": True, "contact_ok": False},
            "received_by": {"staff_id": "anna.s"},
        }
    )


def test_doctor_explains_the_damage_and_names_the_copy_to_restore(filled):
    environ, database = filled
    _damage(database)
    result = _desk_app(environ, "doctor")
    assert result.returncode == 1
    problem = next(line for line in result.stdout.splitlines() if "[PROBLEM] database" in line)
    assert "is damaged" in problem and "Newest copy to restore" in problem
    backup = next((database.parent / "backups").glob("desk-*.sqlite3"))
    assert str(backup) in problem


def test_the_newest_backup_restored_as_doctor_says_opens_as_is(filled):
    environ, database = filled
    _damage(database)
    backup = next((database.parent / "backups").glob("desk-*.sqlite3"))
    shutil.copy(backup, database)
    status = _desk_app(environ, "status", "--json")
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["total"] == RECORDS
    assert _desk_app(environ, "doctor").returncode == 0


def test_writes_wait_for_a_background_check_and_are_refused_when_it_fails(filled):
    _environ, database = filled
    _damage(database)
    before = _digest(database)
    engine = open_store(database, database.parent / "backups", check_in_background=True)
    store = SubmissionStore(engine)
    from desk_app.domain.record import Site, Submission

    record = Submission.from_draft(complete_draft(), reference="VAS-X", site=Site("v", "V"))
    with pytest.raises(StoreError, match="is damaged"):
        store.add(record)
    with pytest.raises(StoreError, match="is damaged"):
        store.set_meta("anything", "x")
    engine.dispose()
    assert _digest(database) == before


def test_a_sound_store_checked_in_the_background_takes_writes_once_checked(filled):
    _environ, database = filled
    engine = open_store(database, database.parent / "backups", check_in_background=True)
    store = SubmissionStore(engine)
    store.set_meta("checked", "yes")  # waits for the check, then writes
    assert store.integrity.settled and store.integrity.problem is None
    assert store.meta("checked") == "yes"
    engine.dispose()


def test_the_window_refuses_a_damaged_store_in_the_screen_language(filled):
    environ, database = filled
    _damage(database)
    before = _digest(database)
    result = subprocess.run(
        [sys.executable, "-c", START_WINDOW_AND_ANSWER_BOXES],
        env={**os.environ, **environ, "QT_QPA_PLATFORM": "offscreen", "DESK_APP_UI_LANGUAGE": "sv"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 3, result.stderr
    assert "BOX Databasen kan inte öppnas | Databasen" in result.stdout
    assert "är skadad" in result.stdout and str(database) in result.stdout
    assert "is damaged" in result.stderr  # IT reads stderr in English
    assert _digest(database) == before
    log = (database.parent / "logs" / "desk-app.log").read_text(encoding="utf-8")
    assert RESIDENT_NAME not in log and RESIDENT_EMAIL not in log


@pytest.fixture
def read_only() -> Iterator[object]:
    """Makes a file or folder read-only for this process, as root too (chattr +i)."""
    undo: list[Path] = []

    def make(path: Path) -> None:
        if os.geteuid() == 0:
            done = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
            if done.returncode != 0:
                pytest.skip("this file system cannot make a file read-only for root")
        else:
            path.chmod(stat.S_IRUSR | (stat.S_IXUSR if path.is_dir() else 0))
        undo.append(path)

    yield make
    for path in undo:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(path)], capture_output=True)
        else:
            path.chmod(stat.S_IRWXU)


def test_a_read_only_database_is_refused_by_status_doctor_and_import(filled, read_only):
    environ, database = filled
    read_only(database)
    lines = database.parent.parent / "new.jsonl"
    lines.write_text(_import_line() + "\n", encoding="utf-8")
    for args in (["status"], ["import", str(lines)]):
        result = _desk_app(environ, *args)
        assert result.returncode == 3, (args, result.stderr)
        assert "read-only for this user" in result.stderr
        assert "Traceback" not in result.stderr
    doctor = _desk_app(environ, "doctor")
    assert doctor.returncode == 1 and "read-only for this user" in doctor.stdout


def test_an_empty_read_only_data_folder_gets_a_plain_message(tmp_path, read_only):
    environ = isolated_environ(tmp_path)
    data = Path(environ["DESK_APP_DATA_DIR"])
    data.mkdir()
    read_only(data)
    result = _desk_app(environ, "status")
    assert result.returncode == 3
    assert "cannot be used" in result.stderr and "Traceback" not in result.stderr
    doctor = _desk_app(environ, "doctor")
    assert doctor.returncode == 1
    assert f"{data} is not writable by this user" in doctor.stdout


def test_a_schema_newer_than_the_app_fails_doctor(filled):
    environ, database = filled
    import sqlite3

    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0999_from_the_future'")
    connection.close()
    assert _desk_app(environ, "status").returncode == 3
    doctor = _desk_app(environ, "doctor")
    assert doctor.returncode == 1
    assert "written by a newer version" in doctor.stdout


def test_a_data_folder_that_is_a_file_is_named_as_such(tmp_path):
    environ = isolated_environ(tmp_path)
    Path(environ["DESK_APP_DATA_DIR"]).write_text("not a folder", encoding="utf-8")
    result = _desk_app(environ, "status")
    assert result.returncode == 3
    assert "is a file, not a folder" in result.stderr and "Traceback" not in result.stderr


def test_an_emptied_database_is_refused_not_started_afresh(filled):
    """A store cut to 0 bytes (a failed copy, a disk that lost the file's pages) once held
    records: starting an empty database over it would hide that they are gone."""
    environ, database = filled
    database.write_bytes(b"")
    lines = database.parent.parent / "new.jsonl"
    lines.write_text(_import_line() + "\n", encoding="utf-8")
    for args in (["status"], ["import", str(lines)]):
        result = _desk_app(environ, *args)
        assert result.returncode == 3, (args, result.stderr)
        assert "is empty (0 bytes)" in result.stderr and "Traceback" not in result.stderr
        assert database.stat().st_size == 0  # left as found, for IT to see
    doctor = _desk_app(environ, "doctor")
    assert doctor.returncode == 1 and "is empty (0 bytes)" in doctor.stdout
    assert "desk-" in doctor.stdout  # names the copy in backups/ to restore


def test_a_new_database_appears_only_whole(tmp_path):
    """The desk's own first start never leaves an empty file behind: the new database is
    built under another name and renamed into place once its schema is complete."""
    data = tmp_path / "data"
    leftover = data / "desk.sqlite3.new"
    data.mkdir()
    leftover.write_bytes(b"")  # a first start killed half-way, under the old name
    engine = open_store(data / "desk.sqlite3", data / "backups")
    try:
        assert SubmissionStore(engine).counts_by_state() is not None
    finally:
        engine.dispose()
    assert not leftover.exists()
    assert (data / "desk.sqlite3").read_bytes().startswith(b"SQLite format 3\x00")
    assert sorted(p.name for p in data.iterdir() if p.name.startswith("desk.sqlite3")) == [
        "desk.sqlite3"
    ]
