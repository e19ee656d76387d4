"""The headless commands IT and scripts use, on a real data folder."""

from __future__ import annotations

import csv
import getpass
import json
import subprocess
import sys

import pytest
from pypdf import PdfReader

from desk_app import __version__
from desk_app.cli import main
from tests.conftest import RESIDENT_EMAIL, RESIDENT_NAME, form, isolated_environ

GOOD = form()
ANONYMOUS = {
    "kind": "praise",
    "category": "parks",
    "description": "Fina blommor i parken.",
    "received_by": {"staff_id": "bo.k"},
}


def _write_jsonl(path, *lines):
    path.write_text(
        "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n",
        encoding="utf-8",
    )
    return path


def _status(capsys):
    assert main(["status", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_version_prints_the_package_version():
    result = subprocess.run(
        [sys.executable, "-m", "desk_app", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == f"desk-app {__version__}"


def test_status_on_a_new_desk_counts_nothing(desk_environ, capsys, tmp_path):
    status = _status(capsys)
    assert status["total"] == 0
    assert status["counts"] == {"pending": 0, "sending": 0, "synced": 0, "needs_attention": 0}
    assert status["data_dir"] == str(tmp_path / "data")
    assert status["database_bytes"] > 0


def test_import_saves_good_lines_and_reports_bad_ones_by_number(desk_environ, tmp_path, capsys):
    source = _write_jsonl(
        tmp_path / "week.jsonl",
        GOOD,
        "{not json",
        {**GOOD, "category": "no.such"},
        ANONYMOUS,
        {**GOOD, "reference": "VAS-AAAA-AAAA-AAAA"},
        "",
        ["a", "list"],
    )
    assert main(["import", str(source), "--received-by", "bo.k"]) == 1
    captured = capsys.readouterr()
    references = captured.out.split()
    assert len(references) == 2 and all(ref.startswith("VAS-") for ref in references)
    assert "week.jsonl:2: not imported: not valid JSON" in captured.err
    assert "week.jsonl:3: not imported: category:" in captured.err
    assert "week.jsonl:5: not imported: remove reference" in captured.err
    assert "week.jsonl:7: not imported: each line must be one JSON object" in captured.err
    assert "week.jsonl:4" not in captured.err
    assert _status(capsys)["counts"]["pending"] == 2


def test_import_keeps_the_paper_forms_date_and_fills_in_the_worker(desk_environ, tmp_path, capsys):
    source = _write_jsonl(tmp_path / "one.jsonl", GOOD, {**ANONYMOUS, "received_by": None})
    assert main(["import", str(source), "--received-by", "bo.k"]) == 0
    first, second = capsys.readouterr().out.split()
    out = tmp_path / "all.csv"
    assert main(["export", "--csv", str(out)]) == 0
    rows = {row["reference"]: row for row in csv.DictReader(out.open(encoding="utf-8"))}
    assert rows[first]["received_at"] == "2026-11-18T09:02:11+00:00"
    assert rows[first]["received_by"] == "anna.s"
    assert rows[second]["received_by"] == "bo.k"


def test_import_of_a_missing_file_says_so(desk_environ, tmp_path, capsys):
    assert main(["import", str(tmp_path / "nope.jsonl")]) == 1
    assert "cannot read" in capsys.readouterr().err


def test_receipt_command_renders_the_records_receipt(desk_environ, tmp_path, capsys):
    main(["import", str(_write_jsonl(tmp_path / "one.jsonl", GOOD))])
    reference = capsys.readouterr().out.strip()
    out = tmp_path / "receipt.pdf"
    assert main(["receipt", reference.lower(), "--pdf", str(out), "--paper", "a4"]) == 0
    text = PdfReader(out).pages[0].extract_text()
    assert reference in text and "KOPIA" in text
    assert float(PdfReader(out).pages[0].mediabox.width) > 500


def test_receipt_command_explains_typos_and_unknown_references(desk_environ, tmp_path, capsys):
    main(["import", str(_write_jsonl(tmp_path / "one.jsonl", GOOD))])
    reference = capsys.readouterr().out.strip()
    typo = reference[:-1] + ("2" if reference[-1] != "2" else "3")
    assert main(["receipt", typo, "--pdf", str(tmp_path / "x.pdf")]) == 1
    assert "typo" in capsys.readouterr().err
    assert main(["receipt", "VAS-2222-2222-2222", "--pdf", str(tmp_path / "x.pdf")]) == 1
    assert not (tmp_path / "x.pdf").exists()


def test_export_leaves_out_personal_data_unless_asked(desk_environ, tmp_path, capsys, monkeypatch):
    isolated_environ(tmp_path, desk_supervisors=getpass.getuser())  # IT's machine file
    main(["import", str(_write_jsonl(tmp_path / "one.jsonl", GOOD, ANONYMOUS))])
    plain, personal = tmp_path / "plain.csv", tmp_path / "personal.csv"
    assert main(["export", "--csv", str(plain)]) == 0
    assert main(["export", "--csv", str(personal), "--with-personal-data"]) == 0
    plain_text = plain.read_text(encoding="utf-8")
    assert RESIDENT_NAME not in plain_text and RESIDENT_EMAIL not in plain_text
    assert "Snön på Storgatan" in plain_text
    assert RESIDENT_NAME in personal.read_text(encoding="utf-8")
    assert len(list(csv.DictReader(plain.open(encoding="utf-8")))) == 2


def test_export_since_a_date_skips_older_records(desk_environ, tmp_path, capsys):
    main(["import", str(_write_jsonl(tmp_path / "one.jsonl", GOOD, ANONYMOUS))])
    out = tmp_path / "recent.csv"
    assert main(["export", "--csv", str(out), "--since", "2026-11-19"]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [row["kind"] for row in rows] == ["praise"]
    with pytest.raises(SystemExit):
        main(["export", "--csv", str(out), "--since", "last week"])


def test_doctor_passes_on_a_healthy_desk(desk_environ, capsys):
    main(["status"])
    capsys.readouterr()
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "[ok] database" in out and "integrity check" in out and "[ok] free disk" in out


def test_doctor_names_an_it_only_setting_a_user_layer_tried_to_set(
    desk_environ, tmp_path, monkeypatch, capsys
):
    (tmp_path / "user-settings.toml").write_text('[desk]\nsupervisors = "bob"\n')
    monkeypatch.setenv("DESK_APP_DESK_IDLE_LOCK_MINUTES", "0")
    assert main(["doctor"]) == 1
    out = capsys.readouterr().out
    assert "[PROBLEM] IT-only settings" in out
    assert "desk.supervisors from the user file" in out
    assert "desk.idle_lock_minutes from the environment" in out
    assert "bob" not in out  # the key and the layer, never the value


def test_doctor_names_a_broken_database_and_fails(desk_environ, tmp_path, capsys):
    data = tmp_path / "data"
    data.mkdir()
    (data / "desk.sqlite3").write_bytes(b"garbage" * 1000)
    assert main(["doctor"]) == 1
    assert "[PROBLEM] database" in capsys.readouterr().out


def test_doctor_names_broken_settings(desk_environ, tmp_path, capsys):
    (tmp_path / "machine-settings.toml").write_text("[receipt]\npaper = 'letter'\n")
    assert main(["doctor"]) == 1
    out = capsys.readouterr().out
    assert "[PROBLEM] settings" in out and "machine-settings.toml, line 2" in out


def test_commands_refuse_a_corrupt_database_and_keep_it(desk_environ, tmp_path, capsys):
    data = tmp_path / "data"
    data.mkdir()
    database = data / "desk.sqlite3"
    database.write_bytes(b"garbage" * 1000)
    assert main(["status"]) == 3
    assert "left untouched" in capsys.readouterr().err
    assert database.read_bytes() == b"garbage" * 1000


def test_data_dir_option_overrides_the_environment(desk_environ, tmp_path, capsys):
    other = tmp_path / "elsewhere"
    assert main(["status", "--json", "--data-dir", str(other)]) == 0
    assert json.loads(capsys.readouterr().out)["data_dir"] == str(other)


def test_receipt_command_renders_in_another_language(desk_environ, tmp_path, capsys):
    main(["import", str(_write_jsonl(tmp_path / "one.jsonl", GOOD))])
    reference = capsys.readouterr().out.strip()
    out = tmp_path / "receipt-fa.pdf"
    assert main(["receipt", reference, "--pdf", str(out), "--language", "fa"]) == 0
    text = PdfReader(out).pages[0].extract_text()
    assert reference in text and "Kvitto" not in text
    assert any(0xFB50 <= ord(char) <= 0xFEFF for char in text)  # joined Persian letters


def test_receipt_command_names_the_languages_it_has(desk_environ, tmp_path, capsys):
    main(["import", str(_write_jsonl(tmp_path / "one.jsonl", GOOD))])
    reference = capsys.readouterr().out.strip()
    out = tmp_path / "receipt-xx.pdf"
    assert main(["receipt", reference, "--pdf", str(out), "--language", "xx"]) != 0
    assert "sv, ar, en, fa" in capsys.readouterr().err
    assert not out.exists()
