"""The code stays lint-clean, formatted, type-checked (strict for domain and store) and layered."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize(
    "command",
    [
        ["ruff", "check", "."],
        ["ruff", "format", "--check", "."],
        ["mypy", "desk_app", "case_server"],
    ],
    ids=["ruff-check", "ruff-format", "mypy"],
)
def test_tool_is_clean(command):
    result = _run([sys.executable, "-m", *command], ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def _lint_imports() -> str:
    return str(Path(sys.executable).with_name("lint-imports"))


def test_the_import_layers_hold():
    result = _run([_lint_imports(), "--no-cache"], ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout and "KEPT" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("ui/screens/queue.py", "import desk_app.store", "never the store"),
        ("ui/main_window.py", "from desk_app.sync.credentials import store_token", "never"),
        ("services/desk.py", "import PySide6.QtCore", "Only the UI knows Qt"),
        ("domain/record.py", "import sqlalchemy", "pure Python"),
        ("store/repository.py", "import desk_app.services", "Layers"),
    ],
)
def test_a_screen_that_reaches_past_the_services_breaks_the_contract(
    tmp_path, module, line, contract
):
    """The contract is no decoration: a copy of the code with one bypass added fails it."""
    copy = tmp_path / "copy"
    shutil.copytree(ROOT / "desk_app", copy / "desk_app", ignore=shutil.ignore_patterns("*.qm"))
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    target = copy / "desk_app" / module
    target.write_text(line + "\n" + target.read_text(encoding="utf-8"), encoding="utf-8")
    result = _run([_lint_imports(), "--no-cache"], copy)
    assert result.returncode != 0
    broken = result.stdout.split("Broken contracts", 1)[-1]
    assert contract in broken, result.stdout
