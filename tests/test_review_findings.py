"""Defects found in review, each pinned by a test that failed before its fix.

Every test drives the real `desk-app` command on real SQLite files in its own data folder.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from tests.conftest import filled_desk_with_backup, isolated_environ

BACKED_UP, LATER = 40, 15


def _desk_app(environ: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desk_app", *args],
        env={**os.environ, **environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )


# A desk killed by power loss: records committed to the WAL, never checkpointed into the file.
_SAVE_AND_DIE = """
import os, sys
from desk_app.app import open_desk
from desk_app.settings import load_settings
from tests.conftest import complete_draft

desk = open_desk(load_settings())
for _ in range(int(sys.argv[1])):
    desk.service.save(complete_draft())
os._exit(0)  # no close: SQLite never checkpoints, the WAL stays behind
"""


def _pages_in_wal(wal: Path, page_size: int) -> set[int]:
    """The page numbers the WAL holds newer copies of (each frame: 24-byte header, a page)."""
    data = wal.read_bytes()
    pages, offset = set(), 32
    while offset + 24 + page_size <= len(data):
        pages.add(struct.unpack(">I", data[offset : offset + 4])[0])
        offset += 24 + page_size
    return pages


def _damage_a_page_outside_the_wal(database: Path) -> None:
    import sqlite3

    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as connection:
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    in_wal = _pages_in_wal(database.with_name(database.name + "-wal"), page_size)
    page_count = database.stat().st_size // page_size
    victim = next(page for page in range(2, page_count + 1) if page not in in_wal)
    with database.open("r+b") as handle:
        handle.seek((victim - 1) * page_size)
        handle.write(b"\x5a" * page_size)


@pytest.fixture
def damaged_after_a_crash(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """A backup of 40 records; 15 more committed to a WAL a killed desk left; a damaged page."""
    environ, desk = filled_desk_with_backup(tmp_path, BACKED_UP)
    database = desk.paths.database
    died = subprocess.run(
        [sys.executable, "-c", _SAVE_AND_DIE, str(LATER)],
        env={**os.environ, **environ},
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert died.returncode == 0, died.stderr
    assert database.with_name("desk.sqlite3-wal").stat().st_size > 0
    _damage_a_page_outside_the_wal(database)
    return environ, database


def test_restoring_the_backup_as_doctor_says_opens_the_backup_not_the_damaged_files_wal(
    damaged_after_a_crash,
):
    environ, database = damaged_after_a_crash
    doctor = _desk_app(environ, "doctor")
    assert doctor.returncode == 1
    problem = next(line for line in doctor.stdout.splitlines() if "[PROBLEM] database" in line)
    # Doctor must say that the damaged file's -wal and -shm go with it: left in place, SQLite
    # replays the damaged database's journal into the restored copy.
    wal, shm = (database.with_name(database.name + suffix) for suffix in ("-wal", "-shm"))
    assert str(wal) in problem and str(shm) in problem
    kept = database.parent.parent / "kept-for-it"
    kept.mkdir()
    for damaged_file in (database, wal, shm):
        if str(damaged_file) in problem and damaged_file.exists():
            shutil.move(damaged_file, kept / damaged_file.name)
    backup = next((database.parent / "backups").glob("desk-*.sqlite3"))
    assert str(backup) in problem
    shutil.copy(backup, database)

    status = _desk_app(environ, "status", "--json")

    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["total"] == BACKED_UP
    # And what IT kept still holds every record the desk had committed.
    assert (kept / "desk.sqlite3-wal").stat().st_size > 0


def test_a_data_folder_below_a_file_names_the_file_in_the_way(tmp_path):
    environ = isolated_environ(tmp_path)
    in_the_way = tmp_path / "shared-drive"
    in_the_way.write_text("not a folder", encoding="utf-8")
    asked = in_the_way / "desk"

    result = _desk_app(environ, "--data-dir", str(asked), "status")

    assert result.returncode == 3
    # "…/shared-drive/desk is a file" sends IT looking for a file that does not exist.
    assert f"{in_the_way} is a file, not a folder" in result.stderr
    assert f"{asked} is a file" not in result.stderr
