"""Open311 GeoReport v2: the adapter (`Open311Client`), its wire format and its journal."""

from desk_app.sync.open311.client import Open311Client
from desk_app.sync.open311.journal import Open311Journal

__all__ = ["Open311Client", "Open311Journal"]
