"""The desk's SQLite store: models, migrations and queries. The only place SQL lives.

Names are loaded on first use (PEP 562): importing ``StoreError`` does not load SQLAlchemy, so
the window can paint before the database is opened.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from desk_app.store.errors import StoreError

if TYPE_CHECKING:
    from desk_app.store.database import open_store
    from desk_app.store.integrity import IntegrityGate
    from desk_app.store.repository import DuplicateReference, SubmissionStore

__all__ = ["DuplicateReference", "IntegrityGate", "StoreError", "SubmissionStore", "open_store"]
_HOMES = {
    "open_store": "desk_app.store.database",
    "IntegrityGate": "desk_app.store.integrity",
    "DuplicateReference": "desk_app.store.repository",
    "SubmissionStore": "desk_app.store.repository",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
