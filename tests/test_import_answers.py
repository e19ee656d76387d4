"""`desk-app import` answers the category's questions (Open311 service attributes) from an
``attributes`` object per line, checked by the form's own rules, line by line.

A real desk data folder is first synced (`desk-app sync --once`, a real process) with the
reference server's Open311 face on 127.0.0.1, so its categories carry the services' questions;
then a real JSONL file goes through `desk-app import`, and the SQLite file is read back.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import (
    assert_nothing_personal,
    desk_app,
    form,
    stored,
    stored_forms,
    write_jsonl,
)
from tests.open311.conftest import SITE_ADDRESS, open311_url
from tests.sync.conftest import (  # noqa: F401  (fixtures used by the tests here)
    TOKEN,
    CaseServer,
    case_server,
    memory_keyring,
)

GOOD_ANSWERS: dict[str, Any] = {
    "depth_cm": 12,
    "surface": "gravel",
    "affected": ["cyclists", "pedestrians"],
    "noticed_at": "2026-11-25T07:30:00+01:00",
    "lane": "northbound",
    "details": "Next to the bus stop, östra sidan",
}


def repair(**answers: Any) -> dict[str, Any]:
    """A paper form about road damage, answering the service's questions with ``answers``."""
    return form(category="streets.repair", attributes=answers)


@pytest.fixture
def open311_folder(tmp_path: Path, case_server: CaseServer) -> dict[str, str]:  # noqa: F811
    """Settings of a desk whose data folder has synced the Open311 services and questions."""
    settings = {
        "api_url": open311_url(case_server),
        "api_protocol": "open311",
        "site_address": SITE_ADDRESS,
        "api_token": TOKEN,  # no keyring in the child process, as in CI
    }
    synced = desk_app(tmp_path, "sync", "--once", **settings)
    assert synced.returncode == 0, synced.stderr
    return settings


def import_file(tmp_path: Path, settings: dict[str, str], *lines: Any) -> Any:
    return desk_app(tmp_path, "import", write_jsonl(tmp_path / "forms.jsonl", *lines), **settings)


def stored_answers(tmp_path: Path) -> dict[str, dict[str, Any]]:
    """The answers column of every record in the SQLite file, by reference."""
    return {
        reference: json.loads(row["open311_attributes"] or "{}")
        for reference, row in stored(tmp_path / "data").items()
    }


def test_imported_answers_of_every_type_are_stored_and_reach_the_service(
    tmp_path: Path,
    open311_folder: dict[str, str],
    case_server: CaseServer,  # noqa: F811
) -> None:
    persian = {**GOOD_ANSWERS, "depth_cm": "۱۲٫۵", "affected": ["cars"], "lane": None}
    result = import_file(tmp_path, open311_folder, repair(**GOOD_ANSWERS), repair(**persian))

    assert result.returncode == 0, result.stderr
    references = result.stdout.split()
    assert len(references) == 2
    answers = stored_answers(tmp_path)
    assert answers[references[0]] == {
        "depth_cm": "12",
        "surface": "gravel",
        "affected": ["cyclists", "pedestrians"],
        "noticed_at": "2026-11-25T07:30:00+01:00",
        "lane": "northbound",
        "details": "Next to the bus stop, östra sidan",
    }
    # Persian digits and the Arabic decimal mark read as the form's number field reads them;
    # null is no answer.
    assert answers[references[1]]["depth_cm"] == "12.5"
    assert "lane" not in answers[references[1]]

    # The service takes them: each answer as attribute[code], the list as attribute[code][].
    synced = desk_app(tmp_path, "sync", "--once", **open311_folder)
    assert synced.returncode == 0, synced.stdout + synced.stderr
    on_server = [form["attributes"] for form in stored_forms(case_server).values()]
    assert len(on_server) == 2
    first = next(answers for answers in on_server if answers.get("lane"))
    assert first["depth_cm"] == ["12"] and first["affected"] == ["cyclists", "pedestrians"]


def test_bad_answers_are_refused_line_by_line_and_the_other_lines_still_import(
    tmp_path: Path, open311_folder: dict[str, str]
) -> None:
    nested = json.loads("[" * 50 + '"cars"' + "]" * 50)
    lines = [
        repair(**{**GOOD_ANSWERS, "depth_cm": "no"}),  # 1: a word for a number
        repair(**{**GOOD_ANSWERS, "lanes": "northbound"}),  # 2: a code the service lacks
        repair(**{**GOOD_ANSWERS, "surface": "tarmac"}),  # 3: a choice the list lacks
        repair(lane="northbound"),  # 4: two required questions unanswered
        repair(**{**GOOD_ANSWERS, "details": "x" * 5_000}),  # 5: longer than fits
        repair(**{**GOOD_ANSWERS, "affected": nested}),  # 6: nested lists
        repair(**{**GOOD_ANSWERS, "depth_cm": {"cm": {"value": 12}}}),  # 7: an object
        form(category="streets.repair", attributes=["depth_cm", 12]),  # 8: not an object
        repair(**{**GOOD_ANSWERS, "surface": True}),  # 9: true/false
        repair(**{**GOOD_ANSWERS, "affected": ["cars"] * 101}),  # 10: a huge list
        form(category="streets.lighting", attributes={"pole_number": "L-17", "kind": "praise"}),
        form(attributes={"depth_cm": 12}),  # 12: a category that asks nothing
        repair(**GOOD_ANSWERS),  # 13: fine
    ]
    result = import_file(tmp_path, open311_folder, *lines)

    assert result.returncode == 1
    (reference,) = result.stdout.split()  # only the last line is saved
    assert list(stored(tmp_path / "data")) == [reference]
    problems = {
        int(line.split(":")[1]): line.split(": not imported: ", 1)[1]
        for line in result.stderr.splitlines()
        if ": not imported: " in line
    }
    assert problems == {
        1: "attributes.depth_cm: Enter a number, such as 12 or 3.5.",
        2: "attributes.lanes: This category does not ask '…'.",
        3: "attributes.surface: Choose among the answers offered.",
        4: "attributes.depth_cm: '…' must be answered for this category.; "
        "attributes.surface: '…' must be answered for this category.",
        5: "attributes.details: The answer is 5,000 characters; at most 4,000 fit.",
        6: "attributes.affected: must be a list of choice keys (text), not of a list",
        7: "attributes.depth_cm: must be text, a number or a list of choice keys, not an object",
        8: "attributes: must be an object of answers by question code, not a list",
        9: "attributes.surface: must be text, a number or a list of choice keys, not true/false",
        10: "attributes.affected: lists 101 choices; at most 100 fit",
        # The desk fills "kind" from the record itself: an answer would stand in for it.
        11: "attributes.kind: This category does not ask '…'.",
        12: "attributes.depth_cm: This category does not ask '…'.",
    }
    assert "Imported 1 record(s); 0 already imported; 12 line(s) rejected." in result.stderr
    assert_nothing_personal(result.stdout + result.stderr)
    assert "x" * 50 not in result.stderr  # the long answer itself is never echoed


def test_a_question_code_from_a_hostile_file_is_shown_shortened_and_escaped(
    tmp_path: Path, open311_folder: dict[str, str]
) -> None:
    code = "lane\nnorth " + "z" * 60
    result = import_file(tmp_path, open311_folder, repair(**{**GOOD_ANSWERS, code: "x"}))

    assert result.returncode == 1
    (problem,) = [line for line in result.stderr.splitlines() if "not imported" in line]
    assert problem.endswith("This category does not ask '…'.")
    assert '"lane\\nnorth zzz' in problem and "z" * 50 not in problem


def test_the_same_line_with_other_answers_is_another_record_and_again_is_already_imported(
    tmp_path: Path, open311_folder: dict[str, str]
) -> None:
    first, other = repair(**GOOD_ANSWERS), repair(**{**GOOD_ANSWERS, "lane": "bus lane"})
    assert import_file(tmp_path, open311_folder, first, other).returncode == 0
    again = import_file(tmp_path, open311_folder, first, other)

    assert again.returncode == 0 and again.stdout == ""
    assert again.stderr.count("already imported as") == 2
    assert len(stored(tmp_path / "data")) == 2


def test_the_example_line_in_the_import_documentation_imports_with_its_answers(
    tmp_path: Path, open311_folder: dict[str, str]
) -> None:
    page = (Path(__file__).resolve().parents[1] / "docs" / "import-format.md").read_text()
    example = page.split("```json\n", 1)[1].split("```", 1)[0]
    line = json.loads(example)  # one object, shown over several lines on the page

    result = import_file(tmp_path, open311_folder, line)

    assert result.returncode == 0, result.stderr
    (reference,) = result.stdout.split()
    assert stored_answers(tmp_path)[reference] == {
        "depth_cm": "12",
        "surface": "gravel",
        "affected": ["cyclists", "pedestrians"],
        "noticed_at": "2026-11-25T07:30:00+01:00",
        "lane": "northbound",
    }
