"""The report's renderers from a ``Statistics`` built by hand: the PDF read back as text, the
Persian PDF shaped right to left, the XLSX read back with openpyxl cell by cell."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import unicodedata
import zipfile
from datetime import UTC, date, datetime, timedelta

import openpyxl
import pytest
from pypdf import PdfReader

from desk_app.domain.statistics import StatisticsFilter
from desk_app.report import Report, ReportNames, report_languages
from desk_app.report.content import CODED_WORDS, TEXTS_DIR, report_tables
from desk_app.report.pdf import render_report_pdf
from desk_app.report.xlsx import render_report_xlsx, sheet_name
from tests.report.sample import FIRST_DAY, FORMULA_PROVIDER, SITE_NAME, sample_statistics

GENERATED = datetime(2026, 11, 26, 8, 30, tzinfo=UTC)
NAMES = ReportNames(categories={"streets.snow": "Snöröjning", "libraries": "Bibliotek"})
BIDI_CONTROLS = dict.fromkeys(range(0x202A, 0x202F))


def _report(language: str = "sv", **changes: object) -> Report:
    return Report(sample_statistics(**changes), language, GENERATED, NAMES)  # type: ignore[arg-type]


def _pdf_text(pdf: bytes) -> str:
    """The PDF's text as laid out on the page: a table's row on one line."""
    return subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()


def _pdf_metadata_title(pdf: bytes) -> str:
    return str(PdfReader(io.BytesIO(pdf)).metadata.title)


def _numbers_in(text: str) -> list[str]:
    return re.findall(r"\d+", text)


def test_every_report_language_has_every_word_english_has():
    english = set(json.loads((TEXTS_DIR / "en.json").read_text(encoding="utf-8")))
    assert set(CODED_WORDS) <= english
    assert report_languages() == ["sv", "ar", "en", "fa"]
    for language in report_languages():
        words = json.loads((TEXTS_DIR / f"{language}.json").read_text(encoding="utf-8"))
        assert set(words) == english, language
        assert all(value.strip() for value in words.values()), language


needs_pdftotext = pytest.mark.skipif(
    not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) missing"
)


@needs_pdftotext
def test_swedish_pdf_names_the_site_the_period_and_prints_every_count():
    statistics = sample_statistics()
    pdf = render_report_pdf(_report("sv"))
    text = _pdf_text(pdf)
    assert _pdf_metadata_title(pdf) == "Rapport om synpunkter 2026-11-02 – 2026-11-15"
    assert SITE_NAME in text
    assert "Rapport om synpunkter" in text
    assert "2026-11-02 – 2026-11-15" in text
    assert "Indelat per: dag" in text
    assert "Räknade ärenden: alla ärenden" in text
    # Names in Swedish, each with its count on the same line of the table.
    lines = text.splitlines()

    def line_with(label: str) -> str:
        return next(line for line in lines if line.strip().startswith(label + " "))

    complaints = next(c.count for c in statistics.by_kind if c.key == "complaint")
    assert _numbers_in(line_with("Klagomål"))[0] == str(complaints)
    assert _numbers_in(line_with("Snöröjning"))[0] == str(statistics.total - 5)
    assert _numbers_in(line_with("Mottagna ärenden")) == [str(statistics.total)]
    assert _numbers_in(line_with("Betygsatta besök")) == ["9"]
    assert _numbers_in(line_with("Levererade")) == [str(statistics.delivery.delivered)]
    # Each day's row: the day, then complaints, praise and the total.
    for period in statistics.over_time:
        day = period.start.isoformat()
        row = next(line for line in lines if line.strip().startswith(day + " "))
        counts = _numbers_in(row.strip().removeprefix(day))
        assert counts == [
            str(period.by_kind.get("praise", 0)),
            str(period.by_kind["complaint"]),
            str(period.total),
        ]
    # Ratings: the distribution, the answers and the mean with a Swedish decimal comma.
    treatment = line_with("Bemötande")
    assert _numbers_in(treatment)[:6] == ["0", "1", "1", "3", "4", "9"]
    assert "4,11" in treatment


@needs_pdftotext
def test_a_filtered_report_says_what_it_counted():
    chosen = StatisticsFilter(kind="complaint", category="streets.snow", channel="phone")
    text = _pdf_text(render_report_pdf(_report("en", filter=chosen)))
    assert "Records counted: Kind: Complaint; Category: Snöröjning; Channel: Phone" in text


@needs_pdftotext
def test_a_long_table_prints_its_first_rows_and_points_to_the_spreadsheet():
    from desk_app.domain.statistics import Count
    from desk_app.report import pdf

    statistics = sample_statistics()
    many = tuple(Count(f"Provider {at:03}", 1) for at in range(pdf.MAX_PRINTED_ROWS + 7))
    report = Report(
        type(statistics)(**{**statistics.__dict__, "by_provider": many}), "en", GENERATED
    )
    text = _pdf_text(render_report_pdf(report))
    assert f"Provider {pdf.MAX_PRINTED_ROWS - 1:03}" in text
    assert f"Provider {pdf.MAX_PRINTED_ROWS:03}" not in text
    assert "7 more rows: see the spreadsheet (XLSX) report" in text


@needs_pdftotext
@pytest.mark.parametrize(
    ("language", "title", "complaint"),
    [("fa", "گزارش بازخوردها", "شکایت"), ("ar", "تقرير الملاحظات", "شكوى")],
)
def test_persian_and_arabic_reports_read_right_to_left_with_joined_letters(
    tmp_path, language, title, complaint
):
    path = tmp_path / f"report-{language}.pdf"
    path.write_bytes(render_report_pdf(_report(language)))
    raw = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = unicodedata.normalize("NFKC", raw).translate(BIDI_CONTROLS)
    assert title in text  # in reading order once the joined forms are normalised
    assert SITE_NAME in text  # a Latin name stays left to right inside the page
    assert sum(0xFB50 <= ord(char) <= 0xFEFF for char in raw) > 100  # joined letter forms
    lines = text.splitlines()
    # Mirrored tables: the kind's name is on the right, its count to its left.
    statistics = sample_statistics()
    complaints = next(c.count for c in statistics.by_kind if c.key == "complaint")
    row = next(line for line in lines if line.rstrip().endswith(complaint) and "%" in line)
    assert _numbers_in(row)[-1] == str(complaints)
    # Right-aligned: the title line is indented further than the wide table rows.
    title_line = next(line for line in lines if title in line)
    assert len(title_line) - len(title_line.lstrip()) > len(row) - len(row.lstrip())


def test_the_spreadsheet_has_a_sheet_per_table_with_real_types_and_equal_values():
    statistics = sample_statistics()
    book = openpyxl.load_workbook(io.BytesIO(render_report_xlsx(_report("sv"))))
    assert book.sheetnames == [
        "Sammanfattning",
        "Ärenden över tid, per typ",
        "Ärenden per typ",
        "Ärenden per kategori",
        "Ärenden per enhet",
        "Ärenden per utförare",
        "Ärenden per kanal",
        "Ärenden per vem som lämnade dem"[:31],
        "Leverans och tidsgräns för förs",
        "Betyg per fråga",
        "Medelbetyg över tid",
    ]
    summary = {
        row[0]: row[1] for row in book["Sammanfattning"].iter_rows(min_row=2, values_only=True)
    }
    assert summary["Plats"] == SITE_NAME
    assert summary["Första dag"] == datetime(2026, 11, 2)  # a date cell, read as a datetime
    assert summary["Mottagna ärenden"] == statistics.total
    assert isinstance(summary["Mottagna ärenden"], int)
    assert isinstance(summary["Skapad"], datetime)

    over_time = book["Ärenden över tid, per typ"]
    header = [cell.value for cell in over_time[1]]
    assert header == ["Period från", "Beröm", "Klagomål", "Totalt"]
    rows = list(over_time.iter_rows(min_row=2))
    assert len(rows) == len(statistics.over_time)
    for row, period in zip(rows, statistics.over_time, strict=True):
        assert row[0].is_date and row[0].value.date() == period.start
        assert row[0].number_format == "yyyy-mm-dd"
        values = [cell.value for cell in row[1:]]
        assert values == [
            period.by_kind.get("praise", 0),
            period.by_kind["complaint"],
            period.total,
        ]
        assert all(isinstance(value, int) for value in values)

    ratings = list(book["Betyg per fråga"].iter_rows(min_row=2))
    treatment = ratings[0]
    assert [cell.value for cell in treatment[:7]] == ["Bemötande", 0, 1, 1, 3, 4, 9]
    assert treatment[7].value == pytest.approx(37 / 9)
    assert treatment[7].data_type == "n" and treatment[7].number_format == "0.00"

    kinds = list(book["Ärenden per typ"].iter_rows(min_row=2))
    assert [(row[0].value, row[1].value) for row in kinds] == [
        ("Klagomål", next(c.count for c in statistics.by_kind if c.key == "complaint")),
        ("Beröm", next(c.count for c in statistics.by_kind if c.key == "praise")),
    ]
    assert kinds[0][2].number_format == "0.0%"
    assert sum(row[2].value for row in kinds) == pytest.approx(1.0)


def test_a_provider_that_looks_like_a_formula_is_stored_as_text_never_as_a_formula():
    data = render_report_xlsx(_report("en"))
    sheet = openpyxl.load_workbook(io.BytesIO(data))["Records by provider"]
    cell = next(row[0] for row in sheet.iter_rows(min_row=2) if row[1].value == 1)
    assert cell.value == FORMULA_PROVIDER
    assert cell.data_type == "s"
    assert cell.quotePrefix
    # In the file itself: no formula element anywhere, the text an inline string.
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheets = [archive.read(name) for name in archive.namelist() if "worksheets/" in name]
    assert not any(b"<f>" in xml or b"<f " in xml for xml in sheets)
    assert any(b'inlineStr"><is><t>=HYPERLINK(' in xml for xml in sheets)


def test_a_persian_spreadsheet_reads_right_to_left():
    book = openpyxl.load_workbook(io.BytesIO(render_report_xlsx(_report("fa"))))
    assert all(sheet.sheet_view.rightToLeft for sheet in book.worksheets)
    assert book.sheetnames[0] == "خلاصه"


def test_sheet_names_are_ones_excel_accepts_and_never_repeat():
    taken: set[str] = set()
    first = sheet_name("Records by category / unit: [all]?", taken)
    assert len(first) <= 31 and not set("[]:*?/\\") & set(first)
    assert sheet_name("Records by category / unit: [all]?", taken) != first


def test_tables_keep_the_order_and_the_totals_of_the_statistics():
    statistics = sample_statistics()
    tables = {table.key: table for table in report_tables(_report("en"))}
    assert [row[0] for row in tables["by_unit"].rows] == ["Not stated", "school-7"]
    assert sum(row[1] for row in tables["by_category"].rows) == statistics.total
    assert [row[-1] for row in tables["over_time"].rows] == [p.total for p in statistics.over_time]
    assert tables["over_time"].rows[0][0] == FIRST_DAY
    assert isinstance(tables["over_time"].rows[0][0], date)
    # Ratings over time: a mean per question asked, and the period's answers.
    over_time = tables["ratings_over_time"]
    assert [column.title for column in over_time.columns] == [
        "Period starting",
        "Treatment",
        "Overall",
        "Answers",
    ]
    assert over_time.rows[0] == (FIRST_DAY, 3.75, 3.25, 8)
    assert over_time.rows[1][0] == FIRST_DAY + timedelta(days=3)
