"""Messages keep their template through a store, so a saved reason can be shown translated."""

from __future__ import annotations

import pytest

from desk_app.domain.messages import (
    QT_TRANSLATE_NOOP,
    Message,
    message_from_json,
    message_to_json,
)


def test_a_stored_message_comes_back_with_its_template_and_values():
    busy = QT_TRANSLATE_NOOP("Sync", "The case system is busy ({status})").format(status=503)
    stored = message_to_json(busy)
    assert stored is not None

    again = message_from_json(str(busy), stored)

    assert isinstance(again, Message)
    assert again == "The case system is busy (503)"
    assert (again.context, again.template, dict(again.params)) == (
        "Sync",
        "The case system is busy ({status})",
        {"status": 503},
    )


def test_values_that_are_not_json_are_kept_as_their_text():
    error = ConnectionRefusedError(111, "Connection refused")
    message = QT_TRANSLATE_NOOP("Sync", "No answer from the case system ({error})").format(
        error=error
    )
    again = message_from_json(str(message), message_to_json(message))
    assert again == message
    assert again.params["error"] == str(error)


def test_plain_text_is_stored_as_text_only():
    assert message_to_json("category: no longer accepted") is None
    assert message_from_json("category: no longer accepted", None) == "category: no longer accepted"
    assert not isinstance(message_from_json("server words", None), Message)


@pytest.mark.parametrize(
    "stored",
    [
        "not json",
        "[]",
        '{"context": "Sync"}',
        '{"context": "Sync", "template": "Busy ({status})", "params": {}}',  # value missing
        '{"context": "Sync", "template": "Busy ({status", "params": {"status": 1}}',
    ],
)
def test_a_damaged_stored_message_falls_back_to_the_english_text(stored):
    again = message_from_json("The case system is busy (503)", stored)
    assert again == "The case system is busy (503)"
    assert not isinstance(again, Message)
