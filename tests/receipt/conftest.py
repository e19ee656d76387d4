"""Reading receipts back from their PDFs, shared by the receipt tests.

Every receipt is read back with pdftotext (whose joined Persian letters normalise to the letters
typed), so a test module that uses these helpers sets ``pytestmark = needs_pdftotext``.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from desk_app.domain.record import Site, Submission
from desk_app.receipt import SiteTexts, render_receipt
from tests.conftest import complete_draft

# A mark, not a pytestmark: a module's pytestmark cannot be imported from here and still apply.
needs_pdftotext = pytest.mark.skipif(
    not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) missing"
)

TEXTS = SiteTexts(site_name="Stadshuset reception", contact="021-39 00 00 · info@example.se")
DUE = date(2026, 12, 1)
# Bidi controls pdftotext adds, and the zero-width non-joiner, which the shaped glyphs carry
# only in their form: neither is a letter a resident reads.
_INVISIBLE = dict.fromkeys([*range(0x202A, 0x202F), 0x200C, 0x200E, 0x200F])


def squeezed(text: str) -> str:
    """Text without spaces or invisible marks: lines wrap at different places per language."""
    return "".join(unicodedata.normalize("NFKC", text).translate(_INVISIBLE).split())


def read_receipt(pdf: bytes, tmp_path: Path) -> str:
    """The text of a receipt's PDF as pdftotext reads it, squeezed."""
    path = tmp_path / "receipt.pdf"
    path.write_bytes(pdf)
    extracted = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return squeezed(extracted)


def says(text: str, words: str) -> bool:
    """Whether the squeezed receipt ``text`` holds ``words``, wherever its lines wrapped."""
    return squeezed(words) in text


def receipt_submission(language: str, **changes: object) -> Submission:
    """A complete record in ``language`` with a fixed reference, ready to print."""
    return Submission.from_draft(
        complete_draft(language=language, **changes),
        reference="VAS-K7M2-9QX4-HT3C",
        site=Site("vas", "Stadshuset"),
    )


def receipt_text(tmp_path: Path, submission: Submission, texts: SiteTexts = TEXTS) -> str:
    """The receipt of ``submission``, first response due on DUE, read back from its PDF."""
    pdf = render_receipt(submission, texts, category_name="Snöröjning", first_response_by=DUE)
    return read_receipt(pdf, tmp_path)
