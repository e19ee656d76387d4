"""Shared fixtures: every test gets its own data folder and settings that ignore the machine's."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator, Mapping
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desk_app.app import Desk, open_desk
from desk_app.domain.record import (
    Channel,
    ContactMethod,
    Draft,
    Kind,
    Reporter,
    Staff,
    Submission,
    SubmitterType,
)
from desk_app.settings import Settings, load_settings

# Words that must never reach a log line: the tests grep the log for them.
RESIDENT_NAME = "Zorbulina Quenneville"
RESIDENT_EMAIL = "zorbulina.q@example.se"
RESIDENT_PHONE = "+46 70 555 12 34"
SECRET_DESCRIPTION = "The xylophonic snowplough woke everyone at dawn"


class FakeRegistry:
    """The registry as a dict: (root, key path, value name) → value. Windows-only otherwise."""

    def __init__(self, values: dict[tuple[str, str, str], object]) -> None:
        self.values = values

    def read_value(self, root: str, key_path: str, name: str) -> object | None:
        return self.values.get((root, key_path, name))


def isolated_environ(tmp_path: Path, **settings: str) -> dict[str, str]:
    """Environment variables for a desk that reads no machine or user settings of this host.

    ``settings`` as variables (``site_code="VAS"`` → DESK_APP_SITE_CODE) — except the IT-only
    ones (``desk_supervisors``, ``desk_sign_in`` …), which the desk ignores in variables: those
    go into the test's machine file, as IT's installer would put them (see _write_it_settings).
    """
    machine_file = tmp_path / "machine-settings.toml"
    it_settings = {"privacy_allow_without_keyring": "true"}
    it_settings |= {key: value for key, value in settings.items() if _it_only_setting(key)}
    _write_it_settings(machine_file, it_settings)
    settings = {key: value for key, value in settings.items() if key not in it_settings}
    environ = {
        "DESK_APP_MACHINE_SETTINGS": str(machine_file),
        "DESK_APP_USER_SETTINGS": str(tmp_path / "user-settings.toml"),
        "DESK_APP_DATA_DIR": str(tmp_path / "data"),
        "DESK_APP_PRINTING_MODE": "none",
        "DESK_APP_SITE_CODE": "VAS",
        "DESK_APP_SITE_NAME": "Stadshuset reception",
        # Like a CI machine: no keyring service, and IT allows an unencrypted store there (in
        # the machine file, above). Tests of encryption at rest give the desk a keyring
        # (tests/file_keyring.py).
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    environ.update({f"DESK_APP_{key.upper()}": value for key, value in settings.items()})
    return environ


def _it_only_setting(name: str) -> bool:
    """True when ``name`` (``desk_supervisors``) is a setting only IT's layers may set."""
    from desk_app.settings import SPECS

    return any(spec.it_only and spec.env_name == f"DESK_APP_{name.upper()}" for spec in SPECS)


def _typed(kind: type, text: str) -> object:
    """``text`` as the TOML value a variable's text stands for ("true" → true, "5" → 5), not
    checked: a value out of range or a word that is no boolean reaches the desk as given (as
    text when it has no such type), and the test sees the desk refuse it."""
    words = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}
    try:
        if kind is bool:
            return words[text.strip().lower()]
        if kind is int:
            return int(text)
        if kind is float:
            return float(text)
    except (KeyError, ValueError):
        pass
    return text


def _write_it_settings(machine_file: Path, it_settings: Mapping[str, str]) -> None:
    """Put the IT-only settings of a test desk into its machine file, keeping the rest of it.

    The IT-only keys of the file are replaced as a whole, so that each call describes the desk
    it starts (a second call without ``desk_supervisors`` names no supervisors); the other keys
    a test wrote there (receipt texts, say) stay. A file that is not valid TOML is left as it
    is: the test wants the desk to refuse it.
    """
    import tomlkit
    from tomlkit.exceptions import TOMLKitError

    from desk_app.settings import SPECS, SPECS_BY_KEY

    try:
        document = tomlkit.parse(machine_file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        document = tomlkit.document()
    except (TOMLKitError, UnicodeDecodeError):
        return
    by_name = {spec.env_name: spec.key for spec in SPECS if spec.it_only}
    wanted = {by_name[f"DESK_APP_{name.upper()}"]: value for name, value in it_settings.items()}
    for key in by_name.values():
        section, name = key.split(".")
        table: Any = document.get(section)
        if table is not None and name in table:
            del table[name]
        if key not in wanted:
            continue
        if table is None:
            table = document[section] = tomlkit.table()
        table[name] = _typed(SPECS_BY_KEY[key].kind, wanted[key])
    machine_file.parent.mkdir(parents=True, exist_ok=True)  # tmp_path / "desk", say
    machine_file.write_text(tomlkit.dumps(document), encoding="utf-8")


@pytest.fixture
def desk_environ(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """An isolated environment, also applied to os.environ for code that reads it."""
    environ = isolated_environ(tmp_path)
    for name in [name for name in os.environ if name.startswith("DESK_APP_")]:
        monkeypatch.delenv(name)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    return environ


@pytest.fixture
def settings(desk_environ: dict[str, str]) -> Settings:
    return load_settings(environ=desk_environ)


@pytest.fixture
def desk(settings: Settings) -> Iterator[Desk]:
    opened = open_desk(settings)
    yield opened
    opened.close()


def complete_draft(**changes: object) -> Draft:
    """A draft that passes every rule: a complaint with contact details and a reply by email."""
    values: dict[str, object] = {
        "kind": Kind.COMPLAINT,
        "category": "streets.snow",
        "description": SECRET_DESCRIPTION,
        "occurred_at": datetime(2026, 11, 20, 7, 15, tzinfo=UTC),
        "location": "Storgatan 4",
        "channel": Channel.IN_PERSON,
        "language": "sv",
        "reporter": Reporter(
            anonymous=False,
            name=RESIDENT_NAME,
            email=RESIDENT_EMAIL,
            phone=RESIDENT_PHONE,
            preferred_contact=ContactMethod.EMAIL,
        ),
        "wants_reply": True,
        "privacy_notice_given": True,
        "contact_ok": True,
        "received_by": Staff("anna.s", "Anna S"),
    }
    values.update(changes)
    return Draft(**values)  # type: ignore[arg-type]


@pytest.fixture(scope="session", autouse=True)
def no_keyring_service_all_session() -> Iterator[None]:
    """As ``no_keyring_service``, for the fixtures of a module or a session too: they run before
    any test's own. Left to itself, keyring picks the best backend it has seen defined — the
    tests' own in-memory one once tests/sync/conftest.py is imported — and a desk opened in a
    module fixture is then encrypted with a key no `desk-app` child process can find."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def no_keyring_service() -> Iterator[None]:
    """In this process too, no keyring answers unless a test gives one (see isolated_environ)."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def english_screens(request: pytest.FixtureRequest) -> Iterator[None]:
    """Window tests run in English (the language of the code) unless a test picks another."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    request.getfixturevalue("qtbot")  # the QApplication must exist first
    from desk_app.ui.plumbing.i18n import use_language

    use_language("en")
    yield
    use_language("en")


# Running the real `desk-app` command, and the JSONL lines it imports.
ROOT = Path(__file__).resolve().parent.parent


def form(**changes: Any) -> dict[str, Any]:
    """One paper form as an import line: a complaint whose resident wants a reply by email."""
    line: dict[str, Any] = {
        "kind": "complaint",
        "category": "streets.snow",
        "description": "Snön på Storgatan har inte röjts.",
        "occurred_at": "2026-11-20T08:15:00+01:00",
        "received_at": "2026-11-18T10:02:11+01:00",
        "reporter": {
            "anonymous": False,
            "name": RESIDENT_NAME,
            "email": RESIDENT_EMAIL,
            "phone": RESIDENT_PHONE,
            "preferred_contact": "email",
        },
        "wants_reply": True,
        "consent": {"privacy_notice_given": True, "contact_ok": True},
        "received_by": {"staff_id": "anna.s", "display_name": "Anna S"},
    }
    line.update(changes)
    return line


def write_jsonl(path: Path, *lines: dict[str, Any] | str | bytes) -> Path:
    """A JSONL file, each line an object (as JSON), a text, or raw bytes written as they are."""
    encoded = [
        line
        if isinstance(line, bytes)
        else (line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)).encode()
        for line in lines
    ]
    path.write_bytes(b"\n".join(encoded) + b"\n")
    return path


def desk_command(tmp_path: Path, **settings: str) -> tuple[list[str], dict[str, str]]:
    """The `desk-app` command line and an environment of a desk in ``tmp_path`` alone."""
    environ = {key: value for key, value in os.environ.items() if not key.startswith("DESK_APP_")}
    environ |= isolated_environ(tmp_path, **settings)
    # The code of this checkout, whatever is installed; output in UTF-8 on every platform.
    environ |= {"PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    return [sys.executable, "-m", "desk_app"], environ


def run_python(
    code: str, environ: Mapping[str, str], cwd: Path
) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a child Python process with ``environ`` (from ``desk_command``), to its
    end, and keep what it printed."""
    return subprocess.run(
        [sys.executable, "-c", code],
        env=dict(environ),
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


def desk_app(
    tmp_path: Path,
    *args: str | Path,
    stdin: str | None = None,
    variables: Mapping[str, str] | None = None,
    **settings: str,
) -> subprocess.CompletedProcess[str]:
    """Run one `desk-app` command to its end; ``stdin`` is its standard input (PINs, one a
    line), ``variables`` more environment variables (set after ``settings`` are placed)."""
    command, environ = desk_command(tmp_path, **settings)
    environ |= variables or {}
    return subprocess.run(
        [*command, *map(str, args)],
        env=environ,
        cwd=tmp_path,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


# The real window in a child process, answering (OK) and printing each message box it shows:
# "BOX <title> | <text>". Its exit code is the app's.
START_WINDOW_AND_ANSWER_BOXES = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from desk_app.settings import load_settings
from desk_app.ui import launch

app = QApplication(sys.argv)

def answer():
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(50, answer)
        return
    print("BOX", box.windowTitle(), "|", box.text(), flush=True)
    box.button(QMessageBox.StandardButton.Ok).click()

QTimer.singleShot(50, answer)
sys.exit(launch.run_gui(load_settings()))
"""


def filled_desk_with_backup(tmp_path: Path, records: int) -> tuple[dict[str, str], Desk]:
    """A closed desk of ``records`` complete records and one backup copy of them."""
    from desk_app.store.database import backup_database

    environ = isolated_environ(tmp_path)
    desk = open_desk(load_settings(environ=environ))
    for _ in range(records):
        desk.service.save(complete_draft())
    backup_database(desk.paths.database, desk.paths.backups, "test")
    desk.close()
    return environ, desk


def deliver(desk: Desk, submission: Submission, case_number: str = "C-77") -> None:
    """Mark ``submission`` delivered, as a sync pass does when the case system accepts it."""
    from desk_app.store.outbox import Accepted, OutboxStore

    OutboxStore(desk.store).record_answers(
        accepted={str(submission.id): Accepted(case_number, "received", None)},
        refused={},
        now=datetime.now(UTC),
    )


def answer_message_boxes(*answers: Any) -> list[str]:
    """Press each of ``answers`` (QMessageBox.StandardButton) on the message boxes that open,
    in turn; the list receives each box's text."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: list[str] = []
    answered: list[QMessageBox] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box not in answered:
            answered.append(box)
            seen.append(box.text())
            box.button(answers[len(seen) - 1]).click()
        if len(seen) < len(answers):
            QTimer.singleShot(20, press)

    QTimer.singleShot(20, press)
    return seen


# A throw-away PostgreSQL cluster for the reference server's tests: started once per session.
# CI (CI=true) runs the README's test command, which has just installed Debian's postgresql;
# there a missing PostgreSQL means a broken install step, and skipping would quietly drop the
# PostgreSQL half of the server's tests, so it fails. Elsewhere (a laptop without PostgreSQL)
# those tests are skipped, saying how to get it.
def postgres_required(environ: Mapping[str, str]) -> bool:
    """Whether a missing PostgreSQL fails the tests that need it (in CI) or skips them."""
    return environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def start_postgres(required: bool) -> Any:
    """A started `case_server.runner.TemporaryPostgres`; skips or fails when there is none."""
    from case_server.runner import PostgresUnavailable, TemporaryPostgres

    try:
        return TemporaryPostgres().start()
    except PostgresUnavailable as missing:
        if required:
            pytest.fail(f"{missing}; CI requires PostgreSQL (CI is set)", pytrace=False)
        pytest.skip(f"PostgreSQL is not installed: {missing}")


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[Any]:
    """A `case_server.runner.TemporaryPostgres`, running until the session ends."""
    cluster = start_postgres(postgres_required(os.environ))
    yield cluster
    cluster.stop()


@pytest.fixture
def postgres_url(postgres_cluster: Any) -> str:
    """The SQLAlchemy URL of a new, empty database in the session's cluster, for one test."""
    from uuid import uuid4

    return str(postgres_cluster.create_database(f"test_{uuid4().hex}"))


def personal_strings_in(*folders: Path) -> list[str]:
    """Every (file, string, encoding) where the test resident's data is readable on disk."""
    found = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if not path.is_file():
                continue
            content = path.read_bytes()
            for text in (RESIDENT_NAME, RESIDENT_EMAIL, RESIDENT_PHONE, SECRET_DESCRIPTION):
                for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                    if text.encode(encoding) in content:
                        found.append(f"{path} holds {text!r} in {encoding}")
    return found


# Helpers that test modules in more than one folder share. A test module never imports from
# another test module (tests/test_code_quality.py checks): what two of them need lives here.


def stored_forms(server: Any) -> dict[str, Any]:
    """What the server stored for each Open311 request, by case number."""
    from sqlalchemy import select

    from case_server.store import Case

    with server.store.session() as session:
        return {case.case_number: json.loads(case.body) for case in session.scalars(select(Case))}


def run_alembic(path: Path, action: str, revision: str) -> None:
    """Move the file's schema to ``revision`` with the desk's own migration scripts."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from desk_app.store.database import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        getattr(command, action)(config, revision)
    engine.dispose()


# The `desk-app report` tests' period and the records they save in and around it.
FIRST = date(2026, 11, 2)
LAST = date(2026, 11, 15)


def at_noon(day: date) -> datetime:
    """Midday on ``day`` where the desk is: the same day in every time zone's count."""
    return datetime(day.year, day.month, day.day, 12).astimezone().astimezone(UTC)


# (day offset, kind, category, channel, submitter type, provider): 17 records in the period,
# one the day before it and one the day after, which no count may include.
PLAN = [
    (0, Kind.COMPLAINT, "streets.snow", Channel.IN_PERSON, None, ""),
    (0, Kind.PRAISE, "parks", Channel.PHONE, SubmitterType.RESIDENT, "Parkbolaget"),
    (1, Kind.COMPLAINT, "streets.snow", Channel.IN_PERSON, SubmitterType.VISITOR, ""),
    (2, Kind.COMPLAINT, "waste", Channel.EMAIL, None, ""),
    (2, Kind.SUGGESTION, "parks", Channel.IN_PERSON, SubmitterType.RESIDENT, ""),
    (3, Kind.PRAISE, "streets.snow", Channel.IN_PERSON, None, "Parkbolaget"),
    (5, Kind.COMPLAINT, "waste", Channel.LETTER, SubmitterType.BUSINESS, ""),
    (6, Kind.QUESTION, "parks", Channel.IN_PERSON, None, ""),
    (7, Kind.COMPLAINT, "streets.snow", Channel.PHONE, SubmitterType.RESIDENT, ""),
    (7, Kind.COMPLAINT, "streets.snow", Channel.IN_PERSON, None, "=cmd|' /c calc'!A1"),
    (8, Kind.PRAISE, "waste", Channel.IN_PERSON, None, ""),
    (9, Kind.COMPLAINT, "parks", Channel.IN_PERSON, SubmitterType.RELATIVE, ""),
    (10, Kind.COMPLAINT, "streets.snow", Channel.IN_PERSON, None, ""),
    (11, Kind.PRAISE, "parks", Channel.EMAIL, None, ""),
    (12, Kind.COMPLAINT, "waste", Channel.IN_PERSON, None, ""),
    (13, Kind.COMPLAINT, "streets.snow", Channel.IN_PERSON, SubmitterType.RESIDENT, ""),
    (13, Kind.SUGGESTION, "waste", Channel.PHONE, None, ""),
    (-1, Kind.COMPLAINT, "streets.snow", Channel.IN_PERSON, None, ""),
    (14, Kind.PRAISE, "parks", Channel.IN_PERSON, None, ""),
]


def save_plan(desk: Desk) -> None:
    """PLAN's records, each saved through the service at noon of its day."""
    from desk_app.domain.record import Concerns

    for offset, kind, category, channel, submitter, provider in PLAN:
        draft = complete_draft(
            kind=kind,
            category=category,
            channel=channel,
            submitter_type=submitter,
            concerns=Concerns(provider=provider) if provider else None,
        )
        desk.service.save(draft, received_at=at_noon(FIRST + timedelta(days=offset)))


def report_of_plan(folder: Path, out: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`desk-app report` of PLAN's period (FIRST to LAST) as PDF and XLSX in ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    return desk_app(
        folder,
        "report",
        "--from",
        FIRST.isoformat(),
        "--to",
        LAST.isoformat(),
        "--pdf",
        out / "report.pdf",
        "--xlsx",
        out / "report.xlsx",
        *args,
    )


# What `desk-app import` wrote, read straight from the SQLite file, and what it must not print.
FORM_PERSONAL = (RESIDENT_NAME, RESIDENT_EMAIL, RESIDENT_PHONE, "Zorbulina")


def stored(data_dir: Path) -> dict[str, sqlite3.Row]:
    """Every record in the desk's SQLite file, by reference."""
    connection = sqlite3.connect(data_dir / "desk.sqlite3")
    connection.row_factory = sqlite3.Row
    try:
        return {row["reference"]: row for row in connection.execute("SELECT * FROM submissions")}
    finally:
        connection.close()


def assert_nothing_personal(text: str) -> None:
    """Fail if ``text`` holds the form's personal data or a traceback."""
    for word in FORM_PERSONAL:
        assert word not in text
    assert "Traceback" not in text
