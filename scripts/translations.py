"""Keep the screen translations in step with the code (Qt Linguist .ts → .qm).

    python scripts/translations.py update   # new and changed strings from the code into every .ts
    python scripts/translations.py release  # compile every .ts into the .qm the app loads
    python scripts/translations.py check    # fail unless every language is complete and compiled

Receipt words are checked too: ``desk_app/resources/receipt_texts/<code>.json``, one per receipt
language, each with every key of ``en.json``.

A language is one file, ``desk_app/resources/translations/desk_<code>.ts``; see the README,
"Adding a language". English is the language of the code: ``desk_en.ts`` only holds the plural
forms ("1 record" / "2 records").
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desk_app"
TRANSLATIONS = SOURCES / "resources" / "translations"
RECEIPT_TEXTS = SOURCES / "resources" / "receipt_texts"
SOURCE_LANGUAGE = "en"
# Placeholders that must survive translation: {name}, {count:,}, %Ln, %v, %m, %1 …
_PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[^}]*)?\}|%L?[nvm0-9]")


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"{name} is not installed (it comes with PySide6)")
    return found


def source_files() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py"))


def ts_files(directory: Path = TRANSLATIONS) -> list[Path]:
    return sorted(directory.glob("desk_*.ts"))


def language_of(ts_file: Path) -> str:
    return ts_file.stem.removeprefix("desk_")


def update(directory: Path = TRANSLATIONS) -> None:
    """Bring the code's strings into every .ts file (new ones unfinished, gone ones dropped)."""
    lupdate = _tool("pyside6-lupdate")
    common = ["-locations", "none", "-no-obsolete", "-silent", "-source-language", "en"]
    for ts_file in ts_files(directory):
        extra = ["-pluralonly"] if language_of(ts_file) == SOURCE_LANGUAGE else []
        subprocess.run(
            [lupdate, *common, *extra, *source_files(), "-ts", str(ts_file)], cwd=ROOT, check=True
        )


def release(directory: Path = TRANSLATIONS) -> None:
    """Compile every .ts file into its .qm."""
    lrelease = _tool("pyside6-lrelease")
    for ts_file in ts_files(directory):
        subprocess.run(
            [lrelease, "-silent", str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))],
            check=True,
        )


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    translations: tuple[str, ...]
    finished: bool


def entries(ts_file: Path) -> list[Entry]:
    """Every message of a .ts file."""
    found = []
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            texts = tuple(forms) if message.get("numerus") == "yes" else (translation.text or "",)
            state = translation.get("type")
            found.append(
                Entry(
                    context=name,
                    source=message.findtext("source") or "",
                    translations=texts,
                    finished=state not in ("unfinished", "vanished", "obsolete") and all(texts),
                )
            )
    return found


def problems(directory: Path = TRANSLATIONS) -> list[str]:
    """What keeps the translations from being complete: empty means ready to ship."""
    found: list[str] = []
    files = ts_files(directory)
    if not files:
        return [f"no translations in {directory}"]
    # 1. Every string in the code is in every .ts file: update a copy and compare.
    with tempfile.TemporaryDirectory() as scratch:
        copies = Path(scratch)
        for ts_file in files:
            shutil.copy(ts_file, copies / ts_file.name)
        update(copies)
        for ts_file in files:
            before = {(e.context, e.source) for e in entries(ts_file)}
            after = {(e.context, e.source) for e in entries(copies / ts_file.name)}
            for context, source in sorted(after - before):
                found.append(f"{ts_file.name}: not yet in the file: [{context}] {source!r}")
            for context, source in sorted(before - after):
                found.append(f"{ts_file.name}: no longer in the code: [{context}] {source!r}")
    # 2. Each .qm holds what its .ts says (read back through Qt, as the app reads it).
    for ts_file in files:
        found += _compiled_problems(ts_file)
    # 3. Every message is translated, keeping its placeholders.
    for ts_file in files:
        for entry in entries(ts_file):
            where = f"{ts_file.name}: [{entry.context}] {entry.source!r}"
            if not entry.finished:
                found.append(f"{where}: not translated")
                continue
            wanted = sorted(_PLACEHOLDER.findall(entry.source))
            for text in entry.translations:
                have = sorted(_PLACEHOLDER.findall(text))
                if have != wanted and not (set(have) <= set(wanted) and "%Ln" in wanted):
                    found.append(f"{where}: placeholders {have} instead of {wanted}")
            if "&" in entry.source and entry.source.count("&") != entry.translations[0].count("&"):
                found.append(f"{where}: the Alt+letter mark & is missing")
    return found + receipt_problems()


def receipt_problems(directory: Path = RECEIPT_TEXTS) -> list[str]:
    """Every receipt language has every word English has, with the same placeholders."""
    english = json.loads((directory / "en.json").read_text(encoding="utf-8"))
    found = []
    for path in sorted(directory.glob("*.json")):
        words = json.loads(path.read_text(encoding="utf-8"))
        for key in sorted(english.keys() - words.keys()):
            found.append(f"receipt_texts/{path.name}: {key!r} missing")
        for key in sorted(words.keys() - english.keys()):
            found.append(f"receipt_texts/{path.name}: {key!r} is not a receipt word")
        for key in sorted(english.keys() & words.keys()):
            if not str(words[key]).strip():
                found.append(f"receipt_texts/{path.name}: {key!r} is empty")
            elif sorted(_PLACEHOLDER.findall(words[key])) != sorted(
                _PLACEHOLDER.findall(english[key])
            ):
                found.append(f"receipt_texts/{path.name}: {key!r} placeholders differ")
    return found


def _compiled_problems(ts_file: Path) -> list[str]:
    from PySide6.QtCore import QTranslator

    compiled = ts_file.with_suffix(".qm")
    translator = QTranslator()
    if not compiled.exists() or not translator.load(str(compiled)):
        return [f"{compiled.name}: missing or unreadable; run scripts/translations.py release"]
    for entry in entries(ts_file):
        if not entry.finished:
            continue
        counts = [1, 2, 5, 11, 100] if len(entry.translations) > 1 else [-1]
        shown = {translator.translate(entry.context, entry.source, None, n) for n in counts}
        if not shown <= set(entry.translations):
            return [f"{compiled.name}: out of date; run scripts/translations.py release"]
    return []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "release", "check"))
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "release":
        release()
    else:
        found = problems()
        for problem in found:
            print(problem)
        if found:
            print(f"{len(found)} translation problem(s)", file=sys.stderr)
            return 1
        screens = ", ".join(language_of(f) for f in ts_files())
        receipts = ", ".join(path.stem for path in sorted(RECEIPT_TEXTS.glob("*.json")))
        print(f"Translations complete. Screens: {screens}. Receipts: {receipts}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
