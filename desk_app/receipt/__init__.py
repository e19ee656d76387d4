"""Receipts: a record plus the site's texts in, PDF bytes out (ReportLab; no Qt, no SQL)."""

from desk_app.receipt.render import Paper, render_receipt
from desk_app.receipt.texts import SiteTexts

__all__ = ["Paper", "SiteTexts", "render_receipt"]
