"""A category's extra questions (Open311 service attributes) and the worker's answers to them.

An Open311 service with ``metadata: true`` defines attributes (GET services/{code}): extra
fields of a datatype the standard names (string, number, datetime, text, singlevaluelist,
multivaluelist), some required, some only informational (``variable: false``). The sync layer
reads them from the server into `Attribute`; the category list carries them; the form asks
them; this module checks the answers before a record is saved, so a record the desk accepts
is one the service accepts too. Pure Python: no Qt, no SQL, no HTTP.

Answers are kept as the server will read them: a number as ASCII digits with a point
(``12``, ``-3.5``), a time as ISO 8601 with its offset, a list choice as the value's ``key``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desk_app.domain.messages import QT_TRANSLATE_NOOP

DATATYPES = frozenset({"string", "number", "datetime", "text", "singlevaluelist", "multivaluelist"})
LIST_DATATYPES = frozenset({"singlevaluelist", "multivaluelist"})
# What one answer may hold. A one-line string is a pole number or a plate, not an essay; a
# text answer is a paragraph (the description has room for the long story).
MAX_STRING_ANSWER = 500
MAX_TEXT_ANSWER = 4_000
MAX_NUMBER_ANSWER = 40  # int()/float() of thousands of digits is only ever an attack
MAX_CODE_CHARS = 100
# Desk facts Open311 has no field for: an attribute with one of these codes is filled by the
# sync layer from the record itself (the reference, the kind …), so the form does not ask it.
DESK_FACT_CODES: dict[str, tuple[str, ...]] = {
    "reference": ("desk_reference", "reference", "external_id"),
    "kind": ("kind", "feedback_kind"),
    "channel": ("channel",),
    "language": ("language",),
    "submitter_type": ("submitter_type",),
    "unit": ("unit",),
    "provider": ("provider",),
    "referral": ("referral",),
    "urgent": ("urgent", "urgency"),
}
_FILLED_BY_DESK = frozenset(code for codes in DESK_FACT_CODES.values() for code in codes)
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")
# A point, a comma, or the Arabic decimal separator (U+066B) typed in a number.
_DECIMAL_MARKS = {",": ".", "\u066b": ".", ".": "."}
_MINUS_SIGNS = {"-", "\u2212"}  # hyphen-minus and the minus sign

# First-strong isolate … pop directional isolate (Unicode bidi): a service's words put into a
# message keep their own direction, so an English question ending in "?" inside a Persian
# sentence does not have its "?" thrown to the other end. Invisible everywhere else.
_ISOLATE = "\u2068{}\u2069"

Answer = str | tuple[str, ...]
AttributeAnswers = Mapping[str, Answer]


@dataclass(frozen=True)
class AttributeValue:
    """One choice of a list attribute: the key sent, the name shown."""

    key: str
    name: str


@dataclass(frozen=True)
class Attribute:
    """One extra question a category asks (an Open311 service attribute)."""

    code: str
    datatype: str
    required: bool
    variable: bool = True
    description: str = ""
    datatype_description: str = ""
    order: int = 0
    values: tuple[AttributeValue, ...] = ()

    @property
    def label(self) -> str:
        """What the worker reads: the service's description of the question, else its code."""
        return self.description or self.code

    @property
    def filled_by_desk(self) -> bool:
        """True when the sync layer fills it from the record (see DESK_FACT_CODES)."""
        return self.code.lower() in _FILLED_BY_DESK

    @property
    def asked(self) -> bool:
        """True when the form asks the worker for it: variable, and not a desk fact."""
        return self.variable and not self.filled_by_desk

    def choice_name(self, key: str) -> str:
        """The shown name of a list choice, or the key itself when the list lacks it."""
        for value in self.values:
            if value.key == key:
                return value.name or key
        return key

    def as_json(self) -> dict[str, Any]:
        """The attribute as stored with the cached categories (the standard's own shape)."""
        return {
            "code": self.code,
            "datatype": self.datatype,
            "required": self.required,
            "variable": self.variable,
            "description": self.description,
            "datatype_description": self.datatype_description,
            "order": self.order,
            "values": [{"key": value.key, "name": value.name} for value in self.values],
        }


def _scalar_text(value: object, what: str) -> str:
    """A scalar as text, the way both JSON (numbers) and XML (text) give ids and codes."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return str(value).strip()
    raise ValueError(f"{what} must be text, not {type(value).__name__}")


def _flag(value: object, default: bool, what: str) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value.strip().lower() == "true"
    raise ValueError(f"{what} must be true or false, not {type(value).__name__}")


def _order(value: object, what: str) -> int:
    if value is None or isinstance(value, bool | float):
        return 0  # as a number the standard never sends: the service's own order then
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        text = value.strip()
        # A dozen digits is already past any form's length; int() of more is only an attack.
        return int(text) if text.lstrip("-").isdigit() and len(text) < 12 else 0
    raise ValueError(f"{what} must be a whole number, not {type(value).__name__}")


def _mappings(raw: object, what: str) -> list[Mapping[str, object]]:
    """The objects of a JSON array (or of a lone object, as XML gives a single child); an
    entry that is no object at all is left out, as the wire reader always has."""
    if raw is None or raw == "":
        return []
    if isinstance(raw, Mapping):
        raw = [raw]
    if not isinstance(raw, list):
        raise ValueError(f"{what} must be a list, not {type(raw).__name__}")
    return [item for item in raw if isinstance(item, Mapping)]


def attribute_from_json(item: Mapping[str, object]) -> Attribute | None:
    """One attribute as the standard (JSON or XML) or the cached category list gives it;
    None for one the desk cannot show (no code, a datatype the standard does not name).

    Raises ValueError, and nothing else, when a field has a type no server may send: the
    caller then refuses the whole list rather than guess what the field means.
    """
    code = _scalar_text(item.get("code"), "an attribute's 'code'")
    what = f"attribute {code!r}" if len(code) <= MAX_CODE_CHARS else "an attribute"
    datatype = _scalar_text(item.get("datatype"), f"{what}: 'datatype'") or "string"
    values = tuple(
        AttributeValue(key, _scalar_text(value.get("name"), f"{what}: a value's 'name'") or key)
        for value in _mappings(item.get("values"), f"{what}: 'values'")
        if (key := _scalar_text(value.get("key"), f"{what}: a value's 'key'"))
    )
    description = _scalar_text(item.get("description"), f"{what}: 'description'")
    datatype_description = _scalar_text(
        item.get("datatype_description"), f"{what}: 'datatype_description'"
    )
    required = _flag(item.get("required"), False, f"{what}: 'required'")
    variable = _flag(item.get("variable"), True, f"{what}: 'variable'")
    order = _order(item.get("order"), f"{what}: 'order'")
    if not code or datatype not in DATATYPES:
        return None  # a field the desk cannot show: never invent what it means
    return Attribute(
        code=code,
        datatype=datatype,
        required=required,
        variable=variable,
        description=description,
        datatype_description=datatype_description,
        order=order,
        values=values,
    )


def attributes_from_json(raw: object) -> tuple[Attribute, ...]:
    """Attributes as the category list stores them (`Attribute.as_json`), in their order.

    Entries the desk cannot show (no code, an unknown datatype) are left out: the desk never
    invents what a field means. A field of a type no server may send (a list for a datatype,
    a number for the values …) raises ValueError: the list is refused, never half-read.
    """
    attributes = (attribute_from_json(item) for item in _mappings(raw, "'attributes'"))
    return tuple(
        sorted(
            (attribute for attribute in attributes if attribute is not None),
            key=lambda attribute: attribute.order,
        )
    )


def normalize_number(typed: str) -> str | None:
    """A typed number as the server reads it (``-3.5``), or None when it is not one.

    Any script's digits (Persian ۱۲, Arabic ١٢) become ASCII, a decimal comma becomes a point,
    spaces between digit groups go; nothing else is guessed.
    """
    text = "".join(typed.split())
    if not text or len(text) > MAX_NUMBER_ANSWER:
        return None
    out = []
    for index, char in enumerate(text):
        if index == 0 and char in _MINUS_SIGNS:
            out.append("-")
        elif index == 0 and char == "+":
            continue
        elif char in _DECIMAL_MARKS:
            out.append(_DECIMAL_MARKS[char])
        elif unicodedata.decimal(char, None) is not None:
            out.append(str(unicodedata.decimal(char)))
        else:
            return None
    number = "".join(out)
    return number if _NUMBER.fullmatch(number) else None


def clean_answers(answers: AttributeAnswers) -> dict[str, Answer]:
    """The answers given: blank texts and empty choices left out, lists as tuples."""
    cleaned: dict[str, Answer] = {}
    for code, answer in answers.items():
        if isinstance(answer, str):
            if answer.strip():
                cleaned[code] = answer
        else:
            chosen = tuple(dict.fromkeys(str(key) for key in answer if str(key)))
            if chosen:
                cleaned[code] = chosen
    return cleaned


def answers_to_json(answers: AttributeAnswers) -> dict[str, str | list[str]]:
    """The answers as JSON values (a list of choices as a list)."""
    return {
        code: answer if isinstance(answer, str) else list(answer)
        for code, answer in answers.items()
    }


def answers_from_json(raw: object) -> dict[str, Answer]:
    """Answers as `answers_to_json` wrote them; anything else in a value is left out."""
    if not isinstance(raw, Mapping):
        return {}
    answers: dict[str, Answer] = {}
    for code, value in raw.items():
        if isinstance(value, str):
            answers[str(code)] = value
        elif isinstance(value, list):
            answers[str(code)] = tuple(str(item) for item in value if isinstance(item, str))
    return clean_answers(answers)


def error_key(code: str) -> str:
    """The field name of an attribute's answer in validation errors (``attributes.<code>``)."""
    return f"attributes.{code}"


def answer_errors(answers: AttributeAnswers, attributes: Iterable[Attribute]) -> dict[str, str]:
    """Every broken rule of ``answers`` for a category with ``attributes``, keyed by
    `error_key`; empty when they may be saved.

    Required questions the form asks must be answered; a number must be a number, a time a
    time with its offset, a choice one of the list's; no answer may be longer than fits; and
    there is no answer to a question the category does not ask (nor to an informational one,
    nor to one the desk fills from the record itself).
    """
    errors: dict[str, str] = {}
    by_code = {attribute.code: attribute for attribute in attributes}
    for code, answer in answers.items():
        attribute = by_code.get(code)
        # A desk fact (the reference, the kind …) is the record's to fill, never an answer's:
        # one given here would stand in for the record's own value when sent.
        if attribute is None or not attribute.asked:
            if len(code) > MAX_CODE_CHARS:
                errors["attributes"] = QT_TRANSLATE_NOOP(
                    "Validation", "An answer belongs to no question of this category."
                )
            else:
                errors[error_key(code)] = QT_TRANSLATE_NOOP(
                    "Validation", "This category does not ask '{code}'."
                ).format(code=_ISOLATE.format(code))
            continue
        problem = _answer_problem(answer, attribute)
        if problem:
            errors[error_key(code)] = problem
    for attribute in by_code.values():
        if not (attribute.required and attribute.asked):
            continue
        if not clean_answers({attribute.code: answers.get(attribute.code, "")}):
            errors.setdefault(
                error_key(attribute.code),
                QT_TRANSLATE_NOOP(
                    "Validation", "'{question}' must be answered for this category."
                ).format(question=_ISOLATE.format(attribute.label)),
            )
    return errors


def _answer_problem(answer: Answer, attribute: Attribute) -> str:
    """What is wrong with one answer, or "" when nothing is."""
    datatype = attribute.datatype
    if datatype == "multivaluelist":
        chosen = (answer,) if isinstance(answer, str) else answer
        keys = {value.key for value in attribute.values}
        if any(key not in keys for key in chosen):
            return QT_TRANSLATE_NOOP("Validation", "Choose among the answers offered.")
        return ""
    if not isinstance(answer, str):
        return QT_TRANSLATE_NOOP("Validation", "This question takes one answer.")
    if not answer.strip():
        return ""  # not answered: the required check says so where it matters
    if datatype == "singlevaluelist":
        if answer not in {value.key for value in attribute.values}:
            return QT_TRANSLATE_NOOP("Validation", "Choose among the answers offered.")
    elif datatype == "number":
        if len(answer) > MAX_NUMBER_ANSWER or not _NUMBER.fullmatch(answer):
            return QT_TRANSLATE_NOOP("Validation", "Enter a number, such as 12 or 3.5.")
    elif datatype == "datetime":
        if not _is_time_with_offset(answer):
            return QT_TRANSLATE_NOOP(
                "Validation", "Enter a date and time, such as 2026-11-26 14:30."
            )
    else:
        limit = MAX_TEXT_ANSWER if datatype == "text" else MAX_STRING_ANSWER
        if len(answer) > limit:
            return QT_TRANSLATE_NOOP(
                "Validation", "The answer is {length:,} characters; at most {limit:,} fit."
            ).format(length=len(answer), limit=limit)
    return ""


def _is_time_with_offset(text: str) -> bool:
    if len(text) > 40:
        return False
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return False
    return parsed.tzinfo is not None


def unasked_answers(
    answers: AttributeAnswers, attributes: Iterable[Attribute]
) -> dict[str, Answer]:
    """The answers to questions the category does not ask (any more): the service dropped
    the question, made it information only, or the record is now in another category.

    A correction keeps them as they were recorded (`Draft.kept_answers`): what a resident
    said is never lost by a change of the service's questions the worker did not make.
    """
    asked = {attribute.code for attribute in attributes if attribute.asked}
    return {code: answer for code, answer in answers.items() if code not in asked}


def answered_questions(
    answers: AttributeAnswers, attributes: Iterable[Attribute]
) -> list[tuple[str, Attribute | None, Answer]]:
    """The answers in the order the category asks its questions, each with its question
    (None for an answer to a question the category no longer has: kept, shown by its code)."""
    known = [attribute for attribute in attributes if attribute.code in answers]
    rows: list[tuple[str, Attribute | None, Answer]] = [
        (attribute.code, attribute, answers[attribute.code]) for attribute in known
    ]
    asked = {attribute.code for attribute in known}
    rows.extend((code, None, answer) for code, answer in answers.items() if code not in asked)
    return rows


def answer_text(answer: Answer, attribute: Attribute | None) -> str:
    """An answer as words: list choices by their names, joined; anything else as stored."""
    if attribute is None:
        return answer if isinstance(answer, str) else ", ".join(answer)
    if isinstance(answer, str):
        return attribute.choice_name(answer) if attribute.values else answer
    return ", ".join(attribute.choice_name(key) for key in answer)
