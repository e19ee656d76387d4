"""Keep PySide6 from holding the source text of every module the app imports.

After PySide6 is imported, its import hook asks of each new module whether it uses PySide6, so
that the module may switch on ``__feature__`` (snake_case, true_property; PYSIDE-2029). It
answers with ``inspect.getsource``, which leaves the whole file in ``linecache`` for the life of
the process: about 8 MB of text for the app and SQLAlchemy, 20 MB of resident memory at idle.
The app uses no ``__feature__``; the same question is answered here by reading the file's bytes
once, and nothing is kept.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from types import ModuleType


def stop_keeping_module_sources() -> None:
    """Answer PySide6's "does this module use PySide6?" without caching the module's source."""
    feature = sys.modules.get("shibokensupport.feature")
    upstream: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or upstream is None or upstream is _mod_uses_pyside:
        return  # another PySide6 version, or already done
    global _upstream
    _upstream = upstream
    feature._mod_uses_pyside = _mod_uses_pyside  # type: ignore[attr-defined]
    linecache.clearcache()  # what the modules imported so far left behind


_upstream: Callable[[ModuleType], bool] | None = None


def _mod_uses_pyside(module: ModuleType) -> bool:
    """The upstream test ("PySide6" occurs in the source) on the file's bytes."""
    filename = getattr(module, "__file__", None)
    if isinstance(filename, str) and filename.endswith(".py"):
        try:
            with open(filename, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return False
    return _upstream(module) if _upstream is not None else False
