"""The resident's rights from the command line — `desk-app person find|show|erase`,
`retention run`, `audit show` — through the real command on real database files."""

from __future__ import annotations

import getpass
import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import (
    RESIDENT_EMAIL,
    RESIDENT_NAME,
    RESIDENT_PHONE,
    SECRET_DESCRIPTION,
    desk_app,
    form,
    write_jsonl,
)

PERSONAL = (RESIDENT_NAME, RESIDENT_EMAIL, RESIDENT_PHONE, SECRET_DESCRIPTION, "Zorbulina")


def import_records(tmp_path: Path, *lines: dict[str, object]) -> list[str]:
    """Import ``lines`` with the real command; their references, in order."""
    result = desk_app(tmp_path, "import", write_jsonl(tmp_path / "in.jsonl", *lines))
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def database(tmp_path: Path) -> Path:
    return tmp_path / "data" / "desk.sqlite3"


def deliver(tmp_path: Path, reference: str, at: datetime, case_number: str = "C-2026-0042"):
    """Record that the case system took ``reference`` at ``at``, as the outbox does."""
    with sqlite3.connect(database(tmp_path)) as connection:
        connection.execute(
            "UPDATE submissions SET sync_state = 'synced', synced_at = ?, case_number = ? "
            "WHERE reference = ?",
            (at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f"), case_number, reference),
        )
    connection.close()


def personal_data_in_logs_or(tmp_path: Path, *outputs: str) -> list[str]:
    logs = "".join(p.read_text("utf-8") for p in (tmp_path / "data" / "logs").glob("*.log*"))
    text = logs + "".join(outputs)
    return [word for word in PERSONAL if word in text]


@pytest.fixture
def resident(tmp_path: Path) -> str:
    """One record of the test resident, described in their own words; its reference."""
    line = form(description=SECRET_DESCRIPTION)
    line["on_behalf_of"] = {"relation": "relative", "note": "Zorbulina's son"}
    (reference,) = import_records(tmp_path, line)
    return reference


@pytest.mark.parametrize(
    "typed",
    [
        "zorbulina",  # part of the name, in another case
        "ZORBULINA.Q@EXAMPLE.SE",
        "+46-70-555 1234",  # the phone spaced and dashed another way
        "4670 5551234",
    ],
)
def test_person_find_finds_the_resident_by_name_email_or_phone_and_prints_no_personal_data(
    tmp_path: Path, resident: str, typed: str
) -> None:
    other = {"anonymous": False, "name": "Ola Berg", "phone": "070-111 22 33"}
    import_records(tmp_path, form(description="Someone else", reporter=other, wants_reply=False))

    found = desk_app(tmp_path, "person", "find", typed)

    assert found.returncode == 0, found.stderr
    (line,) = found.stdout.splitlines()
    assert line.split()[:4] == [resident, "2026-11-18", "complaint", "streets.snow"]
    assert "pending" in line and "personal data held" in line
    assert personal_data_in_logs_or(tmp_path, found.stdout, found.stderr) == []


def test_person_find_by_reference_and_nothing_for_a_stranger(tmp_path: Path, resident: str):
    by_reference = desk_app(tmp_path, "person", "find", resident.lower())
    assert by_reference.stdout.split()[0] == resident
    stranger = desk_app(tmp_path, "person", "find", "Someone Else Entirely")
    assert stranger.returncode == 0 and stranger.stdout == ""


def test_person_show_prints_everything_held_and_a_pdf_copy(tmp_path: Path, resident: str):
    pdf = tmp_path / "copy.pdf"
    shown = desk_app(tmp_path, "person", "show", resident, "--pdf", pdf)

    assert shown.returncode == 0, shown.stderr
    for held in (resident, RESIDENT_NAME, RESIDENT_EMAIL, RESIDENT_PHONE, SECRET_DESCRIPTION):
        assert held in shown.stdout
    assert "Zorbulina's son" in shown.stdout
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    for held in (resident, RESIDENT_NAME, RESIDENT_EMAIL, SECRET_DESCRIPTION):
        assert held in text
    assert personal_data_in_logs_or(tmp_path, shown.stderr) == []


def test_person_erase_blanks_the_personal_data_and_keeps_what_happened(
    tmp_path: Path, resident: str
) -> None:
    erased = desk_app(tmp_path, "person", "erase", resident, "--yes")

    assert erased.returncode == 0, erased.stderr
    assert f"Personal data of {resident} erased." in erased.stdout
    assert "will not be sent" in erased.stdout  # it had not been delivered
    shown = desk_app(tmp_path, "person", "show", resident)
    assert [word for word in PERSONAL if word in shown.stdout] == []
    assert "Zorbulina's son" not in shown.stdout
    assert "streets.snow" in shown.stdout and "complaint" in shown.stdout
    assert "(request)" in shown.stdout
    assert desk_app(tmp_path, "person", "find", RESIDENT_EMAIL).stdout == ""
    found = desk_app(tmp_path, "person", "find", resident)
    assert "personal data erased" in found.stdout
    data = database(tmp_path).read_bytes()
    wal = database(tmp_path).with_name("desk.sqlite3-wal")
    data += wal.read_bytes() if wal.exists() else b""
    assert [word for word in PERSONAL if word.encode("utf-8") in data] == []
    assert personal_data_in_logs_or(tmp_path, erased.stderr, shown.stderr) == []


def test_erasing_a_delivered_record_says_the_case_system_must_erase_its_copy(
    tmp_path: Path, resident: str
) -> None:
    deliver(tmp_path, resident, datetime.now(UTC) - timedelta(days=1))

    erased = desk_app(tmp_path, "person", "erase", resident, "--yes")

    assert erased.returncode == 0, erased.stderr
    assert "delivered to the case system (case C-2026-0042)" in erased.stdout
    assert "erase it there too" in erased.stdout
    status = json.loads(desk_app(tmp_path, "status", "--json").stdout)
    assert status["counts"]["synced"] == 1  # still delivered: staff can answer about it


def test_erase_without_yes_off_a_terminal_refuses_and_keeps_the_data(
    tmp_path: Path, resident: str
) -> None:
    refused = desk_app(tmp_path, "person", "erase", resident)

    assert refused.returncode == 2
    assert "--yes" in refused.stderr
    assert RESIDENT_NAME in desk_app(tmp_path, "person", "show", resident).stdout


def test_an_unknown_or_mistyped_reference_is_a_problem(tmp_path: Path, resident: str):
    typo = resident[:-1] + ("A" if resident[-1] != "A" else "B")
    for command in (("show",), ("erase", "--yes")):
        result = desk_app(tmp_path, "person", command[0], typo, *command[1:])
        assert result.returncode == 1
        assert "typo" in result.stderr or "no record" in result.stderr


def test_retention_erases_only_records_delivered_longer_ago_and_old_backups(tmp_path: Path):
    now = datetime.now(UTC)
    old, recent, never = import_records(
        tmp_path,
        form(description="Delivered long ago"),
        form(description="Delivered last week"),
        form(description="Never delivered", received_at="2020-01-15T10:00:00+01:00"),
    )
    deliver(tmp_path, old, now - timedelta(days=31))
    deliver(tmp_path, recent, now - timedelta(days=10))
    backups = tmp_path / "data" / "backups"
    backups.mkdir()
    stale = backups / f"desk-{(now - timedelta(days=40)):%Y%m%dT%H%M%SZ}-before-x.sqlite3"
    fresh = backups / f"desk-{(now - timedelta(days=2)):%Y%m%dT%H%M%SZ}-before-y.sqlite3"
    stale.write_bytes(b"a copy with personal data")
    fresh.write_bytes(b"a copy with personal data")

    swept = desk_app(tmp_path, "retention", "run")

    assert swept.returncode == 0, swept.stderr
    assert "personal data of 1 record(s) erased; 1 old backup(s) removed" in swept.stdout
    assert not stale.exists() and fresh.exists()
    assert RESIDENT_NAME not in desk_app(tmp_path, "person", "show", old).stdout
    assert RESIDENT_NAME in desk_app(tmp_path, "person", "show", recent).stdout
    assert RESIDENT_NAME in desk_app(tmp_path, "person", "show", never).stdout
    assert personal_data_in_logs_or(tmp_path, swept.stdout, swept.stderr) == []

    # A shorter period set by IT reaches last week's delivery, never the undelivered one.
    swept = desk_app(tmp_path, "retention", "run", privacy_retention_days="5")
    assert "personal data of 1 record(s) erased" in swept.stdout
    assert RESIDENT_NAME not in desk_app(tmp_path, "person", "show", recent).stdout
    assert RESIDENT_NAME in desk_app(tmp_path, "person", "show", never).stdout


def test_status_counts_records_waiting_longer_than_warn_waiting_days(tmp_path: Path):
    month_ago = (datetime.now(UTC) - timedelta(days=30)).isoformat()
    import_records(
        tmp_path,
        form(description="Waiting a month", received_at=month_ago),
        form(description="Came in today", received_at=datetime.now(UTC).isoformat()),
    )

    status = json.loads(desk_app(tmp_path, "status", "--json").stdout)
    assert (status["waiting_too_long"], status["warn_waiting_days"]) == (1, 7)
    patient = desk_app(tmp_path, "status", privacy_warn_waiting_days="60")
    assert "Waiting more than 60 days undelivered: 0" in patient.stdout


def test_a_retention_period_outside_its_range_is_a_settings_problem(tmp_path: Path):
    result = desk_app(tmp_path, "retention", "run", privacy_retention_days="0")
    assert result.returncode == 2
    assert "privacy.retention_days" in result.stderr and "between 1 and 3650" in result.stderr


def test_the_audit_trail_names_who_and_which_records_never_what_was_searched(
    tmp_path: Path, resident: str
) -> None:
    staff = {"desk_staff_id": "anna.s", "desk_supervisors": getpass.getuser()}
    desk_app(tmp_path, "person", "find", RESIDENT_EMAIL, **staff)
    desk_app(tmp_path, "person", "show", resident, "--pdf", tmp_path / "c.pdf", **staff)
    desk_app(tmp_path, "export", "--csv", tmp_path / "out.csv", "--with-personal-data", **staff)
    desk_app(tmp_path, "export", "--csv", tmp_path / "plain.csv", **staff)  # nothing personal
    desk_app(tmp_path, "person", "erase", resident, "--yes", **staff)
    desk_app(tmp_path, "retention", "run", **staff)

    trail = desk_app(tmp_path, "audit", "show", **staff)

    assert trail.returncode == 0, trail.stderr
    lines = trail.stdout.splitlines()
    kinds = [line.split()[2] for line in lines]
    assert kinds == [
        "person.find",
        "person.show",
        "person.print",
        "export.personal_data",
        "person.erase",
        "retention.sweep",
    ]
    who = f"{getpass.getuser()} (staff anna.s)"
    assert all(who in line for line in lines)
    assert "1 record(s): -" in lines[0]  # a find: how many matched, not which or why
    assert resident in lines[1] and resident in lines[4]
    with sqlite3.connect(database(tmp_path)) as connection:
        stored = json.dumps(connection.execute("SELECT * FROM audit_events").fetchall())
    connection.close()
    assert [word for word in (*PERSONAL, "zorbulina.q") if word in stored] == []
    tomorrow = (datetime.now() + timedelta(days=2)).strftime("%Y-%m-%d")
    assert desk_app(tmp_path, "audit", "show", "--since", tomorrow, **staff).stdout == ""


# Corrections and erasures reach the case system (feature personal-data-1.1).


def delivered_through(tmp_path: Path, server_url: str) -> str:
    """A record imported and delivered by the real commands; its reference."""
    (reference,) = import_records(tmp_path, form(description=SECRET_DESCRIPTION))
    synced = desk_app(tmp_path, "sync", "--once", **server_settings(server_url))
    assert synced.returncode == 0, synced.stderr
    return reference


def server_settings(server_url: str) -> dict[str, str]:
    from tests.sync.conftest import TOKEN

    # Long enough for a loaded machine: these tests are about what the worker is told.
    return {"api_url": server_url, "api_token": TOKEN, "api_timeout_seconds": "20"}


def test_person_erase_of_a_delivered_record_says_it_was_sent_and_the_server_erased_it(
    tmp_path: Path,
) -> None:
    from tests.sync.conftest import start_case_server

    (tmp_path / "server").mkdir()
    server = start_case_server(tmp_path / "server")
    try:
        reference = delivered_through(tmp_path, server.url)
        erased = desk_app(
            tmp_path, "person", "erase", reference, "--yes", **server_settings(server.url)
        )
        assert erased.returncode == 0, erased.stderr
        assert "Sent to the case system (case KS-" in erased.stdout
        shown = desk_app(tmp_path, "person", "show", reference)
        assert "Case system request:" in shown.stdout and "erasure sent" in shown.stdout
        with server.store.session() as session:
            from case_server.store import Case

            (case,) = session.query(Case).all()
            assert [word for word in PERSONAL if word in case.body] == []
        assert personal_data_in_logs_or(tmp_path, erased.stdout, erased.stderr) == []
    finally:
        server.stop()


def test_person_erase_while_the_server_is_down_says_it_will_be_sent_later(
    tmp_path: Path,
) -> None:
    from tests.sync.conftest import start_case_server

    (tmp_path / "server").mkdir()
    server = start_case_server(tmp_path / "server")
    reference = delivered_through(tmp_path, server.url)
    server.stop()
    erased = desk_app(
        tmp_path, "person", "erase", reference, "--yes", **server_settings(server.url)
    )
    assert erased.returncode == 0, erased.stderr
    assert "will be sent when the connection is back" in erased.stdout


def test_person_correct_against_a_server_without_the_feature_says_to_ask_it(
    tmp_path: Path,
) -> None:
    from case_server.app import create_app
    from case_server.runner import ServerThread
    from case_server.store import CaseStore
    from tests.sync.conftest import TOKEN

    store = CaseStore(f"sqlite:///{tmp_path / 'cases.sqlite3'}")
    thread = ServerThread(create_app(store, TOKEN, personal_data=False), log_level="critical")
    thread.start()
    try:
        reference = delivered_through(tmp_path, thread.url)
        told = desk_app(
            tmp_path,
            "person",
            "correct",
            reference,
            "--email",
            "new.address@example.se",
            **server_settings(thread.url),
        )
        assert told.returncode == 0, told.stderr
        assert "does not accept corrections or erasures" in told.stdout
        assert "ask the administrators of 127.0.0.1 to correct it there too" in told.stdout
    finally:
        thread.stop()
