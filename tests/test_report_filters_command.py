"""`desk-app report` with the Statistics tab's filters: the real command counts only the records
the filters pick (one value or several of each), in both files (read back and compared with
counts this test makes itself from what it saved), the first page says in words what was
counted, and a value the desk does not know is refused with exit 2 and nothing written."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest

from desk_app.app import open_desk
from desk_app.domain.record import Channel, Kind, SubmitterType
from desk_app.settings import load_settings
from tests.conftest import (
    FIRST,
    LAST,
    PLAN,
    desk_app,
    isolated_environ,
    report_of_plan,
    save_plan,
)

needs_pdftotext = pytest.mark.skipif(
    not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) missing"
)
IN_PERIOD = [entry for entry in PLAN if 0 <= entry[0] <= (LAST - FIRST).days]
CATEGORY_NAMES = {
    "streets.snow": "Snow clearing",
    "parks": "Parks and green spaces",
    "waste": "Waste and recycling",
}


@pytest.fixture(scope="module")
def saved_desk(tmp_path_factory) -> Path:
    """A desk folder with the shared PLAN of records, saved through the service."""
    folder = tmp_path_factory.mktemp("filtered-report-desk")
    desk = open_desk(load_settings(environ=isolated_environ(folder)))
    try:
        save_plan(desk)
    finally:
        desk.close()
    return folder


def _report(folder: Path, out: Path, *filters: str) -> subprocess.CompletedProcess[str]:
    return report_of_plan(folder, out, "--language", "en", "--by", "day", *filters)


def _sheet(book: openpyxl.Workbook, title: str, *, min_row: int = 2) -> dict[object, object]:
    return {row[0]: row[1] for row in book[title].iter_rows(min_row=min_row, values_only=True)}


def _pdf_lines(path: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [line.strip() for line in text.splitlines()]


@needs_pdftotext
def test_complaints_made_in_person_are_all_the_filtered_report_counts(saved_desk, tmp_path):
    result = _report(saved_desk, tmp_path, "--kind", "complaint", "--channel", "in_person")
    assert result.returncode == 0, result.stderr
    picked = [e for e in IN_PERIOD if e[1] is Kind.COMPLAINT and e[3] is Channel.IN_PERSON]
    assert 0 < len(picked) < len(IN_PERIOD)

    book = openpyxl.load_workbook(tmp_path / "report.xlsx")
    summary = _sheet(book, "Summary", min_row=1)
    assert summary["Records received"] == len(picked)
    assert summary["Records counted"] == "Kind: Complaint; Channel: In person"
    assert _sheet(book, "Records by kind") == {"Complaint": len(picked)}
    assert _sheet(book, "Records by channel") == {"In person": len(picked)}
    categories = Counter(CATEGORY_NAMES[entry[2]] for entry in picked)
    assert _sheet(book, "Records by category") == dict(categories)
    per_day = {
        row[0].date(): row[-1]
        for row in book["Records over time, by kind"].iter_rows(min_row=2, values_only=True)
    }
    for offset in range((LAST - FIRST).days + 1):
        day = FIRST + timedelta(days=offset)
        assert per_day[day] == sum(1 for entry in picked if entry[0] == offset), day

    lines = _pdf_lines(tmp_path / "report.pdf")
    # The first page says what was counted, and the count of the filtered records.
    assert "Records counted: Kind: Complaint; Channel: In person" in lines
    received = next(line for line in lines if line.startswith("Records received "))
    assert received.split()[-1] == str(len(picked))
    assert f"{len(picked)} record(s)" in result.stderr


def test_a_filter_on_not_stated_counts_the_records_that_say_nothing(saved_desk, tmp_path):
    result = _report(saved_desk, tmp_path, "--submitter-type", "none", "--category", "streets.snow")
    assert result.returncode == 0, result.stderr
    picked = [entry for entry in IN_PERIOD if entry[4] is None and entry[2] == "streets.snow"]
    book = openpyxl.load_workbook(tmp_path / "report.xlsx")
    summary = _sheet(book, "Summary", min_row=1)
    assert summary["Records received"] == len(picked) == 4
    assert summary["Records counted"] == "Category: Snow clearing; Submitted by: Not stated"
    assert _sheet(book, "Records by who submitted them") == {"Not stated": len(picked)}


def test_one_value_given_twice_or_as_a_list_of_one_counts_that_value(saved_desk, tmp_path):
    result = _report(
        saved_desk, tmp_path, "--submitter-type", "resident,", "--submitter-type", "resident"
    )
    assert result.returncode == 0, result.stderr
    residents = [entry for entry in IN_PERIOD if entry[4] is SubmitterType.RESIDENT]
    summary = _sheet(openpyxl.load_workbook(tmp_path / "report.xlsx"), "Summary", min_row=1)
    assert summary["Records received"] == len(residents) == 4
    assert summary["Records counted"] == "Submitted by: Resident"


@needs_pdftotext
def test_several_values_of_two_filters_count_every_record_with_any_of_them(saved_desk, tmp_path):
    result = _report(
        saved_desk,
        tmp_path,
        "--kind",
        "complaint,suggestion",
        "--channel",
        "phone",
        "--channel",
        "in_person",
        "--submitter-type",
        "none,resident",
    )
    assert result.returncode == 0, result.stderr
    picked = [
        entry
        for entry in IN_PERIOD
        if entry[1] in (Kind.COMPLAINT, Kind.SUGGESTION)
        and entry[3] in (Channel.PHONE, Channel.IN_PERSON)
        and entry[4] in (None, SubmitterType.RESIDENT)
    ]
    assert len(picked) == 8

    book = openpyxl.load_workbook(tmp_path / "report.xlsx")
    summary = _sheet(book, "Summary", min_row=1)
    counted = (
        "Kind: Complaint, Suggestion; Channel: Phone, In person; Submitted by: Not stated, Resident"
    )
    assert summary["Records counted"] == counted
    assert summary["Records received"] == len(picked)
    kinds = Counter(entry[1] for entry in picked)
    assert _sheet(book, "Records by kind") == {
        "Complaint": kinds[Kind.COMPLAINT],
        "Suggestion": kinds[Kind.SUGGESTION],
    }
    # Largest first, as the store orders a single count.
    assert list(_sheet(book, "Records by kind")) == ["Complaint", "Suggestion"]
    channels = Counter(entry[3] for entry in picked)
    assert _sheet(book, "Records by channel") == {
        "In person": channels[Channel.IN_PERSON],
        "Phone": channels[Channel.PHONE],
    }
    categories = Counter(CATEGORY_NAMES[entry[2]] for entry in picked)
    assert _sheet(book, "Records by category") == dict(categories)
    per_day = {
        row[0].date(): row[-1]
        for row in book["Records over time, by kind"].iter_rows(min_row=2, values_only=True)
    }
    for offset in range((LAST - FIRST).days + 1):
        day = FIRST + timedelta(days=offset)
        assert per_day[day] == sum(1 for entry in picked if entry[0] == offset), day
    (delivery_sheet,) = [sheet for sheet in book.sheetnames if sheet.startswith("Delivery")]
    delivery = _sheet(book, delivery_sheet)
    assert delivery["Waiting to be sent"] == len(picked)  # nothing delivered yet

    lines = _pdf_lines(tmp_path / "report.pdf")
    assert f"Records counted: {counted}" in " ".join(lines)
    received = next(line for line in lines if line.startswith("Records received "))
    assert received.split()[-1] == str(len(picked))


@pytest.mark.parametrize(
    ("filters", "says"),
    [
        (["--kind", "compliment"], "--kind: no such value 'compliment'; choose from praise,"),
        (["--category", "streets.ice"], "--category: no such value 'streets.ice'"),
        (["--unit", "u-nowhere"], "--unit: no such value 'u-nowhere'; choose from none"),
        (["--channel", "fax"], "--channel: no such value 'fax'"),
        (["--submitter-type", "tourist"], "--submitter-type: no such value 'tourist'"),
        (["--kind", "praise,compliment"], "--kind: no such value 'compliment'"),
        (["--channel", "phone", "--channel", "fax"], "--channel: no such value 'fax'"),
    ],
)
def test_a_filter_value_the_desk_does_not_know_exits_2_and_writes_nothing(
    saved_desk, tmp_path, filters, says
):
    result = _report(saved_desk, tmp_path / "out", *filters)
    assert result.returncode == 2
    assert says in result.stderr
    assert list((tmp_path / "out").iterdir()) == []


def test_filters_that_pick_too_many_combinations_are_refused_before_counting(saved_desk, tmp_path):
    # 4 kinds x 5 channels x 4 submitter types = 80 counts of the period: refused at once.
    kinds = ",".join(("praise", "complaint", "suggestion", "question"))
    channels = ",".join(("in_person", "phone", "letter", "email", "web_form"))
    submitters = ",".join(("resident", "relative", "none", "employee"))
    result = _report(
        saved_desk,
        tmp_path / "out",
        "--kind", kinds, "--channel", channels, "--submitter-type", submitters,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert "80 combinations" in result.stderr
    assert list((tmp_path / "out").iterdir()) == []


def test_the_report_help_names_every_filter_of_the_statistics_tab(tmp_path):
    result = desk_app(tmp_path, "report", "--help")
    assert result.returncode == 0
    for option in ("--kind", "--category", "--unit", "--channel", "--submitter-type"):
        assert option in result.stdout
