"""`checkpoint-desk replica ...`: store replicas for other desks and laptops, kept in step by signed bundles."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop.domain.clock import local_day, local_time
from desktop.services import replica
from desktop.services.sync import fingerprint, load_cert
from desktop.storage.errors import StoreError
from desktop.storage.store import CaseStore

from .common import CliError, add_store_arguments, read_passphrase
from .messages import CLI, cli_date, cli_moment, fill
from .store_commands import open_store

VALUE_NAMES = ("a", "b")  # the --keep names of a conflict's first two values; a third and on go by number


def register(sub: Any) -> None:
    group = sub.add_parser(
        "replica", help=CLI.tr("replicas of the store for other desks and laptops (docs/replicas.md)")
    )
    actions = group.add_subparsers(dest="replica_command", metavar="ACTION", required=True)

    p = actions.add_parser("create", help=CLI.tr("make a replica for a desk or a laptop (managers)"))
    add_store_arguments(p)
    p.add_argument(
        "--for", dest="device", required=True, metavar="DEVICE-NAME", help=CLI.tr("the desk or laptop")
    )
    p.add_argument(
        "--out", type=Path, required=True, metavar="DIR", help=CLI.tr("new, empty folder for the replica")
    )
    p.add_argument("--caseload", metavar="KEYWORKER", help=CLI.tr("carry this keyworker's clients only"))
    p.add_argument(
        "--origin-name",
        default="manager's store",  # a device's name, stored and sent to peers: one name in every language
        help=CLI.tr("this store's device name (first time)"),
    )
    p.set_defaults(func=cmd_create)

    p = actions.add_parser("export", help=CLI.tr("write a bundle for each peer with what it has not got yet"))
    add_store_arguments(p)
    p.add_argument(
        "--out", type=Path, required=True, metavar="DIR", help=CLI.tr("shared folder or USB stick")
    )
    p.set_defaults(func=cmd_export)

    p = actions.add_parser("import", help=CLI.tr("read the bundles in DIR addressed to this replica"))
    add_store_arguments(p)
    p.add_argument("dir", type=Path, metavar="DIR")
    p.set_defaults(func=cmd_import)

    p = actions.add_parser("conflicts", help=CLI.tr("fields changed on two replicas to different values"))
    add_store_arguments(p)
    p.add_argument("--all", action="store_true", help=CLI.tr("resolved ones too"))
    p.set_defaults(func=cmd_conflicts)

    p = actions.add_parser(
        "resolve", help=CLI.tr("settle a conflict: keep value a, value b, or give the value")
    )
    add_store_arguments(p)
    p.add_argument("id", metavar="ID", help=CLI.tr("the conflict's id (or its first characters)"))
    p.add_argument("--keep", required=True, metavar="a|b|VALUE")
    p.set_defaults(func=cmd_resolve)

    p = actions.add_parser(
        "revoke", help=CLI.tr("refuse a lost or retired device's bundles from now on (managers)")
    )
    add_store_arguments(p)
    p.add_argument("device", metavar="DEVICE", help=CLI.tr("device name or id"))
    p.set_defaults(func=cmd_revoke)

    p = actions.add_parser("devices", help=CLI.tr("this device and its peers"))
    add_store_arguments(p)
    p.set_defaults(func=cmd_devices)


def cmd_create(args: argparse.Namespace) -> int:
    passphrase = read_passphrase(args)  # asked once: it opens the store and then the new copy
    try:
        store = CaseStore.open(args.store, args.user, passphrase)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    try:
        made = replica.create_replica(
            store, args.out, args.device, passphrase, caseload=args.caseload, origin_name=args.origin_name
        )
    finally:
        store.close()
    what = fill(CLI.tr("%1's caseload"), made.caseload) if made.caseload else CLI.tr("the whole service")
    print(
        fill(
            CLI.tr("replica '%1' made in %2: %3, %4"),
            made.device_name,
            made.folder,
            what,
            CLI.tr("%n (person|people)", None, made.people),
        )
    )
    print(
        CLI.tr(
            "the same users sign in with the same passphrases; exchange with `replica export` / `replica import`"
        )
    )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        paths = replica.export_bundles(store, args.out)
    for path in paths:
        print(path)
    if not paths:
        print(CLI.tr("no peers to write to"))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    if not args.dir.is_dir():
        raise CliError(fill(CLI.tr("%1 is not a folder"), args.dir))
    with open_store(args) as store:
        report = replica.import_bundles(store, args.dir)
    s = report.stats
    print(
        fill(
            CLI.tr("applied %1: %2, %3, %4"),
            CLI.tr("%n bundle(s)", None, len(report.applied)),
            CLI.tr("%n record(s) changed", None, s.rows_changed),
            CLI.tr("%n new conflict(s)", None, s.conflicts_opened),
            CLI.tr("%n settled", None, s.conflicts_settled),
        )
    )
    for name in report.replayed:
        print(
            fill(
                CLI.tr(
                    "refused %1: a replay (this bundle or a later one from that device was applied already)"
                ),
                name,
            )
        )
    for name, reason in report.refused:
        print(fill(CLI.tr("refused %1: %2"), name, reason))  # the reason comes from the service, in English
    for problem in s.skipped:
        print(fill(CLI.tr("not applied: %1"), problem))
    return 1 if report.refused else 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        found = replica.conflicts(store, everything=args.all)
    if not found:
        print(CLI.tr("no conflicts ever") if args.all else CLI.tr("no conflicts"))
    for c in found:
        values = "  |  ".join(
            f"{VALUE_NAMES[i] if i < 2 else i}: {json.dumps(v, ensure_ascii=False)} ({d})"
            for i, (v, d) in enumerate(zip(c.values, c.devices, strict=False))
        )
        state = (
            fill(CLI.tr("resolved by %1 %2"), c.resolved_by, cli_moment(local_time(c.resolved_at)))
            if c.resolved_at
            else CLI.tr("open")
        )
        print(
            fill(
                CLI.tr("%1  %2  record %3  %4  [%5]"),
                c.id[:8],
                f"{c.table}.{c.field}",
                c.record_id[:8],
                values,
                state,
            )
        )
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        done = replica.resolve(store, args.id, args.keep)
    print(
        fill(
            CLI.tr("resolved %1 (%2); the other replicas take it at the next exchange"),
            done.id[:8],
            f"{done.table}.{done.field}",
        )
    )
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        rec = replica.revoke(store, args.device)
    print(
        fill(
            CLI.tr("revoked '%1': its bundles are refused from now on; export to tell the other replicas"),
            rec.name,
        )
    )
    return 0


def cmd_devices(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        found = replica.devices(store)
    if not found:
        print(CLI.tr("this store is not a replica"))
    for d in found:
        flags = [CLI.tr("this device") if d.is_self else CLI.tr("peer")]
        if d.is_manager:
            flags.append(CLI.tr("manager"))
        if d.caseload_user_id:
            flags.append(CLI.tr("caseload"))
        if d.revoked_at:
            flags.append(fill(CLI.tr("revoked %1"), cli_date(local_day(d.revoked_at))))
        cert = fingerprint(load_cert(d.cert_pem.encode("ascii")))
        print(fill(CLI.tr("%1  %2  %3  SHA-256 %4…"), d.name, d.id, ", ".join(flags), cert[:16]))
    return 0
