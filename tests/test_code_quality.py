"""The code stays lint-clean, formatted, type-checked (strict for domain and store) and layered."""

from __future__ import annotations

import ast
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


# Helpers two test modules share live in a conftest.py (issue "Structure"): importing them from
# another test module runs that module's import-time code twice under two names and hides the
# helper where nobody looks for it.
def _imports_of_test_modules(source: str) -> list[str]:
    """Each import in ``source`` of one of this suite's test modules (``test_*``), as written."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            # `import tests.receipt.test_promise_receipts`
            targets = [alias.name for alias in node.names if alias.name.startswith("tests.")]
        elif isinstance(node, ast.ImportFrom) and (
            node.level or (node.module or "").split(".")[0] == "tests"
        ):
            # `from tests.test_import import stored`, `from tests.receipt import test_promise_…`,
            # and relative imports (`from .test_promise_receipts import says`), all within tests.
            module = node.module or ""
            targets = [module, *(f"{module}.{alias.name}" for alias in node.names)]
        else:
            continue
        if any(target.split(".")[-1].startswith("test_") for target in targets):
            found.append(f"line {node.lineno}: {ast.unparse(node)}")
    return found


def test_no_test_module_imports_from_another_test_module():
    found = [
        f"{path.relative_to(ROOT)} {line}"
        for path in sorted((ROOT / "tests").rglob("*.py"))
        for line in _imports_of_test_modules(path.read_text(encoding="utf-8"))
    ]
    assert found == [], "move these helpers into a conftest.py:\n" + "\n".join(found)


@pytest.mark.parametrize(
    "line",
    [
        "from tests.store.test_database import run_alembic",
        "from tests.receipt.test_promise_receipts import (\n    says,\n    squeezed,\n)",
        "import tests.test_import",
        "import tests.test_import as importing",
        "from tests.receipt import test_promise_receipts",
        "from .test_promise_receipts import says",
    ],
)
def test_the_scan_catches_each_way_of_importing_a_test_module(line):
    """The check is no decoration: each spelling of the import, even inside a function, fails."""
    source = "import pytest\n\n\ndef test_it():\n" + "".join(
        f"    {part}\n" for part in line.splitlines()
    )
    assert len(_imports_of_test_modules(line)) == 1
    assert len(_imports_of_test_modules(source)) == 1


def test_the_scan_lets_conftests_and_helper_modules_be_imported():
    source = (
        "from tests.conftest import complete_draft, stored\n"
        "from tests.receipt.conftest import needs_pdftotext, says\n"
        "from tests.ui.keyboard import type_text\n"
        "from tests import rate_once\n"
        "import tests.file_keyring\n"
        "import test_helpers_elsewhere\n"
        "from testing import test_thing\n"
    )
    assert _imports_of_test_modules(source) == []
