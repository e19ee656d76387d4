"""The MSI, built with wixl from the real WiX source and read back with msiinfo.

The payload is a stand-in folder (the frozen app is built on Windows); what is checked here is
the installer's structure: identity and upgrades, files and shortcut, and that the public
properties reach the machine settings file through the app's own command.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from desk_app.cli import main
from desk_app.settings import load_settings
from desk_app.settings.installer import INSTALLER_PROPERTIES

ROOT = Path(__file__).resolve().parents[2]
WXS = ROOT / "installers" / "wix" / "FeedbackDesk.wxs"
UPGRADE_CODE = "{4E0B2C8A-7C1F-4F6B-9D0E-3A5B7C9D1E2F}"  # never change: upgrades depend on it

pytestmark = pytest.mark.skipif(
    not (shutil.which("wixl") and shutil.which("msiinfo")),
    reason="wixl and msiinfo (Debian wixl, msitools) are not installed",
)


def table(msi: Path, name: str) -> list[dict[str, str]]:
    exported = subprocess.run(
        ["msiinfo", "export", str(msi), name], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    columns = exported[0].split("\t")
    return [dict(zip(columns, line.split("\t"), strict=False)) for line in exported[3:]]


@pytest.fixture(scope="module")
def msi(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("msi")
    payload = folder / "payload"
    (payload / "_internal" / "PySide6").mkdir(parents=True)
    for name in (
        "FeedbackDesk.exe",
        "desk-app.exe",
        "_internal/python311.dll",
        "_internal/PySide6/Qt6Core.dll",
    ):
        (payload / name).write_bytes(b"stand-in for the frozen app\n")
    out = folder / "FeedbackDesk.msi"
    subprocess.run(
        ["bash", str(ROOT / "installers" / "build-msi-wixl.sh"), str(payload), "1.2.3", str(out)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return out


def test_identity_version_and_per_machine_scope(msi):
    properties = {row["Property"]: row["Value"] for row in table(msi, "Property")}
    assert properties["ProductName"] == "Feedback Desk"
    assert properties["Manufacturer"] == "Feedback Desk project"  # "publisher" in Apps & features
    assert properties["ProductVersion"] == "1.2.3"
    assert properties["UpgradeCode"] == UPGRADE_CODE
    assert properties["ALLUSERS"] == "1"


def test_a_newer_version_replaces_the_old_one_in_place(msi):
    rows = table(msi, "Upgrade")
    assert {row["UpgradeCode"] for row in rows} == {UPGRADE_CODE}
    actions = {row["ActionProperty"]: row for row in rows}
    assert actions["WIX_UPGRADE_DETECTED"]["VersionMax"] == "1.2.3"  # older ones are removed
    assert actions["WIX_DOWNGRADE_DETECTED"]["VersionMin"] == "1.2.3"
    sequence = {row["Action"] for row in table(msi, "InstallExecuteSequence")}
    assert "RemoveExistingProducts" in sequence


def test_files_go_to_program_files_and_never_into_a_data_folder(msi):
    files = {row["FileName"]: row for row in table(msi, "File")}
    assert {"FeedbackDesk.exe", "desk-app.exe", "python311.dll", "Qt6Core.dll"} <= set(files)
    directories = {row["Directory"]: row for row in table(msi, "Directory")}
    assert directories["INSTALLDIR"]["Directory_Parent"] == "ProgramFiles64Folder"
    assert directories["INSTALLDIR"]["DefaultDir"] == "Feedback Desk"
    data_folders = {"LocalAppDataFolder", "AppDataFolder", "CommonAppDataFolder"}
    assert not data_folders & set(directories)  # uninstall can never touch queued records
    components = {row["Component"] for row in table(msi, "Component")}
    assert all(row["Component_"] in components for row in files.values())


def test_the_start_menu_shortcut_opens_the_window_app(msi):
    (shortcut,) = table(msi, "Shortcut")
    assert shortcut["Directory_"] == "ProgramMenuFolder"
    assert shortcut["Name"] == "Feedback Desk"
    assert shortcut["Target"] == "[INSTALLDIR]FeedbackDesk.exe"


def test_settings_writing_runs_the_app_with_every_public_property(msi, tmp_path):
    (action,) = [r for r in table(msi, "CustomAction") if r["Action"] == "WriteMachineSettings"]
    assert action["Source"] == "DeskAppExe"  # desk-app.exe, the console build
    assert int(action["Type"]) & 0x0400 and int(action["Type"]) & 0x0800  # deferred, as SYSTEM
    sequence = {r["Action"]: r for r in table(msi, "InstallExecuteSequence")}
    install_files = int(sequence["InstallFiles"]["Sequence"])
    assert int(sequence["WriteMachineSettings"]["Sequence"]) > install_files
    assert sequence["WriteMachineSettings"]["Condition"] == 'NOT REMOVE~="ALL"'

    # Do what Windows Installer does: put the property values into the command line, then
    # run that command line through the app and read the settings file it wrote.
    given = {
        "API_URL": "https://cases.example.org/api/v1",
        "SITE_ID": "vas-reception",
        "SITE_NAME": "Stadshuset reception",
        "PRINT_DIALOG": "yes",
    }
    referenced = set(re.findall(r"\[([A-Z_]+)\]", action["Target"]))
    assert referenced == set(INSTALLER_PROPERTIES)
    command = re.sub(r"\[([A-Z_]+)\]", lambda m: given.get(m.group(1), ""), action["Target"])
    target = tmp_path / "settings.toml"
    assert main([*shlex.split(command), "--file", str(target)]) == 0
    settings = load_settings(
        machine_file=target, user_file=tmp_path / "none.toml", environ={}, registry=None
    )
    assert settings.api.url == "https://cases.example.org/api/v1"
    assert settings.site.id == "vas-reception"
    assert settings.site.name == "Stadshuset reception"
    assert settings.printing.mode == "dialog"
    assert settings.receipt.paper == "80mm"  # not given: untouched


def test_public_properties_are_declared_secure_in_the_source():
    source = WXS.read_text(encoding="utf-8")
    for name in INSTALLER_PROPERTIES:
        assert f'<Property Id="{name}" Secure="yes"/>' in source, name
