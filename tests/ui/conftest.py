"""Fixtures of the window's dialogs, shared by the UI tests."""

from __future__ import annotations

import pytest

from desk_app.ui.dialogs.person import PersonDialog


@pytest.fixture
def person_dialog(qtbot, desk):
    dialog = PersonDialog(desk.privacy, desk.service)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog
