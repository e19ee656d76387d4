"""Windows that open over the main window and close again: receipt, record, correction, settings.

Each dialog loads when first opened (not at start-up, which must stay fast) and is handed what
it shows. A dialog that changes records does it through
:class:`~desk_app.ui.plumbing.operations.DeskOperations`, so the screens refresh themselves.
"""
