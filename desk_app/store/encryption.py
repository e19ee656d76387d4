"""The desk's database encrypted at rest: SQLCipher, one 256-bit key per desk user.

SQLCipher encrypts every page of the database file, its WAL and every copy made with the
backup API (AES-256, each page authenticated with HMAC-SHA512), so the search index keeps
working on the plaintext it sees inside the process while nothing readable reaches the disk.
The key is a raw 32-byte key (``x'…'``), not a passphrase: no key derivation runs when a
connection opens, which keeps start-up and every new connection as fast as plain SQLite.

This module knows nothing of where the key is kept (the OS keyring; ``services.keys``): it is
handed the key, or ``None`` for a store IT allowed to stay unencrypted.

A plaintext database (made by an older version, or while no keyring was available) is
converted at the first start with a key: ``sqlcipher_export`` into a new file, an atomic
rename over the old one, and the old file's bytes overwritten with zeros before it is removed.
"""

from __future__ import annotations

import logging
import os
import secrets
import sqlite3
from pathlib import Path
from typing import Any

from desk_app.domain.messages import QT_TRANSLATE_NOOP
from desk_app.store.errors import StoreError

logger = logging.getLogger(__name__)

KEY_BYTES = 32
SQLITE_HEADER = b"SQLite format 3\x00"
# SQLCipher 4's defaults but for two, set on every connection (they are not stored in the
# file): 16 KiB pages and HMAC-SHA256 instead of 4 KiB and HMAC-SHA512. Decrypting and
# authenticating a page costs mostly per page, not per byte: the page check at start-up at
# 100,000 records went from 5.3 s to 1.7 s (plain SQLite: 1.0–1.4 s), and SHA-256 is no
# weaker a MAC here (SQLCipher 3 used SHA-1).
CIPHER_SETTINGS = ("cipher_page_size = 16384", "cipher_hmac_algorithm = HMAC_SHA256")
# What a conversion leaves while it runs; a crash leaves one behind, removed at the next start.
_ENCRYPTING_SUFFIX = ".encrypting"
_PLAINTEXT_SUFFIX = ".plaintext-old"


def new_key() -> bytes:
    """A fresh random database key."""
    return secrets.token_bytes(KEY_BYTES)


def cipher_module() -> Any:
    """SQLCipher's DB-API module (the ``sqlcipher3`` wheel), loaded on first use."""
    from sqlcipher3 import dbapi2

    return dbapi2


def driver_errors() -> tuple[type[Exception], ...]:
    """The database errors of both drivers: SQLCipher's are not ``sqlite3``'s subclasses."""
    return (sqlite3.DatabaseError, cipher_module().DatabaseError)


def key_missing(path: Path) -> StoreError:
    """The refusal for an encrypted database whose key this user or computer does not have."""
    return StoreError(
        QT_TRANSLATE_NOOP(
            "Store",
            "The database {path} is encrypted, and this data folder was encrypted with a key "
            "this user/machine does not have (it was copied from another computer or user, or "
            "this user's system keyring was reset). It has been left untouched. Start Feedback "
            "Desk as the user and on the computer that made it, or ask IT support.",
        ).format(path=str(path))
    )


def apply_key(connection: Any, key: bytes) -> None:
    """Give a fresh SQLCipher connection its key: the first statement on it, always."""
    # SQLCipher logs a failed page check to stderr by itself; the desk reports it instead.
    connection.execute("PRAGMA cipher_log_level = NONE")
    # Wiping and locking every allocation costs each page read dearly. The wheel's SQLCipher
    # (4.19) has it off by default, some older builds had it on: said here, not assumed.
    # SQLCipher still wipes its own key material when it frees it.
    connection.execute("PRAGMA cipher_memory_security = OFF")
    # A raw 256-bit key ("x'…'", 64 hex digits): SQLCipher skips PBKDF2 (kdf_iter applies to
    # passphrases only), so a connection opens in milliseconds, not the 0.6 s a passphrase
    # with 256,000 iterations costs here.
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    for setting in CIPHER_SETTINGS:
        connection.execute(f"PRAGMA {setting}")


def connect(path: Path, key: bytes | None, *, read_only: bool = False) -> Any:
    """A DB-API connection to ``path``: SQLCipher with ``key``, plain SQLite without one."""
    target = f"file:{path}?mode=ro" if read_only else f"file:{path}"
    if key is None:
        return sqlite3.connect(target, uri=True)
    connection = cipher_module().connect(target, uri=True)
    apply_key(connection, key)
    return connection


def is_plaintext(path: Path) -> bool:
    """Whether ``path`` is an unencrypted SQLite database (an empty file counts as one)."""
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    return header in (b"", SQLITE_HEADER)


def readable_with(path: Path, key: bytes) -> bool:
    """Whether ``key`` opens the encrypted database at ``path`` (read-only; changes nothing)."""
    connection = connect(path, key, read_only=True)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except cipher_module().DatabaseError:
        return False
    finally:
        connection.close()
    return True


def encrypt_plaintext_file(path: Path, key: bytes) -> None:
    """Replace the plaintext database at ``path`` with an encrypted copy, atomically.

    At every moment ``path`` is either the old plaintext file or the complete encrypted one.
    The plaintext file's -wal is first checkpointed into it and removed, so SQLite cannot
    replay it into the encrypted file; afterwards the old bytes of both are overwritten.
    """
    module = cipher_module()
    target = path.with_name(path.name + _ENCRYPTING_SUFFIX)
    shred(target)  # a conversion interrupted earlier
    # SQLite removes the -wal by unlinking it, which leaves its pages on the disk: a second
    # name keeps them reachable until they are overwritten below.
    wal = path.with_name(path.name + "-wal")
    old_wal = path.with_name(wal.name + _PLAINTEXT_SUFFIX)
    _discard(old_wal, wal)
    if wal.exists():
        try:
            os.link(wal, old_wal)
        except OSError:
            logger.warning("The old journal could not be kept for overwriting")
    source = module.connect(str(path), isolation_level=None)
    try:
        # Checkpoints every page into the file, then removes the -wal and -shm files.
        source.execute("PRAGMA journal_mode=DELETE")
        user_version = source.execute("PRAGMA user_version").fetchone()[0]
        source.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(target),))
        for setting in CIPHER_SETTINGS:
            source.execute(f"PRAGMA encrypted.{setting}")
        source.execute("SELECT sqlcipher_export('encrypted')")
        source.execute(f"PRAGMA encrypted.user_version = {int(user_version)}")
        source.execute("DETACH DATABASE encrypted")
    finally:
        source.close()
    if wal.exists():  # it would be replayed, as plaintext, into the encrypted file
        shred(target)
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Store",
                "The database {path} could not be encrypted: another program has it open. "
                "Close it and start again.",
            ).format(path=str(path))
        )
    fsync_file(target)
    # A second name for the plaintext file's bytes, so they can be overwritten once the
    # encrypted file has taken its place (a file system without hard links: just replaced).
    old = path.with_name(path.name + _PLAINTEXT_SUFFIX)
    _discard(old, path)
    try:
        os.link(path, old)
    except OSError:
        old = path
    os.replace(target, path)
    fsync_folder(path.parent)
    if old != path:
        shred(old)
    shred(old_wal)
    logger.info("Encrypted the database file %s", path.name)


def remove_leftovers(path: Path) -> None:
    """Overwrite and remove what an interrupted conversion of ``path`` left behind."""
    shred(path.with_name(path.name + _ENCRYPTING_SUFFIX))
    _discard(path.with_name(path.name + _PLAINTEXT_SUFFIX), path)
    wal = path.with_name(path.name + "-wal")
    _discard(wal.with_name(wal.name + _PLAINTEXT_SUFFIX), wal)


def _discard(leftover: Path, live: Path) -> None:
    """Remove ``leftover``, overwriting it first, unless it is a second name of ``live``.

    A conversion interrupted between making the second name and replacing the file leaves
    both names on the same, still live, plaintext file: overwriting would destroy it.
    """
    try:
        same = live.exists() and leftover.exists() and os.path.samefile(leftover, live)
    except OSError:
        same = False
    if same:
        leftover.unlink()
    else:
        shred(leftover)


def shred(path: Path) -> None:
    """Overwrite ``path`` with zeros, then remove it (nothing happens when it is absent).

    Best effort: on an SSD or a copy-on-write file system the old blocks may survive
    elsewhere; the full-disk encryption IT runs is what covers those.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with path.open("r+b") as handle:
        block = bytes(1024 * 1024)
        written = 0
        while written < size:
            written += handle.write(block[: min(len(block), size - written)])
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()


def fsync_file(path: Path) -> None:
    """Make ``path``'s content durable before it is renamed over another file."""
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable."""
    # The rename must survive power loss too; Windows cannot open a folder for fsync.
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
