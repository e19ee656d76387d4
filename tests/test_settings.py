"""Layered settings: the right layer wins, every value says where it came from, and a broken
file stops start-up with a message naming the file, the line and the key."""

from __future__ import annotations

import re

import pytest

from desk_app.cli import main
from desk_app.settings import DEFAULT_SOURCE, SPECS, ConfigError, load_settings


def _load(tmp_path, machine="", user="", **env):
    machine_file = tmp_path / "machine.toml"
    user_file = tmp_path / "user.toml"
    machine_file.write_text(machine, encoding="utf-8")
    user_file.write_text(user, encoding="utf-8")
    return load_settings(machine_file=machine_file, user_file=user_file, environ=env)


def test_layers_resolve_in_order_with_provenance(tmp_path):
    settings = _load(
        tmp_path,
        machine='[site]\nname = "Machine"\nid = "m-site"\ncode = "MAC"\n',
        user='[site]\nname = "User"\n',
        DESK_APP_SITE_CODE="ENV",
    )
    assert settings.site.name == "User"
    assert "user.toml" in settings.source("site.name")
    assert settings.site.id == "m-site"
    assert "machine.toml" in settings.source("site.id")
    assert settings.site.code == "ENV"
    assert settings.source("site.code") == "environment DESK_APP_SITE_CODE"
    assert settings.receipt.paper == "80mm"
    assert settings.source("receipt.paper") == DEFAULT_SOURCE


def test_missing_files_mean_defaults(tmp_path):
    settings = load_settings(
        machine_file=tmp_path / "none.toml", user_file=tmp_path / "none2.toml", environ={}
    )
    assert settings.printing.mode == "default_printer"


def test_broken_toml_names_file_and_line(tmp_path):
    with pytest.raises(ConfigError) as error:
        _load(tmp_path, machine='[site]\nname = "ok"\ncode = \n')
    assert "machine.toml" in str(error.value)
    assert "line 3" in str(error.value)


def test_unknown_key_names_file_line_and_key(tmp_path):
    with pytest.raises(ConfigError) as error:
        _load(tmp_path, user='[site]\nname = "x"\n\n[receipt]\npapr = "a4"\n')
    message = str(error.value)
    assert "user.toml, line 5" in message and "receipt.papr" in message


def test_wrong_value_names_the_allowed_ones(tmp_path):
    with pytest.raises(ConfigError, match=r"machine.toml, line 2: 'receipt.paper' must be one"):
        _load(tmp_path, machine='[receipt]\npaper = "letter"\n')
    with pytest.raises(ConfigError, match="must be text, not a number"):
        _load(tmp_path, machine="[site]\nname = 5\n")
    with pytest.raises(ConfigError, match="DESK_APP_API_TIMEOUT_SECONDS"):
        _load(tmp_path, DESK_APP_API_TIMEOUT_SECONDS="soon")
    with pytest.raises(ConfigError, match="2 to 6 capital letters"):
        _load(tmp_path, DESK_APP_SITE_CODE="v1")


def test_receipt_texts_may_be_given_per_language(tmp_path):
    settings = _load(
        tmp_path,
        machine=(
            '[site]\nlanguage = "sv"\n\n[receipt]\nprivacy = "Vi följer GDPR."\n\n'
            '[receipt.en]\nprivacy = "We follow the GDPR."\nnext_steps = "We call you."\n'
        ),
        DESK_APP_RECEIPT_FA_PRIVACY="ما از GDPR پیروی می‌کنیم.",
    )
    assert settings.in_language("receipt.privacy", "sv") == "Vi följer GDPR."
    assert settings.in_language("receipt.privacy", "en") == "We follow the GDPR."
    assert settings.in_language("receipt.privacy", "fa") == "ما از GDPR پیروی می‌کنیم."
    assert settings.source("receipt.fa.privacy") == "environment DESK_APP_RECEIPT_FA_PRIVACY"
    assert settings.in_language("receipt.privacy", "ar") == ""  # the built-in Arabic text
    assert settings.in_language("receipt.next_steps", "en") == "We call you."
    assert settings.in_language("receipt.next_steps", "sv") == ""  # not given: built-in


def test_only_receipt_texts_have_language_variants(tmp_path):
    with pytest.raises(ConfigError, match=r"line 2: unknown setting 'receipt.en.paper'"):
        _load(tmp_path, machine='[receipt.en]\npaper = "a4"\n')
    with pytest.raises(ConfigError, match=r"unknown setting 'receipt\.persian\.privacy'"):
        _load(tmp_path, machine='[receipt.persian]\nprivacy = "x"\n')
    with pytest.raises(ConfigError, match=r"'receipt\.fa\.privacy' must be text"):
        _load(tmp_path, machine="[receipt.fa]\nprivacy = 5\n")


def test_config_show_prints_every_value_and_source(desk_environ, tmp_path, capsys):
    (tmp_path / "machine-settings.toml").write_text('[site]\nid = "vas-reception"\n')
    assert main(["config", "show"]) == 0
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    assert re.search(
        r'= "vas-reception"  # \*machine file .*machine-settings.toml', lines["site.id"]
    )
    assert lines["site.code"].endswith('= "VAS"  # *environment DESK_APP_SITE_CODE')
    assert lines["receipt.paper"].endswith('= "80mm"  # built-in default')
    assert set(lines) == {spec.key for spec in SPECS}


def test_config_show_lists_the_sites_per_language_texts_too(desk_environ, tmp_path, capsys):
    (tmp_path / "machine-settings.toml").write_text('[receipt.en]\nprivacy = "We follow."\n')
    assert main(["config", "show"]) == 0
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    assert re.search(r'= "We follow."  # \*machine file ', lines["receipt.en.privacy"])


def test_commands_refuse_a_broken_settings_file(desk_environ, tmp_path, capsys):
    (tmp_path / "user-settings.toml").write_text("[site\n")
    assert main(["status"]) == 2
    err = capsys.readouterr().err
    assert "user-settings.toml" in err and "line 1" in err


def test_the_readme_settings_sample_is_a_valid_settings_file(tmp_path):
    from pathlib import Path

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    (sample,) = re.findall(r"```toml\n(.*?)```", readme, flags=re.DOTALL)
    settings = _load(tmp_path, machine=sample)
    assert settings.site.code == "VAS"
    assert settings.in_language("receipt.privacy", "en") == ""


def test_the_readme_start_command_starts_the_desk_on_a_machine_without_a_keyring(tmp_path):
    # The first command of the README, after its install steps, run as written: on a fresh
    # Debian machine no keyring answers, and the trial must still open the window.
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).parents[1]
    readme = (root / "README.md").read_text(encoding="utf-8")
    start = re.findall(r"```sh\n(.*?)\n```", readme, flags=re.DOTALL)[0]
    assert start.startswith("bash scripts/install-system-packages.sh && ")
    after_install = start.split(".venv/bin/pip install . && ", 1)[1]
    command = after_install.replace(".venv/bin/desk-app", f"{sys.executable} -m desk_app")
    environ = {name: value for name, value in os.environ.items() if not name.startswith("DESK")}
    environ |= {
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "DESK_APP_DATA_DIR": str(tmp_path / "data"),
        "DESK_APP_USER_SETTINGS": str(tmp_path / "user.toml"),
        "DESK_APP_PRINTING_MODE": "none",
        "DESK_APP_EXIT_AFTER_START": "1",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(root),
    }
    result = subprocess.run(
        ["bash", "-c", command],
        cwd=tmp_path,
        env=environ,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "ready-at" in result.stdout
