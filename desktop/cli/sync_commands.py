"""Sync with the force on the command line: partners, our certificate, export and import of bundles.

    checkpoint-desk partner add STORE --user NAME --cert FORCE.pem --name "Durham Constabulary"
    checkpoint-desk partner list STORE --user NAME
    checkpoint-desk sync identity STORE --user NAME --out OUR-CERT.pem
    checkpoint-desk sync export STORE --user NAME --to "Durham Constabulary" --out DIR
    checkpoint-desk sync import STORE --user NAME BUNDLE... [--dry-run]

A refused bundle prints one line naming the kind of problem and the command ends with exit code 2; the store
is unchanged by it.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from desktop.services.sync import (
    DEFAULT_MAX_SIZE,
    BundleError,
    cert_pem,
    display_fingerprint,
    read_bundle_file,
)
from desktop.services.sync_provider import (
    SyncSetupError,
    add_partner,
    apply_import,
    ensure_identity,
    export_bundle,
    open_incoming,
    partner_fingerprint,
    preview_import,
    refusal_text,
)
from desktop.storage.atomic import atomic_write_bytes
from desktop.storage.errors import PermissionDenied, RollbackDetected, StoreError
from desktop.storage.sync_repo import SyncRepository

from .common import CliError, add_store_arguments
from .messages import CLI, cli_moment, fill
from .render import fields
from .store_commands import open_store


def _db_reason(exc: Exception) -> str:
    """The first line of what went wrong, without SQL or bound values (they may hold client data)."""
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:200]


def _now() -> datetime:
    return datetime.now(UTC)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CliError(fill(CLI.tr("cannot read %1: %2"), path, exc.strerror)) from None


def cmd_partner_add(args: argparse.Namespace) -> int:
    data = _read(args.cert)
    with open_store(args) as store:
        try:
            partner = add_partner(
                store, args.name, data, _now(), str(args.inbox or ""), str(args.outbox or "")
            )
            ours = ensure_identity(store, _now())
        except (SyncSetupError, ValueError) as exc:
            raise CliError(str(exc)) from None
    print(fill(CLI.tr("Pinned %1."), partner.name))
    print(fill(CLI.tr("Their certificate's SHA-256 fingerprint: %1"), partner_fingerprint(partner)))
    print(CLI.tr("Read it to the force by phone and compare, before the first exchange."))
    print(
        fill(CLI.tr("Our certificate's fingerprint (for them to check): %1"), display_fingerprint(ours.cert))
    )
    return 0


def cmd_partner_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        partners = SyncRepository(store).partners()
    if not partners:
        print(CLI.tr("No partners yet: add one with `checkpoint-desk partner add`."))
    for p in partners:
        last = cli_moment(p.last_sync_at) if p.last_sync_at else CLI.tr("never")
        print(p.name)
        fields(
            [
                (CLI.tr("fingerprint"), partner_fingerprint(p)),
                (
                    CLI.tr("bundles"),
                    fill(
                        CLI.tr("sent #%1, received up to #%2, last sync %3"),
                        p.out_sequence,
                        p.in_last_sequence,
                        last,
                    ),
                ),
                (CLI.tr("inbox"), p.inbox or CLI.tr("(not set)")),
                (CLI.tr("outbox"), p.outbox or CLI.tr("(not set)")),
            ],
            indent="  ",
        )
    return 0


def cmd_identity(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            ident = ensure_identity(store, _now())
        except SyncSetupError as exc:
            raise CliError(str(exc)) from None
    try:
        atomic_write_bytes(args.out, cert_pem(ident.cert))
    except OSError as exc:
        raise CliError(fill(CLI.tr("cannot write %1: %2"), args.out, exc.strerror)) from None
    print(fill(CLI.tr("Wrote %1; SHA-256 fingerprint %2"), args.out, display_fingerprint(ident.cert)))
    print(CLI.tr("Give the force this file and read them the fingerprint by phone."))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            result = export_bundle(store, args.to, args.out, _now())
        except SyncSetupError as exc:
            raise CliError(str(exc)) from None
    if result.path is None:
        print(fill(CLI.tr("Nothing to send to %1: it holds everything already."), result.partner))
        return 0
    what = ", ".join(f"{n} {kind}" for kind, n in sorted(result.counts.items()))
    people = CLI.tr("%n (person|people)", None, result.people)
    print(
        fill(
            CLI.tr("Wrote %1: bundle #%2 for %3 (%4; %5)."),
            result.path,
            result.sequence,
            result.partner,
            what,
            people,
        )
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    refused = 0
    with open_store(args) as store:
        for path in args.bundles:
            try:
                incoming = open_incoming(store, read_bundle_file(path, args.max_size), args.max_size)
                preview = preview_import(store, incoming)
                if not args.dry_run:
                    preview = apply_import(store, incoming, _now(), path.name).preview
            except BundleError as exc:
                refused += 1
                print(fill(CLI.tr("refused %1: %2"), path.name, refusal_text(exc)), file=sys.stderr)
                continue
            except OSError as exc:
                refused += 1
                print(
                    fill(CLI.tr("refused %1: cannot read it (%2)"), path.name, exc.strerror), file=sys.stderr
                )
                continue
            except SyncSetupError as exc:
                raise CliError(str(exc)) from None
            except (
                PermissionDenied,
                RollbackDetected,
            ) as exc:  # not this bundle's fault: stop, say it plainly
                raise CliError(str(exc)) from None
            except (StoreError, SQLAlchemyError) as exc:  # this bundle's transaction rolled back; go on
                refused += 1
                print(
                    fill(
                        CLI.tr("refused %1: the store refused it, nothing was changed (%2)"),
                        path.name,
                        _db_reason(exc),
                    ),
                    file=sys.stderr,
                )
                continue
            print(fill(CLI.tr("would apply %1") if args.dry_run else CLI.tr("applied %1"), path.name))
            for line in preview.lines():
                print(f"  {line}")
    if args.dry_run:
        print(CLI.tr("Dry run: nothing was changed."))
    return 2 if refused else 0


def register(sub: Any) -> None:
    partner = sub.add_parser("partner", help=CLI.tr("forces we exchange bundles with (pinned certificates)"))
    partner_sub = partner.add_subparsers(dest="partner_command", metavar="ACTION", required=True)
    p = partner_sub.add_parser("add", help=CLI.tr("pin a force's certificate (admin or manager)"))
    add_store_arguments(p)
    p.add_argument(
        "--cert", type=Path, required=True, metavar="FILE.pem", help=CLI.tr("the force's certificate")
    )
    p.add_argument("--name", required=True, help=CLI.tr("the force's name, as bundles will name it"))
    p.add_argument(
        "--inbox", type=Path, metavar="DIR", help=CLI.tr("folder where the force's bundles arrive")
    )
    p.add_argument("--outbox", type=Path, metavar="DIR", help=CLI.tr("folder for our bundles to the force"))
    p.set_defaults(func=cmd_partner_add)
    p = partner_sub.add_parser("list", help=CLI.tr("the pinned partners, fingerprints and sequence numbers"))
    add_store_arguments(p)
    p.set_defaults(func=cmd_partner_list)

    sync = sub.add_parser("sync", help=CLI.tr("export and import bundles, or export our certificate"))
    sync_sub = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    p = sync_sub.add_parser(
        "identity", help=CLI.tr("write our certificate for the force (made on first use)")
    )
    add_store_arguments(p)
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pem")
    p.set_defaults(func=cmd_identity)
    p = sync_sub.add_parser(
        "export", help=CLI.tr("one bundle of what changed since the last one, for a partner")
    )
    add_store_arguments(p)
    p.add_argument("--to", required=True, metavar="NAME", help=CLI.tr("the partner's name"))
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help=CLI.tr("folder for the bundle"))
    p.set_defaults(func=cmd_export)
    p = sync_sub.add_parser("import", help=CLI.tr("check, preview and apply bundles from partners"))
    add_store_arguments(p)
    p.add_argument("bundles", type=Path, nargs="+", metavar="BUNDLE")
    p.add_argument("--dry-run", action="store_true", help=CLI.tr("print what would change, change nothing"))
    p.add_argument("--max-size", type=int, default=DEFAULT_MAX_SIZE, metavar="BYTES")
    p.set_defaults(func=cmd_import)
