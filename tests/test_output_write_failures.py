"""A file the desk writes for a person (an export, a receipt, a record copy) that does not
fit leaves no ``.part`` file with personal data behind, one clear line, exit 1, and an export
of personal data that was attempted is in the audit trail.

The target "fills up" by RLIMIT_FSIZE in the child `desk-app` process: a write past the limit
fails with EFBIG like a full disk fails with ENOSPC, through the same OSError path, and needs
no root. The limit sits above what the desk's database work writes in these runs, below the
size of the files asked for.
"""

from __future__ import annotations

import getpass
import resource
import subprocess
from pathlib import Path

import pytest

from desk_app.app import open_desk
from desk_app.settings import load_settings
from tests.conftest import RESIDENT_NAME, complete_draft, desk_command

# Room for SQLite's shared-memory index (32 KiB) and the run's own WAL frames; not for a
# receipt PDF (~45 KB with its fonts) nor an export of twenty long records (~65 KB).
FILE_SIZE_LIMIT = 40_000


@pytest.fixture
def desk_with_records(tmp_path: Path) -> tuple[list[str], dict[str, str], list[str]]:
    """A desk of twenty records with long descriptions, its command line and environment,
    and the records' references."""
    command, environ = desk_command(tmp_path, desk_supervisors=getpass.getuser())
    desk = open_desk(load_settings(environ=environ))
    references = [
        desk.service.save(complete_draft(description="Snow on the pavement. " * 140)).reference
        for _ in range(20)
    ]
    desk.store.engine.dispose()
    return command, environ, references


def _limit_file_size() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_SIZE_LIMIT, FILE_SIZE_LIMIT))


def _desk_app(
    command: list[str], environ: dict[str, str], *args: str, limited: bool = True
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*command, *args],
        env=environ,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        preexec_fn=_limit_file_size if limited else None,
    )


def _assert_one_clear_line(finished: subprocess.CompletedProcess[str], target: Path) -> None:
    assert finished.returncode == 1, finished.stderr
    assert "Traceback" not in finished.stderr
    assert finished.stderr.strip() == f"desk-app: could not write {target}: File too large"
    assert RESIDENT_NAME not in finished.stderr
    assert not target.exists()
    assert list(target.parent.iterdir()) == []  # no .part file left with names in it


def test_an_export_that_does_not_fit_leaves_no_part_file_and_is_audited_as_failed(
    desk_with_records, tmp_path: Path
) -> None:
    command, environ, _references = desk_with_records
    (out := tmp_path / "out").mkdir()
    target = out / "people.csv"

    finished = _desk_app(command, environ, "export", "--csv", str(target), "--with-personal-data")

    _assert_one_clear_line(finished, target)
    audit = _desk_app(command, environ, "audit", "show", limited=False)
    assert audit.returncode == 0, audit.stderr
    (line,) = [line for line in audit.stdout.splitlines() if "export.personal_data" in line]
    assert "FAILED" in line and "File too large" in line


def test_an_export_without_personal_data_that_does_not_fit_is_not_audited(
    desk_with_records, tmp_path: Path
) -> None:
    command, environ, _references = desk_with_records
    (out := tmp_path / "out").mkdir()
    target = out / "records.csv"

    _assert_one_clear_line(_desk_app(command, environ, "export", "--csv", str(target)), target)
    audit = _desk_app(command, environ, "audit", "show", limited=False)
    assert "export.personal_data" not in audit.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("receipt", "{reference}", "--pdf", "{target}"),
        ("person", "show", "{reference}", "--pdf", "{target}"),
    ],
    ids=["receipt", "person-show"],
)
def test_a_pdf_that_does_not_fit_leaves_no_part_file(
    desk_with_records, tmp_path: Path, args: tuple[str, ...]
) -> None:
    command, environ, references = desk_with_records
    (out := tmp_path / "out").mkdir()
    target = out / "copy.pdf"
    filled = [arg.format(reference=references[0], target=target) for arg in args]

    _assert_one_clear_line(_desk_app(command, environ, *filled), target)
    # The same command with room to write gives the file: the limit, not the record, failed.
    finished = _desk_app(command, environ, *filled, limited=False)
    assert finished.returncode == 0, finished.stderr
    assert target.read_bytes().startswith(b"%PDF")


def test_machine_settings_that_cannot_be_written_give_one_clear_line(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the installer expects a folder\n", encoding="utf-8")
    target = blocker / "machine-settings.toml"
    command, environ = desk_command(tmp_path)

    finished = _desk_app(
        command, environ, "machine-settings", "--file", str(target), "--site-id", "vas"
    )

    assert finished.returncode == 1
    assert finished.stderr.strip() == f"desk-app: could not write {target}: Not a directory"
