"""The desk's SQLite store: models, migrations and queries. The only place SQL lives."""

from desk_app.store.database import StoreError, open_store
from desk_app.store.integrity import IntegrityGate
from desk_app.store.repository import DuplicateReference, SubmissionStore

__all__ = ["DuplicateReference", "IntegrityGate", "StoreError", "SubmissionStore", "open_store"]
