"""`desk-case-server`: run the reference case API, or move a case to a new status.

desk-case-server --host 127.0.0.1 --port 8765 --token SECRET
desk-case-server set-status KS-2026-000001 in_progress --text-sv "Vi tittar på det"
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from case_server.store import STATUSES, CaseStore

DEFAULT_DATABASE = "sqlite:///case-server.sqlite3"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="desk-case-server", description=__doc__)
    parser.add_argument(
        "--database",
        default=os.environ.get("CASE_SERVER_DATABASE", DEFAULT_DATABASE),
        help="SQLAlchemy URL (default: a SQLite file in the current folder)",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--token", default=os.environ.get("CASE_SERVER_TOKEN", ""))
    parser.add_argument("--site-id", default=None, help="only this site's status updates")
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

    store = CaseStore(args.database)
    if args.command == "set-status":
        text = {
            lang: value for lang, value in (("sv", args.text_sv), ("en", args.text_en)) if value
        }
        if not store.set_status(args.case_number, args.status, text):
            print(f"desk-case-server: no case {args.case_number}", file=sys.stderr)
            return 1
        print(f"{args.case_number} is now {args.status}")
        return 0

    token = args.token
    if not token:
        print("desk-case-server: give --token (or CASE_SERVER_TOKEN)", file=sys.stderr)
        return 2
    import uvicorn

    from case_server.app import create_app

    app = create_app(store, token, site_id=args.site_id)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level)
    return 0


if __name__ == "__main__":
    sys.exit(main())
