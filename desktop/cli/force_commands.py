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

from desktop.force import audit
from desktop.force.home import ForceHome, HomeError, write_atomic
from desktop.force.people import find
from desktop.force.receive import receive_bundle
from desktop.force.referrals import refer
from desktop.force.reports import report
from desktop.force.returns_queue import mark_read, open_return, returns
from desktop.force.roles import ForceRole
from desktop.force.send import send_queued
from desktop.force.session import ForceContext, create_force, open_force, upgrade_legacy
from desktop.force.status import partner_status, render
from desktop.force.store import ForceStoreError, database_url, partner_cert
from desktop.force.users import add_user, change_passphrase, recover, remove_user, users
from desktop.services.sync import BundleError, display_fingerprint, load_cert, read_bundle_file

from .common import CliError

PASSPHRASE_ENV = "CHECKPOINT_FORCE_PASSPHRASE"
NEW_PASSPHRASE_ENV = "CHECKPOINT_FORCE_NEW_PASSPHRASE"
DB_ENV = "CHECKPOINT_FORCE_DB"
USER_ENV = "CHECKPOINT_FORCE_USER"


def _read_secret(path: Path | None, env: str, prompt: str, *, confirm: bool = False) -> str:
    if path is not None:
        try:
            return path.read_text(encoding="utf-8").rstrip("\r\n")
        except (OSError, UnicodeDecodeError) as exc:
            raise CliError(
                f"cannot read {path}: {getattr(exc, 'strerror', None) or 'not UTF-8 text'}"
            ) from None
    if os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        raise CliError(f"no passphrase: give a file or set {env}")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != first:
        raise CliError("the two passphrases differ")
    return first


def _passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    return _read_secret(
        args.passphrase_file, PASSPHRASE_ENV, f"Passphrase for {_user(args)}: ", confirm=confirm
    )


def _new_passphrase(args: argparse.Namespace) -> str:
    return _read_secret(args.new_passphrase_file, NEW_PASSPHRASE_ENV, "New passphrase: ", confirm=True)


def _user(args: argparse.Namespace) -> str:
    if args.user:
        return str(args.user)
    if os.environ.get(USER_ENV):
        return os.environ[USER_ENV]
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        raise CliError(f"who are you? give --user or set {USER_ENV}") from None


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
    print("Recovery key (shown once; print it and keep it locked away, it resets any passphrase):")
    print(f"  {recovery}")


def cmd_init(args: argparse.Namespace) -> int:
    url = _url(args)
    passphrase = _passphrase(args, confirm=True)
    if len(passphrase) < 10:
        raise CliError("the passphrase must be at least 10 characters")
    ctx, recovery = create_force(args.dir, args.name, _user(args), passphrase, url=url)
    with ctx:
        print(f"Force folder ready: {args.dir} (first user {ctx.user.username}, admin)")
        print(f"Certificate SHA-256 fingerprint: {display_fingerprint(ctx.identity.cert)}")
    _show_recovery(recovery)
    print("Give providers the certificate (`checkpoint-force cert`) and read them this fingerprint by phone.")
    return 0


def cmd_upgrade(args: argparse.Namespace) -> int:
    url = _url(args)
    ctx, recovery = upgrade_legacy(args.dir, _user(args), _passphrase(args), url=url)
    with ctx:
        if recovery is None:
            print(f"{args.dir} is up to date; nothing to upgrade.")
            return 0
        print(
            f"Upgraded {args.dir}: the database and returns are encrypted; {ctx.user.username} is its admin, "
            "with the key's passphrase."
        )
    _show_recovery(recovery)
    return 0


def cmd_cert(args: argparse.Namespace) -> int:
    pem = ForceHome(args.dir).cert_pem()
    write_atomic(args.out, pem, mode=0o644)  # a certificate is public
    print(f"Wrote {args.out}; SHA-256 fingerprint {display_fingerprint(load_cert(pem))}")
    return 0


def cmd_partner_add(args: argparse.Namespace) -> int:
    try:
        data = args.cert.read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {args.cert}: {exc.strerror}") from None
    with _open(args) as ctx:
        ctx.require("partner.add")
        row = ctx.store.add_partner(args.name, data, _now(), ctx.user.username)
        print(f"Pinned {row.name}.")
        print(f"SHA-256 fingerprint: {display_fingerprint(partner_cert(row))}")
        print("Check this fingerprint with the provider by phone before exchanging bundles.")
    return 0


def cmd_refer(args: argparse.Namespace) -> int:
    try:
        csv_data = args.csv.read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {args.csv}: {exc.strerror}") from None
    with _open(args) as ctx:
        result = refer(ctx, args.to, csv_data, args.out, _now())
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if result.bundle is None:
        print(f"Nothing to send: all {result.skipped} referral(s) in the file were sent to {args.to} before.")
    else:
        skipped = f" ({result.skipped} sent before, skipped)" if result.skipped else ""
        print(f"Wrote {result.bundle}: {result.referred} referral(s) for {args.to}{skipped}.")
    return 0


def _receive_one(ctx: ForceContext, path: Path, max_size: int) -> None:
    result = receive_bundle(ctx, read_bundle_file(path, max_size), _now(), max_size)
    print(
        f"accepted {path.name}: bundle #{result.sequence} from {result.partner}; "
        f"{result.applied} record(s) applied, {result.unchanged} already held, "
        f"{result.returns} return(s), {result.acks} acknowledgement(s)"
    )
    if result.verdict.reason:
        print(f"  note: {result.verdict.reason}")
    for record_id, reason in result.conflicts:
        print(f"  conflict: record {record_id} {reason}")
    if result.ack_file is not None:
        print(f"  acknowledgement: {result.ack_file}")


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
                print(f"refused {path.name}: {exc}", file=sys.stderr)
            except OSError as exc:
                refused += 1
                print(f"refused {path.name}: cannot read it ({exc.strerror})", file=sys.stderr)
            except SQLAlchemyError as exc:
                refused += 1
                print(
                    f"refused {path.name}: the database refused it, nothing was changed ({_db_reason(exc)})",
                    file=sys.stderr,
                )
    if len(args.bundles) > 1:
        print(f"{len(args.bundles) - refused} of {len(args.bundles)} bundle(s) accepted, {refused} refused")
    return 2 if refused else 0


def cmd_send(args: argparse.Namespace) -> int:
    with _open(args) as ctx:
        out = send_queued(ctx, args.to, args.out or ctx.home.outbox, _now())
    if out is None:
        print(f"Nothing waiting for {args.to}.")
    else:
        print(f"Wrote {out.file.path}: {out.reports} report(s) for {args.to}.")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    changes: dict[str, str] = {}
    for item in args.set or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise CliError(f"--set takes FIELD=VALUE, not {item!r}")
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
    print(
        f"Queued {queued.kind}{fields} for {queued.force_reference} to {queued.partner}: it goes in the next "
        f'bundle to them (`checkpoint-force send {args.dir} --to "{queued.partner}"` sends it now).'
    )
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
    print(
        f"Queued the decision ({args.decision}, {args.date}) for {queued.force_reference} to {queued.partner}: "
        f'it goes in the next bundle to them (`checkpoint-force send {args.dir} --to "{queued.partner}"` '
        "sends it now)."
    )
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    today = date.fromisoformat(args.today) if args.today else _now().date()
    with _open(args) as ctx:
        ctx.require("status")
        partners = [ctx.store.partner(args.provider)] if args.provider else ctx.store.partners()
        if not partners:
            print("No partners yet: add one with `checkpoint-force partner add`.")
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
        raise CliError(f"{args.out} is a folder; give a file name")
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
    print(f"Wrote the figures for {period.start} to {period.end} ({len(per)} providers) to {args.out}.")
    return 0


def cmd_returns_list(args: argparse.Namespace) -> int:
    with _open(args) as ctx:
        items = returns(ctx, provider=args.provider, unread_only=not args.all)
    if not items:
        print("No returns waiting to be read." if not args.all else "No returns received.")
    partner = None
    for item in items:
        if item.partner != partner:
            partner = item.partner
            print(f"{partner}:")
        read = f"read {item.read_at} by {item.read_by}" if item.read_at else "not read"
        print(
            f"  {item.id[:8]}  {item.force_reference}  {item.period_start} to {item.period_end}  "
            f"{item.compliance.replace('_', ' ')}  signed {item.signed_on}  received {item.received_at}  {read}"
        )
    return 0


def cmd_returns_open(args: argparse.Namespace) -> int:
    with _open(args) as ctx:
        item = open_return(ctx, args.id, args.out)
    print(
        f"Wrote the return for {item.force_reference} ({item.period_start} to {item.period_end}); marked read."
    )
    return 0


def cmd_returns_mark_read(args: argparse.Namespace) -> int:
    with _open(args) as ctx:
        changed = mark_read(ctx, args.ids)
    print(f"Marked {changed} return(s) read.")
    return 0


def cmd_find(args: argparse.Namespace) -> int:
    if not (args.last_name or args.dob or args.pnc):
        raise CliError("give --last-name, --dob or --pnc")
    with _open(args) as ctx:
        ctx.require("find")
        with ctx.store.transaction() as s:
            found = find(s, ctx.keys, last_name=args.last_name, date_of_birth=args.dob, pnc_id=args.pnc)
            asked = ",".join(
                n for n, v in (("last_name", args.last_name), ("dob", args.dob), ("pnc", args.pnc)) if v
            )
            ctx.audit(s, "person.find", "search", "", f"by {asked}: {len(found)} found")
    for f in found:
        p = f.person
        withdrawn = f"  withdrawn {f.withdrawn_on}" if f.withdrawn_on else ""
        print(
            f"{f.force_reference}  {p.get('first_name', '')} {p.get('last_name', '')}  born "
            f"{p.get('date_of_birth', '?')}  PNC {p.get('pnc_id', '-')}  referred to {f.partner}{withdrawn}"
        )
    if not found:
        print("No referral matches.")
    return 0


def cmd_users_list(args: argparse.Namespace) -> int:
    with _open(args) as ctx:
        for u in users(ctx):
            print(
                f"{u.username}  {u.role}  {'active' if u.active else 'removed'}  added {u.added_at} by {u.added_by}"
            )
    return 0


def cmd_users_add(args: argparse.Namespace) -> int:
    with _open(args) as ctx:
        ctx.require("users")
        add_user(ctx, args.name, ForceRole(args.role), _new_passphrase(args))
    print(f"Added {args.name} ({args.role}).")
    return 0


def cmd_users_remove(args: argparse.Namespace) -> int:
    with _open(args) as ctx:
        remove_user(ctx, args.name)
    print(f"Removed {args.name}.")
    return 0


def cmd_passphrase(args: argparse.Namespace) -> int:
    with _open(args) as ctx:
        change_passphrase(ctx, _new_passphrase(args))
    print("Passphrase changed.")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    url = _url(args)
    key = _read_secret(args.recovery_key_file, "CHECKPOINT_FORCE_RECOVERY_KEY", "Recovery key: ")
    recover(ForceHome(args.dir), key, args.for_user, _new_passphrase(args), url=url)
    print(f"New passphrase set for {args.for_user}.")
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    from desktop.force.erase import erase_referral

    with _open(args) as ctx:
        done = erase_referral(ctx, args.ref, args.reason, args.provider)
    rows = ", ".join(f"{t} {n}" for t, n in done.counts.items())
    print(
        f"Erased referral {args.ref} to {done.partner}: {rows}; {done.files_removed} return file(s) removed."
    )
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    with _open(args) as ctx:
        ctx.require("audit")
        with ctx.store.transaction() as s:
            check = audit.verify(s)
            shown = audit.entries(s, args.last)
    for e in shown:
        print(f"#{e.seq}  {e.at}  {e.actor}  {e.action}  {e.entity} {e.entity_id}  {e.detail}".rstrip())
    if not check.ok:
        raise HomeError(f"audit chain broken: {check.problem}")
    print(f"audit chain ok: {check.entries} entries")
    return 0


def _db_reason(exc: SQLAlchemyError) -> str:
    return str(getattr(exc, "orig", None) or type(exc).__name__).strip().splitlines()[0][:300]
