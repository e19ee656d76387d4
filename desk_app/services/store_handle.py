"""The desk's store, opened at once (commands) or right after the window's first paint.

Opening loads SQLAlchemy and checks the file: a few hundred milliseconds the desk worker should
not wait for before the form is on screen. Whoever needs the store first opens it; the window
asks for it explicitly once it is painted.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desk_app.store import SubmissionStore

StoreOpener = Callable[[], "SubmissionStore"]


class StoreHandle:
    """Opens the store once, on first use, from any thread; tells listeners when it is open."""

    def __init__(self, opener: StoreOpener) -> None:
        self._opener = opener
        self._store: SubmissionStore | None = None
        self._lock = threading.Lock()
        self._on_open: list[Callable[[SubmissionStore], None]] = []

    @classmethod
    def ready(cls, store: SubmissionStore) -> StoreHandle:
        """A handle on a store that is already open."""
        handle = cls(lambda: store)
        handle._store = store
        return handle

    @property
    def is_open(self) -> bool:
        return self._store is not None

    def on_open(self, listener: Callable[[SubmissionStore], None]) -> None:
        """Call ``listener`` once the store is open (at once when it already is)."""
        if self._store is not None:
            listener(self._store)
        else:
            self._on_open.append(listener)

    def get(self) -> SubmissionStore:
        """The store, opening it now if nobody has; raises StoreError when it cannot be used."""
        store = self._store
        if store is not None:
            return store
        with self._lock:
            if self._store is None:
                opened = self._opener()
                self._store = opened
                for listener in self._on_open:
                    listener(opened)
                self._on_open.clear()
            return self._store
