"""What the desk can be told: every setting with its type, default, meaning and allowed values.

Each section of the TOML file is a frozen dataclass; a field's metadata carries its help text
and checks. The dataclasses are the one source: the list of known keys (``SPECS``), the typed
values code reads (``settings.sync.interval_seconds``), ``config show``, the policy templates
and ``doctor`` all derive from them, so a setting cannot be known in one place and not another.
"""

from __future__ import annotations

import math
import os
import re
import typing
from collections.abc import Callable
from dataclasses import MISSING, dataclass, field, fields
from typing import Any
from urllib.parse import urlsplit

from desk_app.domain.addresses import is_loopback_host
from desk_app.domain.deadline import AT_RISK_DAYS_RANGE, FIRST_RESPONSE_DAYS_RANGE
from desk_app.domain.reference import is_valid_site_code
from desk_app.domain.statistics import Question

Check = Callable[[Any], str | None]

# Bounds a desk can run with: a sync every 5 s at most (the server must not be hammered) and
# at least once a day (Qt's timer takes milliseconds in a 32-bit int: about 24.8 days at most).
SYNC_INTERVAL_RANGE = (5.0, 86_400.0)
API_TIMEOUT_RANGE = (0.1, 300.0)
# Personal data is kept at least a day after delivery, and at most ten years.
RETENTION_DAYS_RANGE = (1, 3650)
WARN_WAITING_DAYS_RANGE = (1, 365)
# The window locks after 1 minute to 8 hours without input (0: never).
IDLE_LOCK_MINUTES_RANGE = (0, 480)
# The rating screen waits at least 5 s for a visitor who reads slowly, and at most 5 minutes
# before the worker's form comes back (the idle lock may come first: it wins).
RATING_RETURN_SECONDS_RANGE = (5, 300)
RATING_QUESTIONS = "treatment, answer, wait, overall"


class ConfigError(Exception):
    """A settings file or variable that cannot be used; the message says which and why."""


def setting(
    default: Any,
    help: str,
    *,
    choices: tuple[str, ...] = (),
    check: Check | None = None,
    per_language: bool = False,
    it_only: bool = False,
) -> Any:
    """A field of a settings section. ``per_language``: a receipt text the site may also give
    for one language, as ``receipt.<language>.<name>``. ``it_only``: a setting that decides
    who may do what, or weakens the protection of residents' or workers' data: only IT's
    layers (the machine file, Group Policy) may set it; the user's file and ``DESK_APP_*``
    variables are under the desk worker's control, so a value there is ignored."""
    metadata = {
        "help": help,
        "choices": choices,
        "check": check,
        "per_language": per_language,
        "it_only": it_only,
    }
    return field(default=default, metadata=metadata)


def _site_code(value: str) -> str | None:
    return None if is_valid_site_code(value) else "must be 2 to 6 capital letters A–Z"


def _in_range(low: float, high: float, unit: str) -> Check:
    def check(value: float) -> str | None:
        if not math.isfinite(value) or not low <= value <= high:
            return f"must be between {low:g} and {high:g} {unit}"
        return None

    return check


def _one_line_of_at_most(limit: int) -> Check:
    """A name printed on receipts and stored with each record: one line, not empty, and no
    longer than the store's column for it."""

    def check(value: str) -> str | None:
        if not value.strip():
            return "must not be empty"
        if len(value) > limit:
            return f"must be at most {limit} characters (it has {len(value)})"
        if any(char in value for char in "\r\n"):
            return "must be one line"
        return None

    return check


def _receipt_language(value: str) -> str | None:
    from desk_app.resources import receipt_text_languages

    shipped = receipt_text_languages()
    return None if value in shipped else f"must be a receipt language: {', '.join(shipped)}"


def _screen_language(value: str) -> str | None:
    from desk_app.resources import screen_languages

    shipped = screen_languages()
    return None if value in shipped else f"must be a screen language: {', '.join(shipped)}"


def api_url_problem(value: str) -> str | None:
    """Why ``value`` cannot be the case API's address, or None.

    The token and residents' words travel to it: plain http is allowed to this machine only
    (the reference server in a demo), every other host must be https.
    """
    if not value:
        return None
    parts = urlsplit(value)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        return "must be an address like https://cases.example.org/api/v1"
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        return (
            "must start with https:// — plain http would send the access token and residents' "
            "personal data unencrypted (http is allowed only to this computer)"
        )
    return None


def _ca_bundle(value: str) -> str | None:
    if value and not os.path.isfile(value):
        return "names no file (give a PEM file of CA certificates, or leave it empty)"
    if value and not os.access(value, os.R_OK):
        return "names a file this user cannot read"
    return None


def _no_deadline(value: str) -> str | None:
    if "{deadline}" in value:
        return "prints where no reply is promised, so it may not name a {deadline}"
    return None


def _holiday_country(value: str) -> str | None:
    from desk_app.domain.deadline import holiday_country_problem

    return holiday_country_problem(value)


def _supervisor_list(value: str) -> str | None:
    from desk_app.domain.identity import worker_id_problem

    for part in value.split(","):
        if part.strip() and worker_id_problem(part.strip()):
            return "must be worker IDs or OS logins separated by commas"
    return None


@dataclass(frozen=True)
class FolderSettings:
    """Top-level keys: where data and logs live."""

    data_dir: str = setting("", "Folder for the database, backups and lock (empty: per user).")
    log_dir: str = setting("", "Folder for log files (empty: the user's log folder).")


@dataclass(frozen=True)
class SiteSettings:
    """The site this desk serves."""

    id: str = setting(
        "local-desk", "The site's ID in the case system.", check=_one_line_of_at_most(100)
    )
    name: str = setting(
        "Reception", "The site's name, printed on receipts.", check=_one_line_of_at_most(200)
    )
    code: str = setting("FBD", "Letters that start every reference number.", check=_site_code)
    language: str = setting(
        "sv", "The site's language: the default receipt language.", check=_receipt_language
    )
    contact: str = setting(
        "021-39 00 00 · kontaktcenter@example.se",
        "How residents reach the municipality, printed on receipts.",
    )
    address: str = setting(
        "",
        "The site's street address: Open311 needs a location, and a record without one "
        "is sent with this.",
    )


@dataclass(frozen=True)
class ReceiptSettings:
    """What a receipt looks like and says."""

    # Which text prints depends on the receipt: a reply promise only where a reply was asked
    # for and can be given, so a site's wording can never promise contact on an anonymous one.
    next_steps: str = setting(
        "",
        "What happens next on receipts where a reply was asked for and can be given, in the "
        "site's language; {deadline} stands for the first-response date. receipt.<language>."
        "next_steps for another language (empty: the built-in text in the receipt's language).",
        per_language=True,
    )
    next_steps_no_reply: str = setting(
        "",
        "What happens next on anonymous receipts and where no reply was asked for: no promise "
        "of contact, no {deadline}. receipt.<language>.next_steps_no_reply for another language "
        "(empty: the built-in text in the receipt's language).",
        check=_no_deadline,
        per_language=True,
    )
    privacy: str = setting(
        "",
        "The privacy notice on receipts that hold the person's name or contact details, in the "
        "site's language; receipt.<language>.privacy for another language (empty: the built-in "
        "text in the receipt's language).",
        per_language=True,
    )
    privacy_anonymous: str = setting(
        "",
        "The privacy note on anonymous receipts, where no contact details are held; "
        "receipt.<language>.privacy_anonymous for another language (empty: the built-in text).",
        per_language=True,
    )
    paper: str = setting("80mm", "Receipt paper: 80mm roll or A4.", choices=("80mm", "a4"))


def _referral_contact(body: str) -> Any:
    return setting(
        "",
        f"How to reach {body}, printed on receipts of records referred there, in the site's "
        f"language; referral.<language>.<body> for another language (empty: the built-in text "
        f"in the receipt's language).",
        per_language=True,
    )


@dataclass(frozen=True)
class ReferralSettings:
    """The contact texts a receipt prints when the desk referred the matter elsewhere.

    One per body of the contract's referral list (``domain.record.ReferralBody``), so a site
    names its own region, energy and water companies and transport authority.
    """

    police: str = _referral_contact("the police")
    region_health: str = _referral_contact("the region's health care")
    energy_utility: str = _referral_contact("the energy company")
    water_utility: str = _referral_contact("the water company")
    transport_authority: str = _referral_contact("the public transport authority")
    state_agency: str = _referral_contact("a state agency")
    other: str = _referral_contact("another body")


@dataclass(frozen=True)
class PrintingSettings:
    """What happens with the receipt after saving."""

    mode: str = setting(
        "default_printer",
        "After saving: print to the default printer, ask with a dialog, or do not print.",
        choices=("default_printer", "dialog", "none"),
    )


@dataclass(frozen=True)
class DeskSettings:
    """This desk's own defaults."""

    staff_id: str = setting(
        "",
        "Staff ID filled in on the form when nobody is signed in by name (empty: the OS login "
        "or the worker signed in with a PIN).",
    )
    sign_in: str = setting(
        "os_login",
        "Who is at the desk: the OS login (each worker has an account), or a PIN per worker "
        "on a shared account (workers added with desk-app worker add).",
        choices=("os_login", "pin"),
        it_only=True,
    )
    idle_lock_minutes: int = setting(
        5,
        "Minutes without keyboard or mouse before the window locks and hides personal data "
        "(0: never).",
        check=_in_range(*IDLE_LOCK_MINUTES_RANGE, "minutes"),
        it_only=True,
    )
    supervisors: str = setting(
        "",
        "Worker IDs or OS logins, separated by commas, who may export personal data and "
        "read the audit trail (set by IT; empty: nobody).",
        check=_supervisor_list,
        it_only=True,
    )


@dataclass(frozen=True)
class UiSettings:
    """The worker's screens."""

    language: str = setting(
        "sv", "The language of the desk worker's screens.", check=_screen_language
    )
    theme: str = setting(
        "standard",
        "Colours: standard, or high contrast (white on black).",
        choices=("standard", "high_contrast"),
    )
    large_mode: bool = setting(
        False, "Bigger text and targets of at least 44 px (care homes, touch screens)."
    )


@dataclass(frozen=True)
class ApiSettings:
    """The central case system."""

    url: str = setting(
        "",
        "The central case API, https:// (empty: records stay on this desk).",
        check=api_url_problem,
    )
    protocol: str = setting(
        "case-api-v1", "The API's protocol.", choices=("case-api-v1", "open311")
    )
    jurisdiction_id: str = setting(
        "",
        "Open311 only: the jurisdiction_id to send, when the endpoint serves several "
        "(empty: none).",
    )
    timeout_seconds: float = setting(
        10.0, "Network timeout in seconds.", check=_in_range(*API_TIMEOUT_RANGE, "seconds")
    )
    ca_bundle: str = setting(
        "", "A CA bundle file for the API's TLS (empty: the system's).", check=_ca_bundle
    )


@dataclass(frozen=True)
class SyncSettings:
    """Background delivery to the case system."""

    interval_seconds: float = setting(
        60.0,
        "How often the desk tries to send and fetch updates, in seconds.",
        check=_in_range(*SYNC_INTERVAL_RANGE, "seconds"),
    )


@dataclass(frozen=True)
class PromiseSettings:
    """The first response the desk promises on a receipt where a reply was asked for."""

    first_response_days: int = setting(
        2,
        "Days within which a person who asked for a reply hears from us; the receipt prints "
        "the date (counted from the day after the day it was received).",
        check=_in_range(*FIRST_RESPONSE_DAYS_RANGE, "days"),
    )
    working_days: bool = setting(
        False,
        "Count only working days (no weekends or public holidays) instead of calendar days.",
    )
    holiday_country: str = setting(
        "SE",
        "Whose public holidays are days off when counting working days.",
        check=_holiday_country,
    )
    at_risk_days: int = setting(
        1,
        "Mark a record's first-response promise as at risk when this many days or fewer are "
        "left and it has not reached the case system (0: mark only deadlines already past).",
        check=_in_range(*AT_RISK_DAYS_RANGE, "days"),
    )


@dataclass(frozen=True)
class PrivacySettings:
    """How long residents' personal data is kept, and when a waiting queue is a worry."""

    retention_days: int = setting(
        30,
        "Days after delivery to the case system before a record's personal data (contact "
        "details and what was said) is erased here, and backups older than this are removed. "
        "A record never delivered is never erased automatically.",
        check=_in_range(*RETENTION_DAYS_RANGE, "days"),
        it_only=True,
    )
    warn_waiting_days: int = setting(
        7,
        "Warn when records have waited this many days without being delivered.",
        check=_in_range(*WARN_WAITING_DAYS_RANGE, "days"),
    )
    allow_without_keyring: bool = setting(
        False,
        "Start even where no system keyring (Windows Credential Manager, Secret Service, "
        "Keychain) holds the database key: the data is then NOT encrypted on this computer, "
        "and the window and doctor say so. Only for a PC whose disk IT encrypts otherwise.",
        it_only=True,
    )


def _rating_questions(value: str) -> str | None:
    from desk_app.domain.rating import RatingInvalid, parse_questions

    try:
        parse_questions(value)
    except RatingInvalid as error:
        return str(error)
    return None


@dataclass(frozen=True)
class RatingSettings:
    """The screen a visitor rates their visit on (issue 11)."""

    questions: str = setting(
        RATING_QUESTIONS,
        "The questions a visitor is asked, in order, separated by commas: any of treatment "
        "(how were you treated), answer (did you get an answer), wait (the wait), overall.",
        check=_rating_questions,
    )
    offer_after_save: bool = setting(
        False, "Turn the rating screen to the visitor after every saved and printed record."
    )
    attach_staff_id: bool = setting(
        False,
        "Store the staff ID of the worker with each rating (only where a local agreement "
        "allows following up staff performance; otherwise ratings carry no staff ID).",
        it_only=True,
    )
    return_after_seconds: int = setting(
        30,
        "Seconds without input on the rating screen before it returns to the worker's form "
        "(what was answered so far is kept).",
        check=_in_range(*RATING_RETURN_SECONDS_RANGE, "seconds"),
    )

    @property
    def asked(self) -> tuple[Question, ...]:
        """``questions`` as the typed list the screen asks, in order."""
        from desk_app.domain.rating import parse_questions

        return parse_questions(self.questions)


# Section name in the TOML file → its dataclass; "" holds the top-level keys.
SECTIONS: dict[str, type] = {
    "": FolderSettings,
    "site": SiteSettings,
    "receipt": ReceiptSettings,
    "referral": ReferralSettings,
    "printing": PrintingSettings,
    "desk": DeskSettings,
    "ui": UiSettings,
    "api": ApiSettings,
    "sync": SyncSettings,
    "promise": PromiseSettings,
    "privacy": PrivacySettings,
    "rating": RatingSettings,
}


@dataclass(frozen=True)
class SettingSpec:
    """One known setting: its key, type, default and what it means."""

    key: str
    default: Any
    help: str
    kind: type
    choices: tuple[str, ...] = ()
    check: Check | None = None
    per_language: bool = False
    it_only: bool = False

    @property
    def env_name(self) -> str:
        return env_name(self.key)


def env_name(key: str) -> str:
    """The variable that sets ``key``: site.name → DESK_APP_SITE_NAME."""
    return "DESK_APP_" + key.replace(".", "_").upper()


def _specs() -> tuple[SettingSpec, ...]:
    specs = []
    for section, section_type in SECTIONS.items():
        hints = typing.get_type_hints(section_type)
        for item in fields(section_type):
            assert item.default is not MISSING
            specs.append(
                SettingSpec(
                    key=f"{section}.{item.name}" if section else item.name,
                    default=item.default,
                    kind=hints[item.name],
                    **item.metadata,
                )
            )
    return tuple(specs)


SPECS: tuple[SettingSpec, ...] = _specs()
SPECS_BY_KEY = {spec.key: spec for spec in SPECS}
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def language_variant(key: str, language: str) -> str:
    """The key of ``key``'s text for one language: receipt.privacy → receipt.fa.privacy."""
    section, _, name = key.rpartition(".")
    return f"{section}.{language}.{name}"


def spec_of(key: str) -> SettingSpec | None:
    """The spec for ``key``, also for a language variant of a per-language text."""
    spec = SPECS_BY_KEY.get(key)
    if spec is not None:
        return spec
    parts = key.rsplit(".", 2)  # the inverse of language_variant
    if len(parts) != 3 or not _LANGUAGE_CODE.fullmatch(parts[1]):
        return None
    base = SPECS_BY_KEY.get(f"{parts[0]}.{parts[2]}")
    return base if base is not None and base.per_language else None


_BOOLEAN_WORDS = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}


def coerce(key: str, value: Any, source: str, *, from_text: bool = False) -> Any:
    """Check ``value`` for ``key`` and convert it to the setting's type, or raise ConfigError.

    ``from_text``: the layer can only hold text (environment variables, installer properties,
    registry values), so "yes" becomes true and "20" 20.0. A TOML file has types of its own,
    and a wrong type there ("no" for a boolean) is an error, never a guess.
    """
    spec = spec_of(key)
    if spec is None:
        raise ConfigError(f"{source}: unknown setting '{key}'. Known settings: {_known()}.")
    if from_text and spec.kind is bool and isinstance(value, str | int):
        word = str(value).strip().lower()
        if word not in _BOOLEAN_WORDS:
            raise ConfigError(f"{source}: '{key}' must be true or false, not {value!r}.")
        value = _BOOLEAN_WORDS[word]
    if spec.kind is int and isinstance(value, str | float) and not isinstance(value, bool):
        # A whole number of days, say: "3" from an environment variable, never 2.5 from a file.
        if isinstance(value, str) and not from_text:
            raise ConfigError(f"{source}: '{key}' must be a number, not text ({value!r}).")
        try:
            whole = float(value)
        except (ValueError, OverflowError):
            raise ConfigError(f"{source}: '{key}' must be a whole number, not {value!r}.") from None
        if not whole.is_integer():
            raise ConfigError(f"{source}: '{key}' must be a whole number, not {value!r}.")
        value = int(whole)
    if spec.kind is float and not isinstance(value, bool) and isinstance(value, int | str):
        if isinstance(value, str) and not from_text:
            raise ConfigError(f"{source}: '{key}' must be a number, not text ({value!r}).")
        try:
            value = float(value)
        except (ValueError, OverflowError):
            raise ConfigError(f"{source}: '{key}' must be a number, not {value!r}.") from None
    if not isinstance(value, spec.kind) or isinstance(value, bool) != (spec.kind is bool):
        raise ConfigError(
            f"{source}: '{key}' must be {_type_name(spec.kind)}, not {_type_name(type(value))}."
        )
    if spec.choices and value not in spec.choices:
        raise ConfigError(f"{source}: '{key}' must be one of {', '.join(spec.choices)}.")
    problem = spec.check(value) if spec.check else None
    if problem:
        raise ConfigError(f"{source}: '{key}' {problem} (got {value!r}).")
    return value


def _type_name(kind: type) -> str:
    names = {str: "text", float: "a number", int: "a number", bool: "true or false"}
    return names.get(kind, kind.__name__)


def _known() -> str:
    return ", ".join(spec.key for spec in SPECS)
