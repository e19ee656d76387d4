"""The wheel that `pip install .` builds carries every file the app opens at run time."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_the_wheel_holds_fonts_migrations_and_category_lists(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("feedback_desk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "desk_app/resources/fonts/DejaVuSans.ttf",
        "desk_app/resources/fonts/DejaVuSans-Bold.ttf",
        "desk_app/resources/fonts/LICENSE-DejaVu.txt",
        "desk_app/resources/default_categories.json",
        "desk_app/store/migrations/env.py",
        "desk_app/store/migrations/script.py.mako",
        "desk_app/store/migrations/versions/0001_initial.py",
        "desk_app/store/migrations/versions/0002_sync_reason_message.py",
        "case_server/categories.json",
    ):
        assert needed in names, needed
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "desk-app = desk_app.cli:main" in text
    assert "desk-case-server = case_server.cli:main" in text
