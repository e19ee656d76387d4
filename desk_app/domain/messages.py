"""Messages for people that the UI can show in the worker's language.

The domain and service layers do not depend on Qt, yet their messages (a validation error, why
sync is paused) reach the screen. A :class:`Message` is the English text as a plain ``str`` –
so logs, the command line and tests read it as usual – that also remembers its template and
values; the UI looks the template up in Qt's translations and fills the values in again.

Templates are written as ``QT_TRANSLATE_NOOP("Context", "text {value}")`` so that Qt's
``lupdate`` finds them in these files, exactly as it finds them in the UI's own code.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any


class Message(str):
    """English text that can be shown translated: ``context``, ``template`` and ``params``."""

    context: str
    template: str
    params: Mapping[str, Any]

    def __new__(
        cls, context: str, template: str, params: Mapping[str, Any] | None = None
    ) -> Message:
        values = dict(params or {})
        text = template.format(**values) if values else template
        message = super().__new__(cls, text)
        message.context = context
        message.template = template
        message.params = values
        return message

    def format(self, *args: object, **params: Any) -> Message:
        """The same template with its ``{placeholders}`` filled in (still translatable)."""
        if args:
            raise TypeError("Message.format takes named values only")
        return Message(self.context, self.template, {**self.params, **params})

    def __reduce__(self) -> tuple[Any, ...]:
        return (Message, (self.context, self.template, dict(self.params)))


def QT_TRANSLATE_NOOP(context: str, template: str) -> Message:  # the name lupdate looks for
    """Mark ``template`` for translation in ``context``; returns it as a :class:`Message`."""
    return Message(context, template)


def message_of(error: BaseException) -> str:
    """An exception's message, keeping it a :class:`Message` when it was raised with one."""
    if error.args and isinstance(error.args[0], Message):
        return error.args[0]
    return str(error)


def message_to_json(text: str) -> str | None:
    """What a store keeps beside ``text`` so it can be shown translated later; None for text
    that is not a :class:`Message` (a server's own words)."""
    if not isinstance(text, Message):
        return None
    return json.dumps(
        {"context": text.context, "template": text.template, "params": dict(text.params)},
        ensure_ascii=False,
        default=str,  # an exception or a path becomes its text
    )


def message_from_json(text: str, stored: str | None) -> str:
    """``text`` again as a :class:`Message` when ``stored`` describes one; else ``text``.

    A damaged or foreign ``stored`` value is ignored: the English ``text`` is what was stored,
    so a message is only trusted when it says exactly that.
    """
    if not stored:
        return text
    try:
        data = json.loads(stored)
        message = Message(str(data["context"]), str(data["template"]), dict(data["params"]))
    except (ValueError, KeyError, TypeError, IndexError, AttributeError):
        return text
    return message if str.__str__(message) == text else text
