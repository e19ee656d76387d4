"""Running the reference server in a background thread (tests, benchmarks, demos).

Also a throw-away PostgreSQL cluster (`TemporaryPostgres`) to run it on, as a pilot would.
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from fastapi import FastAPI


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that is free on ``host`` right now."""
    with socket.socket() as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


class ServerThread:
    """uvicorn serving ``app`` on host:port in a daemon thread; ``stop()`` ends it."""

    def __init__(
        self,
        app: FastAPI,
        host: str = "127.0.0.1",
        port: int | None = None,
        *,
        log_level: str = "error",
    ) -> None:
        self.host = host
        self.port = port or free_port(host)
        config = uvicorn.Config(
            app, host=host, port=self.port, log_level=log_level, access_log=False, lifespan="off"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="case-server", daemon=True)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 10.0) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the case server did not start")
            time.sleep(0.01)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self.server.should_exit = True
        self.thread.join(timeout)


class ServerProcess:
    """The reference server in its own process, as in real life (benchmarks, screenshots)."""

    def __init__(self, database_url: str, token: str, host: str = "127.0.0.1") -> None:
        self.port = free_port(host)
        self.url = f"http://{host}:{self.port}"
        self.database_url = database_url
        self.token = token
        self.host = host
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 30.0) -> ServerProcess:
        import requests

        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "case_server",
                "--host",
                self.host,
                "--port",
                str(self.port),
                "--log-level",
                "warning",
            ],
            # Not --token or --database: other users would see the token or a database password
            # in the process list.
            env={
                **os.environ,
                "CASE_SERVER_TOKEN": self.token,
                "CASE_SERVER_DATABASE": self.database_url,
            },
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if requests.get(self.url + "/health", timeout=1).ok:
                    return self
            except requests.ConnectionError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("the reference server did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)


class PostgresUnavailable(Exception):
    """PostgreSQL's programs are not on this machine; the message says how to get them."""


def find_initdb() -> Path | None:
    """PostgreSQL's ``initdb``: on PATH, else in Debian's /usr/lib/postgresql/<version>/bin."""
    found = shutil.which("initdb")
    if found:
        return Path(found)
    # Debian's postgresql package keeps the server programs off PATH, one folder per version.
    candidates = glob.glob("/usr/lib/postgresql/*/bin/initdb")
    candidates.sort(
        key=lambda path: int(Path(path).parts[-3]) if Path(path).parts[-3].isdigit() else 0
    )
    return Path(candidates[-1]) if candidates else None


class TemporaryPostgres:
    """A PostgreSQL cluster of its own in a temporary folder, on a free port of 127.0.0.1.

    ``initdb`` makes it, ``postgres`` serves it as a child process, ``stop()`` ends it and
    deletes the folder. PostgreSQL refuses to run as root, so as root (CI) both run as the
    ``postgres`` user that Debian's package creates. Logins need a random password; the Unix
    socket stays inside the folder. ``durable=False`` (tests) turns fsync off: the cluster
    dies with the run anyway. Benchmarks keep it on, to measure what a pilot would see.
    """

    USER = "postgres"

    def __init__(self, *, durable: bool = False, host: str = "127.0.0.1") -> None:
        initdb = find_initdb()
        if initdb is None:
            raise PostgresUnavailable(
                "PostgreSQL's initdb was not found: install Debian's postgresql package "
                "(bash scripts/install-system-packages.sh --test)"
            )
        self.bin = initdb.parent
        self.durable = durable
        self.host = host
        self.port = free_port(host)
        self.password = secrets.token_urlsafe(24)
        self.folder = Path(tempfile.mkdtemp(prefix="case-server-pg-"))
        self.process: subprocess.Popen[bytes] | None = None
        self._owner: tuple[int, int] | None = None
        if os.name == "posix" and os.geteuid() == 0:
            import pwd

            try:
                account = pwd.getpwnam(self.USER)
            except KeyError:
                shutil.rmtree(self.folder)
                raise PostgresUnavailable(
                    f"PostgreSQL will not run as root and there is no {self.USER!r} user: "
                    "install Debian's postgresql package, which creates it"
                ) from None
            self._owner = (account.pw_uid, account.pw_gid)

    def url(self, database: str = "postgres") -> str:
        """A SQLAlchemy URL (psycopg) for ``database`` in this cluster."""
        return (
            f"postgresql+psycopg://{self.USER}:{self.password}@{self.host}:{self.port}/{database}"
        )

    def start(self, timeout: float = 60.0) -> TemporaryPostgres:
        """Make the cluster and wait until it takes logins."""
        data = self.folder / "data"
        password_file = self.folder / "password"
        password_file.write_text(self.password + "\n", encoding="utf-8")
        if self._owner is not None:
            for path in (self.folder, password_file):
                os.chown(path, *self._owner)
        # As root, the programs run as the cluster's owner (None: as whoever runs this).
        user, group = self._owner or (None, None)
        groups: list[int] | None = None if self._owner is None else []
        made = subprocess.run(
            [
                str(self.bin / "initdb"),
                "--pgdata",
                str(data),
                "--username",
                self.USER,
                f"--pwfile={password_file}",
                "--auth=scram-sha-256",
                "--encoding=UTF8",
                "--no-locale",
                "--no-sync",  # a throw-away cluster: no need to wait for the disk
            ],
            capture_output=True,
            cwd=self.folder,
            check=False,
            user=user,
            group=group,
            extra_groups=groups,
        )
        if made.returncode != 0:
            self._remove()
            raise RuntimeError(f"initdb failed: {made.stderr.decode(errors='replace')[-2000:]}")
        options = ["-c", "listen_addresses=" + self.host, "-c", "max_connections=200"]
        if not self.durable:
            options += ["-c", "fsync=off", "-c", "synchronous_commit=off"]
            options += ["-c", "full_page_writes=off"]
        with open(self.folder / "server.log", "wb") as log:
            self.process = subprocess.Popen(
                [
                    str(self.bin / "postgres"),
                    "-D",
                    str(data),
                    "-p",
                    str(self.port),
                    "-k",
                    str(self.folder),  # the Unix socket and its lock stay in our folder
                    *options,
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.folder,
                user=user,
                group=group,
                extra_groups=groups,
            )
        self._wait_until_ready(timeout)
        return self

    def _wait_until_ready(self, timeout: float) -> None:
        import psycopg

        deadline = time.monotonic() + timeout
        conninfo = self.url().replace("postgresql+psycopg", "postgresql")
        while True:
            assert self.process is not None
            if self.process.poll() is not None:
                log = self.log()
                self._remove()
                raise RuntimeError(f"PostgreSQL stopped while starting: {log[-2000:]}")
            try:
                with psycopg.connect(conninfo, connect_timeout=2):
                    return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    log = self.log()
                    self.stop()
                    raise RuntimeError(f"PostgreSQL did not start: {log[-2000:]}") from None
                time.sleep(0.05)

    def log(self) -> str:
        """What the server wrote to its log so far."""
        try:
            return (self.folder / "server.log").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""

    def create_database(self, name: str) -> str:
        """A new empty database ``name``; its SQLAlchemy URL."""
        import psycopg
        from psycopg import sql

        conninfo = self.url().replace("postgresql+psycopg", "postgresql")
        # CREATE DATABASE cannot run in a transaction.
        with psycopg.connect(conninfo, autocommit=True) as connection:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.url(name)

    def stop(self) -> None:
        """End the server and delete the folder.

        Immediate shutdown: no final checkpoint, as nothing of the cluster is kept (a fast one
        spent seconds writing out the databases of a test session only to delete them).
        """
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGQUIT)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=30)
        self._remove()

    def _remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> TemporaryPostgres:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()
