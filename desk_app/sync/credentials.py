"""The desk's API token, kept in the OS keyring (Windows Credential Manager, Secret Service,
macOS Keychain) — never in a settings file or a log.

Where a machine has no keyring service (a kiosk image, a demo, a headless job), the token may
come from the environment variable DESK_APP_API_TOKEN instead; the keyring wins when it has one.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desk_app.domain.messages import QT_TRANSLATE_NOOP

SERVICE_NAME = "FeedbackDesk case API"
TOKEN_VARIABLE = "DESK_APP_API_TOKEN"


class CredentialError(Exception):
    """The keyring cannot be used; the message says what to do."""


def _keyring() -> Any:
    import keyring  # loaded on first use: it probes OS backends

    return keyring


def load_token(api_url: str) -> str:
    """The token stored for ``api_url`` (keyring, then DESK_APP_API_TOKEN), or ""."""
    from_environment = os.environ.get(TOKEN_VARIABLE, "").strip()
    try:
        stored = str(_keyring().get_password(SERVICE_NAME, api_url) or "")
    except Exception as error:  # keyring backends raise their own error types
        if from_environment:
            return from_environment
        raise CredentialError(
            f"The system keyring cannot be read ({error}). Store the token in the keyring, "
            f"or give it in the {TOKEN_VARIABLE} environment variable."
        ) from error
    return stored or from_environment


def store_token(api_url: str, token: str) -> None:
    """Keep ``token`` for ``api_url`` in the keyring."""
    if not token.strip():
        raise CredentialError("The token is empty.")
    try:
        _keyring().set_password(SERVICE_NAME, api_url, token.strip())
    except Exception as error:
        raise CredentialError(
            QT_TRANSLATE_NOOP(
                "Sync", "The token could not be stored in the system keyring: {error}"
            ).format(error=str(error))
        ) from error


def _no_problem(_url: str) -> None:
    return None


def enrol_from_file(
    path: Path, configured_api_url: str, *, url_problem: Callable[[str], str | None] = _no_problem
) -> str:
    """Store the token from IT's enrolment file in the keyring, then delete the file.

    The file is JSON: ``{"api_url": "...", "token": "..."}`` (``api_url`` may be left out when
    the desk's settings name it). Returns the API address the token is for. The file is kept
    when anything goes wrong, so IT can try again.
    """
    import json

    try:
        payload = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise CredentialError(f"There is no enrolment file at {path}.") from None
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise CredentialError(f"The enrolment file {path} cannot be read: {error}") from error
    if not isinstance(payload, dict) or not isinstance(payload.get("token"), str):
        raise CredentialError(f"The enrolment file {path} has no token.")
    api_url = str(payload.get("api_url") or configured_api_url).strip()
    if not api_url:
        raise CredentialError("The enrolment file names no api_url and none is set on this desk.")
    problem = url_problem(api_url)
    if problem:
        raise CredentialError(f"The enrolment file's api_url {problem}; the file is kept.")
    if configured_api_url and api_url != configured_api_url:
        raise CredentialError(
            f"The enrolment file is for {api_url}, but this desk uses {configured_api_url}."
        )
    store_token(api_url, payload["token"])
    try:
        path.unlink()
    except OSError as error:
        raise CredentialError(
            f"The token is stored, but {path} could not be deleted ({error.strerror}): "
            "delete it by hand, it holds a secret."
        ) from error
    return api_url
