"""The database key, kept in the OS keyring — like the case API token (``sync.credentials``).

Windows keeps it in the user's Credential Manager (DPAPI, bound to the user's logon), Linux in
the Secret Service, macOS in the Keychain. The key is made at the first start and belongs to
the OS user: a data folder copied to another computer or user cannot be read there.

Where no keyring service runs (a kiosk image, a headless box), the desk refuses to start,
unless IT set ``privacy.allow_without_keyring``: then the data stays unencrypted and the
window and ``doctor`` say so.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk_app.domain.messages import QT_TRANSLATE_NOOP
from desk_app.store.encryption import KEY_BYTES, is_plaintext, key_missing, new_key
from desk_app.store.errors import StoreError

if TYPE_CHECKING:
    from desk_app.store import SubmissionStore

logger = logging.getLogger(__name__)

SERVICE_NAME = "FeedbackDesk database"
# One key per OS user (the keyring is per user): every data folder of this user, and the
# backups restored into it, open with it.
KEY_NAME = "database-key"


class KeyringUnavailable(Exception):
    """No keyring service answers on this computer (the reason is the message)."""


@dataclass(frozen=True)
class KeyringState:
    """What ``doctor`` learns about the key without changing anything."""

    available: bool
    has_key: bool
    backend: str  # the keyring backend's name, or why none answers


def _keyring() -> Any:
    import keyring  # loaded on first use: it probes OS backends

    return keyring


def _backend_name() -> str:
    backend = _keyring().get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def read_key() -> bytes | None:
    """The stored key, or None when this user has none yet; KeyringUnavailable when no
    keyring service answers."""
    try:
        stored = _keyring().get_password(SERVICE_NAME, KEY_NAME)
    except Exception as error:  # keyring backends raise their own error types
        raise KeyringUnavailable(f"{type(error).__name__}: {error}") from error
    if stored is None:
        return None
    try:
        key = bytes.fromhex(str(stored))
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Store",
                "The database key in the system keyring ({service}) is not a valid key. "
                "Nothing was changed; ask IT support.",
            ).format(service=SERVICE_NAME)
        )
    return key


def _store_key(key: bytes) -> None:
    _keyring().set_password(SERVICE_NAME, KEY_NAME, key.hex())


def no_keyring(reason: str) -> StoreError:
    """The refusal to start where no keyring holds the key and IT did not allow that."""
    return StoreError(
        QT_TRANSLATE_NOOP(
            "Store",
            "No system keyring is available to keep the database key ({reason}), so the "
            "residents' data could not be encrypted on this computer, and Feedback Desk will "
            "not start. Ask IT support to enable the keyring (Windows Credential Manager, "
            "Secret Service or Keychain), or — only where the disk is otherwise protected — to "
            "set privacy.allow_without_keyring = true.",
        ).format(reason=reason[:200])
    )


def database_key(database: Path, *, allow_without_keyring: bool) -> bytes | None:
    """The key to open ``database`` with: this user's, made and kept at the first start.

    None means the store stays unencrypted: no keyring answers and IT allowed that. Raises
    StoreError (nothing written, no key made) when the keyring is missing and not allowed
    to be, or when the database is encrypted with a key this user does not have.
    """
    encrypted = database.exists() and database.stat().st_size > 0 and not is_plaintext(database)
    try:
        key = read_key()
    except KeyringUnavailable as error:
        if encrypted:
            raise key_missing(database) from error
        if not allow_without_keyring:
            raise no_keyring(str(error)) from error
        logger.warning(
            "No system keyring (%s): the database is NOT encrypted at rest, as "
            "privacy.allow_without_keyring allows",
            str(error)[:200],
        )
        return None
    if key is not None:
        return key
    if encrypted:
        # A copied folder: never make a new key for it, nor touch the file.
        raise key_missing(database)
    key = new_key()
    try:
        _store_key(key)
        stored_again = read_key()
    except Exception as error:  # the keyring's own error types
        if allow_without_keyring:
            logger.warning("The database key could not be stored: NOT encrypted at rest")
            return None
        raise no_keyring(f"{type(error).__name__}: {error}") from error
    if stored_again != key:
        raise no_keyring("the keyring did not keep the key")
    logger.info("Made the database key and stored it in the system keyring")
    return key


def keyring_state() -> KeyringState:
    """Whether a keyring answers and holds this user's key; reads only."""
    try:
        key = read_key()
    except KeyringUnavailable as error:
        return KeyringState(False, False, str(error))
    except StoreError:
        return KeyringState(True, False, _backend_name())
    return KeyringState(True, key is not None, _backend_name())


def encrypted_at_rest(store: SubmissionStore) -> bool:
    """Whether the open store's database is encrypted on disk."""
    from desk_app.store.database import is_encrypted

    return is_encrypted(store.engine)
