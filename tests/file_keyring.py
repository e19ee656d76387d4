"""A keyring backend for tests that start the real `desk-app` in a child process.

CI machines run no keyring service. A child process picks this backend through keyring's own
``PYTHON_KEYRING_BACKEND`` variable and keeps its passwords in the JSON file named by
``DESK_TEST_KEYRING_FILE`` — one file per test, standing in for one OS user's keyring.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend

FILE_VARIABLE = "DESK_TEST_KEYRING_FILE"
BACKEND = "tests.file_keyring.FileKeyring"


class FileKeyring(KeyringBackend):
    """Passwords in a JSON file: {"service\\nusername": password}."""

    priority = 1  # type: ignore[assignment]

    @property
    def _file(self) -> Path:
        return Path(os.environ[FILE_VARIABLE])

    def _read(self) -> dict[str, str]:
        try:
            return dict(json.loads(self._file.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        passwords = self._read()
        passwords[f"{service}\n{username}"] = password
        self._file.write_text(json.dumps(passwords), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        passwords = self._read()
        passwords.pop(f"{service}\n{username}", None)
        self._file.write_text(json.dumps(passwords), encoding="utf-8")
