"""The reference server's Open311 GeoReport v2 face, under /open311/v2/, on the same store.

A desk with ``api.protocol = "open311"`` and ``api.url = <server>/open311/v2`` syncs to it;
Open311 clients we did not write (tests use the `georeport` package) read it. Cases made here
are cases of the store like those of case-api-v1: the service request id is the case number,
and a case's status moves the same way (``desk-case-server`` status changes, the store's
`set_status`). Bearer tokens are case-api-v1's; this face checks the standard's ``api_key``
form field instead (on POST only, as the standard says), against the same desk token.

`Open311Face` holds what tests may change: whether POST answers with a token (``tokens``),
whether tokens resolve yet (``hold_tokens``), the services' attributes and the jurisdiction.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl

from fastapi import FastAPI, Request
from fastapi.responses import Response
from sqlalchemy import func, select
from starlette.types import ASGIApp, Receive, Scope, Send

from case_server.guard import MAX_SUBMISSION_BYTES, BodyLimitMiddleware
from case_server.store import Case, CaseStore, StatusEvent

PREFIX = "/open311/v2"
MAX_RESULTS = 1000  # the standard's default query limit
DEFAULT_SPAN = timedelta(days=90)  # the standard's default date range
MAX_DESCRIPTION = 20_000  # the desk's 10,000 characters and its labelled block, with room
# The reference server's services with attributes (GET services/{code}); the rest have none.
DEFAULT_ATTRIBUTES: dict[str, list[dict[str, Any]]] = {
    "streets.lighting": [
        {
            "variable": True,
            "code": "pole_number",
            "datatype": "string",
            "required": True,
            "datatype_description": "The number on the lamp post",
            "order": 1,
            "description": "Which lamp post?",
            "values": [],
        },
        {
            "variable": True,
            "code": "desk_reference",
            "datatype": "string",
            "required": False,
            "datatype_description": "",
            "order": 2,
            "description": "The reference a front desk gave the resident",
            "values": [],
        },
        {
            "variable": True,
            "code": "kind",
            "datatype": "singlevaluelist",
            "required": False,
            "datatype_description": "",
            "order": 3,
            "description": "What sort of feedback",
            "values": [
                {"key": "complaint", "name": "Complaint"},
                {"key": "suggestion", "name": "Suggestion"},
                {"key": "praise", "name": "Praise"},
            ],
        },
    ],
}
# A service that asks every datatype of the standard, one informational text among them.
DEFAULT_ATTRIBUTES["streets.repair"] = [
    {
        "variable": False,
        "code": "safety_note",
        "datatype": "text",
        "required": False,
        "datatype_description": "",
        "order": 0,
        "description": "If someone is hurt, call 112 first.",
        "values": [],
    },
    {
        "variable": True,
        "code": "depth_cm",
        "datatype": "number",
        "required": True,
        "datatype_description": "In centimetres, e.g. 8",
        "order": 1,
        "description": "How deep is the damage?",
        "values": [],
    },
    {
        "variable": True,
        "code": "surface",
        "datatype": "singlevaluelist",
        "required": True,
        "datatype_description": "",
        "order": 2,
        "description": "Road surface",
        "values": [
            {"key": "asphalt", "name": "Asphalt"},
            {"key": "gravel", "name": "Gravel"},
            {"key": "cobbles", "name": "Cobblestones"},
        ],
    },
    {
        "variable": True,
        "code": "affected",
        "datatype": "multivaluelist",
        "required": False,
        "datatype_description": "Tick all that apply",
        "order": 3,
        "description": "Who is affected?",
        "values": [
            {"key": "cars", "name": "Cars"},
            {"key": "cyclists", "name": "Cyclists"},
            {"key": "pedestrians", "name": "Pedestrians"},
        ],
    },
    {
        "variable": True,
        "code": "noticed_at",
        "datatype": "datetime",
        "required": False,
        "datatype_description": "",
        "order": 4,
        "description": "When was it first noticed?",
        "values": [],
    },
    {
        "variable": True,
        "code": "lane",
        "datatype": "string",
        "required": False,
        "datatype_description": "e.g. northbound, bus lane",
        "order": 5,
        "description": "Which lane?",
        "values": [],
    },
    {
        "variable": True,
        "code": "details",
        "datatype": "text",
        "required": False,
        "datatype_description": "",
        "order": 6,
        "description": "Anything else the road crew should know",
        "values": [],
    },
]
_ITEM_TAGS = {
    "services": "service",
    "attributes": "attribute",
    "values": "value",
    "service_requests": "request",
    "errors": "error",
}


@dataclass
class Open311Face:
    """The face's settings over one store; tests change them on ``app.state.open311``."""

    store: CaseStore
    token: str
    site_id: str | None = None
    jurisdiction_id: str | None = None
    tokens: bool = False
    hold_tokens: bool = False
    attributes: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: json.loads(json.dumps(DEFAULT_ATTRIBUTES))
    )


# ---------------------------------------------------------------- answers


def _xml_element(tag: str, value: Any) -> ET.Element:
    element = ET.Element(tag)
    if isinstance(value, list):
        item_tag = _ITEM_TAGS.get(tag, "item")
        element.extend(_xml_element(item_tag, item) for item in value)
    elif isinstance(value, dict):
        element.extend(_xml_element(key, item) for key, item in value.items())
    elif isinstance(value, bool):
        element.text = "true" if value else "false"
    elif value is not None:
        element.text = str(value)
    return element


def render(payload: Any, fmt: str, root: str, status: int = 200) -> Response:
    """``payload`` as the standard's JSON, or as its XML under ``root``."""
    if fmt == "xml":
        body = ET.tostring(_xml_element(root, payload), encoding="unicode")
        document = '<?xml version="1.0" encoding="utf-8"?>\n' + body
        return Response(document.encode(), status, media_type="text/xml; charset=utf-8")
    return Response(
        json.dumps(payload, ensure_ascii=False).encode(),
        status,
        media_type="application/json; charset=utf-8",
    )


def errors(status: int, fmt: str, *descriptions: str) -> Response:
    """The standard's error array; ``code`` is the HTTP status, as it recommends."""
    payload = [{"code": status, "description": text} for text in descriptions]
    return render(payload, fmt if fmt in ("json", "xml") else "json", "errors", status)


# ---------------------------------------------------------------- reading the store


def _names(category: Mapping[str, Any]) -> str:
    names = category.get("name") or {}
    return str(names.get("en") or names.get("sv") or category["code"])


def _services(face: Open311Face) -> list[dict[str, Any]]:
    categories = face.store.categories_payload["categories"]
    services = []
    for category in categories:
        if not category.get("active"):
            continue
        code = str(category["code"])
        services.append(
            {
                "service_code": code,
                "service_name": _names(category),
                "description": "",
                "metadata": bool(face.attributes.get(code)),
                "type": "batch" if face.tokens else "realtime",
                "keywords": ", ".join(str(name) for name in (category.get("name") or {}).values()),
                "group": str(category.get("parent") or ""),
            }
        )
    return services


def _as_utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _w3(moment: datetime) -> str:
    return _as_utc(moment).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_w3(value: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return _as_utc(moment)


def _request_view(
    case: Case, updated: datetime | None, service_names: dict[str, str]
) -> dict[str, Any]:
    body = json.loads(case.body)
    # Cases of either face: an Open311 form, or a case-api-v1 submission.
    service_code = str(body.get("service_code") or body.get("category") or "")
    texts = json.loads(case.status_text or "{}")
    notes = texts.get("en") or texts.get("sv") or next(iter(texts.values()), None)
    return {
        "service_request_id": case.case_number,
        "status": "closed" if case.status in ("closed", "rejected") else "open",
        "status_notes": notes,
        "service_name": service_names.get(service_code, service_code),
        "service_code": service_code,
        "description": body.get("description"),
        "agency_responsible": None,
        "service_notice": None,
        "requested_datetime": _w3(case.received_at),
        "updated_datetime": _w3(updated or case.received_at),
        "expected_datetime": _w3(case.ack_due),
        "address": body.get("address_string") or body.get("location"),
        "address_id": body.get("address_id"),
        "zipcode": None,
        "lat": body.get("lat"),
        "long": body.get("long"),
        "media_url": body.get("media_url"),
    }


def _find_requests(face: Open311Face, params: Mapping[str, str]) -> list[dict[str, Any]]:
    """GET requests: ids override every other filter; else service, dates and status."""
    latest = (
        select(StatusEvent.case_id, func.max(StatusEvent.updated_at).label("updated"))
        .group_by(StatusEvent.case_id)
        .subquery()
    )
    query = select(Case, latest.c.updated).outerjoin(latest, latest.c.case_id == Case.id)
    ids = [part.strip() for part in params.get("service_request_id", "").split(",") if part]
    wanted_status: set[str] = set()
    codes: set[str] = set()
    if ids:
        query = query.where(Case.case_number.in_(ids))
    else:
        end = _parse_w3(params["end_date"]) if params.get("end_date") else None
        start = _parse_w3(params["start_date"]) if params.get("start_date") else None
        end = end or datetime.now(UTC)
        start = start or end - DEFAULT_SPAN
        query = query.where(Case.received_at >= start, Case.received_at <= end)
        codes = {part.strip() for part in params.get("service_code", "").split(",") if part}
        wanted_status = {part.strip() for part in params.get("status", "").split(",") if part}
    query = query.order_by(Case.received_at.desc())
    names = {service["service_code"]: service["service_name"] for service in _services(face)}
    found = []
    with face.store.session() as session:
        for case, updated in session.execute(query):
            view = _request_view(case, updated, names)
            if codes and view["service_code"] not in codes:
                continue
            if wanted_status and view["status"] not in wanted_status:
                continue
            found.append(view)
            if len(found) >= MAX_RESULTS:
                break
    return found


# ---------------------------------------------------------------- the routes


def _split(name: str) -> tuple[str, str]:
    """``services.json`` → ("services", "json"); the format is the last dot's suffix."""
    stem, _, fmt = name.rpartition(".")
    return stem, fmt


def _attribute_form(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    """``attribute[code]=v`` and ``attribute[code][]=v`` pairs by code."""
    values: dict[str, list[str]] = {}
    for name, value in pairs:
        if name.startswith("attribute[") and "]" in name:
            code = name[len("attribute[") : name.index("]")]
            values.setdefault(code, []).append(value)
    return values


def _listed_codes(pairs: list[tuple[str, str]]) -> set[str]:
    """Codes sent as ``attribute[code][]``: the standard's form for a multivaluelist."""
    return {
        name[len("attribute[") : -len("][]")]
        for name, _value in pairs
        if name.startswith("attribute[") and name.endswith("][]")
    }


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return len(value) <= 40 and value.strip().lower() not in ("nan", "inf", "-inf", "infinity")


def _is_datetime(value: str) -> bool:
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def create_open311_app(face: Open311Face) -> FastAPI:
    """The face's routes; mounted in front of the case API by `Open311Mount`."""
    app = FastAPI(title="Open311 GeoReport v2", version="2", openapi_url=None, docs_url=None)
    app.state.face = face

    def bad_format(fmt: str) -> Response | None:
        if fmt in ("json", "xml"):
            return None
        return errors(404, "json", "The format must be json or xml.")

    def bad_jurisdiction(params: Mapping[str, str], fmt: str) -> Response | None:
        given = params.get("jurisdiction_id", "")
        if face.jurisdiction_id and given and given != face.jurisdiction_id:
            return errors(404, fmt, f"jurisdiction_id {given} was not found")
        return None

    @app.get(PREFIX + "/{name}")
    def listing(name: str, request: Request) -> Response:
        stem, fmt = _split(name)
        params = dict(request.query_params)
        refusal = bad_format(fmt) or bad_jurisdiction(params, fmt)
        if refusal is not None:
            return refusal
        if stem == "services":
            return render(_services(face), fmt, "services")
        if stem == "requests":
            return render(_find_requests(face, params), fmt, "service_requests")
        return errors(404, fmt, "No such resource.")

    @app.get(PREFIX + "/{kind}/{name}")
    def one(kind: str, name: str, request: Request) -> Response:
        key, fmt = _split(name)
        params = dict(request.query_params)
        refusal = bad_format(fmt) or bad_jurisdiction(params, fmt)
        if refusal is not None:
            return refusal
        if kind == "services":
            if key not in {service["service_code"] for service in _services(face)}:
                return errors(404, fmt, f"service_code {key} was not found")
            definition = {"service_code": key, "attributes": face.attributes.get(key, [])}
            return render(definition, fmt, "service_definition")
        if kind == "requests":
            found = _find_requests(face, {"service_request_id": key})
            if not found:
                return errors(404, fmt, f"service_request_id {key} was not found")
            return render(found, fmt, "service_requests")
        if kind == "tokens":
            with face.store.session() as session:
                case = session.get(Case, key)
            if case is None or face.hold_tokens:
                return errors(404, fmt, f"token {key} was not found")
            return render(
                [{"service_request_id": case.case_number, "token": key}], fmt, "service_requests"
            )
        return errors(404, fmt, "No such resource.")

    @app.post(PREFIX + "/{name}")
    async def create(name: str, request: Request) -> Response:
        stem, fmt = _split(name)
        if stem != "requests":
            return errors(404, fmt if fmt in ("json", "xml") else "json", "No such resource.")
        refusal = bad_format(fmt)
        if refusal is not None:
            return refusal
        try:
            pairs = parse_qsl((await request.body()).decode("utf-8"), keep_blank_values=True)
        except (UnicodeDecodeError, ValueError):
            return errors(400, fmt, "The body must be a UTF-8 form (x-www-form-urlencoded).")
        form = {key: value for key, value in pairs if not key.startswith("attribute[")}
        # compare_digest: the answer's timing tells nothing about a guessed key.
        if not hmac.compare_digest(form.get("api_key", "").encode(), face.token.encode()):
            return errors(
                403, fmt, "Invalid api_key received -- can't proceed with create_request."
            )
        refusal = bad_jurisdiction(form, fmt)
        if refusal is not None:
            return refusal
        problems = _problems(face, form, _attribute_form(pairs), _listed_codes(pairs))
        if problems:
            status, descriptions = problems
            return errors(status, fmt, *descriptions)
        record: dict[str, Any] = {key: value for key, value in form.items() if key != "api_key"}
        record["attributes"] = _attribute_form(pairs)
        site = face.site_id or form.get("jurisdiction_id") or "open311"
        key = str(uuid.uuid4())  # Open311 has no idempotency key: every POST is a new case
        (outcome,) = await asyncio.to_thread(face.store.submit_many, [(key, record, site)])
        if face.tokens:
            return render([{"token": key}], fmt, "service_requests", 201)
        answer = {
            "service_request_id": outcome.body["case_number"],
            "service_notice": "A case officer will look at it within two working days.",
            "account_id": None,
        }
        return render([answer], fmt, "service_requests", 201)

    return app


def _problems(
    face: Open311Face,
    form: Mapping[str, str],
    attributes: Mapping[str, list[str]],
    listed: set[str] | frozenset[str] = frozenset(),
) -> tuple[int, list[str]] | None:
    """Why a POST requests cannot become a case (status, descriptions), or None.

    Attribute values are held to their datatype as the standard writes it: a multivaluelist
    comes as ``attribute[code][]``, anything else as one ``attribute[code]``; a number is a
    number, a datetime a date and time, a list value one of the list's keys.
    """
    code = form.get("service_code", "")
    if not code:
        return 400, ["service_code was not provided"]
    if code not in {service["service_code"] for service in _services(face)}:
        return 404, [f"service_code {code} was not found"]
    descriptions = []
    has_point = form.get("lat") and form.get("long")
    if not (has_point or form.get("address_string") or form.get("address_id")):
        descriptions.append("A location is required: lat and long, address_string or address_id")
    if len(form.get("description", "")) > MAX_DESCRIPTION:
        descriptions.append(f"The description may be at most {MAX_DESCRIPTION:,} characters")
    for attribute in face.attributes.get(code, []):
        given = [value for value in attributes.get(attribute["code"], []) if value.strip()]
        if attribute.get("required") and attribute.get("variable", True) and not given:
            descriptions.append(f"attribute[{attribute['code']}] is required")
        allowed = {str(value["key"]) for value in attribute.get("values") or []}
        if allowed and any(value not in allowed for value in given):
            descriptions.append(f"attribute[{attribute['code']}] has a value not in its list")
        datatype = attribute.get("datatype", "string")
        multiple = datatype == "multivaluelist"
        if given and multiple != (attribute["code"] in listed):
            form_name = "attribute[{0}][]" if multiple else "attribute[{0}]"
            descriptions.append(
                f"attribute[{attribute['code']}] must be sent as "
                + form_name.format(attribute["code"])
            )
        elif len(given) > 1 and not multiple:
            descriptions.append(f"attribute[{attribute['code']}] takes one value")
        if datatype == "number" and not all(_is_number(value) for value in given):
            descriptions.append(f"attribute[{attribute['code']}] must be a number")
        if datatype == "datetime" and not all(_is_datetime(value) for value in given):
            descriptions.append(f"attribute[{attribute['code']}] must be a date and time")
    return (400, descriptions) if descriptions else None


class Open311Mount:
    """Sends /open311/ requests to the Open311 face, everything else on to the case API.

    Sits inside the fault middleware (so tests can make Open311 requests fail too) and outside
    the bearer check, which is case-api-v1's: Open311 carries its key in the form instead.
    """

    def __init__(self, app: ASGIApp, face: Open311Face) -> None:
        self.app = app
        self.face_app = BodyLimitMiddleware(
            create_open311_app(face), default_limit=MAX_SUBMISSION_BYTES, limits={}
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith(PREFIX + "/"):
            await self.face_app(scope, receive, send)
        else:
            await self.app(scope, receive, send)


def mount_open311(app: FastAPI, store: CaseStore, token: str, site_id: str | None) -> None:
    """Give the case API ``app`` its Open311 face; call before the fault middleware is added."""
    face = Open311Face(store=store, token=token, site_id=site_id)
    app.state.open311 = face
    app.add_middleware(Open311Mount, face=face)
