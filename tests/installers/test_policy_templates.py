"""The Group Policy templates (ADMX/ADML) set exactly what the app reads from the registry."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desk_app.settings import SPECS_BY_KEY, load_settings
from tests.conftest import FakeRegistry

POLICY_DIR = Path(__file__).resolve().parents[2] / "installers" / "policy"
NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}


def policies():
    root = ET.parse(POLICY_DIR / "FeedbackDesk.admx").getroot()
    return root, root.findall("p:policies/p:policy", NS)


def value_name(policy) -> str:
    """The registry value a policy sets: on the policy (on/off) or on its one element."""
    if policy.get("valueName"):
        return policy.get("valueName")
    (element,) = list(policy.find("p:elements", NS))
    return element.get("valueName")


def setting_key(policy) -> str:
    section = policy.get("key").rsplit("\\", 1)[1]
    return f"{section}.{value_name(policy)}"


def test_every_policy_is_a_setting_the_app_knows():
    _root, found = policies()
    assert len(found) >= 8
    for policy in found:
        assert policy.get("key").startswith("Software\\Policies\\FeedbackDesk\\")
        assert setting_key(policy) in SPECS_BY_KEY, policy.get("name")
        assert policy.get("class") == "Both"  # machine and user policy


@pytest.mark.parametrize("language", ["en-US", "sv-SE"])
def test_every_string_and_presentation_exists_in_each_language(language):
    admx_text = (POLICY_DIR / "FeedbackDesk.admx").read_text(encoding="utf-8")
    adml = ET.parse(POLICY_DIR / language / "FeedbackDesk.adml").getroot()
    strings = {s.get("id"): s.text for s in adml.iter(f"{{{NS['p']}}}string")}
    presentations = {p.get("id") for p in adml.iter(f"{{{NS['p']}}}presentation")}
    for string_id in re.findall(r"\$\(string\.([^)]+)\)", admx_text):
        assert strings.get(string_id), (language, string_id)
    for presentation in re.findall(r"\$\(presentation\.([^)]+)\)", admx_text):
        assert presentation in presentations, (language, presentation)


def test_values_set_through_the_templates_reach_the_app(tmp_path):
    _root, found = policies()
    registry_values = {}
    expected = {}
    for policy in found:
        key = setting_key(policy)
        if policy.get("valueName"):  # on/off: "enabled" writes the DWORD 1
            enabled = policy.find("p:enabledValue/p:decimal", NS).get("value")
            registry_values[("HKLM", policy.get("key"), value_name(policy))] = int(enabled)
            expected[key] = True
            continue
        (element,) = list(policy.find("p:elements", NS))
        if element.tag.endswith("enum"):
            values = [v.text for v in element.iter(f"{{{NS['p']}}}string")]
            assert set(values) == set(SPECS_BY_KEY[key].choices)
            value: object = values[-1]
        elif element.tag.endswith("decimal"):
            # REG_DWORD: the highest value the template lets IT enter must be one the app
            # takes (a lower one would be refused by the app's own range check at start).
            value = int(element.get("maxValue"))
        else:
            ca_bundle = tmp_path / "ca.pem"
            ca_bundle.write_text("")
            valid = {
                "site.code": "GPO",
                "ui.language": "en",
                "site.language": "en",
                "api.url": "https://cases.example.org/api/v1",
                "api.ca_bundle": str(ca_bundle),
                "desk.supervisors": "anna.s, it-admin",
                "rating.questions": "overall, wait",
            }
            value = valid.get(key, f"from policy {key}")
        registry_values[("HKLM", policy.get("key"), value_name(policy))] = value
        expected[key] = value
    settings = load_settings(
        machine_file=tmp_path / "m.toml",
        user_file=tmp_path / "u.toml",
        environ={},
        registry=FakeRegistry(registry_values),
    )
    for key, value in expected.items():
        assert settings.value(key) == value and settings.is_policy(key), key
