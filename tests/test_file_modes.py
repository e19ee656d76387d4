"""On a shared PC the desk's files are the desk user's alone: the data and log folders, the
database and its WAL, backups, logs, receipts and exports (0700 / 0600 on Linux and macOS)."""

from __future__ import annotations

import getpass
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import isolated_environ

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")

SAVE_AND_BACK_UP = """
from desk_app.app import open_desk
from desk_app.settings import load_settings
from desk_app.store.database import backup_database
from tests.conftest import complete_draft

desk = open_desk(load_settings())
saved = desk.service.save(complete_draft())
backup_database(desk.paths.database, desk.paths.backups, "test")
print(saved.reference)
"""


def _run(environ: dict[str, str], *command: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, *command],
        env={**os.environ, **environ, "PYTHONPATH": str(Path(__file__).parents[1])},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result


def _open_to_others(folder: Path) -> list[str]:
    loose = []
    for path in [folder, *folder.rglob("*")]:
        if path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            loose.append(f"{path} {stat.filemode(path.stat().st_mode)}")
    return loose


@pytest.fixture(autouse=True)
def usual_umask():
    """The commands start with the usual umask 022: what the desk must not rely on."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_everything_the_desk_writes_is_readable_by_its_user_alone(tmp_path):
    environ = isolated_environ(tmp_path, desk_supervisors=getpass.getuser())
    reference = _run(environ, "-c", SAVE_AND_BACK_UP).stdout.strip()
    exported, receipt = tmp_path / "out" / "records.csv", tmp_path / "out" / "receipt.pdf"
    exported.parent.mkdir()
    _run(environ, "-m", "desk_app", "export", "--csv", str(exported), "--with-personal-data")
    _run(environ, "-m", "desk_app", "receipt", reference, "--pdf", str(receipt))
    data = Path(environ["DESK_APP_DATA_DIR"])
    assert (data / "desk.sqlite3").exists() and any((data / "backups").iterdir())
    assert (data / "logs" / "desk-app.log").exists()
    assert _open_to_others(data) == []
    for output in (exported, receipt):
        assert stat.S_IMODE(output.stat().st_mode) == 0o600, output


def test_files_an_older_version_left_open_are_tightened_at_the_next_start(tmp_path):
    environ = isolated_environ(tmp_path)
    _run(environ, "-c", SAVE_AND_BACK_UP)
    data = Path(environ["DESK_APP_DATA_DIR"])
    for path in [data, *data.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    _run(environ, "-m", "desk_app", "status")
    assert _open_to_others(data) == []


def test_the_machine_settings_file_stays_readable_by_every_user(tmp_path):
    target = tmp_path / "machine" / "settings.toml"
    _run({}, "-m", "desk_app", "machine-settings", "--file", str(target), "--site-id", "vas")
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o755
