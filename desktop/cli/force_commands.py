"""The `checkpoint-force` commands (the parser and error handling are in force.py)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from desktop.force.home import ForceHome, write_atomic
from desktop.force.receive import receive_bundle
from desktop.force.referrals import refer
from desktop.force.reports import report
from desktop.force.send import send_queued
from desktop.force.session import ForceContext, create_force, open_force, upgrade_legacy
from desktop.force.status import partner_status
from desktop.force.store import ForceStoreError, database_url, partner_cert
from desktop.services.sync import BundleError, display_fingerprint, load_cert, read_bundle_file

from .common import CliError
from .force_status_view import render
from .messages import CLI, cli_date, fill

PASSPHRASE_ENV = "CHECKPOINT_FORCE_PASSPHRASE"
NEW_PASSPHRASE_ENV = "CHECKPOINT_FORCE_NEW_PASSPHRASE"
DB_ENV = "CHECKPOINT_FORCE_DB"
USER_ENV = "CHECKPOINT_FORCE_USER"


def _read_secret(path: Path | None, env: str, prompt: str, *, confirm: bool = False) -> str:
    if path is not None:
        try:
            return path.read_text(encoding="utf-8").rstrip("\r\n")
        except (OSError, UnicodeDecodeError) as exc:
            why = getattr(exc, "strerror", None) or CLI.tr("not UTF-8 text")
            raise CliError(fill(CLI.tr("cannot read %1: %2"), path, why)) from None
    if os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        raise CliError(fill(CLI.tr("no passphrase: give a file or set %1"), env))
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass(CLI.tr("Again: ")) != first:
        raise CliError(CLI.tr("the two passphrases differ"))
    return first


def _passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    return _read_secret(
        args.passphrase_file,
        PASSPHRASE_ENV,
        fill(CLI.tr("Passphrase for %1: "), _user(args)),
        confirm=confirm,
    )


def _new_passphrase(args: argparse.Namespace) -> str:
    return _read_secret(
        args.new_passphrase_file, NEW_PASSPHRASE_ENV, CLI.tr("New passphrase: "), confirm=True
    )


def _user(args: argparse.Namespace) -> str:
    if args.user:
        return str(args.user)
    if os.environ.get(USER_ENV):
        return os.environ[USER_ENV]
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        raise CliError(fill(CLI.tr("who are you? give --user or set %1"), USER_ENV)) from None


def _url(args: argparse.Namespace) -> URL:
    home = ForceHome(args.dir)
    return database_url(
        args.db or os.environ.get(DB_ENV), home.db_path, service=args.db_service, passfile=args.db_passfile
    )


def _open(args: argparse.Namespace) -> ForceContext:
    url = _url(args)
    return open_force(args.dir, _user(args), _passphrase(args), url=url)


def _now() -> datetime:
    return datetime.now(UTC)


def _show_recovery(recovery: str) -> None:
    print(CLI.tr("Recovery key (shown once; print it and keep it locked away, it resets any passphrase):"))
    print(f"  {recovery}")


def cmd_init(args: argparse.Namespace) -> int:
    url = _url(args)
    passphrase = _passphrase(args, confirm=True)
    if len(passphrase) < 10:
        raise CliError(CLI.tr("the passphrase must be at least %n character(s)", None, 10))
    ctx, recovery = create_force(args.dir, args.name, _user(args), passphrase, url=url)
    with ctx:
        print(fill(CLI.tr("Force folder ready: %1 (first user %2, admin)"), args.dir, ctx.user.username))
        print(fill(CLI.tr("Certificate SHA-256 fingerprint: %1"), display_fingerprint(ctx.identity.cert)))
    _show_recovery(recovery)
    print(
        CLI.tr(
            "Give providers the certificate (`checkpoint-force cert`) and read them this fingerprint by phone."
        )
    )
    return 0


def cmd_upgrade(args: argparse.Namespace) -> int:
    url = _url(args)
    ctx, recovery = upgrade_legacy(args.dir, _user(args), _passphrase(args), url=url)
    with ctx:
        if recovery is None:
            print(fill(CLI.tr("%1 is up to date; nothing to upgrade."), args.dir))
            return 0
        print(
            fill(
                CLI.tr(
                    "Upgraded %1: the database and returns are encrypted; %2 is its admin, with the key's passphrase."
                ),
                args.dir,
                ctx.user.username,
            )
        )
    _show_recovery(recovery)
    return 0


def cmd_cert(args: argparse.Namespace) -> int:
    pem = ForceHome(args.dir).cert_pem()
    write_atomic(args.out, pem, mode=0o644)  # a certificate is public
    print(fill(CLI.tr("Wrote %1; SHA-256 fingerprint %2"), args.out, display_fingerprint(load_cert(pem))))
    return 0


def cmd_partner_add(args: argparse.Namespace) -> int:
    try:
        data = args.cert.read_bytes()
    except OSError as exc:
        raise CliError(fill(CLI.tr("cannot read %1: %2"), args.cert, exc.strerror)) from None
    with _open(args) as ctx:
        ctx.require("partner.add")
        row = ctx.store.add_partner(args.name, data, _now(), ctx.user.username)
        print(fill(CLI.tr("Pinned %1."), row.name))
        print(fill(CLI.tr("SHA-256 fingerprint: %1"), display_fingerprint(partner_cert(row))))
        print(CLI.tr("Check this fingerprint with the provider by phone before exchanging bundles."))
    return 0


def cmd_refer(args: argparse.Namespace) -> int:
    try:
        csv_data = args.csv.read_bytes()
    except OSError as exc:
        raise CliError(fill(CLI.tr("cannot read %1: %2"), args.csv, exc.strerror)) from None
    with _open(args) as ctx:
        result = refer(ctx, args.to, csv_data, args.out, _now())
    for warning in result.warnings:
        print(fill(CLI.tr("warning: %1"), warning), file=sys.stderr)
    if result.bundle is None:
        text = CLI.tr(
            "Nothing to send: all %n referral(s) in the file were sent to %1 before.", None, result.skipped
        )
        print(fill(text, args.to))
    else:
        skipped = CLI.tr(" (%n sent before, skipped)", None, result.skipped) if result.skipped else ""
        print(
            fill(
                CLI.tr("Wrote %1: %n referral(s) for %2%3.", None, result.referred),
                result.bundle,
                args.to,
                skipped,
            )
        )
    return 0


def _receive_one(ctx: ForceContext, path: Path, max_size: int) -> None:
    result = receive_bundle(ctx, read_bundle_file(path, max_size), _now(), max_size)
    print(
        fill(
            CLI.tr("accepted %1: bundle #%2 from %3; %4, %5, %6, %7"),
            path.name,
            result.sequence,
            result.partner,
            CLI.tr("%n record(s) applied", None, result.applied),
            CLI.tr("%n already held", None, result.unchanged),
            CLI.tr("%n return(s)", None, result.returns),
            CLI.tr("%n acknowledgement(s)", None, result.acks),
        )
    )
    if result.verdict.reason:
        print(fill(CLI.tr("  note: %1"), result.verdict.reason))
    for record_id, reason in result.conflicts:
        print(fill(CLI.tr("  conflict: record %1 %2"), record_id, reason))
    if result.ack_file is not None:
        print(fill(CLI.tr("  acknowledgement: %1"), result.ack_file))


def cmd_receive(args: argparse.Namespace) -> int:
    """Each bundle on its own: one refused (bad, replayed, or refused by the database) does not stop the rest."""
    refused = 0
    with _open(args) as ctx:
        ctx.require("receive")
        for path in args.bundles:
            try:
                _receive_one(ctx, path, args.max_size)
            except (BundleError, CliError, ForceStoreError) as exc:
                refused += 1
                print(fill(CLI.tr("refused %1: %2"), path.name, exc), file=sys.stderr)
            except OSError as exc:
                refused += 1
                print(
                    fill(CLI.tr("refused %1: cannot read it (%2)"), path.name, exc.strerror), file=sys.stderr
                )
            except SQLAlchemyError as exc:
                refused += 1
                text = CLI.tr("refused %1: the database refused it, nothing was changed (%2)")
                print(fill(text, path.name, _db_reason(exc)), file=sys.stderr)
    if len(args.bundles) > 1:
        text = CLI.tr("%1 of %n bundle(s) accepted, %2 refused", None, len(args.bundles))
        print(fill(text, len(args.bundles) - refused, refused))
    return 2 if refused else 0


def cmd_send(args: argparse.Namespace) -> int:
    with _open(args) as ctx:
        out = send_queued(ctx, args.to, args.out or ctx.home.outbox, _now())
    if out is None:
        print(fill(CLI.tr("Nothing waiting for %1."), args.to))
    else:
        print(fill(CLI.tr("Wrote %1: %n report(s) for %2.", None, out.reports), out.file.path, args.to))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    changes: dict[str, str] = {}
    for item in args.set or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise CliError(fill(CLI.tr("--set takes FIELD=VALUE, not %1"), repr(item)))
        changes[name.strip()] = value
    with _open(args) as ctx:
        queued = report(
            ctx,
            args.kind,
            args.ref,
            provider=args.provider,
            offence=args.offence or "",
            offence_date=args.offence_date or "",
            new_reference=args.new_reference or "",
            on=args.on or "",
            reason=args.reason or "",
            changes=changes,
        )
    fields = f" ({', '.join(queued.fields)})" if queued.fields else ""
    command = f'checkpoint-force send {args.dir} --to "{queued.partner}"'
    text = CLI.tr("Queued %1%2 for %3 to %4: it goes in the next bundle to them (`%5` sends it now).")
    print(fill(text, queued.kind, fields, queued.force_reference, queued.partner, command))
    return 0


def cmd_decide(args: argparse.Namespace) -> int:
    with _open(args) as ctx:
        queued = report(
            ctx,
            "decision",
            args.ref,
            provider=args.provider,
            decision=args.decision,
            on=args.date,
            note=args.note or "",
        )
    command = f'checkpoint-force send {args.dir} --to "{queued.partner}"'
    text = CLI.tr(
        "Queued the decision (%1, %2) for %3 to %4: it goes in the next bundle to them (`%5` sends it now)."
    )
    print(fill(text, args.decision, args.date, queued.force_reference, queued.partner, command))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    today = date.fromisoformat(args.today) if args.today else _now().date()
    with _open(args) as ctx:
        ctx.require("status")
        partners = [ctx.store.partner(args.provider)] if args.provider else ctx.store.partners()
        if not partners:
            print(CLI.tr("No partners yet: add one with `checkpoint-force partner add`."))
        for number, partner in enumerate(partners):
            if number:
                print()
            print(render(partner_status(ctx.store, partner, today), not_complying_only=args.not_complying))
    return 0


def cmd_figures(args: argparse.Namespace) -> int:
    """Outcome figures across providers (desktop/force/figures.py): a table, or CSV with --out; suppressed."""
    import hashlib

    from desktop.domain import DomainError
    from desktop.domain.reports import Period
    from desktop.force.figures import cross_provider_figures, figures_csv, render_table

    try:
        period = Period(date.fromisoformat(args.start), date.fromisoformat(args.end))
    except DomainError as exc:
        raise CliError(str(exc)) from None
    if args.out is not None and Path(args.out).is_dir():
        raise CliError(fill(CLI.tr("%1 is a folder; give a file name"), args.out))
    as_of = date.fromisoformat(args.today) if args.today else _now().date()
    with _open(args) as ctx:
        ctx.require("status")
        total, per = cross_provider_figures(ctx.store, period, as_of)
        if args.out is None:
            print(render_table(total, per))
            return 0
        data = figures_csv(period, total, per)
        write_atomic(Path(args.out), data)
        digest = hashlib.sha256(data).hexdigest()
        with ctx.store.transaction() as s:
            ctx.audit(
                s,
                "figures.export",
                "figures",
                "",
                f"{period.start}..{period.end} as of {as_of}, {len(per)} providers, sha256 {digest}",
            )
    text = CLI.tr("Wrote the figures for %1 to %2 (%n provider(s)) to %3.", None, len(per))
    print(fill(text, cli_date(period.start), cli_date(period.end), args.out))
    return 0


def _db_reason(exc: SQLAlchemyError) -> str:
    return str(getattr(exc, "orig", None) or type(exc).__name__).strip().splitlines()[0][:300]
