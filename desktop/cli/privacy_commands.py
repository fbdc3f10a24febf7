"""Commands for the data's whole life: `erase`, `hold add|remove|list`, `retention plan|apply|show|set`, `sar`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.domain.clock import local_day
from desktop.services.privacy import erasure, retention, sar

from .common import CliError, add_store_arguments
from .messages import CLI, cli_date, fill
from .store_commands import open_store


def _person_args(p: argparse.ArgumentParser, reason: bool = True) -> None:
    add_store_arguments(p)
    p.add_argument(
        "--person", required=True, metavar="REF", help=CLI.tr("the person's force reference (or id)")
    )
    if reason:
        p.add_argument(
            "--reason", required=True, help=CLI.tr("why (kept in the audit log; no personal data)")
        )


def cmd_erase(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        done = erasure.erase(store, args.person, args.reason)
    total = sum(done.counts.values())
    counts = ", ".join(f"{t} {n}" for t, n in done.counts.items())
    print(
        fill(
            CLI.tr("Erased %1: %2 (%3); database pages overwritten; the audit log keeps a tombstone."),
            args.person,
            CLI.tr("%n row(s)", None, total),
            counts,
        )
    )
    for f in done.files_removed:
        print(fill(CLI.tr("  removed file %1"), f))
    for f in done.files_left:
        print(fill(CLI.tr("  could not remove %1: delete it by hand"), f), file=sys.stderr)
    return 0


def cmd_hold_add(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        person = erasure.add_hold(store, args.person, args.reason)
    print(
        fill(
            CLI.tr("Legal hold placed on %1: kept whatever the retention schedule says."),
            person.force_reference,
        )
    )
    return 0


def cmd_hold_remove(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        person = erasure.remove_hold(store, args.person, args.reason)
    print(fill(CLI.tr("Legal hold removed from %1."), person.force_reference))
    return 0


def cmd_hold_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        held = erasure.list_holds(store)
    if not held:
        print(CLI.tr("No legal holds."))
    for h in held:
        print(
            fill(
                CLI.tr("%1  since %2  by %3  %4"),
                h.force_reference,
                cli_date(local_day(h.placed_at)),
                h.placed_by,
                h.reason,
            )
        )
    return 0


def _print_plan(p: retention.Plan) -> None:
    if not p.people and not p.backups:
        print(CLI.tr("Nothing is due for erasure."))
        return
    for d in p.people:
        print(f"{d.reference}  {CLI.tr('KEPT') if d.held else CLI.tr('ERASE')}  {d.why}")
    for f, made in p.backups:
        print(
            fill(
                CLI.tr("%1  %2  automatic backup made %3, past its period"),
                f.name,
                CLI.tr("ERASE"),
                cli_date(made),
            )
        )


def cmd_retention_plan(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        _print_plan(retention.plan(store, store.clock().date()))
    return 0


def cmd_retention_apply(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        p = retention.plan(store, store.clock().date())
        _print_plan(p)
        if not p.erasable and not p.backups:
            return 0
        if not args.yes:
            if not sys.stdin.isatty():
                raise CliError(CLI.tr("not erasing: confirm with --yes when not at a terminal"))
            if (
                input(
                    fill(
                        CLI.tr("Erase %1 and %2? Type 'erase': "),
                        CLI.tr("%n (person|people)", None, len(p.erasable)),
                        CLI.tr("%n backup(s)", None, len(p.backups)),
                    )
                ).strip()
                != "erase"
            ):
                print(CLI.tr("Nothing erased."))
                return 1
        people, files = retention.apply(store, p)
    print(fill(CLI.tr("Erased %1 people and %2 old backups."), people, files))
    return 0


def cmd_retention_show(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        schedule = retention.load_schedule(store)
    for r in schedule.rules:
        action = CLI.tr("erase") if r.erase else CLI.tr("keep")
        print(f"{r.kind:24} {r.period:14} {fill(CLI.tr('from %1'), r.anchor):21} {action:6} {r.basis}")
    return 0


def cmd_retention_set(args: argparse.Namespace) -> int:
    try:
        raw = args.file.read_text(encoding="utf-8")
    except OSError as exc:
        raise CliError(fill(CLI.tr("cannot read %1: %2"), args.file, exc.strerror)) from None
    with open_store(args) as store:
        try:
            schedule = retention.set_schedule(store, raw)
        except ValueError as exc:
            raise CliError(fill(CLI.tr("%1: %2; the schedule was not changed"), args.file, exc)) from None
    print(fill(CLI.tr("Retention schedule replaced (%1 rules)."), len(schedule.rules)))
    return 0


def cmd_retention_default(args: argparse.Namespace) -> int:
    sys.stdout.write(retention.default_schedule_text())
    return 0


def cmd_retention_tell_force(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        retention.set_tell_force(store, args.state == "on")
    print(
        CLI.tr("Erasures will be sent to the force in the next bundle.")
        if args.state == "on"
        else CLI.tr("Erasures will not be sent to the force.")
    )
    return 0


def cmd_sar(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            files = sar.export(store, args.person, args.out)
        except OSError as exc:
            raise CliError(fill(CLI.tr("cannot write to %1: %2"), args.out, exc.strerror)) from None
    print(CLI.tr("Subject access export: %n record(s)", None, files.records))
    print(f"  {files.pdf_path}\n  {files.json_path}")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("erase", help=CLI.tr("erase one person's records for good (manager or admin)"))
    _person_args(p)
    p.set_defaults(func=cmd_erase)

    hold = sub.add_parser(
        "hold", help=CLI.tr("legal holds: keep a person's data whatever the schedule")
    ).add_subparsers(dest="hold_command", metavar="ACTION", required=True)
    p = hold.add_parser("add", help=CLI.tr("place a legal hold"))
    _person_args(p)
    p.set_defaults(func=cmd_hold_add)
    p = hold.add_parser("remove", help=CLI.tr("remove a legal hold"))
    _person_args(p)
    p.set_defaults(func=cmd_hold_remove)
    p = hold.add_parser("list", help=CLI.tr("list legal holds"))
    add_store_arguments(p)
    p.set_defaults(func=cmd_hold_list)

    ret = sub.add_parser(
        "retention", help=CLI.tr("the retention schedule: what is due for erasure")
    ).add_subparsers(dest="retention_command", metavar="ACTION", required=True)
    p = ret.add_parser("plan", help=CLI.tr("list what is due for erasure and why"))
    add_store_arguments(p)
    p.set_defaults(func=cmd_retention_plan)
    p = ret.add_parser("apply", help=CLI.tr("erase what is due, after showing the same list"))
    add_store_arguments(p)
    p.add_argument("--yes", action="store_true", help=CLI.tr("do not ask (for scripts)"))
    p.set_defaults(func=cmd_retention_apply)
    p = ret.add_parser("show", help=CLI.tr("the schedule in use"))
    add_store_arguments(p)
    p.set_defaults(func=cmd_retention_show)
    p = ret.add_parser("set", help=CLI.tr("replace the schedule with a JSON file (admin)"))
    add_store_arguments(p)
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(func=cmd_retention_set)
    p = ret.add_parser(
        "tell-force",
        help=CLI.tr(
            "send erasures to the force in the next bundle, when the data-sharing agreement says so (admin)"
        ),
    )
    add_store_arguments(p)
    p.add_argument("state", choices=("on", "off"))
    p.set_defaults(func=cmd_retention_tell_force)
    p = ret.add_parser(
        "default", help=CLI.tr("print the shipped default schedule (a starting point for `set`)")
    )
    p.set_defaults(func=cmd_retention_default)

    p = sub.add_parser("sar", help=CLI.tr("subject access: write everything held on one person to DIR"))
    _person_args(p, reason=False)
    p.add_argument("--out", required=True, type=Path, metavar="DIR")
    p.set_defaults(func=cmd_sar)
