"""`desk-app report`: a real desk's records and ratings, counted by the store, written as PDF and
XLSX by the real command, read back and checked against counts this test makes itself from
what it saved (not through the store's query); the error cases exit as the other commands do."""

from __future__ import annotations

import io
import shutil
import subprocess
import uuid
import zipfile
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from desk_app.app import open_desk
from desk_app.domain.record import Channel, Kind
from desk_app.settings import load_settings
from tests.conftest import (
    FIRST,
    LAST,
    PLAN,
    RESIDENT_EMAIL,
    RESIDENT_NAME,
    RESIDENT_PHONE,
    SECRET_DESCRIPTION,
    at_noon,
    desk_app,
    isolated_environ,
    report_of_plan,
    save_plan,
)

SITE_NAME = "Stadshuset reception"  # isolated_environ's site name
PERSONAL = (RESIDENT_NAME, RESIDENT_EMAIL, RESIDENT_PHONE, SECRET_DESCRIPTION, "Storgatan 4")
needs_pdftotext = pytest.mark.skipif(
    not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) missing"
)


# (day offset, question, score) answers of rated visits: three visits in, one after.
VISITS = [
    (1, [("treatment", 5), ("overall", 4)]),
    (4, [("treatment", 2), ("wait", 1), ("overall", 3)]),
    (9, [("treatment", 4), ("overall", 5)]),
    (20, [("treatment", 1)]),
]


@pytest.fixture(scope="module")
def saved_desk(tmp_path_factory) -> Path:
    """A desk folder with PLAN's records and VISITS' ratings, saved through the service."""
    from desk_app.store.models import RatingRow

    folder = tmp_path_factory.mktemp("report-desk")
    desk = open_desk(load_settings(environ=isolated_environ(folder)))
    try:
        save_plan(desk)
        # Ratings as the rating screen stores them: one row per answer, a visit's share an ID.
        from sqlalchemy.orm import Session

        with Session(desk.store.engine) as session, session.begin():
            for offset, answers in VISITS:
                visit = str(uuid.uuid4())
                for question, score in answers:
                    session.add(
                        RatingRow(
                            id=str(uuid.uuid4()),
                            visit_id=visit,
                            given_at=at_noon(FIRST + timedelta(days=offset)),
                            site_id="vas",
                            language="sv",
                            question=question,
                            score=score,
                            comment="",
                        )
                    )
    finally:
        desk.close()
    return folder


def _in_period() -> list[tuple]:
    return [entry for entry in PLAN if 0 <= entry[0] <= (LAST - FIRST).days]


@pytest.fixture(scope="module")
def swedish_report(saved_desk, tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    out = tmp_path_factory.mktemp("report-out")
    return out, report_of_plan(saved_desk, out, "--language", "sv", "--by", "day")


@needs_pdftotext
def test_the_pdf_report_shows_the_site_the_period_and_the_counts_of_the_saved_records(
    swedish_report,
):
    out, result = swedish_report
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [str(out / "report.pdf"), str(out / "report.xlsx")]
    text = subprocess.run(
        ["pdftotext", "-layout", str(out / "report.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rows = [line.strip() for line in text.splitlines()]
    records = _in_period()
    assert SITE_NAME in text
    assert "Period: 2026-11-02 – 2026-11-15" in text

    def numbers_after(label: str) -> list[int]:
        row = next(row for row in rows if row.startswith(label + " "))
        return [int(part) for part in row.removeprefix(label).split() if part.isdigit()]

    assert numbers_after("Mottagna ärenden") == [len(records)]
    assert numbers_after("Betygsatta besök") == [3]
    kinds = Counter(entry[1] for entry in records)
    for kind, word in ((Kind.COMPLAINT, "Klagomål"), (Kind.PRAISE, "Beröm")):
        assert numbers_after(word)[0] == kinds[kind]
    categories = Counter(entry[2] for entry in records)
    assert numbers_after("Snöröjning")[0] == categories["streets.snow"]
    assert numbers_after("Parker och grönområden")[0] == categories["parks"]
    channels = Counter(entry[3] for entry in records)
    assert numbers_after("Telefon")[0] == channels[Channel.PHONE]
    # Every day's row: the day's records of each kind and the day's total.
    for offset in range(14):
        day = FIRST + timedelta(days=offset)
        on_day = [entry for entry in records if entry[0] == offset]
        assert numbers_after(day.isoformat())[-1] == len(on_day)
    # Nothing delivered yet: every record in the period waits.
    assert numbers_after("Väntar på att skickas") == [len(records)]
    # Treatment: scores 5, 2 and 4 in the period (the 1 came after it).
    assert numbers_after("Bemötande")[:6] == [0, 1, 0, 1, 1, 3]
    assert "3,67" in next(row for row in rows if row.startswith("Bemötande "))


def test_the_xlsx_report_has_typed_cells_equal_to_the_saved_records_counts(swedish_report):
    out, result = swedish_report
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(out / "report.xlsx")
    records = _in_period()
    assert book.sheetnames[:3] == ["Sammanfattning", "Ärenden över tid, per typ", "Ärenden per typ"]
    summary = {row[0]: row[1] for row in book["Sammanfattning"].iter_rows(values_only=True)}
    assert summary["Mottagna ärenden"] == len(records)
    assert summary["Första dag"] == datetime(2026, 11, 2)
    assert summary["Sista dag"] == datetime(2026, 11, 15)
    sheet = book["Ärenden över tid, per typ"]
    header = [cell.value for cell in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        day = row[0].value
        assert isinstance(day, datetime) and row[0].is_date
        on_day = [entry for entry in records if FIRST + timedelta(days=entry[0]) == day.date()]
        for column, cell in zip(header[1:-1], row[1:-1], strict=True):
            word = {"Klagomål": Kind.COMPLAINT, "Beröm": Kind.PRAISE, "Förslag": Kind.SUGGESTION}
            expected = sum(1 for entry in on_day if entry[1] == word.get(column, Kind.QUESTION))
            assert cell.value == expected and isinstance(cell.value, int)
        assert row[-1].value == len(on_day)
    assert sheet.max_row - 1 == 14  # every day of the period, empty ones included
    categories = {
        row[0]: row[1]
        for row in book["Ärenden per kategori"].iter_rows(min_row=2, values_only=True)
    }
    expected = Counter(entry[2] for entry in records)
    assert categories == {
        "Snöröjning": expected["streets.snow"],
        "Parker och grönområden": expected["parks"],
        "Avfall och återvinning": expected["waste"],
    }
    ratings = list(book["Betyg per fråga"].iter_rows(min_row=2, values_only=True))
    treatment = next(row for row in ratings if row[0] == "Bemötande")
    assert treatment[1:7] == (0, 1, 0, 1, 1, 3)
    assert treatment[7] == pytest.approx(11 / 3)


def test_no_personal_data_reaches_either_file_or_the_output(swedish_report):
    out, result = swedish_report
    for path in (out / "report.pdf", out / "report.xlsx"):
        text = _all_text(path)
        for personal in PERSONAL:
            assert personal not in text, (path.name, personal)
    for personal in PERSONAL:
        assert personal not in result.stdout + result.stderr


def _all_text(path: Path) -> str:
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as archive:
            return "".join(archive.read(name).decode() for name in archive.namelist())
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() for page in reader.pages) + str(reader.metadata)


def test_a_provider_typed_as_a_formula_is_text_in_the_spreadsheet(swedish_report):
    out, _result = swedish_report
    sheet = openpyxl.load_workbook(out / "report.xlsx")["Ärenden per utförare"]
    cell = next(row[0] for row in sheet.iter_rows(min_row=2) if str(row[0].value).startswith("="))
    assert cell.data_type == "s" and cell.quotePrefix


@needs_pdftotext
def test_a_persian_report_is_written_in_persian(saved_desk, tmp_path):
    result = desk_app(
        saved_desk,
        "report",
        "--from",
        FIRST.isoformat(),
        "--to",
        LAST.isoformat(),
        "--pdf",
        tmp_path / "fa.pdf",
        "--language",
        "fa",
    )
    assert result.returncode == 0, result.stderr
    import unicodedata

    raw = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "fa.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "گزارش بازخوردها" in unicodedata.normalize("NFKC", raw)
    assert "برف" in unicodedata.normalize("NFKC", raw)  # the category's Persian name


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        (["--from", "2026-11-31", "--to", "2026-12-01", "--pdf", "r.pdf"], 2, "not a date"),
        (["--from", "2026-11-15", "--to", "2026-11-02", "--pdf", "r.pdf"], 2, "before it starts"),
        (["--from", "2026-11-01", "--to", "2026-11-02"], 2, "--pdf and/or --xlsx"),
        (
            ["--from", "2026-11-01", "--to", "2026-11-02", "--pdf", "r.pdf", "--language", "xx"],
            2,
            "no report texts in 'xx'",
        ),
        (
            ["--from", "2026-11-01", "--to", "2026-11-02", "--pdf", "no/such/dir/r.pdf"],
            1,
            "cannot write",
        ),
    ],
)
def test_report_refuses_bad_arguments_and_unwritable_places_with_a_clear_message(
    tmp_path, args, code, says
):
    result = desk_app(tmp_path, "report", *args)
    assert result.returncode == code
    assert says in result.stderr
    assert not list(tmp_path.glob("**/*.pdf")) and not list(tmp_path.glob("**/*.part"))


def test_report_on_a_damaged_store_exits_3_and_writes_nothing(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "desk.sqlite3").write_bytes(b"this is not a database" * 200)
    result = desk_app(
        tmp_path,
        "report",
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-02",
        "--pdf",
        tmp_path / "r.pdf",
    )
    assert result.returncode == 3, result.stderr
    assert not (tmp_path / "r.pdf").exists()
