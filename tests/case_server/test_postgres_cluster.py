"""The throw-away PostgreSQL cluster the server's tests use, and what happens without one."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

import case_server.runner
from case_server.runner import PostgresUnavailable, TemporaryPostgres
from tests.conftest import postgres_required, start_postgres


def test_without_postgresql_the_tests_are_skipped_saying_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(case_server.runner, "find_initdb", lambda: None)
    with pytest.raises(pytest.skip.Exception, match=r"install-system-packages\.sh --test"):
        start_postgres(required=False)


def test_without_postgresql_in_ci_the_tests_fail_instead_of_skipping(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(case_server.runner, "find_initdb", lambda: None)
    assert postgres_required({"CI": "true"}) and not postgres_required({})
    with pytest.raises(pytest.fail.Exception, match="CI requires PostgreSQL"):
        start_postgres(required=postgres_required({"CI": "true"}))
    with pytest.raises(PostgresUnavailable):
        TemporaryPostgres()


def test_the_cluster_takes_only_password_logins_on_loopback_and_leaves_nothing_behind(
    postgres_cluster: TemporaryPostgres,
) -> None:
    cluster = TemporaryPostgres().start()
    folder = cluster.folder
    conninfo = cluster.url().replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(conninfo) as connection:
        listening = connection.execute("SHOW listen_addresses").fetchone()
    assert listening == ("127.0.0.1",)
    with pytest.raises(psycopg.OperationalError, match="password"):
        psycopg.connect(conninfo.replace(cluster.password, "wrong"), connect_timeout=10)
    cluster.stop()
    assert not Path(folder).exists()
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(conninfo, connect_timeout=2)
