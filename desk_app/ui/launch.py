"""The entry the command line calls: ``run_gui`` and ``show_startup_error``.

The start-up code lives in :mod:`desk_app.ui.plumbing.launch`; this name stays so that
``desk_app.cli`` (and scripts that start the window) need not know the package's inner layout.
"""

from desk_app.ui.plumbing.launch import run_gui, show_startup_error

__all__ = ["run_gui", "show_startup_error"]
