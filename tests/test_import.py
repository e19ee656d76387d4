"""`desk-app import` on a real data folder, in a subprocess: strict, line by line, never twice.

Each test runs the command as IT would (``python -m desk_app import FILE``) against its own data
folder and reads the SQLite file it wrote back directly.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import (
    RESIDENT_NAME,
    assert_nothing_personal,
    desk_app,
    desk_command,
    form,
    stored,
    write_jsonl,
)

ROOT = Path(__file__).resolve().parent.parent


def anonymous_praise(text: str = "Fina blommor i parken.") -> dict[str, Any]:
    return {
        "kind": "praise",
        "category": "parks",
        "description": text,
        "received_by": {"staff_id": "bo.k"},
    }


@pytest.mark.parametrize(
    ("section", "field", "value"),
    [
        ("consent", "privacy_notice_given", "no"),
        ("consent", "contact_ok", "false"),
        (None, "wants_reply", "no"),
        ("reporter", "anonymous", "no"),
    ],
)
def test_a_yes_or_no_written_as_text_is_refused_and_nothing_is_stored(
    tmp_path: Path, section: str | None, field: str, value: str
) -> None:
    line = form()
    if section is None:
        line[field] = value
    else:
        line[section] = {**line[section], field: value}
    result = desk_app(tmp_path, "import", write_jsonl(tmp_path / "forms.jsonl", line))

    assert result.returncode == 1
    name = f"{section}.{field}" if section else field
    assert f"forms.jsonl:1: not imported: {name}: must be true or false" in result.stderr
    assert "not text" in result.stderr
    assert result.stdout == ""
    assert stored(tmp_path / "data") == {}


def test_a_misspelt_field_is_refused_naming_it_and_the_closest_known_name(
    tmp_path: Path,
) -> None:
    line = form()
    line["reporter"] = {**line["reporter"], "emial": line["reporter"].pop("email")}
    result = desk_app(tmp_path, "import", write_jsonl(tmp_path / "forms.jsonl", line))

    assert result.returncode == 1
    assert "reporter.emial: is not a field of a submission; did you mean reporter.email?" in (
        result.stderr
    )
    assert_nothing_personal(result.stderr)
    assert stored(tmp_path / "data") == {}


# Each breaks a different part of the old import: the JSON parser's recursion, int()'s digit
# limit, SQLite's UTF-8 encoding, and the conversion of a year-1 time to UTC.
NESTING = "[" * 100_000 + "]" * 100_000
HUGE_NUMBER = "7" * 5_000
TROUBLE = {
    "deep nesting": json.dumps(form())[:-1] + f', "x": {NESTING}}}',
    "a 5,000-digit number": json.dumps({"reporter": {"name": RESIDENT_NAME}})[:-1]
    + f', "wants_reply": {HUGE_NUMBER}}}',
    "a lone surrogate": json.dumps(form(description="Snön \ud800 på Storgatan")),
    "a date in the year 1": json.dumps(form(occurred_at="0001-01-01T00:30:00+01:00")),
}


@pytest.mark.parametrize("trouble", sorted(TROUBLE))
def test_a_line_that_breaks_the_reader_is_reported_by_number_and_the_next_is_saved(
    tmp_path: Path, trouble: str
) -> None:
    source = write_jsonl(
        tmp_path / "forms.jsonl", anonymous_praise("first"), TROUBLE[trouble], anonymous_praise()
    )
    result = desk_app(tmp_path, "import", source)

    assert result.returncode == 1
    assert "forms.jsonl:2: not imported:" in result.stderr
    first, third = result.stdout.split()
    records = stored(tmp_path / "data")
    assert records.keys() == {first, third}
    assert records[third]["description"] == "Fina blommor i parken."
    assert "Imported 2 record(s); 0 already imported; 1 line(s) rejected." in result.stderr
    assert_nothing_personal(result.stderr)


def test_a_line_separator_inside_a_json_string_keeps_the_line_numbers(tmp_path: Path) -> None:
    # str.splitlines() breaks a line at each of these; JSON allows them raw inside a string.
    separators = "Snö\u2028på\u0085Storgatan\x1cigen"
    source = write_jsonl(
        tmp_path / "forms.jsonl",
        anonymous_praise(separators),
        {**anonymous_praise(), "category": "no.such"},
        anonymous_praise("third line"),
    )
    result = desk_app(tmp_path, "import", source)

    assert result.returncode == 1
    assert "forms.jsonl:2: not imported: category:" in result.stderr
    assert "forms.jsonl:1:" not in result.stderr and "forms.jsonl:3:" not in result.stderr
    first, third = result.stdout.split()
    records = stored(tmp_path / "data")
    assert records[first]["description"] == separators
    assert records[third]["description"] == "third line"


def test_invalid_utf8_costs_only_its_own_line(tmp_path: Path) -> None:
    source = write_jsonl(
        tmp_path / "forms.jsonl",
        anonymous_praise("first"),
        json.dumps(anonymous_praise("Sn\u00f6")).encode().replace(b"\\u00f6", b"\xf6"),
        anonymous_praise("third"),
    )
    result = desk_app(tmp_path, "import", source)

    assert result.returncode == 1
    assert "forms.jsonl:2: not imported: not UTF-8 text" in result.stderr
    assert sorted(row["description"] for row in stored(tmp_path / "data").values()) == [
        "first",
        "third",
    ]


def test_importing_the_same_forms_again_saves_nothing_twice(tmp_path: Path) -> None:
    twice = anonymous_praise("Same words on two paper forms.")
    lines = [form(), twice, anonymous_praise(), twice]
    first_run = desk_app(tmp_path, "import", write_jsonl(tmp_path / "forms.jsonl", *lines))
    assert first_run.returncode == 0, first_run.stderr
    references = first_run.stdout.split()
    assert len(set(references)) == 4  # two identical forms are still two records

    # The same forms again, spaced and ordered differently: still the same lines.
    retyped = [
        json.dumps(line, indent=None, sort_keys=True, separators=(", ", " : ")) for line in lines
    ]
    again = desk_app(tmp_path, "import", write_jsonl(tmp_path / "again.jsonl", *retyped))

    assert again.returncode == 0, again.stderr
    assert again.stdout == ""
    for number, reference in enumerate(references, start=1):
        assert f"again.jsonl:{number}: already imported as {reference}" in again.stderr
    assert "Imported 0 record(s); 4 already imported; 0 line(s) rejected." in again.stderr
    assert stored(tmp_path / "data").keys() == set(references)


def test_a_32000_character_email_is_refused_as_longer_than_rfc_5321_allows(
    tmp_path: Path,
) -> None:
    # The shape that made the old pattern backtrack: many dots, and no match at the end.
    long_email = "a@" + "b." * 16_000 + " "
    line = form()
    line["reporter"] = {**line["reporter"], "email": long_email}
    result = desk_app(tmp_path, "import", write_jsonl(tmp_path / "forms.jsonl", line))

    assert result.returncode == 1
    assert "reporter.email: is 32,003 characters; at most 254 fit" in result.stderr
    assert "RFC 5321" in result.stderr
    assert "b.b.b." not in result.stderr
    assert stored(tmp_path / "data") == {}


def test_references_printed_before_a_kill_are_really_in_the_store(tmp_path: Path) -> None:
    source = write_jsonl(
        tmp_path / "forms.jsonl", *(anonymous_praise(f"form {n}") for n in range(2_000))
    )
    command, environ = desk_command(tmp_path)
    with subprocess.Popen(
        [*command, "import", str(source)],
        env=environ,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as importer:
        assert importer.stdout is not None
        told = [importer.stdout.readline().strip() for _ in range(5)]
        importer.send_signal(signal.SIGKILL)
        importer.wait(timeout=60)
    # Killed mid-way: the five references were told while the other lines were still coming.
    assert importer.returncode == -signal.SIGKILL

    records = stored(tmp_path / "data")
    assert len(records) < 2_000
    assert all(reference.startswith("VAS-") for reference in told)
    assert set(told) <= records.keys()
    assert [records[reference]["description"] for reference in told] == [
        f"form {n}" for n in range(5)
    ]


@contextmanager
def small_filesystem(mount_point: Path, size: str) -> Iterator[None]:
    """A tmpfs of ``size`` at ``mount_point``: a disk that really fills up (skips where
    mounting is not allowed, e.g. when not root)."""
    mount_point.mkdir()
    if shutil.which("mount") is None or not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a small filesystem needs root")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["umount", "--lazy", str(mount_point)], check=True)


def fill(folder: Path, leave_free: int) -> Path:
    """Fill the filesystem of ``folder`` until ``leave_free`` bytes are left."""
    stats = os.statvfs(folder)
    filler = folder / "filler"
    filler.write_bytes(b"\0" * max(0, stats.f_bavail * stats.f_frsize - leave_free))
    return filler


def test_a_full_disk_stops_the_import_naming_the_last_saved_line(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    with small_filesystem(disk, "16m"):
        settings = {"data_dir": str(disk / "data"), "log_dir": str(tmp_path / "logs")}
        assert desk_app(tmp_path, "status", **settings).returncode == 0
        filler = fill(disk, leave_free=120_000)
        lines: Sequence[dict[str, Any]] = [
            anonymous_praise(f"{n:03} " + "Fina blommor i parken. " * 400) for n in range(60)
        ]
        source = write_jsonl(tmp_path / "forms.jsonl", *lines)

        full = desk_app(tmp_path, "import", source, **settings)

        assert full.returncode == 3, full.stderr
        saved = full.stdout.split()
        assert 0 < len(saved) < len(lines)
        stopped_at = len(saved) + 1
        assert f"forms.jsonl:{stopped_at}: import stopped" in full.stderr
        assert "database or disk is full" in full.stderr
        assert f"last saved line {len(saved)} ({saved[-1]})" in full.stderr
        assert stored(disk / "data").keys() == set(saved)

        filler.unlink()
        resumed = desk_app(tmp_path, "import", source, **settings)

        assert resumed.returncode == 0, resumed.stderr
        assert f"forms.jsonl:{len(saved)}: already imported as {saved[-1]}" in resumed.stderr
        records = stored(disk / "data")
        assert len(records) == len(lines)
        assert sorted(row["description"][:3] for row in records.values()) == [
            f"{n:03}" for n in range(60)
        ]
