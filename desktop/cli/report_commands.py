"""`checkpoint-desk report STORE --user NAME --from D --to D --format csv|pdf --out FILE`: the service's figures.

CSV: one row per figure (docs/reports.md). PDF: the signed quarterly report for the PCC (managers only, the
organisation's signing key). Both suppress small numbers unless `--unsuppressed` (CSV only, the provider's own
use). Every failure is one line on stderr with exit code 2.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from .common import CliError, add_store_arguments
from .messages import CLI, cli_date, fill
from .store_commands import open_store


def register(sub: Any) -> None:
    p = sub.add_parser("report", help=CLI.tr("the service's figures for a period, as CSV or a signed PDF"))
    add_store_arguments(p)
    p.add_argument(
        "--from", dest="start", required=True, metavar="YYYY-MM-DD", help=CLI.tr("first day of the period")
    )
    p.add_argument(
        "--to", dest="end", required=True, metavar="YYYY-MM-DD", help=CLI.tr("last day (included)")
    )
    p.add_argument("--format", choices=("csv", "pdf"), default="csv")
    p.add_argument("--out", required=True, type=Path, metavar="FILE")
    p.add_argument("--keyworker", metavar="USERNAME", help=CLI.tr("only this keyworker's caseload"))
    p.add_argument(
        "--unsuppressed",
        action="store_true",
        help=CLI.tr("exact small numbers (CSV only; not for anything that leaves the provider)"),
    )
    p.set_defaults(func=cmd_report)


def _day(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(fill(CLI.tr("%1 must be a date as YYYY-MM-DD, not %2"), what, repr(text))) from None


def cmd_report(args: argparse.Namespace) -> int:
    from desktop.domain import DomainError
    from desktop.domain.reports import Period
    from desktop.services.reports import ReportError, ReportService

    try:
        period = Period(_day(args.start, "--from"), _day(args.end, "--to"))
    except DomainError as exc:
        raise CliError(str(exc)) from None
    if args.unsuppressed and args.format == "pdf":
        raise CliError(CLI.tr("--unsuppressed is for CSV only: the PDF report is for publication"))
    if args.out.is_dir():
        raise CliError(fill(CLI.tr("%1 is a folder; give a file name"), args.out))
    with open_store(args) as store:
        service = ReportService(store)
        keyworker_id = None
        if args.keyworker:
            found = [u for u in store.users() if u.username == args.keyworker]
            if not found:
                raise CliError(fill(CLI.tr("no user %1 in this store"), repr(args.keyworker)))
            keyworker_id = found[0].id
        try:
            report = service.build(period, keyworker_id)
            if args.format == "pdf":
                digest = service.write_pdf(report, args.out)
            else:
                digest = service.write_csv(report, args.out, suppressed=not args.unsuppressed)
        except (ReportError, DomainError) as exc:
            raise CliError(str(exc)) from None
    print(
        fill(
            CLI.tr("Wrote the %1 report for %2 to %3 to %4 (sha256 %5...)."),
            args.format.upper(),
            cli_date(period.start),
            cli_date(period.end),
            args.out,
            digest[:16],
        )
    )
    return 0
