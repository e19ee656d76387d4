"""The case system's units (contract 1.1, feature ``units``): schools, care homes, libraries,
receptions — what a record can be about, whoever runs it. Pure Python."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Unit:
    """One unit as ``GET /units`` describes it."""

    code: str
    kind: str = "other"
    provider: str = ""
    active: bool = True
    names: Mapping[str, str] = field(default_factory=dict)

    def display_name(self, language: str) -> str:
        """The name in ``language``, then Swedish, then English, then the code."""
        for candidate in (language, "sv", "en"):
            name = self.names.get(candidate)
            if name:
                return name
        return self.code


def units_from_json(text: str | None) -> list[Unit]:
    """The units in a cached ``{"units": [...]}`` answer; none when nothing is cached or the
    cache is not that shape (the form then offers the free-text provider alone)."""
    if not text:
        return []
    try:
        payload = json.loads(text)
    except ValueError:
        return []
    items = payload.get("units") if isinstance(payload, dict) else None
    if not isinstance(items, list):
        return []
    units = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("code"), str):
            continue  # one odd entry does not cost the desk the rest of the list
        names = item.get("name") if isinstance(item.get("name"), dict) else {}
        assert isinstance(names, dict)
        units.append(
            Unit(
                code=item["code"],
                kind=str(item.get("kind") or "other"),
                provider=str(item.get("provider") or ""),
                active=item.get("active", True) is not False,
                names={str(key): str(value) for key, value in names.items()},
            )
        )
    return units
