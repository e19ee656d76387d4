"""Who may export personal data and read the audit trail, and how workers get PINs — through
the real `desk-app` command on real database files."""

from __future__ import annotations

import getpass
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import (
    RESIDENT_EMAIL,
    RESIDENT_NAME,
    desk_app,
    form,
    write_jsonl,
)

EXIT_NOT_PERMITTED = 4
ME = getpass.getuser()


def run(tmp_path: Path, *args: str | Path, stdin: str = "", **settings: str):
    """One `desk-app` command with ``stdin`` as its standard input (PINs, one a line)."""
    return desk_app(tmp_path, *args, stdin=stdin, **settings)


PIN_DESK = {"desk_sign_in": "pin", "desk_supervisors": "anna.s"}


def add_anna_and_bo(tmp_path: Path) -> None:
    """A new desk: its OS account adds the first supervisor (Anna); she then adds Bo."""
    anna = run(tmp_path, "worker", "add", "anna.s", "--name", "Anna S", stdin="2468\n", **PIN_DESK)
    assert anna.returncode == 0, anna.stderr
    bo = run(
        tmp_path, "worker", "add", "bo.k", "--worker", "anna.s", stdin="2468\n1357\n", **PIN_DESK
    )
    assert bo.returncode == 0, bo.stderr


@pytest.fixture
def one_record(tmp_path: Path) -> None:
    result = desk_app(tmp_path, "import", write_jsonl(tmp_path / "forms.jsonl", form()))
    assert result.returncode == 0, result.stderr


def audit_kinds(tmp_path: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(tmp_path / "data" / "desk.sqlite3") as connection:
        rows = connection.execute("SELECT kind, staff_id, detail FROM audit_events ORDER BY id")
        found = [tuple(row) for row in rows]
    connection.close()
    return found


@pytest.mark.usefixtures("one_record")
def test_a_worker_without_the_supervisor_role_cannot_export_personal_data(tmp_path: Path):
    out = tmp_path / "personal.csv"

    result = desk_app(tmp_path, "export", "--csv", out, "--with-personal-data")

    assert result.returncode == EXIT_NOT_PERMITTED
    assert "only a supervisor may export with personal data" in result.stderr
    assert "desk.supervisors" in result.stderr
    assert not out.exists() and not out.with_name("personal.csv.part").exists()
    assert ("desk.refused", ME, "not a supervisor: export with personal data") in audit_kinds(
        tmp_path
    )
    # Without personal data, anyone may export for reports.
    plain = desk_app(tmp_path, "export", "--csv", tmp_path / "plain.csv")
    assert plain.returncode == 0, plain.stderr
    assert RESIDENT_NAME not in (tmp_path / "plain.csv").read_text(encoding="utf-8")


@pytest.mark.usefixtures("one_record")
def test_a_supervisor_named_by_their_os_login_exports_personal_data(tmp_path: Path):
    out = tmp_path / "personal.csv"

    result = desk_app(
        tmp_path, "export", "--csv", out, "--with-personal-data", desk_supervisors=f"x, {ME}"
    )

    assert result.returncode == 0, result.stderr
    assert RESIDENT_EMAIL in out.read_text(encoding="utf-8")
    assert audit_kinds(tmp_path)[-1][0] == "export.personal_data"


@pytest.mark.usefixtures("one_record")
def test_supervisors_named_in_the_workers_own_settings_file_count_for_nothing(tmp_path: Path):
    (tmp_path / "user-settings.toml").write_text(f'[desk]\nsupervisors = "{ME}"\n')

    result = desk_app(tmp_path, "export", "--csv", tmp_path / "p.csv", "--with-personal-data")

    assert result.returncode == EXIT_NOT_PERMITTED
    assert not (tmp_path / "p.csv").exists()


@pytest.mark.usefixtures("one_record")
def test_on_a_shared_account_the_supervisor_exports_with_their_pin_and_a_worker_cannot(
    tmp_path: Path,
):
    add_anna_and_bo(tmp_path)
    out = tmp_path / "personal.csv"
    export = ("export", "--csv", out, "--with-personal-data")

    as_bo = run(tmp_path, *export, "--worker", "bo.k", stdin="1357\n", **PIN_DESK)
    wrong = run(tmp_path, *export, "--worker", "anna.s", stdin="1111\n", **PIN_DESK)
    nobody = run(tmp_path, *export, **PIN_DESK)

    assert as_bo.returncode == wrong.returncode == nobody.returncode == EXIT_NOT_PERMITTED
    assert "bo.k is not one" in as_bo.stderr
    assert "wrong PIN" in wrong.stderr
    assert "--worker" in nobody.stderr  # says how to sign in on a shared account
    assert not out.exists()

    as_anna = run(tmp_path, *export, "--worker", "anna.s", stdin="2468\n", **PIN_DESK)
    assert as_anna.returncode == 0, as_anna.stderr
    assert RESIDENT_NAME in out.read_text(encoding="utf-8")
    assert ("export.personal_data", "anna.s", "CSV export with personal data") in audit_kinds(
        tmp_path
    )


def test_a_worker_cannot_add_workers_or_set_pins(tmp_path: Path):
    add_anna_and_bo(tmp_path)
    set_pin = ("worker", "set-pin", "anna.s", "--worker", "bo.k")

    by_bo = run(tmp_path, *set_pin, stdin="1357\n0000\n", **PIN_DESK)
    by_the_os_account = run(tmp_path, "worker", "add", "eve", stdin="0000\n", **PIN_DESK)

    assert by_bo.returncode == by_the_os_account.returncode == EXIT_NOT_PERMITTED
    listed = run(tmp_path, "worker", "list", **PIN_DESK)
    assert listed.stdout.split() == ["anna.s", "supervisor", "Anna", "S", "bo.k", "desk", "worker"]


def test_pins_are_kept_as_argon2id_hashes_never_as_digits(tmp_path: Path):
    added = run(tmp_path, "worker", "add", "anna.s", stdin="80241357\n", desk_supervisors="anna.s")
    assert added.returncode == 0, added.stderr
    short = run(tmp_path, "worker", "add", "bo.k", stdin="12\n", desk_supervisors=ME)
    assert short.returncode == 2 and "4 to 8 digits" in short.stderr

    with sqlite3.connect(tmp_path / "data" / "desk.sqlite3") as connection:
        (stored,) = connection.execute("SELECT pin_hash FROM desk_workers").fetchone()
    connection.close()
    assert stored.startswith("$argon2id$")
    database = b"".join(path.read_bytes() for path in (tmp_path / "data").glob("desk.sqlite3*"))
    assert b"80241357" not in database


def test_only_a_supervisor_reads_the_audit_trail(tmp_path: Path):
    desk_app(tmp_path, "status")

    worker = desk_app(tmp_path, "audit", "show")
    supervisor = desk_app(tmp_path, "audit", "show", desk_supervisors=ME)

    assert worker.returncode == EXIT_NOT_PERMITTED and worker.stdout == ""
    assert "only a supervisor may read the audit trail" in worker.stderr
    assert supervisor.returncode == 0, supervisor.stderr
    assert "desk.refused" in supervisor.stdout  # the worker's try is in the trail
