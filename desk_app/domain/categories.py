"""Feedback categories: codes with names in several languages, some no longer offered."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from desk_app.domain.attributes import Attribute, attributes_from_json


@dataclass(frozen=True)
class Category:
    """One category as the case API describes it (``streets.snow`` and its names)."""

    code: str
    names: Mapping[str, str] = field(default_factory=dict)
    parent: str | None = None
    active: bool = True
    # An Open311 service's extra questions (none for a case-api-v1 category).
    attributes: tuple[Attribute, ...] = ()

    def display_name(self, language: str) -> str:
        """The name in ``language``, falling back to Swedish (the case system's own language),
        then to the code."""
        for candidate in (language, "sv"):
            name = self.names.get(candidate)
            if name:
                return name
        return self.code


def categories_from_json(payload: object) -> list[Category]:
    """Read the ``{"categories": [...]}`` shape of the case API (also our built-in list).

    Total: any shape the desk cannot read raises ValueError (and nothing else) with a message
    that names the category, so a caller can refuse the list and keep the one it has.
    """
    if not isinstance(payload, Mapping):
        raise ValueError("a category list must be a JSON object")
    raw_items = payload.get("categories")
    if not isinstance(raw_items, list):
        raise ValueError("a category list needs a 'categories' array")
    categories = []
    for item in raw_items:
        if not isinstance(item, Mapping) or not isinstance(item.get("code"), str):
            raise ValueError("every category needs a 'code'")
        code: str = item["code"]
        names = item.get("name") or {}
        if not isinstance(names, Mapping) or not all(
            isinstance(name, str) for name in names.values()
        ):
            raise ValueError(f"category {code!r}: 'name' must map languages to names")
        parent = item.get("parent")
        if parent is not None and not isinstance(parent, str):
            raise ValueError(f"category {code!r}: 'parent' must be a code")
        active = item.get("active", True)
        if not isinstance(active, bool):
            raise ValueError(f"category {code!r}: 'active' must be true or false")
        try:
            attributes = attributes_from_json(item.get("attributes"))
        except ValueError as error:
            raise ValueError(f"category {code!r}: {error}") from None
        categories.append(
            Category(
                code=code,
                names={str(k): name for k, name in names.items()},
                parent=parent,
                active=active,
                attributes=attributes,
            )
        )
    return categories


def active_codes(categories: Iterable[Category]) -> frozenset[str]:
    """The codes a new record may use."""
    return frozenset(category.code for category in categories if category.active)


def attributes_of(categories: Iterable[Category], code: str) -> tuple[Attribute, ...]:
    """The extra questions of the category ``code`` (none when it asks none, or is unknown)."""
    for category in categories:
        if category.code == code:
            return category.attributes
    return ()
