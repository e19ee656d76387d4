"""Open311 GeoReport v2 on the wire: reading its answers (JSON or XML) and writing its requests.

Pure functions, no HTTP: the adapter's reading of the standard is tested on the request and
response examples of the specification itself (tests/open311/spec/).

Two things the specification's own examples teach:
- Its JSON examples write codes as bare numbers with leading zeros (``"service_code":001``),
  which strict JSON refuses. Servers built from those examples exist, so such a number is read
  as the text it was meant to be ("001") rather than refusing the whole answer.
- XML is the format every server must offer; the JSON form is a mapping of it (the "Spark
  convention"). Both are read into the same Python shape here. XML comes from a server we do
  not control, so it is parsed with defusedxml (no entity expansion, no external entities).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from defusedxml import ElementTree as SafeElementTree

from desk_app.domain.attributes import DESK_FACT_CODES, Attribute, attributes_from_json

# Containers whose children are list items, by the XML element names of the standard.
_LISTS = frozenset({"services", "attributes", "values", "service_requests", "errors"})
# Desk facts Open311 has no field for: the first attribute code of a service that matches one
# of these names carries the fact; otherwise it goes into the labelled block of the description.
# The attributes (and these codes) are the domain's: the form asks them, validation checks them.
FACT_ATTRIBUTES = DESK_FACT_CODES
BLOCK_TITLE = "-- Feedback Desk --"
_LEADING_ZERO = re.compile(r"-?0[0-9]+")
_LABELS = {
    "reference": "Reference",
    "kind": "Kind",
    "channel": "Channel",
    "language": "Language",
    "submitter_type": "Submitter type",
    "unit": "Unit",
    "provider": "Provider",
    "referral": "Referral",
    "urgent": "Urgent",
    "occurred_at": "Occurred at",
    "on_behalf_of": "On behalf of",
    "reply": "Reply",
    "postal_address": "Postal address",
}


class AnswerUnreadable(ValueError):
    """An answer that is neither the standard's JSON nor its XML."""


class RecordNotSendable(ValueError):
    """The record lacks what Open311 requires (a location); the message says what to do."""


# ---------------------------------------------------------------- reading answers


def _quote_leading_zero_numbers(text: str) -> str:
    """``001`` outside strings becomes ``"001"``: the spec's examples are not strict JSON."""
    out: list[str] = []
    index, length = 0, len(text)
    while index < length:
        char = text[index]
        if char == '"':  # copy a string literal as it is, escapes and all
            end = index + 1
            while end < length and text[end] != '"':
                end += 2 if text[end] == "\\" else 1
            out.append(text[index : end + 1])
            index = end + 1
            continue
        match = _LEADING_ZERO.match(text, index)
        if match and (index == 0 or not (text[index - 1].isalnum() or text[index - 1] == ".")):
            out.append(json.dumps(match.group()))
            index = match.end()
            continue
        out.append(char)
        index += 1
    return "".join(out)


def parse_json(text: str) -> Any:
    """JSON as the standard's servers write it (see the module docstring)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        pass
    try:
        return json.loads(_quote_leading_zero_numbers(text))
    except json.JSONDecodeError as error:
        raise AnswerUnreadable(f"not valid JSON ({error.msg})") from None


def _element_value(element: Any) -> Any:
    children = list(element)
    if element.tag in _LISTS:
        return [_element_value(child) for child in children]
    if not children:
        text = (element.text or "").strip()
        return text or None
    return {child.tag: _element_value(child) for child in children}


def parse_xml(data: bytes) -> Any:
    """The standard's XML as the same Python shape as its JSON (lists of objects)."""
    try:
        root = SafeElementTree.fromstring(data)
    except Exception as error:  # ParseError, or defusedxml refusing entities and DTDs
        raise AnswerUnreadable(f"not valid XML ({type(error).__name__})") from None
    return _element_value(root)


def parse_answer(content_type: str, data: bytes) -> Any:
    """An answer body by its content type; AnswerUnreadable when it is neither JSON nor XML."""
    if "json" in content_type:
        try:
            return parse_json(data.decode("utf-8"))
        except UnicodeDecodeError:
            raise AnswerUnreadable("not UTF-8") from None
    if "xml" in content_type:
        return parse_xml(data)
    raise AnswerUnreadable(f"neither JSON nor XML ({content_type or 'no type'})")


def truthy(value: object) -> bool:
    """A standard boolean, as JSON (true) or XML ("true") gives it."""
    return value is True or (isinstance(value, str) and value.strip().lower() == "true")


def text(value: object) -> str:
    """A scalar as text: ids and codes come as numbers in JSON and as text in XML."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).strip()


def _items(payload: Any) -> list[Mapping[str, Any]]:
    if isinstance(payload, Mapping):  # one object where a list was due (a lone XML child)
        payload = [payload]
    if not isinstance(payload, list):
        return []
    return [item for item in payload if isinstance(item, Mapping)]


def error_descriptions(payload: Any) -> list[str]:
    """The descriptions of the standard's error array (``[{"code", "description"}]``)."""
    descriptions = []
    for item in _items(payload):
        description = text(item.get("description"))
        if description:
            descriptions.append(description)
    return descriptions


@dataclass(frozen=True)
class Service:
    """One service of GET services: the desk's category."""

    code: str
    name: str
    description: str = ""
    group: str = ""
    keywords: tuple[str, ...] = ()
    metadata: bool = False
    kind: str = "realtime"
    attributes: tuple[Attribute, ...] = field(default=())


def parse_services(payload: Any) -> list[Service]:
    """GET services (JSON or XML shape) as services; entries without a code are skipped."""
    services = []
    for item in _items(payload):
        code = text(item.get("service_code"))
        if not code:
            continue
        keywords = tuple(word.strip() for word in text(item.get("keywords")).split(",") if word)
        services.append(
            Service(
                code=code,
                name=text(item.get("service_name")) or code,
                description=text(item.get("description")),
                group=text(item.get("group")),
                keywords=tuple(word for word in keywords if word),
                metadata=truthy(item.get("metadata")),
                kind=text(item.get("type")) or "realtime",
            )
        )
    return services


def parse_attributes(payload: Any) -> tuple[Attribute, ...]:
    """GET services/{code}: the service's attributes in their order (``order`` first), read
    by the one parser the cached category list is read with (domain.attributes). Raises
    ValueError for a field of a type no server may send: the list is refused, never guessed."""
    definition = payload[0] if isinstance(payload, list) and payload else payload
    if not isinstance(definition, Mapping):
        return ()
    return attributes_from_json(definition.get("attributes"))


def categories_payload(services: Iterable[Service], language: str) -> dict[str, Any]:
    """The services in the desk's category shape (case-api-v1 ``GET /categories``).

    The service's group and keywords, and its attributes, travel along: the desk's category
    reader ignores keys it does not know, and the adapter and the intake form read them.
    """
    categories = []
    for service in services:
        names = {language: service.name, "sv": service.name}
        categories.append(
            {
                "code": service.code,
                "parent": None,  # a group is a heading, not a service one can send to
                "active": True,
                "name": names,
                "group": service.group,
                "keywords": list(service.keywords),
                "description": service.description,
                "open311_type": service.kind,
                "attributes": [attribute.as_json() for attribute in service.attributes],
            }
        )
    return {"version": "open311-georeport-v2", "categories": categories}


@dataclass(frozen=True)
class RequestAnswer:
    """The first request of a POST requests answer: an id, or a token to resolve later."""

    service_request_id: str
    token: str
    service_notice: str


def parse_post_answer(payload: Any) -> RequestAnswer | None:
    """POST requests' answer; None when it holds neither an id nor a token."""
    for item in _items(payload):
        request_id = text(item.get("service_request_id"))
        token = text(item.get("token"))
        if request_id or token:
            return RequestAnswer(request_id, token, text(item.get("service_notice")))
    return None


@dataclass(frozen=True)
class RequestStatus:
    """One request of GET requests, as far as the desk reads it."""

    service_request_id: str
    status: str
    status_notes: str
    service_code: str
    description: str
    updated: str
    token: str = ""


def parse_requests(payload: Any) -> list[RequestStatus]:
    """GET requests, GET requests/{id} or GET tokens/{token} as request statuses."""
    return [
        RequestStatus(
            service_request_id=text(item.get("service_request_id")),
            status=text(item.get("status")).lower(),
            status_notes=text(item.get("status_notes")),
            service_code=text(item.get("service_code")),
            description=text(item.get("description")),
            updated=text(item.get("updated_datetime")),
            token=text(item.get("token")),
        )
        for item in _items(payload)
    ]


def desk_status(open311_status: str) -> str:
    """The desk's case status for the standard's two: ``closed`` is closed, anything else is
    an open case the city has received."""
    return "closed" if open311_status == "closed" else "received"


# ---------------------------------------------------------------- writing requests


def reference_line(reference: str) -> str:
    """The line of the description that names the desk's record: what the look-up finds."""
    return f"{_LABELS['reference']}: {reference}"


def _facts(body: Mapping[str, Any]) -> dict[str, str]:
    """What the record holds that Open311 has no field for, as short texts."""
    facts = {
        "reference": text(body.get("reference")),
        "kind": text(body.get("kind")),
        "channel": text(body.get("channel")),
        "language": text(body.get("language")),
        "submitter_type": text(body.get("submitter_type")),
    }
    concerns = body.get("concerns")
    if isinstance(concerns, Mapping):
        facts["unit"] = text(concerns.get("unit"))
        facts["provider"] = text(concerns.get("provider"))
    referral = body.get("referral")
    if isinstance(referral, Mapping):
        note = text(referral.get("note"))
        facts["referral"] = text(referral.get("to")) + (f" ({note})" if note else "")
    urgent = body.get("urgent")
    if isinstance(urgent, Mapping):
        facts["urgent"] = "yes: " + text(urgent.get("reason"))
    return {name: value for name, value in facts.items() if value}


def _block_lines(body: Mapping[str, Any], facts: Mapping[str, str]) -> list[str]:
    lines = [f"{_LABELS[name]}: {value}" for name, value in facts.items()]
    if body.get("occurred_at"):
        lines.append(f"{_LABELS['occurred_at']}: {text(body['occurred_at'])}")
    on_behalf = body.get("on_behalf_of")
    if isinstance(on_behalf, Mapping):
        note = text(on_behalf.get("note"))
        lines.append(
            f"{_LABELS['on_behalf_of']}: {text(on_behalf.get('relation'))}"
            + (f" ({note})" if note else "")
        )
    reporter = body.get("reporter") if isinstance(body.get("reporter"), Mapping) else {}
    assert isinstance(reporter, Mapping)
    if body.get("wants_reply"):
        preferred = text(reporter.get("preferred_contact"))
        lines.append(f"{_LABELS['reply']}: wanted" + (f", by {preferred}" if preferred else ""))
        # Open311 has no postal address field, and descriptions are often published: the
        # address goes only where the person asked for an answer by letter, which needs it.
        if preferred == "letter" and reporter.get("postal_address"):
            lines.append(f"{_LABELS['postal_address']}: {text(reporter['postal_address'])}")
    return lines


def _matching_attribute(attributes: Iterable[Attribute], fact: str, value: str) -> Attribute | None:
    names = FACT_ATTRIBUTES.get(fact, ())
    for attribute in attributes:
        if attribute.code.lower() not in names or not attribute.variable:
            continue
        if attribute.datatype in ("singlevaluelist", "multivaluelist") and value not in {
            choice.key for choice in attribute.values
        }:
            continue  # the service's list has no such choice: the block keeps the fact
        return attribute
    return None


def request_form(
    body: Mapping[str, Any],
    *,
    api_key: str,
    attributes: Iterable[Attribute] = (),
    jurisdiction_id: str = "",
    site_address: str = "",
    attribute_values: Mapping[str, str | list[str]] | None = None,
) -> list[tuple[str, str]]:
    """The form fields of POST requests for one record in the desk's wire shape.

    ``attribute_values``: what the worker entered in the service's extra fields. Desk facts
    without an Open311 field go into matching attributes, else into a labelled block at the end
    of the description; the desk's reference is always in that block, so a later look-up can
    find the request by it. RecordNotSendable when there is no location at all.
    """
    attributes = tuple(attributes)
    location = text(body.get("location")) or site_address.strip()
    if not location:
        raise RecordNotSendable(
            "Open311 needs a location: enter where it happened, or ask IT to set site.address"
        )
    form: list[tuple[str, str]] = [("api_key", api_key)]
    if jurisdiction_id:
        form.append(("jurisdiction_id", jurisdiction_id))
    form.append(("service_code", text(body.get("category"))))
    form.append(("address_string", location))
    reporter = body.get("reporter") if isinstance(body.get("reporter"), Mapping) else {}
    assert isinstance(reporter, Mapping)
    if not reporter.get("anonymous", True):
        first, _, last = text(reporter.get("name")).partition(" ")
        for name, value in (
            ("first_name", first),
            ("last_name", last.strip()),
            ("email", text(reporter.get("email"))),
            ("phone", text(reporter.get("phone"))),
        ):
            if value:  # only what the person gave
                form.append((name, value))
    values: dict[str, list[str]] = {}
    for code, entered in (attribute_values or {}).items():
        values[code] = [entered] if isinstance(entered, str) else list(entered)
    facts = _facts(body)
    in_block = dict(facts)
    for fact, value in facts.items():
        attribute = _matching_attribute(attributes, fact, value)
        if attribute is not None and attribute.code not in values:
            values[attribute.code] = [value]
            if fact != "reference":  # the reference stays in the description for the look-up
                del in_block[fact]
    block = [BLOCK_TITLE, *_block_lines(body, in_block)]
    description = text(body.get("description"))
    form.append(("description", f"{description}\n\n" + "\n".join(block)))
    datatypes = {attribute.code: attribute.datatype for attribute in attributes}
    for code, chosen in values.items():
        if datatypes.get(code) == "multivaluelist":
            form.extend((f"attribute[{code}][]", value) for value in chosen)
        elif chosen:
            form.append((f"attribute[{code}]", chosen[0]))
    return form
