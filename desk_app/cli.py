"""Command line: argument parsing only; each command calls one service.

With no command, the desk window starts. Exit codes: 0 fine, 1 the command found a problem
(doctor, bad import lines), 2 bad settings or arguments, 3 the database cannot be used, 4 only
a supervisor may do that (or the worker's PIN was refused).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app import __version__
from desk_app.domain.messages import QT_TRANSLATE_NOOP
from desk_app.domain.record import SyncState
from desk_app.settings import (
    DEFAULT_SOURCE,
    IT_ONLY_NOTE,
    SPECS,
    ConfigError,
    Settings,
    load_settings,
)

if TYPE_CHECKING:
    from desk_app.app import Desk
    from desk_app.domain.identity import Worker
    from desk_app.domain.record import Submission
    from desk_app.report import ReportFilter
    from desk_app.services.case_requests import CaseSystemCopy
    from desk_app.services.identity import SupervisorAction

EXIT_PROBLEM, EXIT_CONFIG, EXIT_STORE, EXIT_NOT_PERMITTED = 1, 2, 3, 4
_WORKER_HELP = (
    "who runs this, signing in with their PIN (read from the terminal, or a line of standard "
    "input); without it, the OS login"
)


# The report's filters (services.report.FILTERS) as the help names them.
_REPORT_FILTERS = {
    "kind": "kind (praise, complaint, suggestion, question, other)",
    "category": "category (its code, e.g. streets.snow)",
    "unit": "unit (its code; 'none': records that name no unit)",
    "channel": "channel (in_person, phone, letter, email, ...)",
    "submitter_type": "submitter type (resident, visitor, ...; 'none': not stated)",
}
# How a filter asks for the records that say nothing (a unit or submitter type not stated).
_NOT_STATED = "none"


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help="data folder (overrides settings and DESK_APP_DATA_DIR)",
    )
    parser = argparse.ArgumentParser(
        prog="desk-app",
        description="Feedback Desk: record residents' feedback, print receipts, sync later.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"desk-app {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    status = commands.add_parser("status", parents=[common], help="records per sync state")
    status.add_argument("--json", action="store_true", help="machine-readable output")

    importer = commands.add_parser(
        "import",
        parents=[common],
        help="save records from a JSONL file (one JSON per line)",
        description="Save one record per line of a JSONL file: the case-api-v1 submission "
        'shape without id/reference/site/client, plus an optional "attributes" object '
        "answering the category's questions by code (text, a number, an ISO 8601 time with "
        "offset, a choice key, a list of choice keys), checked as the form checks them. "
        "See docs/import-format.md.",
    )
    importer.add_argument("file", type=Path)
    importer.add_argument("--received-by", default="", help="staff ID for lines that lack one")

    receipt = commands.add_parser("receipt", parents=[common], help="render a record's receipt")
    receipt.add_argument("reference")
    receipt.add_argument("--pdf", type=Path, required=True, help="where to write the PDF")
    receipt.add_argument("--paper", choices=["80mm", "a4"], default=None)
    receipt.add_argument(
        "--language", default=None, help="receipt language (default: the record's), e.g. fa"
    )

    export = commands.add_parser("export", parents=[common], help="records as CSV for reports")
    export.add_argument("--csv", type=Path, required=True, help="where to write the CSV")
    export.add_argument("--since", type=_parse_since, default=None, help="YYYY-MM-DD")
    export.add_argument(
        "--with-personal-data",
        action="store_true",
        help="names and contact details too (supervisors only: desk.supervisors)",
    )
    export.add_argument("--worker", default=None, help=_WORKER_HELP)

    report = commands.add_parser(
        "report", parents=[common], help="the manager's report of a period, as PDF and/or XLSX"
    )
    for option, dest, help_text in (
        ("--from", "first_day", "the period's first day"),
        ("--to", "last_day", "the period's last day (included)"),
    ):
        report.add_argument(
            option, dest=dest, type=_parse_day, required=True, metavar="YYYY-MM-DD", help=help_text
        )
    report.add_argument("--pdf", type=Path, default=None, help="where to write the PDF (A4)")
    report.add_argument("--xlsx", type=Path, default=None, help="where to write the XLSX")
    report.add_argument(
        "--language", default=None, help="report language (default: the screen language)"
    )
    report.add_argument(
        "--by",
        choices=["day", "week", "month"],
        default=None,
        help="count per day, week or month (default: by the period's length)",
    )
    # The Statistics tab's filters; unlike the tab's, each may pick several values.
    for name, what in _REPORT_FILTERS.items():
        report.add_argument(
            "--" + name.replace("_", "-"),
            dest=name,
            action="append",
            default=None,
            metavar="VALUE",
            help=f"count only records of this {what}; repeat it or use commas for several",
        )

    commands.add_parser("doctor", parents=[common], help="check settings, data and database")

    machine = commands.add_parser(
        "machine-settings",
        help="write the machine-wide settings file (used by the MSI installer)",
    )
    machine.add_argument("--file", type=Path, default=None, help="default: the machine file")
    for name in (
        "API_URL",
        "API_PROTOCOL",
        "SITE_ID",
        "SITE_NAME",
        "UI_LANGUAGE",
        "RECEIPT_PAPER",
        "PRINT_DIALOG",
    ):
        machine.add_argument("--" + name.lower().replace("_", "-"), dest=name, default="")

    sync = commands.add_parser("sync", parents=[common], help="send the queue to the case system")
    sync.add_argument("--once", action="store_true", required=True, help="one pass now, then exit")

    token = commands.add_parser("token", parents=[common], help="the case system access token")
    token_commands = token.add_subparsers(dest="token_command", metavar="SUBCOMMAND")
    token_commands.required = True
    token_commands.add_parser(
        "set", parents=[common], help="store a token (read from standard input) in the keyring"
    )
    enrol = commands.add_parser(
        "enroll", parents=[common], help="store the token from IT's enrolment file, then delete it"
    )
    enrol.add_argument("file", type=Path)

    _privacy_parsers(commands, common)

    config = commands.add_parser("config", parents=[common], help="settings")
    config_commands = config.add_subparsers(dest="config_command", metavar="SUBCOMMAND")
    config_commands.required = True
    config_commands.add_parser("show", parents=[common], help="every setting and its source")
    return parser


def _privacy_parsers(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """person find|show|correct|erase, retention run, audit show: the resident's rights."""
    person = commands.add_parser(
        "person", parents=[common], help="a resident's records: find, show, correct, erase"
    )
    person_commands = person.add_subparsers(dest="person_command", metavar="SUBCOMMAND")
    person_commands.required = True
    find = person_commands.add_parser(
        "find", parents=[common], help="records by name, email, phone or reference"
    )
    find.add_argument("text")
    show = person_commands.add_parser(
        "show", parents=[common], help="everything held about one record (right of access)"
    )
    show.add_argument("reference")
    show.add_argument("--pdf", type=Path, default=None, help="also write a printable copy")
    correct = person_commands.add_parser(
        "correct", parents=[common], help="correct one record's contact details (on request)"
    )
    correct.add_argument("reference")
    for option, field in (
        ("--name", "name"),
        ("--email", "email"),
        ("--phone", "phone"),
        ("--address", "postal_address"),
    ):
        correct.add_argument(
            option, dest=field, default=None, help=f"the new {option[2:]} ('' to clear it)"
        )
    erase = person_commands.add_parser(
        "erase", parents=[common], help="erase one record's personal data (on request)"
    )
    erase.add_argument("reference")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    for name, what in (
        ("resend", "send one record's refused case-system requests again, at the next sync"),
        ("settle", "stop sending one record's refused requests: settled with the case system"),
    ):
        person_commands.add_parser(name, parents=[common], help=what).add_argument("reference")

    retention = commands.add_parser(
        "retention", parents=[common], help="erase personal data kept past privacy.retention_days"
    )
    retention_commands = retention.add_subparsers(dest="retention_command", metavar="SUBCOMMAND")
    retention_commands.required = True
    retention_commands.add_parser("run", parents=[common], help="sweep now; prints counts")

    audit = commands.add_parser(
        "audit", parents=[common], help="who found, showed, exported or erased personal data"
    )
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="SUBCOMMAND")
    audit_commands.required = True
    audit_show = audit_commands.add_parser("show", parents=[common], help="list the audit trail")
    audit_show.add_argument("--since", type=_parse_since, default=None, help="YYYY-MM-DD")
    audit_show.add_argument("--worker", default=None, help=_WORKER_HELP)
    _worker_parsers(commands, common)


def _worker_parsers(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """worker add|set-pin|list: the workers who sign in with a PIN (desk.sign_in = "pin")."""
    worker = commands.add_parser(
        "worker", parents=[common], help="workers who sign in with a PIN: add, set-pin, list"
    )
    worker_commands = worker.add_subparsers(dest="worker_command", metavar="SUBCOMMAND")
    worker_commands.required = True
    add = worker_commands.add_parser(
        "add", parents=[common], help="add a worker; asks for their new PIN (4-8 digits)"
    )
    add.add_argument("worker_id", metavar="ID", help="their staff ID, as on the form")
    add.add_argument("--name", default="", help="the name shown on the sign-in list")
    set_pin = worker_commands.add_parser(
        "set-pin", parents=[common], help="give a worker a new PIN (a forgotten one, say)"
    )
    set_pin.add_argument("worker_id", metavar="ID")
    for sub in (add, set_pin):
        sub.add_argument(
            "--worker",
            dest="worker",
            default=None,
            help="the supervisor doing this, with their PIN (first, before the new PIN); "
            "without it, the OS login",
        )
    worker_commands.add_parser("list", parents=[common], help="every worker and their role")


def _parse_since(text: str) -> datetime:
    try:
        day = datetime.strptime(text, "%Y-%m-%d")
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-01") from None
    return day.astimezone().astimezone(UTC)  # midnight where the desk is


def _parse_day(text: str) -> date:
    """A report's first or last day (argparse exits 2 with the message when it is not one)."""
    from desk_app.domain.statistics import FIRST_REPORT_DAY, LAST_REPORT_DAY

    try:
        day = datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-01") from None
    if not FIRST_REPORT_DAY <= day <= LAST_REPORT_DAY:
        # Beyond these the periods' bounds are no dates at all (year 1's first Monday, the
        # day after 9999-12-31): say so rather than fail while counting.
        raise argparse.ArgumentTypeError(
            f"'{text}' is outside the days a report can cover "
            f"({FIRST_REPORT_DAY} to {LAST_REPORT_DAY})"
        )
    return day


def _settings(args: argparse.Namespace) -> Settings:
    settings = load_settings()
    data_dir = getattr(args, "data_dir", None)
    if data_dir:
        settings = settings.with_override("data_dir", str(Path(data_dir).resolve()), "--data-dir")
    return settings


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command (or the window); returns the process exit code."""
    from desk_app.paths import keep_new_files_private

    keep_new_files_private()
    args = _parser().parse_args(argv)
    if args.command == "doctor":
        return _doctor(args)
    if args.command == "machine-settings":
        return _machine_settings(args)
    try:
        settings = _settings(args)
    except ConfigError as error:
        message = f"Settings problem: {error}"
        if args.command is None:
            from desk_app.ui.launch import show_startup_error

            show_startup_error(
                QT_TRANSLATE_NOOP("Launch", "Feedback Desk cannot start"),
                QT_TRANSLATE_NOOP("Launch", "Settings problem: {problem}").format(
                    problem=str(error)
                ),
            )
        else:
            print(f"desk-app: {message}", file=sys.stderr)
        return EXIT_CONFIG
    if args.command == "config":
        return _config_show(settings)
    if args.command is None:
        from desk_app.ui.launch import run_gui

        return run_gui(settings)

    from desk_app.app import open_desk
    from desk_app.services import StoreError

    try:
        desk = open_desk(settings)
    except StoreError as error:
        print(f"desk-app: {error}", file=sys.stderr)
        return EXIT_STORE
    handlers = {
        "status": _status,
        "import": _import,
        "receipt": _receipt,
        "export": _export,
        "report": _report,
        "sync": _sync,
        "token": _token,
        "enroll": _enroll,
        "person": _person,
        "retention": _retention,
        "audit": _audit,
        "worker": _worker_command,
    }
    return handlers[args.command](desk, args)


def _config_show(settings: Settings) -> int:
    known = [spec.key for spec in SPECS]
    # Then the per-language receipt texts a site gave (receipt.fa.privacy …).
    keys = known + sorted(set(settings.values) - set(known))
    width = max(len(key) for key in keys)
    for key in keys:
        value = settings.value(key)
        source = settings.source(key)
        marker = "" if source == DEFAULT_SOURCE else "*"
        # On the key's own line, so that one line still answers "why is it set like that?".
        ignored = "".join(
            f"; IGNORED {json.dumps(given.value, ensure_ascii=False)} from {given.source}"
            f" ({IT_ONLY_NOTE})"
            for given in settings.ignored.get(key, ())
        )
        print(
            f"{key:<{width}} = {json.dumps(value, ensure_ascii=False)}  # {marker}{source}"
            + ignored
        )
    return 0


def _status(desk: Desk, args: argparse.Namespace) -> int:
    report = desk.service.status()
    if args.json:
        print(
            json.dumps(
                {
                    "app_version": report.app_version,
                    "counts": {state.value: count for state, count in report.counts.items()},
                    "total": sum(report.counts.values()),
                    "data_dir": str(report.data_dir),
                    "database": str(report.database),
                    "database_bytes": report.database_bytes,
                    "waiting_too_long": report.waiting_too_long,
                    "warn_waiting_days": desk.service.settings.privacy.warn_waiting_days,
                    "promises_at_risk": report.promises_at_risk,
                    "promises_past": report.promises_past,
                    "at_risk_days": desk.service.settings.promise.at_risk_days,
                    "case_requests_refused": report.case_requests_refused,
                    "ratings_waiting": report.ratings_waiting,
                },
                indent=2,
            )
        )
        return 0
    print(f"Feedback Desk {report.app_version}")
    print(f"Data folder: {report.data_dir}")
    print(f"Database:    {report.database} ({report.database_bytes / 1024:,.0f} KB)")
    print(f"Records:     {sum(report.counts.values())}")
    for state, count in report.counts.items():
        print(f"  {state.value:<16}{count}")
    days = desk.service.settings.privacy.warn_waiting_days
    print(f"Waiting more than {days} days undelivered: {report.waiting_too_long}")
    at_risk_days = desk.service.settings.promise.at_risk_days
    print(
        f"First-response deadline within {at_risk_days} day(s), undelivered: "
        f"{report.promises_at_risk}"
    )
    print(f"First-response deadline past, undelivered: {report.promises_past}")
    print(f"Ratings waiting to be sent: {report.ratings_waiting}")
    print(f"Requests refused by the case system: {report.case_requests_refused}")
    if report.case_requests_refused:
        references = sorted(
            {request.reference for request in desk.privacy.case_requests_needing_attention()}
        )
        print(
            f"  {', '.join(references)}: see `desk-app person show REFERENCE`, then "
            "`desk-app person resend REFERENCE` once fixed, or `desk-app person settle "
            "REFERENCE` once settled with the case system's administrators."
        )
    if report.promises_at_risk or report.promises_past:
        # What the worker can do: the desk cannot keep the promise by itself while offline.
        print(
            "Check the network and run `desk-app sync --once`; if the records still do not go, "
            "call the case system so the residents hear from someone in time."
        )
    return 0


def _import(desk: Desk, args: argparse.Namespace) -> int:
    """Each saved line's reference on stdout the moment it is committed; everything else
    (already imported, refused, stopped, the summary) on stderr, by line number and never
    with the line's content."""
    from desk_app.domain.record import Staff
    from desk_app.services.transfer import AlreadyImported, Refused, Saved, import_lines

    staff = Staff(args.received_by) if args.received_by else None
    counts = {Saved: 0, AlreadyImported: 0, Refused: 0}
    try:
        # Binary: lines end at \n only, and each is decoded on its own.
        source = args.file.open("rb")
    except OSError as error:
        print(f"desk-app: cannot read {args.file}: {error.strerror}", file=sys.stderr)
        return EXIT_PROBLEM
    with source:
        for outcome in import_lines(desk.service, source, received_by=staff):
            where = f"{args.file}:{outcome.number}"
            if isinstance(outcome, Saved):
                print(outcome.reference, flush=True)
            elif isinstance(outcome, AlreadyImported):
                print(f"{where}: already imported as {outcome.reference}", file=sys.stderr)
            elif isinstance(outcome, Refused):
                print(f"{where}: not imported: {outcome.reason}", file=sys.stderr)
            else:
                last = outcome.last_saved
                print(
                    f"desk-app: {where}: import stopped, the database refused the write "
                    f"({outcome.reason}); "
                    + (
                        f"last saved line {last.number} ({last.reference})"
                        if last
                        else "no line was saved by this run"
                    )
                    + ". Free some disk space or call IT support, then run the same import "
                    "again: lines already saved are recognised, not saved twice.",
                    file=sys.stderr,
                )
                return EXIT_STORE
            counts[type(outcome)] += 1
    print(
        f"Imported {counts[Saved]} record(s); {counts[AlreadyImported]} already imported; "
        f"{counts[Refused]} line(s) rejected.",
        file=sys.stderr,
    )
    return EXIT_PROBLEM if counts[Refused] else 0


def _receipt(desk: Desk, args: argparse.Namespace) -> int:
    from desk_app.domain.reference import ReferenceError

    try:
        submission = desk.service.find(args.reference)
    except ReferenceError as error:
        print(f"desk-app: {error}", file=sys.stderr)
        return EXIT_PROBLEM
    if submission is None:
        return _no_such_record(args.reference)
    if args.language:
        shipped = desk.service.receipt_languages()
        if args.language not in shipped:
            print(
                f"desk-app: no receipt texts in {args.language!r}; "
                f"this desk has {', '.join(shipped)}",
                file=sys.stderr,
            )
            return EXIT_PROBLEM
        submission = replace(submission, language=args.language)
    pdf = desk.service.receipt_pdf(submission, copy=True, paper=args.paper)
    if not _write_atomically(args.pdf, pdf):
        return EXIT_PROBLEM
    print(args.pdf)
    return 0


def _export(desk: Desk, args: argparse.Namespace) -> int:
    from desk_app.services.identity import SupervisorAction
    from desk_app.services.transfer import export_csv

    by = None
    if args.with_personal_data:
        by = _supervisor(desk, args, SupervisorAction.EXPORT_PERSONAL_DATA)
        if by is None:
            return EXIT_NOT_PERMITTED
    temporary = args.csv.with_name(args.csv.name + ".part")
    try:
        with temporary.open("w", encoding="utf-8", newline="") as out:
            count = export_csv(
                desk.service,
                out,
                since=args.since,
                with_personal_data=args.with_personal_data,
                by=by,
            )
        os.replace(temporary, args.csv)
    except OSError as error:
        # A half-written file of names and addresses must not stay behind (a full disk, a
        # pulled USB stick); the attempt itself is a disclosure risk the audit trail keeps.
        _discard(temporary)
        if args.with_personal_data:
            desk.privacy.record_export(0, since=args.since, failed=_os_reason(error))
        return _could_not_write(args.csv, error)
    if args.with_personal_data:
        desk.privacy.record_export(count, since=args.since)
    print(f"Exported {count} record(s) to {args.csv}", file=sys.stderr)
    return 0


def _report(desk: Desk, args: argparse.Namespace) -> int:
    """Count the period in the store and write the report; counts only, never a record."""
    from desk_app.domain.statistics import MAX_REPORT_PERIODS, Granularity, StatisticsQuery
    from desk_app.services import StoreError
    from desk_app.services.report import ReportError, ReportService
    from desk_app.services.statistics import default_granularity

    if args.pdf is None and args.xlsx is None:
        print("desk-app: say where to write the report: --pdf and/or --xlsx", file=sys.stderr)
        return EXIT_CONFIG
    if args.first_day > args.last_day:
        print(
            f"desk-app: the period ends ({args.last_day}) before it starts ({args.first_day})",
            file=sys.stderr,
        )
        return EXIT_CONFIG
    reports = ReportService(desk.service, desk.statistics.statistics, clock=desk.service.clock)
    language = args.language or desk.service.settings.ui.language
    if language not in reports.languages():
        print(
            f"desk-app: no report texts in {language!r}; "
            f"this desk has {', '.join(reports.languages())}",
            file=sys.stderr,
        )
        return EXIT_CONFIG
    chosen = _report_filter(reports.filter_choices(language), args)
    if chosen is None:
        return EXIT_CONFIG
    granularity = (
        Granularity(args.by) if args.by else default_granularity(args.first_day, args.last_day)
    )
    query = StatisticsQuery(args.first_day, args.last_day, granularity)
    if query.period_count() > MAX_REPORT_PERIODS:
        print(
            f"desk-app: by {granularity.value} the period has {query.period_count():,} parts; "
            f"a report shows at most {MAX_REPORT_PERIODS}: choose a longer step (--by) or a "
            "shorter period",
            file=sys.stderr,
        )
        return EXIT_CONFIG
    try:
        written = reports.write(query, language, pdf=args.pdf, xlsx=args.xlsx, counted=chosen)
    except ReportError as error:
        print(f"desk-app: {error}", file=sys.stderr)
        return EXIT_PROBLEM
    except StoreError as error:
        print(f"desk-app: {error}", file=sys.stderr)
        return EXIT_STORE
    for path in written.paths:
        print(path)
    print(
        f"Report {args.first_day} – {args.last_day}: {written.total} record(s), "
        f"{written.ratings_total} rated visit(s).",
        file=sys.stderr,
    )
    return 0


MAX_REPORT_COMBINATIONS = 64


def _report_filter(
    choices: dict[str, dict[str, str]], args: argparse.Namespace
) -> ReportFilter | None:
    """The records to count from --kind, --category ... (each repeatable or "a,b": a record
    with any of the values); None after saying what is wrong with a value."""
    from desk_app.report import ReportFilter

    chosen: dict[str, tuple[str, ...]] = {}
    for name, known in choices.items():
        option = "--" + name.replace("_", "-")
        given = [
            part.strip() for text in getattr(args, name, None) or [] for part in text.split(",")
        ]
        values: list[str] = []
        for value in dict.fromkeys(part for part in given if part):
            if value not in known and value.lower() == _NOT_STATED and "" in known:
                value = ""
            if value not in known:
                listed = ", ".join(code or _NOT_STATED for code in known) or "none known"
                print(
                    f"desk-app: {option}: no such value {value!r}; choose from {listed}",
                    file=sys.stderr,
                )
                return None
            values.append(value)
        if values:
            chosen[name] = tuple(dict.fromkeys(values))
    counted = ReportFilter(**chosen)
    combinations = counted.combinations()
    if combinations > MAX_REPORT_COMBINATIONS:
        # Each combination is one count of the period: thousands would run for hours.
        print(
            f"desk-app: the filters pick {combinations:,} combinations of values; at most "
            f"{MAX_REPORT_COMBINATIONS} fit in one report: give fewer values",
            file=sys.stderr,
        )
        return None
    return counted


def _sync(desk: Desk, args: argparse.Namespace) -> int:
    from desk_app.services.sync import SyncNotConfigured

    try:
        report = desk.sync.run_once(ignore_backoff=True)
    except SyncNotConfigured as error:
        print(f"desk-app: {error}", file=sys.stderr)
        return EXIT_PROBLEM
    status = desk.service.status()
    attention = status.counts[SyncState.NEEDS_ATTENTION]
    # Refused corrections and erasures stay refused until a person resends or settles them
    # (counted from the store, like the records); ratings refused are this pass's.
    requests_refused = max(status.case_requests_refused, report.requests_need_attention)
    refused = [
        f"{count} {what} refused"
        for count, what in (
            (requests_refused, "correction/erasure request(s)"),
            (report.ratings_needs_attention, "rating(s)"),
        )
        if count
    ]
    print(
        f"Delivered {report.delivered}; {report.waiting} waiting; "
        f"{attention} need attention; "
        + "".join(f"{line}; " for line in refused)
        + f"{report.status_updates} status update(s)."
    )
    if requests_refused:
        print(
            "desk-app: the case system refused a correction or erasure: "
            "see `desk-app status` for the references",
            file=sys.stderr,
        )
    problem = report.paused_reason or report.last_error
    if problem:
        print(f"desk-app: {problem}", file=sys.stderr)
    return EXIT_PROBLEM if report.waiting or attention or refused or problem else 0


def _token(desk: Desk, args: argparse.Namespace) -> int:
    from desk_app.services.sync import CredentialError, SyncNotConfigured

    api_url = desk.sync.api_url
    if not api_url:
        print("desk-app: set api.url first: the token belongs to that address", file=sys.stderr)
        return EXIT_PROBLEM
    if sys.stdin.isatty():
        import getpass

        token = getpass.getpass(f"Token for {api_url}: ")
    else:
        token = sys.stdin.readline()
    try:
        desk.sync.store_token(token)
    except (CredentialError, SyncNotConfigured) as error:
        print(f"desk-app: {error}", file=sys.stderr)
        return EXIT_PROBLEM
    print(f"Token stored in the system keyring for {api_url}.")
    return 0


def _machine_settings(args: argparse.Namespace) -> int:
    from desk_app.settings import machine_settings_path
    from desk_app.settings.installer import INSTALLER_PROPERTIES, settings_from_properties
    from desk_app.settings.writer import merge_into_file

    properties = {name: getattr(args, name) for name in INSTALLER_PROPERTIES}
    try:
        changes = settings_from_properties(properties)
    except ConfigError as error:
        print(f"desk-app: {error}", file=sys.stderr)
        return EXIT_CONFIG
    path = args.file or machine_settings_path()
    try:
        kept = merge_into_file(
            path,
            changes,
            written_by="the Feedback Desk installer (desk-app machine-settings)",
            mode=0o644,  # every user of the desk reads it; it holds no secrets
        )
    except OSError as error:
        _discard(path.with_name(path.name + ".part"))  # merge_into_file's temporary file
        return _could_not_write(path, error)
    if kept is not None:
        print(f"desk-app: {path} was not valid TOML; kept as {kept}", file=sys.stderr)
    print(f"{path}: {len(changes)} setting(s) written")
    return 0


def _enroll(desk: Desk, args: argparse.Namespace) -> int:
    from desk_app.services.sync import CredentialError

    try:
        api_url = desk.sync.enrol(args.file)
    except CredentialError as error:
        print(f"desk-app: {error}", file=sys.stderr)
        return EXIT_PROBLEM
    print(f"Enrolled: the token for {api_url} is in the system keyring; {args.file} is deleted.")
    return 0


def _doctor(args: argparse.Namespace) -> int:
    from desk_app.services.doctor import run_checks

    checks = run_checks(data_dir_override=getattr(args, "data_dir", None))
    for check in checks:
        print(f"[{'ok' if check.ok else 'PROBLEM'}] {check.name}: {check.detail}")
    return 0 if all(check.ok for check in checks) else EXIT_PROBLEM


def _no_such_record(reference: str) -> int:
    print(f"desk-app: no record with reference {reference} on this desk", file=sys.stderr)
    return EXIT_PROBLEM


def _write_atomically(path: Path, content: bytes) -> bool:
    """Write ``content`` to ``path`` through a ``.part`` file, so a reader never sees half a
    file. False, with one line on stderr, when it could not be written: the ``.part`` file is
    removed then, since a receipt or a record copy holds a resident's personal data."""
    temporary = path.with_name(path.name + ".part")
    try:
        temporary.write_bytes(content)
        os.replace(temporary, path)
    except OSError as error:
        _discard(temporary)
        _could_not_write(path, error)
        return False
    return True


def _discard(temporary: Path) -> None:
    """Remove a ``.part`` file that did not become the output (it may not exist)."""
    try:
        temporary.unlink()
    except (FileNotFoundError, NotADirectoryError):
        pass  # never made: the write failed before it could begin
    except OSError as error:
        print(f"desk-app: could not remove {temporary}: {_os_reason(error)}", file=sys.stderr)


def _os_reason(error: OSError) -> str:
    """The system's words for a failed write ("No space left on device")."""
    return error.strerror or str(error)


def _could_not_write(path: Path, error: OSError) -> int:
    print(f"desk-app: could not write {path}: {_os_reason(error)}", file=sys.stderr)
    return EXIT_PROBLEM


def _person(desk: Desk, args: argparse.Namespace) -> int:
    """find, show and erase print references, dates and states; only ``show`` (the right of
    access, on stdout) prints personal data. Nothing personal goes to stderr."""
    from desk_app.services.privacy import ReferenceError

    try:
        if args.person_command == "find":
            return _person_find(desk, args)
        if args.person_command == "show":
            return _person_show(desk, args)
        if args.person_command == "correct":
            return _person_correct(desk, args)
        if args.person_command in ("resend", "settle"):
            return _person_refused(desk, args)
        return _person_erase(desk, args)
    except ReferenceError as error:
        print(f"desk-app: {error}", file=sys.stderr)
        return EXIT_PROBLEM


def _local_day(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d")


def _person_find(desk: Desk, args: argparse.Namespace) -> int:
    records = desk.privacy.find_person(args.text)
    for record in records:
        erased = "personal data erased" if record.personal_data_erased else "personal data held"
        print(
            f"{record.reference}  {_local_day(record.received_at)}  {record.kind.value:<10}  "
            f"{record.category:<20}  {record.sync_state.value:<16}  {erased}"
        )
    print(f"{len(records)} record(s) found.", file=sys.stderr)
    return 0


def _person_show(desk: Desk, args: argparse.Namespace) -> int:
    from desk_app.services.privacy import describe

    submission = desk.privacy.show(args.reference)
    if submission is None:
        return _no_such_record(args.reference)
    rows = describe(submission)
    width = max(len(label) for label, _value in rows)
    for label, value in rows:
        print(f"{label + ':':<{width + 1}} {value}")
    # What the case system was asked to do with its copy, and where each request stands.
    for request in desk.privacy.case_requests(submission.reference):
        when = f" {request.sent_at.astimezone():%Y-%m-%d %H:%M}" if request.sent_at else ""
        reason = f": {request.reason}" if request.reason else ""
        label = "Case system request:"
        print(f"{label:<{width + 1}} {request.kind.value} {request.state.value}{when}{reason}")
    if args.pdf is not None:
        if not _write_atomically(args.pdf, desk.privacy.record_copy_pdf(submission, rows)):
            return EXIT_PROBLEM
        print(f"A copy is in {args.pdf}", file=sys.stderr)
    return 0


def _person_refused(desk: Desk, args: argparse.Namespace) -> int:
    """Act on the requests of one record that the case system refused."""
    from desk_app.domain.reference import normalize
    from desk_app.services.privacy import CaseRequestState

    reference = normalize(args.reference)
    refused = [
        request
        for request in desk.privacy.case_requests(reference)
        if request.state is CaseRequestState.NEEDS_ATTENTION
    ]
    if not refused:
        print(f"desk-app: {reference} has no request the case system refused", file=sys.stderr)
        return EXIT_PROBLEM
    settle = args.person_command == "settle"
    act = desk.privacy.settle_case_request if settle else desk.privacy.resend_case_request
    done = [request for request in refused if act(request.id)]
    for request in done:
        outcome = "settled: not sent" if settle else "sent again at the next sync"
        print(f"{reference}: {request.kind.value} {outcome}")
    return 0 if done else EXIT_PROBLEM


def _person_correct(desk: Desk, args: argparse.Namespace) -> int:
    from desk_app.services.privacy import CONTACT_FIELDS, CorrectionRefused, ValidationFailed

    changes = {name: getattr(args, name) for name in CONTACT_FIELDS}
    changes = {name: value for name, value in changes.items() if value is not None}
    if not changes:
        print(
            "desk-app: say what to correct: --name, --email, --phone or --address", file=sys.stderr
        )
        return EXIT_CONFIG
    try:
        outcome = desk.privacy.correct_contact(args.reference, changes)
    except CorrectionRefused as error:
        print(f"desk-app: {error}", file=sys.stderr)
        return EXIT_PROBLEM
    except ValidationFailed as failed:
        for name, message in failed.errors.items():  # messages never repeat the values
            print(f"desk-app: {name}: {message}", file=sys.stderr)
        return EXIT_PROBLEM
    if outcome is None:
        return _no_such_record(args.reference)
    reference = outcome.submission.reference
    if not outcome.corrected_fields:
        print(f"The contact details of {reference} already read so; nothing changed.")
        return 0
    print(f"Contact details of {reference} corrected: {', '.join(outcome.corrected_fields)}.")
    _tell_case_system(desk, outcome.submission, outcome.case_system, outcome.request_id, "correct")
    return 0


def _tell_case_system(
    desk: Desk, record: Submission, copy: CaseSystemCopy, request_id: str, verb: str
) -> None:
    """Say what becomes of the case system's copy; a queued request is tried at once."""
    from desk_app.services.case_requests import CaseSystemCopy, copy_of
    from desk_app.services.sync import SyncNotConfigured

    case = f" (case {record.case_number})" if record.case_number else ""
    name = desk.privacy.case_system_name()
    if copy is CaseSystemCopy.QUEUED:
        try:
            desk.sync.send_case_requests()
        except SyncNotConfigured as error:
            # The service's own words: no address, no token or no keyring are fixed apart.
            print(
                f"The record was delivered to the case system{case}, but the request cannot "
                f"be sent now: {error} The request is sent once that is fixed. Ask the case "
                f"system's administrators to {verb} it there too if it cannot wait."
            )
            return
        copy = copy_of(desk.privacy.case_request(request_id))
    if copy is CaseSystemCopy.SENT:
        print(f"Sent to the case system{case}: it will {verb} its copy too.")
    elif copy is CaseSystemCopy.QUEUED:
        print(
            f"The case system{case} could not be reached: the request will be sent when the "
            "connection is back."
        )
    elif copy is CaseSystemCopy.UNSUPPORTED:
        print(
            f"This case system does not accept corrections or erasures{case}: ask the "
            f"administrators of {name} to {verb} it there too; this desk cannot."
        )
    elif copy is CaseSystemCopy.NEEDS_ATTENTION:
        print(
            f"The case system{case} refused the request: it needs attention. Ask the "
            f"administrators of {name} to {verb} it there."
        )
    elif verb == "correct":
        print("It has not been delivered yet: the case system will get the corrected details.")
    else:
        print("It had not been delivered, and will not be sent.")


def _person_erase(desk: Desk, args: argparse.Namespace) -> int:
    record = desk.service.find(args.reference)
    if record is None:
        return _no_such_record(args.reference)
    if not args.yes:
        if not sys.stdin.isatty():
            # Erasure cannot be undone: a script must say so explicitly.
            print("desk-app: erasing cannot be undone; add --yes to confirm", file=sys.stderr)
            return EXIT_CONFIG
        answer = input(
            f"Erase the personal data of {record.reference} "
            f"(received {_local_day(record.received_at)})? This cannot be undone. [y/N] "
        )
        if answer.strip().lower() not in {"y", "yes"}:
            print("Nothing erased.")
            return 0
    outcome = desk.privacy.erase(record.reference)
    assert outcome is not None  # it was found just now; records are never deleted
    if outcome.erased_now:
        print(f"Personal data of {record.reference} erased.")
    else:
        print(f"The personal data of {record.reference} had already been erased.")
    if outcome.erased_now or outcome.request_id:
        _tell_case_system(desk, record, outcome.case_system, outcome.request_id, "erase")
    return 0


def _retention(desk: Desk, args: argparse.Namespace) -> int:
    report = desk.privacy.sweep()
    days = desk.service.settings.privacy.retention_days
    print(
        f"Retention ({days} days after delivery): personal data of {report.records_erased} "
        f"record(s) erased; {report.backups_removed} old backup(s) removed."
    )
    return 0


def _audit(desk: Desk, args: argparse.Namespace) -> int:
    from desk_app.services.identity import SupervisorAction

    if _supervisor(desk, args, SupervisorAction.READ_AUDIT_TRAIL) is None:
        return EXIT_NOT_PERMITTED
    for event in desk.privacy.audit_trail(args.since):
        who = event.os_user + (f" (staff {event.staff_id})" if event.staff_id else "")
        references = ", ".join(event.references) or "-"
        detail = f"  {event.detail}" if event.detail else ""
        print(
            f"{event.occurred_at.strftime('%Y-%m-%d %H:%M:%SZ')}  {event.kind.value:<20}  "
            f"{who}  {event.record_count} record(s): {references}{detail}"
        )
    return 0


def _read_secret(prompt: str) -> str:
    """A PIN from the terminal (not echoed), or one line of standard input (scripts, tests)."""
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    return sys.stdin.readline().strip()


def _who_runs(desk: Desk, args: argparse.Namespace) -> Worker | None:
    """The worker running this command: ``--worker`` with their PIN, else the OS login.
    None (after saying why on stderr) when the PIN is refused."""
    from desk_app.services.identity import SignInRefused

    worker_id = getattr(args, "worker", None)
    if not worker_id:
        worker = desk.identity.os_worker()
    else:
        try:
            worker = desk.identity.check_pin(worker_id, _read_secret(f"PIN for {worker_id}: "))
        except SignInRefused as error:
            print(f"desk-app: {error}", file=sys.stderr)
            return None
    desk.identity.act_for_command(worker)
    return worker


def _supervisor(desk: Desk, args: argparse.Namespace, action: SupervisorAction) -> Worker | None:
    """The worker running this command if a supervisor; else None, after saying why."""
    from desk_app.domain.identity import SignInMode
    from desk_app.services.identity import NotPermitted

    worker = _who_runs(desk, args)
    if worker is None:
        return None
    try:
        return desk.identity.require_supervisor(worker, action)
    except NotPermitted as error:
        hint = ""
        if desk.identity.mode is SignInMode.PIN and not getattr(args, "worker", None):
            hint = " On a shared account, add --worker YOUR-ID to sign in with your PIN."
        print(f"desk-app: {error}{hint}", file=sys.stderr)
        return None


def _worker_command(desk: Desk, args: argparse.Namespace) -> int:
    """worker list | add | set-pin."""
    from desk_app.services.identity import IdentityError, NotPermitted

    identity = desk.identity
    if args.worker_command == "list":
        workers = identity.workers()
        for worker in workers:
            role = "supervisor" if worker.is_supervisor else "desk worker"
            print(f"{worker.worker_id:<20}  {role:<12}  {worker.display_name}")
        print(f"{len(workers)} worker(s); sign-in: {identity.mode.value}.", file=sys.stderr)
        return 0
    known = {worker.worker_id for worker in identity.workers()}
    if args.worker_command == "add" and args.worker_id in known:
        print(f"desk-app: {args.worker_id} is already a worker; use set-pin", file=sys.stderr)
        return EXIT_PROBLEM
    if args.worker_command == "set-pin" and args.worker_id not in known:
        print(f"desk-app: no worker {args.worker_id!r}; use add", file=sys.stderr)
        return EXIT_PROBLEM
    by = _who_runs(desk, args)
    if by is None:
        return EXIT_NOT_PERMITTED
    pin = _read_secret(f"New PIN for {args.worker_id} (4-8 digits): ")
    if sys.stdin.isatty() and _read_secret("The same PIN again: ") != pin:
        print("desk-app: the two PINs differ; nothing changed", file=sys.stderr)
        return EXIT_PROBLEM
    try:
        identity.set_pin(
            args.worker_id,
            pin,
            display_name=args.name if args.worker_command == "add" else None,
            by=by,
        )
    except NotPermitted as error:
        print(f"desk-app: {error}", file=sys.stderr)
        return EXIT_NOT_PERMITTED
    except IdentityError as error:
        print(f"desk-app: {error}", file=sys.stderr)
        return EXIT_CONFIG
    done = "added" if args.worker_command == "add" else "has a new PIN"
    print(f"Worker {args.worker_id} {done}.")
    return 0
