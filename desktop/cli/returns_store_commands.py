"""Returns commands over the case store.

- `returns sign-batch STORE --user NAME --month YYYY-MM --out DIR`: drafts, approves and signs every return due
  that month (manager or admin only; both cores) and writes the PDFs;
- `returns list STORE --user NAME [--month YYYY-MM] [--state STATE]`;
- `cert create|import|export STORE --user NAME`: the organisation's signing key and certificate (created: a small
  CA and a signing certificate it issues; exported: the CA first, for the force's trust store);
- `verify --code CODE STORE --user NAME`: the signed return a printed page belongs to;
- `absence accept|clear STORE --user NAME --reference REF --on YYYY-MM-DD [--reason CODE --text TEXT]`: mark a
  missed or cancelled appointment an acceptable absence (it then does not count against compliance and its
  reason shows on the return), or take that back.

Every failure is one line on stderr with exit code 2 (see common.CliError).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from desktop.services.worker_guard import secrets_out_of_environment
from desktop.storage.crash import crash_point

from .common import CliError, add_store_arguments
from .messages import CLI, QT_TRANSLATE_NOOP, cli_date, fill, role_as
from .render import table
from .store_commands import open_store

P12_PASSWORD_ENV = "CHECKPOINT_P12_PASSWORD"
STATES = ("draft", "approved", "signed", "superseded", "withdrawn")


def register(sub: Any) -> None:
    _register_absence(sub)
    group = sub.add_parser(
        "returns", help=CLI.tr("progress returns to the force: list and sign a month's batch")
    )
    actions = group.add_subparsers(dest="returns_command", metavar="ACTION", required=True)
    p = actions.add_parser(
        "sign-batch", help=CLI.tr("draft, approve and sign every return due in a month (managers)")
    )
    add_store_arguments(p)
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument(
        "--out", required=True, type=Path, metavar="DIR", help=CLI.tr("folder for the signed PDFs")
    )
    p.add_argument("--workers", type=int, default=2, help=CLI.tr("signing processes (default 2)"))
    p.set_defaults(func=cmd_sign_batch)
    p = actions.add_parser("list", help=CLI.tr("the returns you may see, newest first"))
    add_store_arguments(p)
    p.add_argument("--month", metavar="YYYY-MM", help=CLI.tr("only returns whose period ends in this month"))
    p.add_argument("--state", choices=STATES)
    p.set_defaults(func=cmd_list)

    cert = sub.add_parser("cert", help=CLI.tr("the organisation's key and certificate that sign returns"))
    actions = cert.add_subparsers(dest="cert_command", metavar="ACTION", required=True)
    p = actions.add_parser(
        "create", help=CLI.tr("make the organisation's CA and a signing key and certificate it issues")
    )
    add_store_arguments(p)
    p.add_argument(
        "--organisation", default="", help=CLI.tr("the name on the certificate (default: the store setting)")
    )
    p.add_argument(
        "--replace",
        action="store_true",
        help=CLI.tr("replace the key the store has (the force must then pin the new certificate)"),
    )
    p.set_defaults(func=cmd_cert_create)
    p = actions.add_parser(
        "import", help=CLI.tr("use a key and certificate issued to the organisation (PKCS#12)")
    )
    add_store_arguments(p)
    p.add_argument("--p12", required=True, type=Path, metavar="FILE.p12")
    p.add_argument(
        "--p12-password-file",
        type=Path,
        metavar="FILE",
        help=fill(CLI.tr("the PKCS#12 password (else $%1, else none)"), P12_PASSWORD_ENV),
    )
    p.add_argument(
        "--replace",
        action="store_true",
        help=CLI.tr("replace the key the store has (the force must then pin the new certificate)"),
    )
    p.set_defaults(func=cmd_cert_import)
    p = actions.add_parser(
        "export", help=CLI.tr("write the certificates for the force to trust (the CA first)")
    )
    add_store_arguments(p)
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pem")
    p.set_defaults(func=cmd_cert_export)


def _workflow(store: Any) -> Any:
    from desktop.services.returns_workflow import ReturnWorkflow  # pyHanko and ReportLab only when needed

    return ReturnWorkflow(store)


def _check_month(month: str) -> str:
    from desktop.storage.returns_repo import month_range

    try:
        month_range(month)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    return month


def _unexported(wf: Any, month: str, out: Path) -> list[str]:
    """Signed returns of the month with no copy in `out`: what an interrupted batch signed but did not write."""
    folder = str(out.resolve())
    return [
        r.id
        for r in wf.repo.list(state="signed", month=month)
        if not any(str(Path(p).resolve().parent) == folder for p in r.export_paths)
    ]


def cmd_sign_batch(args: argparse.Namespace) -> int:
    """Draft, approve, sign and write a month's returns. Run again after an interruption, it writes what was
    signed but not written, then signs the rest. The workers start with the passphrase gone from the
    environment, and die with this process (desktop/services/worker_guard.py)."""
    month = _check_month(args.month)
    with open_store(args) as store, secrets_out_of_environment():
        if not store.user.role.can_sign_returns:
            raise CliError(
                fill(CLI.tr("only a manager can sign returns; %1 is %2"), args.user, role_as(store.user.role))
            )
        wf = _workflow(store)
        if wf.repo.identity() is None:
            raise CliError(
                CLI.tr(
                    "no signing key is set up yet: run 'checkpoint-desk cert create' (or 'cert import') first"
                )
            )
        now = store.clock()
        try:
            resumed = [wf.export(rid, args.out) for rid in _unexported(wf, month, args.out)]
        except (OSError, ValueError, LookupError) as exc:
            raise CliError(str(exc)) from None
        if resumed:
            print(
                fill(
                    CLI.tr("Wrote %n return(s) signed by an interrupted batch to %1", None, len(resumed)),
                    args.out,
                )
            )
        drafted = wf.ensure_drafts(month, now)
        wf.refresh_drafts(now, month)
        ids = [r.id for r in wf.repo.list(state=("draft", "approved"), month=month)]
        if not ids:
            print(fill(CLI.tr("No returns to sign for %1 (%2 drafted)."), month, len(drafted)))
            return 0

        def progress(done: int, total: int) -> None:
            if sys.stderr.isatty():
                print(
                    "\r" + fill(CLI.tr("Signed %1 of %2"), done, total), end="", file=sys.stderr, flush=True
                )

        try:
            outcome = wf.approve_and_sign(ids, workers=max(1, args.workers), progress_callback=progress)
            crash_point("signbatch.after-sign")
            paths = []
            for r in outcome.signed:
                paths.append(wf.export(r.id, args.out))
                crash_point("signbatch.after-export")
        except (OSError, ValueError, LookupError) as exc:
            raise CliError(str(exc)) from None
        if sys.stderr.isatty():
            print(file=sys.stderr)
        print(
            fill(
                CLI.tr("%1: %2 drafted, %3 signed, %4 failed; %5 PDFs written to %6"),
                month,
                len(drafted),
                len(outcome.signed),
                len(outcome.failed),
                len(paths),
                args.out,
            )
        )
        for return_id, reason in outcome.failed:
            print(fill(CLI.tr("Not signed: %1: %2"), return_id, reason), file=sys.stderr)
        return 1 if outcome.failed else 0


def cmd_list(args: argparse.Namespace) -> int:
    if args.month:
        _check_month(args.month)
    with open_store(args) as store:
        from desktop.storage.returns_repo import ReturnRepository

        rows = ReturnRepository(store).list(state=args.state, month=args.month)
    if not rows:
        print(CLI.tr("No returns."))
        return 0
    header = [CLI.tr(h) for h in RETURNS_HEADER]
    table(
        header,
        (
            [
                r.force_reference,
                r.kind,
                cli_date(r.period_start)
                if r.period_start == r.period_end
                else f"{cli_date(r.period_start)}\u2013{cli_date(r.period_end)}",
                r.state,
                r.short_code or "-",
                r.keyworker,
            ]
            for r in rows
        ),
    )
    return 0


RETURNS_HEADER = (
    QT_TRANSLATE_NOOP("CLI", "Force ref"),
    QT_TRANSLATE_NOOP("CLI", "Kind"),
    QT_TRANSLATE_NOOP("CLI", "Period"),
    QT_TRANSLATE_NOOP("CLI", "State"),
    QT_TRANSLATE_NOOP("CLI", "Code"),
    QT_TRANSLATE_NOOP("CLI", "Keyworker"),
)


def _refuse_replacing(wf: Any, args: argparse.Namespace) -> None:
    wf.repo.require_signer("set up the signing key")
    current = wf.repo.identity()
    if current is not None and not args.replace:
        raise CliError(
            fill(
                CLI.tr(
                    "this store already signs with %1; the force has pinned it. Add --replace to make a new one anyway"
                ),
                current.fingerprint,
            )
        )


def cmd_cert_create(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        wf = _workflow(store)
        _refuse_replacing(wf, args)
        try:
            identity = wf.create_self_signed(args.organisation)
        except ValueError as exc:
            raise CliError(str(exc)) from None
    print(fill(CLI.tr("Created a signing key and certificate for %1."), identity.subject_name))
    print(
        fill(
            CLI.tr("Fingerprint (read it to the force when you send the certificate): %1"),
            identity.fingerprint,
        )
    )
    return 0


def cmd_cert_import(args: argparse.Namespace) -> int:
    password: bytes | None = None
    if args.p12_password_file is not None:
        try:
            password = args.p12_password_file.read_text(encoding="utf-8").rstrip("\r\n").encode("utf-8")
        except OSError as exc:
            raise CliError(fill(CLI.tr("cannot read %1: %2"), args.p12_password_file, exc.strerror)) from None
    elif os.environ.get(P12_PASSWORD_ENV):
        password = os.environ[P12_PASSWORD_ENV].encode("utf-8")
    try:
        data = args.p12.read_bytes()
    except OSError as exc:
        raise CliError(fill(CLI.tr("cannot read %1: %2"), args.p12, exc.strerror)) from None
    with open_store(args) as store:
        _refuse_replacing(_workflow(store), args)
        try:
            identity = _workflow(store).import_pkcs12(data, password)
        except ValueError as exc:
            raise CliError(fill("%1: %2", args.p12, exc)) from None
    print(fill(CLI.tr("Imported the signing key and certificate of %1."), identity.subject_name))
    print(fill(CLI.tr("Fingerprint: %1"), identity.fingerprint))
    return 0


def cmd_cert_export(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            _workflow(store).export_certificate(args.out)
        except (OSError, LookupError) as exc:
            raise CliError(str(exc)) from None
        fingerprint = _workflow(store).repo.identity().fingerprint
    print(fill(CLI.tr("Wrote the certificate to %1. Fingerprint: %2"), args.out, fingerprint))
    return 0


def _register_absence(sub: Any) -> None:
    from desktop.domain.compliance import ACCEPTABLE_REASONS

    group = sub.add_parser(
        "absence", help=CLI.tr("acceptable absences: a missed appointment that does not count")
    )
    actions = group.add_subparsers(dest="absence_command", metavar="ACTION", required=True)
    for name, text in (
        ("accept", "mark a missed or cancelled appointment an acceptable absence"),
        ("clear", "take an acceptance back: the absence counts again"),
    ):
        p = actions.add_parser(name, help=text)
        add_store_arguments(p)
        p.add_argument("--reference", required=True, help=CLI.tr("the person's force reference"))
        p.add_argument("--on", required=True, metavar="YYYY-MM-DD", help=CLI.tr("the appointment's day"))
        if name == "accept":
            p.add_argument("--reason", required=True, choices=sorted(ACCEPTABLE_REASONS))
            p.add_argument(
                "--text", default="", help=CLI.tr("the reason in words (required with --reason other)")
            )
        p.set_defaults(func=cmd_absence)


def cmd_absence(args: argparse.Namespace) -> int:
    from datetime import date

    try:
        day = date.fromisoformat(args.on)
    except ValueError:
        raise CliError(
            fill(CLI.tr("%1 must be a date like 2026-11-10, not %2"), "--on", repr(args.on))
        ) from None
    reason, text = getattr(args, "reason", ""), getattr(args, "text", "")
    with open_store(args) as store:
        cases = [c for c in store.cases.load_cases() if c.person.force_reference == args.reference]
        if not cases:
            raise CliError(fill(CLI.tr("no one on your caseload has the force reference %1"), args.reference))
        found = [
            a
            for a in cases[0].appointments
            if a.on == day and a.outcome is not None and not a.outcome.counts_as_attended
        ]
        if len(found) != 1:
            text = (
                CLI.tr("%1 has no missed or cancelled appointment on %2")
                if not found
                else CLI.tr("%1 has %3 missed appointments on %2")
            )
            raise CliError(fill(text, args.reference, cli_date(day), len(found)))
        try:
            done = store.cases.accept_absence(found[0], reason, text)
        except ValueError as exc:
            raise CliError(str(exc)) from None
    if done.absence_reason:
        text = fill(
            CLI.tr("%1: the absence on %2 is accepted (%3)."),
            args.reference,
            cli_date(day),
            done.absence_reason,
        )
    else:
        text = fill(CLI.tr("%1: the absence on %2 is counted again."), args.reference, cli_date(day))
    print(text)
    return 0
