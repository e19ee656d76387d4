"""What the main window shows: the intake form, the queue and the status bar.

A screen is a widget that lives in the main window for the whole session. It reads through
the services, changes records only through :class:`~desk_app.ui.plumbing.operations.DeskOperations`,
and refreshes itself when that adapter announces a change; no screen calls another's refresh.
Windows that open and close over the main window belong in ``dialogs/``.
"""
