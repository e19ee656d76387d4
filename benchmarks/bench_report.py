"""The manager's report at 100,000 and 1,000,000 records (issue 11; target: report ≤ 3 s at 1M).

Run: python benchmarks/bench_report.py [--records 100000 1000000] [--cache DIR] [--runs N]
Prints figures; nothing is asserted. The stores are bench_statistics.py's (two years of
records, about one rated visit per four records), shared through the same --cache files.

For each size and period (this month by day, the last year by week, everything by month):
the count alone (StatisticsService, SQL aggregates), the PDF and the XLSX drawn from it, and
the whole report as `desk-app report` makes it (ReportService.write: count once, both files
written). The first report of a process also loads ReportLab, the fonts and openpyxl: it is
printed apart, then the median of the warm runs.
"""

from __future__ import annotations

import argparse
import os
import statistics as stats
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.bench_foundation import desk_environ  # noqa: E402
from benchmarks.bench_statistics import NOW, SPAN, START, prepared_store  # noqa: E402
from desk_app.domain.statistics import Granularity, StatisticsQuery  # noqa: E402


def periods() -> dict[str, StatisticsQuery]:
    """The periods a manager asks for: a month, a year, everything."""
    from desk_app.services.statistics import this_month

    today = NOW.date()
    return {
        "this month, by day": StatisticsQuery(*this_month(today), Granularity.DAY),
        "last year, by week": StatisticsQuery(today - timedelta(days=364), today, Granularity.WEEK),
        "everything, by month": StatisticsQuery(
            START.date(), (START + SPAN).date(), Granularity.MONTH
        ),
    }


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def report_ms(data_dir: Path, out: Path, runs: int) -> tuple[float, dict[str, dict[str, float]]]:
    """(the first whole report in this process, {period: {step: median ms}})."""
    from desk_app.app import open_desk
    from desk_app.report.pdf import render_report_pdf
    from desk_app.report.xlsx import render_report_xlsx
    from desk_app.services.report import ReportService
    from desk_app.settings import load_settings

    desk = open_desk(load_settings(environ=desk_environ(data_dir, encrypted=False)))
    try:
        desk.service.clock = lambda: NOW
        reports = ReportService(desk.service, desk.statistics.statistics, clock=lambda: NOW)
        pdf, xlsx = out / "report.pdf", out / "report.xlsx"
        queries = periods()
        started = time.perf_counter()
        reports.write(queries["this month, by day"], "sv", pdf=pdf, xlsx=xlsx)
        first = _ms(started)
        figures: dict[str, dict[str, float]] = {}
        for name, query in queries.items():
            timings: dict[str, list[float]] = {"count": [], "pdf": [], "xlsx": [], "whole": []}
            for _ in range(runs):
                started = time.perf_counter()
                report = reports.build(query, "sv")
                timings["count"].append(_ms(started))
                started = time.perf_counter()
                render_report_pdf(report)
                timings["pdf"].append(_ms(started))
                started = time.perf_counter()
                render_report_xlsx(report)
                timings["xlsx"].append(_ms(started))
                started = time.perf_counter()
                reports.write(query, "sv", pdf=pdf, xlsx=xlsx)
                timings["whole"].append(_ms(started))
            figures[name] = {step: stats.median(values) for step, values in timings.items()}
        return first, figures
    finally:
        desk.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--cache", type=Path, help="keep the built stores here for next time")
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        base = Path(scratch)
        for records in arguments.records:
            database = prepared_store(base, records, arguments.cache)
            data_dir = database.parent
            out = base / f"out-{records}"
            out.mkdir()
            first, figures = report_ms(data_dir, out, arguments.runs)
            print(f"  first report in the process (PDF + XLSX, loads ReportLab): {first:.0f} ms")
            for name, steps in figures.items():
                print(
                    f"  {name:<22} count {steps['count']:>7.0f} ms  PDF {steps['pdf']:>6.0f} ms"
                    f"  XLSX {steps['xlsx']:>5.0f} ms  whole report (target ≤ 3000 ms)"
                    f" {steps['whole']:>6.0f} ms"
                )
        print(f"\n(median of {arguments.runs} runs each; the whole report counts once)")


if __name__ == "__main__":
    main()
