"""Files shipped with the app (fonts, the built-in category list) and how to find them."""

from __future__ import annotations

import json
from pathlib import Path

from desk_app.domain.categories import Category, categories_from_json

RESOURCE_DIR = Path(__file__).resolve().parent


def builtin_categories() -> list[Category]:
    """The category list the desk offers until sync brings the case system's own."""
    payload = json.loads((RESOURCE_DIR / "default_categories.json").read_text(encoding="utf-8"))
    return categories_from_json(payload)


RECEIPT_TEXTS_DIR = RESOURCE_DIR / "receipt_texts"


def receipt_text_languages(directory: Path = RECEIPT_TEXTS_DIR) -> list[str]:
    """The receipt languages shipped (one words file each), Swedish first."""
    codes = [path.stem for path in directory.glob("*.json")]
    return sorted(codes, key=lambda code: (code != "sv", code))


TRANSLATIONS_DIR = RESOURCE_DIR / "translations"
TRANSLATION_CATALOG = "desk"
# The language the screens' source texts are written in: always available, no catalogue needed.
SOURCE_LANGUAGE = "en"


def screen_languages(directory: Path = TRANSLATIONS_DIR) -> list[str]:
    """The screen languages shipped (a compiled catalogue each, plus the source), sorted."""
    codes = {SOURCE_LANGUAGE}
    codes.update(
        path.stem.removeprefix(f"{TRANSLATION_CATALOG}_") for path in directory.glob("*.qm")
    )
    return sorted(codes)
