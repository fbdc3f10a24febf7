"""The `checkpoint-force` commands of the team's daily work: returns received, finding a referral, users and
passphrases, erasure and the audit log (the rest are in force_commands.py; the parser is in force.py)."""

from __future__ import annotations

import argparse

from desktop.force import audit
from desktop.force.home import ForceHome, HomeError
from desktop.force.people import find
from desktop.force.returns_queue import mark_read, open_return, returns
from desktop.force.roles import ForceRole
from desktop.force.users import add_user, change_passphrase, recover, remove_user, users

from .common import CliError
from .force_commands import _new_passphrase, _open, _read_secret, _url
from .force_status_view import compliance_words
from .messages import CLI, fill


def cmd_returns_list(args: argparse.Namespace) -> int:
    with _open(args) as ctx:
        items = returns(ctx, provider=args.provider, unread_only=not args.all)
    if not items:
        print(CLI.tr("No returns waiting to be read.") if not args.all else CLI.tr("No returns received."))
    partner = None
    for item in items:
        if item.partner != partner:
            partner = item.partner
            print(f"{partner}:")
        read = (
            fill(CLI.tr("read %1 by %2"), item.read_at, item.read_by) if item.read_at else CLI.tr("not read")
        )
        period = fill(CLI.tr("%1 to %2"), item.period_start, item.period_end)
        words = compliance_words(item.compliance)
        signed = fill(CLI.tr("signed %1"), item.signed_on)
        received = fill(CLI.tr("received %1"), item.received_at)
        print(f"  {item.id[:8]}  {item.force_reference}  {period}  {words}  {signed}  {received}  {read}")
    return 0


def cmd_returns_open(args: argparse.Namespace) -> int:
    with _open(args) as ctx:
        item = open_return(ctx, args.id, args.out)
    period = fill(CLI.tr("%1 to %2"), item.period_start, item.period_end)
    print(fill(CLI.tr("Wrote the return for %1 (%2); marked read."), item.force_reference, period))
    return 0


def cmd_returns_mark_read(args: argparse.Namespace) -> int:
    with _open(args) as ctx:
        changed = mark_read(ctx, args.ids)
    print(CLI.tr("Marked %n return(s) read.", None, changed))
    return 0


def cmd_find(args: argparse.Namespace) -> int:
    if not (args.last_name or args.dob or args.pnc):
        raise CliError(CLI.tr("give --last-name, --dob or --pnc"))
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
        withdrawn = "  " + fill(CLI.tr("withdrawn %1"), f.withdrawn_on) if f.withdrawn_on else ""
        name = f"{p.get('first_name', '')} {p.get('last_name', '')}"
        born = fill(CLI.tr("born %1"), p.get("date_of_birth", "?"))
        referred = fill(CLI.tr("referred to %1"), f.partner)
        print(f"{f.force_reference}  {name}  {born}  PNC {p.get('pnc_id', '-')}  {referred}{withdrawn}")
    if not found:
        print(CLI.tr("No referral matches."))
    return 0


def cmd_users_list(args: argparse.Namespace) -> int:
    with _open(args) as ctx:
        for u in users(ctx):
            state = CLI.tr("active") if u.active else CLI.tr("removed")
            print(
                f"{u.username}  {u.role}  {state}  " + fill(CLI.tr("added %1 by %2"), u.added_at, u.added_by)
            )
    return 0


def cmd_users_add(args: argparse.Namespace) -> int:
    with _open(args) as ctx:
        ctx.require("users")
        add_user(ctx, args.name, ForceRole(args.role), _new_passphrase(args))
    print(fill(CLI.tr("Added %1 (%2)."), args.name, args.role))
    return 0


def cmd_users_remove(args: argparse.Namespace) -> int:
    with _open(args) as ctx:
        remove_user(ctx, args.name)
    print(fill(CLI.tr("Removed %1."), args.name))
    return 0


def cmd_passphrase(args: argparse.Namespace) -> int:
    with _open(args) as ctx:
        change_passphrase(ctx, _new_passphrase(args))
    print(CLI.tr("Passphrase changed."))
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    url = _url(args)
    key = _read_secret(args.recovery_key_file, "CHECKPOINT_FORCE_RECOVERY_KEY", CLI.tr("Recovery key: "))
    recover(ForceHome(args.dir), key, args.for_user, _new_passphrase(args), url=url)
    print(fill(CLI.tr("New passphrase set for %1."), args.for_user))
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    from desktop.force.erase import erase_referral

    with _open(args) as ctx:
        done = erase_referral(ctx, args.ref, args.reason, args.provider)
    rows = ", ".join(f"{t} {n}" for t, n in done.counts.items())
    removed = CLI.tr("%n return file(s) removed", None, done.files_removed)
    print(fill(CLI.tr("Erased referral %1 to %2: %3; %4."), args.ref, done.partner, rows, removed))
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
        raise HomeError(fill(CLI.tr("audit chain broken: %1"), check.problem))
    print(CLI.tr("audit chain ok: %n entr(y|ies)", None, check.entries))
    return 0
