"""A case server's odd GET /categories answer never stops the desk opening.

The list is read with the domain's one parser before it is cached; a list cached before that
check (by an older desk) makes every store open fall back to the built-in list instead of
crashing the window, `status`, `import` and `sync`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desk_app.app import open_desk
from desk_app.cli import main
from desk_app.domain.categories import categories_from_json
from desk_app.settings import load_settings
from desk_app.store.repository import META_CATEGORIES
from tests.conftest import isolated_environ
from tests.sync.conftest import CaseServer

ODD_ATTRIBUTES: list[dict[str, Any]] = [
    {"code": "d", "datatype": ["number"]},
    {"code": "d", "datatype": "singlevaluelist", "values": 5},
    {"code": "d", "datatype": "singlevaluelist", "values": True},
    {"code": "d", "datatype": "string", "required": {"yes": 1}},
    {"code": ["d"], "datatype": "string"},
    {"code": "d", "datatype": "singlevaluelist", "values": [{"key": ["k"]}]},
]


def _odd_category(attribute: dict[str, Any]) -> dict[str, Any]:
    return {"code": "odd", "active": True, "name": {"sv": "Udda"}, "attributes": [attribute]}


@pytest.mark.parametrize("attribute", ODD_ATTRIBUTES)
def test_an_attribute_of_the_wrong_type_is_refused_with_a_value_error(
    attribute: dict[str, Any],
) -> None:
    with pytest.raises(ValueError, match="category 'odd'"):
        categories_from_json({"categories": [_odd_category(attribute)]})


@pytest.mark.parametrize(
    "payload",
    [
        [],
        {"categories": [{"code": "a", "name": {"sv": ["A"]}}]},
        {"categories": [{"code": "a", "active": "no"}]},
        {"categories": [{"code": "a", "parent": 7}]},
        {"categories": [{"code": "a", "attributes": {"code": 5, "datatype": {"x": 1}}}]},
    ],
)
def test_a_category_list_of_the_wrong_shape_is_refused_with_a_value_error(payload: Any) -> None:
    with pytest.raises(ValueError):
        categories_from_json(payload)


def test_attributes_as_json_or_xml_give_them_are_still_read() -> None:
    (category,) = categories_from_json(
        {
            "categories": [
                {
                    "code": "lights",
                    "name": {"sv": "Belysning"},
                    "attributes": [
                        # XML gives every scalar as text and a lone child as an object.
                        {"code": "pole", "datatype": "number", "required": "true", "order": "2"},
                        {
                            "code": 17,
                            "datatype": "singlevaluelist",
                            "order": 1,
                            "values": {"key": 3, "name": None},
                        },
                        {"code": "later", "datatype": "picture"},  # unknown: left out
                    ],
                }
            ]
        }
    )
    assert [attribute.code for attribute in category.attributes] == ["17", "pole"]
    assert category.attributes[0].values[0].key == "3"
    assert category.attributes[1].required


def _status(folder: Path, api_url: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """`desk-app status` over the desk in ``folder`` (in this process: the desk's key is in
    the tests' memory keyring, which a child process would not have)."""
    for name, value in isolated_environ(folder, api_url=api_url).items():
        monkeypatch.setenv(name, value)
    return main(["status"])


def test_an_odd_category_answer_keeps_the_previous_list_and_the_desk_opens(
    synced_desk, case_server: CaseServer, tmp_path: Path, qtbot: Any, monkeypatch, capsys
) -> None:
    desk, sync = synced_desk
    case_server.store.categories_payload["categories"].append(
        {"code": "water", "active": True, "name": {"sv": "Vatten"}}
    )
    assert sync.run_once().categories_updated
    case_server.store.categories_payload["categories"].append(
        _odd_category({"code": "d", "datatype": ["number"]})
    )

    report = sync.run_once()

    assert not report.categories_updated and not report.ok
    assert "category list" in report.last_error
    cached = json.loads(desk.store.cached_categories_json() or "{}")
    assert "odd" not in {category["code"] for category in cached["categories"]}
    assert "water" in {category.code for category in desk.service.categories()}
    # The refused list is fetched again next time (its ETag was not kept), still refused.
    assert not sync.run_once().categories_updated

    assert _status(tmp_path / "desk", case_server.url, monkeypatch) == 0
    assert "Records:" in capsys.readouterr().out

    from desk_app.ui.main_window import MainWindow

    window = MainWindow(desk.service)
    qtbot.addWidget(window)
    window.show()
    assert window.form.category.findData("water") >= 0
    assert window.form.category.findData("odd") < 0


def test_an_odd_list_cached_by_an_older_desk_gives_the_built_in_list(
    tmp_path: Path, qtbot: Any, monkeypatch, capsys
) -> None:
    environ = isolated_environ(tmp_path)
    desk = open_desk(load_settings(environ=environ))
    odd = {"categories": [_odd_category({"code": "d", "values": 5})]}
    desk.store.set_meta(META_CATEGORIES, json.dumps(odd))
    desk.store.engine.dispose()

    assert _status(tmp_path, "", monkeypatch) == 0
    assert "Records:" in capsys.readouterr().out

    reopened = open_desk(load_settings(environ=environ))
    codes = {category.code for category in reopened.service.categories()}
    assert "odd" not in codes and "streets.snow" in codes

    from desk_app.ui.main_window import MainWindow

    window = MainWindow(reopened.service)
    qtbot.addWidget(window)
    window.show()
    assert window.form.category.findData("streets.snow") >= 0
    reopened.store.engine.dispose()


@pytest.mark.parametrize("attribute", ODD_ATTRIBUTES)
def test_an_open311_service_definition_is_read_by_the_same_strict_parser(
    attribute: dict[str, Any],
) -> None:
    from desk_app.sync.open311.wire import parse_attributes

    with pytest.raises(ValueError):
        parse_attributes({"service_code": "odd", "attributes": [attribute]})
    good = {**attribute, "code": "d", "datatype": "string", "values": [], "required": "true"}
    (read,) = parse_attributes([{"service_code": "odd", "attributes": [good]}])
    assert (read.code, read.datatype, read.required) == ("d", "string", True)
