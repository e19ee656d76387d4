"""Central configuration: Group Policy beats every file, and the installer's properties land in
the machine file without losing what IT set before."""

from __future__ import annotations

import pytest

from desk_app.cli import main
from desk_app.settings import POLICY_KEY, ConfigError, load_settings
from desk_app.settings.installer import settings_from_properties
from tests.conftest import FakeRegistry


def _files(tmp_path, machine="", user=""):
    machine_file, user_file = tmp_path / "machine.toml", tmp_path / "user.toml"
    machine_file.write_text(machine, encoding="utf-8")
    user_file.write_text(user, encoding="utf-8")
    return {"machine_file": machine_file, "user_file": user_file}


def test_policy_wins_over_machine_user_and_environment(tmp_path):
    registry = FakeRegistry(
        {
            ("HKLM", POLICY_KEY + "\\site", "name"): "Policy reception",
            ("HKCU", POLICY_KEY + "\\site", "name"): "User policy reception",
            ("HKCU", POLICY_KEY + "\\receipt", "paper"): "a4",
            ("HKLM", POLICY_KEY + "\\api", "timeout_seconds"): 20,  # a REG_DWORD
        }
    )
    settings = load_settings(
        **_files(tmp_path, machine='[site]\nname = "Machine"\n', user='[site]\nname = "User"\n'),
        environ={"DESK_APP_SITE_NAME": "Environment"},
        registry=registry,
    )
    assert settings.site.name == "Policy reception"  # machine policy beats user policy
    assert settings.is_policy("site.name")
    assert "HKLM" in settings.source("site.name")
    assert "set by your organisation" in settings.source("site.name")
    assert settings.receipt.paper == "a4" and "HKCU" in settings.source("receipt.paper")
    assert settings.api.timeout_seconds == 20.0
    assert not settings.is_policy("site.id")


def test_machine_file_user_file_and_environment_keep_their_order_under_policy(tmp_path):
    settings = load_settings(
        **_files(tmp_path, machine='[site]\nid = "m"\ncode = "MAC"\n', user='[site]\nid = "u"\n'),
        environ={"DESK_APP_SITE_CODE": "ENV"},
        registry=FakeRegistry({}),
    )
    assert (settings.site.id, settings.site.code) == ("u", "ENV")


def test_a_bad_policy_value_is_named_with_its_registry_place(tmp_path):
    registry = FakeRegistry({("HKLM", POLICY_KEY + "\\receipt", "paper"): "letter"})
    with pytest.raises(ConfigError, match=r"policy HKLM.*FeedbackDesk.*receipt.paper"):
        load_settings(**_files(tmp_path), environ={}, registry=registry)


def test_config_show_names_the_policy_layer(desk_environ, monkeypatch, capsys):
    registry = FakeRegistry({("HKLM", POLICY_KEY + "\\site", "id"): "gpo-site"})
    monkeypatch.setattr("desk_app.settings.layers.default_registry_reader", lambda: registry)
    assert main(["config", "show"]) == 0
    lines = capsys.readouterr().out.splitlines()
    line = next(text for text in lines if text.startswith("site.id"))
    assert '"gpo-site"' in line and "set by your organisation" in line


def test_installer_properties_become_checked_settings():
    assert settings_from_properties(
        {
            "API_URL": "https://cases.example.org/api/v1",
            "PRINT_DIALOG": "Yes",
            "RECEIPT_PAPER": "A4",
            "SITE_ID": "",
            "API_PROTOCOL": "open311",
        }
    ) == {
        "api.url": "https://cases.example.org/api/v1",
        "printing.mode": "dialog",
        "receipt.paper": "a4",
        "api.protocol": "open311",
    }
    with pytest.raises(ConfigError, match="RECEIPT_PAPER"):
        settings_from_properties({"RECEIPT_PAPER": "letter"})


def test_machine_settings_command_merges_and_keeps_earlier_values(tmp_path, capsys):
    target = tmp_path / "ProgramData" / "FeedbackDesk" / "settings.toml"
    assert (
        main(
            [
                "machine-settings",
                "--file",
                str(target),
                "--api-url",
                "https://cases.example.org/api/v1",
                "--site-id",
                "vas-reception",
            ]
        )
        == 0
    )
    # An upgrade or repair that gives only a new site name keeps the rest.
    assert main(["machine-settings", "--file", str(target), "--site-name", "Stadshuset"]) == 0
    settings = load_settings(
        machine_file=target, user_file=tmp_path / "none.toml", environ={}, registry=None
    )
    assert settings.api.url == "https://cases.example.org/api/v1"
    assert settings.site.id == "vas-reception"
    assert settings.site.name == "Stadshuset"


def test_machine_settings_replaces_a_broken_file_but_keeps_a_copy(tmp_path, capsys):
    target = tmp_path / "settings.toml"
    target.write_text("[site\nbroken", encoding="utf-8")
    assert main(["machine-settings", "--file", str(target), "--site-id", "x"]) == 0
    assert "not valid TOML" in capsys.readouterr().err
    assert [p.name.startswith("settings.toml.broken-") for p in tmp_path.iterdir()].count(True) == 1
    assert (
        load_settings(
            machine_file=target, user_file=tmp_path / "n.toml", environ={}, registry=None
        ).site.id
        == "x"
    )


def test_machine_settings_refuses_bad_values_and_writes_nothing(tmp_path, capsys):
    target = tmp_path / "settings.toml"
    assert main(["machine-settings", "--file", str(target), "--receipt-paper", "letter"]) == 2
    assert not target.exists()


def test_machine_settings_keep_the_comments_it_wrote_in_the_file(tmp_path, capsys):
    target = tmp_path / "settings.toml"
    target.write_text(
        "# Västerås city hall desks – ticket IT-4711\n"
        "[site]\n"
        'name = "Stadshuset"  # as on the door\n'
        "\n"
        "[receipt.en]\n"
        "# approved by the data protection officer\n"
        'privacy = "We keep your details for two years."\n',
        encoding="utf-8",
    )
    assert main(["machine-settings", "--file", str(target), "--site-id", "vas-reception"]) == 0
    text = target.read_text(encoding="utf-8")
    for kept in (
        "# Västerås city hall desks – ticket IT-4711",
        'name = "Stadshuset"  # as on the door',
        "# approved by the data protection officer",
    ):
        assert kept in text
    settings = load_settings(
        machine_file=target, user_file=tmp_path / "none.toml", environ={}, registry=None
    )
    assert settings.site.id == "vas-reception" and settings.site.name == "Stadshuset"
    assert settings.in_language("receipt.privacy", "en") == "We keep your details for two years."
