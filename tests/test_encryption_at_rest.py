"""Residents' data encrypted at rest: the key in the keyring, refusals that change nothing.

The desk and `desk-app` run for real; the keyring is a file per test (tests/file_keyring.py)
standing in for one OS user's keyring, or none at all (as on CI).
"""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from desk_app.app import open_desk
from desk_app.services.keys import KEY_NAME, SERVICE_NAME
from desk_app.settings import load_settings
from desk_app.store.database import backup_database
from desk_app.store.encryption import SQLITE_HEADER
from tests.conftest import (
    RESIDENT_EMAIL,
    RESIDENT_NAME,
    RESIDENT_PHONE,
    SECRET_DESCRIPTION,
    complete_draft,
    desk_command,
    isolated_environ,
    personal_strings_in,
)
from tests.file_keyring import BACKEND, FILE_VARIABLE, FileKeyring

PERSONAL = (RESIDENT_NAME, RESIDENT_EMAIL, RESIDENT_PHONE, SECRET_DESCRIPTION)
NO_KEY_SAID = "encrypted with a key this user/machine does not have"


def fingerprint(folder: Path) -> dict[str, str]:
    """Each file under ``folder`` and a hash of its bytes: to prove nothing was changed."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def user_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FileKeyring:
    """This process's keyring: one user's, in a file a child `desk-app` can use too."""
    monkeypatch.setenv(FILE_VARIABLE, str(tmp_path / "keyring-of-anna.json"))
    backend = FileKeyring()
    keyring.set_keyring(backend)
    return backend


def run_desk_app(
    tmp_path: Path, *args: str, keyring_file: Path | None, **settings: str
) -> subprocess.CompletedProcess[str]:
    """`desk-app` with the given user's keyring file, or with no keyring service at all."""
    command, environ = desk_command(tmp_path, **settings)
    if keyring_file is not None:
        environ |= {"PYTHON_KEYRING_BACKEND": BACKEND, FILE_VARIABLE: str(keyring_file)}
    return subprocess.run(
        [*command, *args],
        env=environ,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


def test_first_start_makes_a_key_in_the_keyring_and_nothing_personal_is_readable_on_disk(
    tmp_path: Path, user_keyring: FileKeyring
):
    environ = isolated_environ(tmp_path, privacy_allow_without_keyring="false")
    desk = open_desk(load_settings(environ=environ))
    for _ in range(3):
        desk.service.save(complete_draft())
    stored = user_keyring.get_password(SERVICE_NAME, KEY_NAME)
    assert stored is not None and len(bytes.fromhex(stored)) == 32
    backup_database(desk.paths.database, desk.paths.backups, "test", key=bytes.fromhex(stored))
    # Looked at while open, too: the -wal holds the newest pages until a checkpoint.
    assert personal_strings_in(desk.paths.data_dir, desk.paths.log_dir) == []
    desk.close()

    assert desk.paths.database.read_bytes()[:16] != SQLITE_HEADER
    assert personal_strings_in(desk.paths.data_dir, desk.paths.log_dir) == []
    again = open_desk(load_settings(environ=environ))
    assert [s.reporter.name for s in again.service.search()] == [RESIDENT_NAME] * 3
    again.close()


def test_a_plaintext_store_and_its_backups_are_encrypted_at_the_first_start_with_a_keyring(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    environ = isolated_environ(tmp_path)  # no keyring: an older version's plaintext store
    old = open_desk(load_settings(environ=environ))
    reference = old.service.save(complete_draft()).reference
    backup_database(old.paths.database, old.paths.backups, "older-version")
    old.close()
    assert personal_strings_in(old.paths.data_dir), "the set-up must start from plaintext"

    monkeypatch.setenv(FILE_VARIABLE, str(tmp_path / "keyring.json"))
    keyring.set_keyring(FileKeyring())
    desk = open_desk(load_settings(environ=environ))
    assert desk.service.find(reference) is not None
    desk.close()

    assert personal_strings_in(desk.paths.data_dir, desk.paths.log_dir) == []
    names = sorted(path.name for path in desk.paths.data_dir.rglob("*.sqlite3*"))
    assert [name for name in names if "plaintext" in name or "encrypting" in name] == []
    (copy,) = desk.paths.backups.glob("desk-*.sqlite3")
    assert copy.read_bytes()[:16] != SQLITE_HEADER


def test_a_data_folder_copied_to_another_user_is_refused_plainly_and_left_untouched(
    tmp_path: Path,
):
    anna, other_user = tmp_path / "keyring-of-anna.json", tmp_path / "keyring-of-bo.json"
    made = run_desk_app(tmp_path, "status", keyring_file=anna)
    assert made.returncode == 0, made.stderr
    before = fingerprint(tmp_path / "data")
    assert (tmp_path / "data" / "desk.sqlite3").read_bytes()[:16] != SQLITE_HEADER

    refused = run_desk_app(tmp_path, "status", keyring_file=other_user)

    assert refused.returncode == 3  # like every other store refusal
    assert NO_KEY_SAID in refused.stderr
    assert "Traceback" not in refused.stderr
    assert fingerprint(tmp_path / "data") == before
    assert not other_user.exists(), "no new key may be made for someone else's data"
    # The owner still opens it.
    assert run_desk_app(tmp_path, "status", keyring_file=anna).returncode == 0


def test_an_encrypted_folder_on_a_computer_without_keyring_is_refused_even_where_allowed(
    tmp_path: Path,
):
    assert run_desk_app(tmp_path, "status", keyring_file=tmp_path / "k.json").returncode == 0
    before = fingerprint(tmp_path / "data")

    refused = run_desk_app(tmp_path, "status", keyring_file=None)  # allowed by conftest

    assert refused.returncode == 3
    assert NO_KEY_SAID in refused.stderr
    assert fingerprint(tmp_path / "data") == before


def test_doctor_says_the_folder_was_encrypted_with_a_key_this_user_does_not_have(
    tmp_path: Path,
):
    assert run_desk_app(tmp_path, "status", keyring_file=tmp_path / "a.json").returncode == 0

    owner = run_desk_app(tmp_path, "doctor", keyring_file=tmp_path / "a.json")
    before = fingerprint(tmp_path / "data")
    stranger = run_desk_app(tmp_path, "doctor", keyring_file=tmp_path / "b.json")

    assert owner.returncode == 0, owner.stdout
    assert "[ok] database:" in owner.stdout and "passed the full integrity check" in owner.stdout
    assert "[ok] encryption at rest: the database, its WAL and its backups are encrypted" in (
        owner.stdout
    )
    assert stranger.returncode == 1
    assert "[PROBLEM] database: " in stranger.stdout and NO_KEY_SAID in stranger.stdout
    assert "damaged" not in stranger.stdout
    assert fingerprint(tmp_path / "data") == before


def test_without_a_keyring_the_desk_refuses_to_start_unless_it_is_allowed(
    tmp_path: Path,
):
    refused = run_desk_app(
        tmp_path, "status", keyring_file=None, privacy_allow_without_keyring="false"
    )
    assert refused.returncode == 3
    assert "No system keyring is available" in refused.stderr
    assert "privacy.allow_without_keyring" in refused.stderr
    assert not (tmp_path / "data" / "desk.sqlite3").exists()

    doctor = run_desk_app(
        tmp_path, "doctor", keyring_file=None, privacy_allow_without_keyring="false"
    )
    assert doctor.returncode == 1
    assert "[PROBLEM] encryption at rest: No system keyring is available" in doctor.stdout

    allowed = run_desk_app(tmp_path, "doctor", keyring_file=None)
    assert "[ok] encryption at rest: residents' data is NOT encrypted at rest" in allowed.stdout


def test_the_allowance_is_a_typed_setting_that_refuses_a_guess(tmp_path: Path):
    refused = run_desk_app(
        tmp_path, "status", keyring_file=None, privacy_allow_without_keyring="perhaps"
    )
    assert refused.returncode == 2
    assert "'privacy.allow_without_keyring' must be true or false" in refused.stderr


def test_a_keyring_that_fails_counts_as_no_keyring_and_nothing_is_created(tmp_path: Path):
    keyring.set_keyring(fail.Keyring())
    environ = isolated_environ(tmp_path, privacy_allow_without_keyring="false")
    from desk_app.services import StoreError

    with pytest.raises(StoreError, match="No system keyring is available"):
        open_desk(load_settings(environ=environ))
    assert not (tmp_path / "data" / "desk.sqlite3").exists()


def test_a_damaged_page_in_the_encrypted_file_is_refused_as_damaged_and_left_untouched(
    tmp_path: Path, user_keyring: FileKeyring
):
    environ = isolated_environ(tmp_path, privacy_allow_without_keyring="false")
    desk = open_desk(load_settings(environ=environ))
    for _ in range(300):
        desk.service.save(complete_draft())
    desk.close()
    database = desk.paths.database
    content = bytearray(database.read_bytes())
    page = 16384  # store.encryption.CIPHER_SETTINGS
    # Every page of the second half (records and their index, not the schema) damaged.
    for start in range(len(content) // page // 2 * page, len(content), page):
        content[start + 100 : start + 108] = b"\xff" * 8
    database.write_bytes(bytes(content))
    before = fingerprint(desk.paths.data_dir)
    from desk_app.services import StoreError

    with pytest.raises(StoreError, match="is damaged") as refusal:
        open_desk(load_settings(environ=environ))

    assert NO_KEY_SAID not in str(refusal.value)
    after = fingerprint(desk.paths.data_dir)
    # Every file there before is as it was (a read-only look may add an empty -wal and -shm).
    assert database.read_bytes() == bytes(content)
    assert {name: after.get(name) for name in before if not name.startswith("logs")} == {
        name: digest for name, digest in before.items() if not name.startswith("logs")
    }


# A desk that saves one record and dies before closing its database: the record is in the
# -wal only (a crash, or a power cut, of a desk that ran without keyring).
SAVE_AND_DIE = """
import os
from desk_app.app import open_desk
from desk_app.settings import load_settings
from tests.conftest import complete_draft
desk = open_desk(load_settings())
print(desk.service.save(complete_draft()).reference, flush=True)
os._exit(0)
"""


def test_a_plaintext_journal_left_by_a_crash_is_encrypted_with_its_records(
    tmp_path: Path, user_keyring: FileKeyring
):
    command, environ = desk_command(tmp_path)
    child = subprocess.run(
        [command[0], "-c", SAVE_AND_DIE], env=environ, capture_output=True, text=True
    )
    reference = child.stdout.strip()
    wal = tmp_path / "data" / "desk.sqlite3-wal"
    assert reference and RESIDENT_NAME.encode() in wal.read_bytes()

    desk = open_desk(load_settings(environ=isolated_environ(tmp_path)))
    found = desk.service.find(reference)
    desk.close()

    assert found is not None and found.reporter.name == RESIDENT_NAME
    assert personal_strings_in(desk.paths.data_dir, desk.paths.log_dir) == []
    assert sorted(path.name for path in desk.paths.data_dir.glob("desk.sqlite3*")) in (
        ["desk.sqlite3"],
        ["desk.sqlite3", "desk.sqlite3-shm", "desk.sqlite3-wal"],
    )


def test_a_conversion_interrupted_before_the_swap_loses_nothing(
    tmp_path: Path, user_keyring: FileKeyring
):
    environ = isolated_environ(tmp_path)
    keyring.set_keyring(fail.Keyring())
    plain = open_desk(load_settings(environ=environ))
    reference = plain.service.save(complete_draft()).reference
    plain.close()
    # Where a crash leaves it: the plaintext file's second name made, the swap not yet done.
    database = plain.paths.database
    second_name = database.with_name("desk.sqlite3.plaintext-old")
    second_name.hardlink_to(database)
    database.with_name("desk.sqlite3.encrypting").write_bytes(b"half an export")

    keyring.set_keyring(user_keyring)
    desk = open_desk(load_settings(environ=environ))
    assert desk.service.find(reference) is not None
    desk.close()
    assert not second_name.exists()
    assert not database.with_name("desk.sqlite3.encrypting").exists()
    assert personal_strings_in(desk.paths.data_dir) == []
