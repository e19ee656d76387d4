"""The desk's API token, kept in the OS keyring (Windows Credential Manager, Secret Service,
macOS Keychain) — never in a settings file or a log."""

from __future__ import annotations

from typing import Any

SERVICE_NAME = "FeedbackDesk case API"


class CredentialError(Exception):
    """The keyring cannot be used; the message says what to do."""


def _keyring() -> Any:
    import keyring  # loaded on first use: it probes OS backends

    return keyring


def load_token(api_url: str) -> str:
    """The token stored for ``api_url``, or "" when none is stored."""
    try:
        return str(_keyring().get_password(SERVICE_NAME, api_url) or "")
    except Exception as error:  # keyring backends raise their own error types
        raise CredentialError(f"The system keyring cannot be read: {error}") from error


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
