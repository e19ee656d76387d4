"""The words printed on a receipt, per receipt language, and the site's own texts.

The words of each receipt language live in ``resources/receipt_texts/<code>.json``: a new
receipt language is one more file. A site may replace "what happens next", the contact line
and the privacy notice in its settings; otherwise the built-in text for the receipt language
is used. Languages without built-in texts fall back to English.

Which of the texts prints depends on the receipt (see ``render._promise_blocks``): the reply
texts only where a reply was asked for and can be given, the no-reply texts otherwise; so no
wording, built-in or the site's, promises contact on a receipt where none will come.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from desk_app.resources import RECEIPT_TEXTS_DIR

TEXTS_DIR = RECEIPT_TEXTS_DIR
FALLBACK = "en"


@cache
def _all_labels(directory: Path = TEXTS_DIR) -> dict[str, dict[str, str]]:
    """Every receipt language's words: one JSON file per language, named by its code."""
    return {
        path.stem: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(directory.glob("*.json"))
    }


def labels_for(language: str) -> dict[str, str]:
    """The receipt words for ``language`` (English where a language has none)."""
    labels = _all_labels()
    return labels.get(language.split("-")[0], labels[FALLBACK])


@dataclass(frozen=True)
class SiteTexts:
    """The site's own receipt texts; an empty text means "use the built-in one".

    ``next_steps`` prints where a reply was asked for and can be given, with ``{deadline}``
    replaced by the first-response date; ``next_steps_no_reply`` on anonymous receipts and
    where no reply was asked for. ``privacy`` prints where the person's details are held,
    ``privacy_anonymous`` on anonymous receipts. ``referral_contacts`` maps a referral body's
    code (``police``) to the site's text on how to reach it, printed on receipts of records
    referred there (missing or empty: the built-in text).
    """

    site_name: str
    contact: str
    next_steps: str = ""
    privacy: str = ""
    next_steps_no_reply: str = ""
    privacy_anonymous: str = ""
    referral_contacts: Mapping[str, str] = field(default_factory=dict)
