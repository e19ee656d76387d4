"""The desk's API token, kept in the OS keyring (Windows Credential Manager, Secret Service,
macOS Keychain) — never in a settings file or a log.

Where a machine has no keyring service (a kiosk image, a demo, a headless job), the token may
come from the environment variable DESK_APP_API_TOKEN instead; the keyring wins when it has one.
"""

from __future__ import annotations

import os
from typing import Any

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
            f"The token could not be stored in the system keyring: {error}"
        ) from error
