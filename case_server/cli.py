"""`desk-case-server`: run the reference case API, or move a case to a new status.

desk-case-server --host 127.0.0.1 --port 8765 --token-file /etc/case-server/token
CASE_SERVER_TOKEN=… desk-case-server
CASE_SERVER_DATABASE=postgresql://cases:…@db.example/cases desk-case-server --token-file …
desk-case-server set-status KS-2026-000001 in_progress --text-sv "Vi tittar på det"
"""

from __future__ import annotations

import argparse
import os
import stat
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from case_server.guard import MAX_BATCH_BYTES, MAX_SUBMISSION_BYTES
from case_server.store import STATUSES, CaseStore

DEFAULT_DATABASE = "sqlite:///case-server.sqlite3"
DATABASE_ENV = "CASE_SERVER_DATABASE"
TOKEN_ENV = "CASE_SERVER_TOKEN"


class TokenError(Exception):
    """The token could not be had; the message says what to fix (it never holds the token)."""


def _warn(message: str) -> None:
    print(f"desk-case-server: warning: {message}", file=sys.stderr)


def read_token(args: argparse.Namespace, environ: Mapping[str, str]) -> str:
    """The token from --token-file, --token or CASE_SERVER_TOKEN, in that order of preference."""
    if args.token_file is not None:
        path = Path(args.token_file)
        try:
            token = path.read_text(encoding="utf-8").strip()
        except OSError as error:
            raise TokenError(f"cannot read the token file {path}: {error.strerror}") from None
        except UnicodeDecodeError:
            raise TokenError(f"the token file {path} is not UTF-8 text") from None
        if not token:
            raise TokenError(f"the token file {path} is empty")
        if os.name == "posix" and path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            _warn(f"other users may read the token file {path}; chmod 600 it")
        return token
    if args.token is not None:
        # Other users see a process's arguments (ps, /proc/<pid>/cmdline): fine for a demo only.
        _warn(
            "--token is visible to other users in the process list; "
            f"use --token-file or {TOKEN_ENV} outside demos"
        )
        if not args.token:
            raise TokenError("--token is empty")
        return str(args.token)
    token = environ.get(TOKEN_ENV, "").strip()
    if not token:
        raise TokenError(f"give the token in a file (--token-file PATH) or in {TOKEN_ENV}")
    return token


def database_url(args: argparse.Namespace, environ: Mapping[str, str]) -> URL:
    """The database from --database, CASE_SERVER_DATABASE or the default SQLite file.

    Raises ValueError (a message without the URL, which may hold a password) for a bad URL.
    """
    given = args.database or environ.get(DATABASE_ENV, "").strip() or DEFAULT_DATABASE
    try:
        url = make_url(given)
    except ArgumentError:
        source = "--database" if args.database else DATABASE_ENV
        raise ValueError(f"{source} is not a SQLAlchemy URL (like postgresql://…)") from None
    if args.database and url.password:
        # Other users see a process's arguments (ps, /proc/<pid>/cmdline).
        _warn(
            "the --database password is visible to other users in the process list; "
            f"set {DATABASE_ENV} instead"
        )
    return url


def open_store(url: URL) -> CaseStore:
    """The store, or SystemExit(2) with a message naming the database (password hidden)."""
    shown = url.render_as_string(hide_password=True)
    try:
        return CaseStore(url.render_as_string(hide_password=False))
    except ModuleNotFoundError as missing:  # a driver, e.g. psycopg without the server extra
        print(
            f"desk-case-server: the driver for {shown} is not installed ({missing.name}); "
            "install feedback-desk[server]",
            file=sys.stderr,
        )
    except SQLAlchemyError as error:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        print(f"desk-case-server: cannot open the database {shown}: {reason}", file=sys.stderr)
    raise SystemExit(2)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="desk-case-server", description=__doc__)
    parser.add_argument(
        "--database",
        help=(
            "SQLAlchemy URL, e.g. postgresql://USER:PASSWORD@HOST/DB for a pilot with many "
            f"desks (default: {DATABASE_ENV}, else a SQLite file in the current folder; "
            f"give a password in {DATABASE_ENV}, where other users cannot see it)"
        ),
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    token_source = parser.add_mutually_exclusive_group()
    token_source.add_argument(
        "--token-file",
        metavar="PATH",
        help=f"a file holding the desks' bearer token (or set {TOKEN_ENV})",
    )
    token_source.add_argument(
        "--token",
        help="the token itself: for demos only, other users see it in the process list",
    )
    parser.add_argument(
        "--max-submission-bytes",
        type=int,
        default=MAX_SUBMISSION_BYTES,
        help="largest body of one request, batches aside (default: %(default)s)",
    )
    parser.add_argument(
        "--max-batch-bytes",
        type=int,
        default=MAX_BATCH_BYTES,
        help="largest body of POST /submissions:batch (default: %(default)s)",
    )
    parser.add_argument("--site-id", default=None, help="only this site's status updates")
    parser.add_argument(
        "--without-ratings",
        action="store_true",
        help="leave out feature ratings (a 1.1 server that does not take visitors' ratings)",
    )
    parser.add_argument(
        "--log-level", default="info", choices=["debug", "info", "warning", "error"]
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    move = commands.add_parser("set-status", help="move a case to a new status")
    move.add_argument("case_number")
    move.add_argument("status", choices=STATUSES)
    move.add_argument("--text-sv", default="")
    move.add_argument("--text-en", default="")
    args = parser.parse_args(argv)

    try:
        url = database_url(args, os.environ)
    except ValueError as error:
        print(f"desk-case-server: {error}", file=sys.stderr)
        return 2
    store = open_store(url)
    if args.command == "set-status":
        text = {
            lang: value for lang, value in (("sv", args.text_sv), ("en", args.text_en)) if value
        }
        if not store.set_status(args.case_number, args.status, text):
            print(f"desk-case-server: no case {args.case_number}", file=sys.stderr)
            return 1
        print(f"{args.case_number} is now {args.status}")
        return 0

    try:
        secret = read_token(args, os.environ)
    except TokenError as error:
        print(f"desk-case-server: {error}", file=sys.stderr)
        return 2
    import uvicorn

    from case_server.app import create_app

    app = create_app(
        store,
        secret,
        site_id=args.site_id,
        max_submission_bytes=args.max_submission_bytes,
        max_batch_bytes=args.max_batch_bytes,
        ratings=not args.without_ratings,
    )
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level)
    return 0


if __name__ == "__main__":
    sys.exit(main())
