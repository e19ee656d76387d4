"""The manager's report (issue 11, "Insight"): a period's ``Statistics`` as an A4 PDF with
charts and tables (pdf.py) and as a spreadsheet, one sheet per table (xlsx.py).

Both read the same tables (content.py), built from the statistics the store counted; nothing
here counts records or sees one. Headless: ReportLab and openpyxl, no Qt, no SQL.
"""

from desk_app.report.content import Report, ReportFilter, ReportNames, report_languages

__all__ = ["Report", "ReportFilter", "ReportNames", "report_languages"]
