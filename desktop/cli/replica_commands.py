"""`checkpoint-desk replica ...`: store replicas for other desks and laptops, kept in step by signed bundles."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop.services import replica
from desktop.services.sync import fingerprint, load_cert
from desktop.storage.errors import StoreError
from desktop.storage.store import CaseStore

from .common import CliError, add_store_arguments, read_passphrase
from .messages import CLI, fill
from .store_commands import open_store


def register(sub: Any) -> None:
    group = sub.add_parser(
        "replica", help="replicas of the store for other desks and laptops (docs/replicas.md)"
    )
    actions = group.add_subparsers(dest="replica_command", metavar="ACTION", required=True)

    p = actions.add_parser("create", help="make a replica for a desk or a laptop (managers)")
    add_store_arguments(p)
    p.add_argument("--for", dest="device", required=True, metavar="DEVICE-NAME", help="the desk or laptop")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="new, empty folder for the replica")
    p.add_argument("--caseload", metavar="KEYWORKER", help="carry this keyworker's clients only")
    p.add_argument("--origin-name", default="manager's store", help="this store's device name (first time)")
    p.set_defaults(func=cmd_create)

    p = actions.add_parser("export", help="write a bundle for each peer with what it has not got yet")
    add_store_arguments(p)
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="shared folder or USB stick")
    p.set_defaults(func=cmd_export)

    p = actions.add_parser("import", help="read the bundles in DIR addressed to this replica")
    add_store_arguments(p)
    p.add_argument("dir", type=Path, metavar="DIR")
    p.set_defaults(func=cmd_import)

    p = actions.add_parser("conflicts", help="fields changed on two replicas to different values")
    add_store_arguments(p)
    p.add_argument("--all", action="store_true", help="resolved ones too")
    p.set_defaults(func=cmd_conflicts)

    p = actions.add_parser("resolve", help="settle a conflict: keep value a, value b, or give the value")
    add_store_arguments(p)
    p.add_argument("id", metavar="ID", help="the conflict's id (or its first characters)")
    p.add_argument("--keep", required=True, metavar="a|b|VALUE")
    p.set_defaults(func=cmd_resolve)

    p = actions.add_parser("revoke", help="refuse a lost or retired device's bundles from now on (managers)")
    add_store_arguments(p)
    p.add_argument("device", metavar="DEVICE", help="device name or id")
    p.set_defaults(func=cmd_revoke)

    p = actions.add_parser("devices", help="this device and its peers")
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
    what = f"{made.caseload}'s caseload" if made.caseload else "the whole service"
    print(f"replica {made.device_name!r} made in {made.folder}: {what}, {made.people} people")
    print(
        "the same users sign in with the same passphrases; exchange with `replica export` / `replica import`"
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
        f"applied {len(report.applied)} bundle(s): {s.rows_changed} record(s) changed, "
        f"{s.conflicts_opened} new conflict(s), {s.conflicts_settled} settled"
    )
    for name in report.replayed:
        print(f"refused {name}: a replay (this bundle or a later one from that device was applied already)")
    for name, reason in report.refused:
        print(f"refused {name}: {reason}")
    for problem in s.skipped:
        print(f"not applied: {problem}")
    return 1 if report.refused else 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        found = replica.conflicts(store, everything=args.all)
    if not found:
        print("no conflicts" if not args.all else "no conflicts ever")
    for c in found:
        values = "  |  ".join(
            f"{'ab'[i] if i < 2 else i}: {json.dumps(v, ensure_ascii=False)} ({d})"
            for i, (v, d) in enumerate(zip(c.values, c.devices, strict=False))
        )
        state = f"resolved by {c.resolved_by} {c.resolved_at:%Y-%m-%d %H:%M}" if c.resolved_at else "open"
        print(f"{c.id[:8]}  {c.table}.{c.field}  record {c.record_id[:8]}  {values}  [{state}]")
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        done = replica.resolve(store, args.id, args.keep)
    print(
        f"resolved {done.id[:8]} ({done.table}.{done.field}); the other replicas take it at the next exchange"
    )
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        rec = replica.revoke(store, args.device)
    print(f"revoked {rec.name!r}: its bundles are refused from now on; export to tell the other replicas")
    return 0


def cmd_devices(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        found = replica.devices(store)
    if not found:
        print(CLI.tr("this store is not a replica"))
    for d in found:
        role = "this device" if d.is_self else "peer"
        flags = [role] + (["manager"] if d.is_manager else []) + (["caseload"] if d.caseload_user_id else [])
        if d.revoked_at:
            flags.append(f"revoked {d.revoked_at:%Y-%m-%d}")
        cert = fingerprint(load_cert(d.cert_pem.encode("ascii")))
        print(f"{d.name}  {d.id}  {', '.join(flags)}  SHA-256 {cert[:16]}…")
    return 0
