"""The intake form, split where its ideas split.

- ``texts``  every field's label and help text;
- ``fields`` the input widgets, laid out in two columns, and what enables which;
- ``draft``  reading the fields into a domain ``Draft`` and showing a saved record in them;
- ``form``   the form itself: the action bar, checking, saving and showing errors;
- ``wrapping`` error texts that wrap and are drawn whole in right-to-left languages too.

The correcting mode is a subclass next to its dialog (``dialogs/correction.py``).
"""

from desk_app.ui.screens.intake.form import IntakeForm

__all__ = ["IntakeForm"]
