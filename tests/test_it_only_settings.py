"""Settings that decide who may do what count only from IT's layers (the machine file, Group
Policy): a desk worker's own settings file and ``DESK_APP_*`` variables are theirs to change,
so a value there for such a setting is ignored, said in the log and shown by ``config show``.

The reproduction of the hostile tester's report runs through the real `desk-app` command on a
real database file.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desk_app.cli import main
from desk_app.settings import POLICY_KEY, SPECS, load_settings
from desk_app.settings.layers import machine_settings_file, machine_settings_path
from tests.conftest import FakeRegistry, desk_app, form, isolated_environ, write_jsonl

EXIT_NOT_PERMITTED = 4
IT_ONLY = {spec.key for spec in SPECS if spec.it_only}
# A value for each IT-only setting that differs from its default, as a variable gives it, as
# a TOML file holds it, and as the typed value.
WEAKER = {
    "desk.sign_in": ("os_login", '"os_login"', "os_login"),
    "desk.supervisors": ("bob", '"bob"', "bob"),
    "desk.idle_lock_minutes": ("0", "0", 0),
    "privacy.retention_days": ("3650", "3650", 3650),
    "privacy.allow_without_keyring": ("true", "true", True),
    "rating.attach_staff_id": ("true", "true", True),
}
# The report's desk, as IT's machine file describes it (isolated_environ writes it there).
IT_DESK = {"desk_sign_in": "pin", "desk_supervisors": "anna"}


def run(
    tmp_path: Path, *args: str | Path, stdin: str = "", **variables: str
) -> subprocess.CompletedProcess[str]:
    """`desk-app` on the desk of the report: IT's machine file makes it a PIN desk whose only
    supervisor is anna; ``variables`` are DESK_APP_* variables the worker sets themselves."""
    return desk_app(tmp_path, *args, stdin=stdin, variables=variables, **IT_DESK)


@pytest.fixture
def anna_and_bob(tmp_path: Path) -> Path:
    """The report's desk: one record; anna (supervisor, PIN 1234) added bob (PIN 5678)."""
    imported = run(tmp_path, "import", write_jsonl(tmp_path / "forms.jsonl", form()))
    assert imported.returncode == 0, imported.stderr
    anna = run(tmp_path, "worker", "add", "anna", "--name", "Anna", stdin="1234\n")
    assert anna.returncode == 0, anna.stderr
    bob = run(
        tmp_path, "worker", "add", "bob", "--name", "Bob", "--worker", "anna", stdin="1234\n5678\n"
    )
    assert bob.returncode == 0, bob.stderr
    return tmp_path


def test_a_worker_naming_themselves_supervisor_in_a_variable_is_still_refused_the_export(
    anna_and_bob: Path,
):
    out = anna_and_bob / "bob.csv"
    export = ("export", "--csv", out, "--with-personal-data", "--worker", "bob")

    plain = run(anna_and_bob, *export, stdin="5678\n")
    with_variable = run(anna_and_bob, *export, stdin="5678\n", DESK_APP_DESK_SUPERVISORS="bob")

    assert plain.returncode == with_variable.returncode == EXIT_NOT_PERMITTED
    assert "only a supervisor may export with personal data" in with_variable.stderr
    assert not out.exists()


def test_a_worker_naming_themselves_supervisor_in_a_variable_cannot_set_anothers_pin(
    anna_and_bob: Path,
):
    refused = run(
        anna_and_bob,
        *("worker", "set-pin", "anna", "--worker", "bob"),
        stdin="5678\n0000\n",
        DESK_APP_DESK_SUPERVISORS="bob",
    )

    assert refused.returncode == EXIT_NOT_PERMITTED
    # Anna's PIN is still hers: she reads the audit trail with it, and 0000 is wrong.
    audit = run(anna_and_bob, "audit", "show", "--worker", "anna", stdin="1234\n")
    assert audit.returncode == 0, audit.stderr
    assert "not a supervisor: add workers and set PINs" in audit.stdout
    stolen = run(anna_and_bob, "audit", "show", "--worker", "anna", stdin="0000\n")
    assert stolen.returncode == EXIT_NOT_PERMITTED and "wrong PIN" in stolen.stderr


def test_the_supervisors_it_names_in_the_machine_file_still_export(anna_and_bob: Path):
    out = anna_and_bob / "anna.csv"

    export = run(
        anna_and_bob, "export", "--csv", out, "--with-personal-data", "--worker", "anna",
        stdin="1234\n", DESK_APP_DESK_SUPERVISORS="bob",
    )  # fmt: skip

    assert export.returncode == 0, export.stderr
    assert "Zorbulina" in out.read_text(encoding="utf-8")


def test_sign_in_and_supervisors_from_variables_are_ignored_and_the_log_says_so(
    anna_and_bob: Path,
):
    listed = run(
        anna_and_bob,
        *("worker", "list"),
        DESK_APP_DESK_SIGN_IN="os_login",
        DESK_APP_DESK_SUPERVISORS="bob",
    )

    assert "sign-in: pin." in listed.stderr
    assert listed.stdout.split() == ["anna", "supervisor", "Anna", "bob", "desk", "worker", "Bob"]
    log = (anna_and_bob / "data" / "logs" / "desk-app.log").read_text(encoding="utf-8")
    assert "desk.sign_in from the environment DESK_APP_DESK_SIGN_IN is ignored" in log
    assert "desk.supervisors from the environment DESK_APP_DESK_SUPERVISORS is ignored" in log
    assert "=bob" not in log and '"bob"' not in log  # the key and the layer, not the value


def test_config_show_shows_a_variable_for_an_it_only_setting_as_ignored(anna_and_bob: Path):
    shown = run(anna_and_bob, "config", "show", DESK_APP_DESK_SUPERVISORS="bob")

    line = next(text for text in shown.stdout.splitlines() if text.startswith("desk.supervisors"))
    assert '= "anna"  # *machine file' in line
    assert 'IGNORED "bob" from environment DESK_APP_DESK_SUPERVISORS' in line
    assert "only IT's machine settings file or Group Policy may set it" in line


@pytest.mark.parametrize("key", sorted(IT_ONLY))
def test_an_it_only_setting_from_the_user_file_or_a_variable_counts_for_nothing(
    tmp_path: Path, key: str
):
    variable, toml, _ = WEAKER[key]
    section, name = key.split(".")
    user_file = tmp_path / "user.toml"
    user_file.write_text(f"[{section}]\n{name} = {toml}\n", encoding="utf-8")
    environ = {"DESK_APP_" + key.replace(".", "_").upper(): variable}

    settings = load_settings(
        machine_file=tmp_path / "none.toml", user_file=user_file, environ=environ, registry=None
    )

    assert settings.values[key] == load_settings(
        machine_file=tmp_path / "none.toml", user_file=tmp_path / "no.toml", environ={},
        registry=None,
    ).values[key]  # fmt: skip
    assert [given.source.split()[0] for given in settings.ignored[key]] == ["user", "environment"]
    assert not settings.ignored.keys() - IT_ONLY


@pytest.mark.parametrize("key", sorted(IT_ONLY))
def test_an_it_only_setting_from_the_machine_file_or_group_policy_is_in_force(
    tmp_path: Path, key: str
):
    variable, toml, typed = WEAKER[key]
    section, name = key.split(".")
    machine_file = tmp_path / "machine.toml"
    machine_file.write_text(f"[{section}]\n{name} = {toml}\n", encoding="utf-8")
    registry = FakeRegistry({("HKLM", f"{POLICY_KEY}\\{section}", name): variable})
    no_user = tmp_path / "user.toml"

    by_file = load_settings(machine_file=machine_file, user_file=no_user, environ={}, registry=None)
    by_policy = load_settings(
        machine_file=tmp_path / "none.toml", user_file=no_user, environ={}, registry=registry
    )

    assert by_file.value(key) == by_policy.value(key) == typed
    assert by_file.set_by_it(key) and by_policy.set_by_it(key)
    assert not by_file.ignored and not by_policy.ignored


def test_ordinary_settings_still_come_from_the_user_file_and_variables(tmp_path: Path):
    user_file = tmp_path / "user.toml"
    user_file.write_text('[ui]\ntheme = "high_contrast"\n', encoding="utf-8")

    settings = load_settings(
        machine_file=tmp_path / "none.toml",
        user_file=user_file,
        environ={"DESK_APP_SITE_CODE": "ABC", "DESK_APP_DESK_STAFF_ID": "bob"},
        registry=None,
    )

    assert settings.ui.theme == "high_contrast" and settings.site.code == "ABC"
    assert settings.desk.staff_id == "bob"  # a pre-filled form field, not a role
    assert not settings.ignored


def test_a_change_saved_to_the_user_file_cannot_name_a_supervisor(tmp_path: Path):
    settings = load_settings(
        machine_file=tmp_path / "none.toml", user_file=tmp_path / "u.toml", environ={},
        registry=None,
    )  # fmt: skip

    changed = settings.with_changes(
        {"desk.supervisors": "bob", "ui.theme": "high_contrast"}, f"user file {tmp_path}"
    )

    assert changed.desk.supervisors == "" and changed.ui.theme == "high_contrast"
    assert [given.value for given in changed.ignored["desk.supervisors"]] == ["bob"]


def test_a_broken_value_in_a_variable_for_an_it_only_setting_still_stops_the_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    # Ignored, but never half-read: a typo must not pass silently.
    for name, value in isolated_environ(tmp_path).items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("DESK_APP_DESK_IDLE_LOCK_MINUTES", "never")

    assert main(["config", "show"]) == 2
    assert "DESK_APP_DESK_IDLE_LOCK_MINUTES" in capsys.readouterr().err


def test_the_installed_app_reads_its_machine_file_from_its_place_not_from_a_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    # A variable naming "the machine file" is the user's to set: from source (development,
    # tests, a trial) it is honoured; the installed, frozen app reads IT's place only.
    own_file = tmp_path / "my-machine.toml"
    own_file.write_text('[desk]\nsupervisors = "bob"\n', encoding="utf-8")
    environ = {"DESK_APP_MACHINE_SETTINGS": str(own_file)}
    no_user = tmp_path / "user.toml"
    assert machine_settings_file(environ) == own_file
    assert load_settings(user_file=no_user, environ=environ, registry=None).value(
        "desk.supervisors"
    ) == "bob"  # fmt: skip

    monkeypatch.setattr(sys, "frozen", True, raising=False)

    assert machine_settings_file(environ) == machine_settings_path()
    installed = load_settings(user_file=no_user, environ=environ, registry=None)
    assert installed.value("desk.supervisors") != "bob"
