"""`checkpoint-force`: the force's diversion team's side of file-based sync with treatment providers.

    checkpoint-force init DIR --name "Durham Constabulary"
    checkpoint-force cert DIR --out force-cert.pem
    checkpoint-force partner add DIR --cert provider.pem --name "Provider Ltd"
    checkpoint-force refer DIR --csv referrals.csv --to "Provider Ltd" --out OUTDIR
    checkpoint-force receive DIR BUNDLE...
    checkpoint-force status DIR

The database is DIR/force.db (SQLite) unless --db gives a URL such as postgresql://user@host/dbname (the URL is
never written to disk). The key's passphrase comes from --passphrase-file, else $CHECKPOINT_FORCE_PASSPHRASE,
else a prompt.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from desktop import version
from desktop.force.home import ForceHome, HomeError, write_atomic
from desktop.force.receive import receive_bundle
from desktop.force.referrals import refer
from desktop.force.status import partner_status, render
from desktop.force.store import ForceStore, ForceStoreError, partner_cert
from desktop.services.sync import DEFAULT_MAX_SIZE, BundleError, Identity, display_fingerprint, load_cert

from .common import CliError

PASSPHRASE_ENV = "CHECKPOINT_FORCE_PASSPHRASE"
DB_ENV = "CHECKPOINT_FORCE_DB"


def _passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    path: Path | None = args.passphrase_file
    if path is not None:
        try:
            return path.read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise CliError(f"cannot read passphrase file {path}: {exc.strerror}") from None
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        raise CliError(f"no passphrase: give --passphrase-file or set {PASSPHRASE_ENV}")
    first = getpass.getpass("Force key passphrase: ")
    if confirm and getpass.getpass("Again: ") != first:
        raise CliError("the two passphrases differ")
    return first


def _home(args: argparse.Namespace) -> ForceHome:
    return ForceHome(args.dir)


def _store(args: argparse.Namespace) -> ForceStore:
    home = _home(args)
    home.name  # noqa: B018 - refuses a folder that was never initialised
    return ForceStore(args.db or os.environ.get(DB_ENV) or home.default_db_url())


def _identity(args: argparse.Namespace) -> Identity:
    return _home(args).identity(_passphrase(args))


def _now() -> datetime:
    return datetime.now(UTC)


def cmd_init(args: argparse.Namespace) -> int:
    passphrase = _passphrase(args, confirm=True)
    if len(passphrase) < 10:
        raise CliError("the passphrase must be at least 10 characters")
    ident = _home(args).initialise(args.name, passphrase, _now())
    _store(args).close()
    print(f"Force folder ready: {args.dir}")
    print(f"Certificate SHA-256 fingerprint: {display_fingerprint(ident.cert)}")
    print("Give providers the certificate (`checkpoint-force cert`) and read them this fingerprint by phone.")
    return 0


def cmd_cert(args: argparse.Namespace) -> int:
    pem = _home(args).cert_pem()
    write_atomic(args.out, pem)
    print(f"Wrote {args.out}; SHA-256 fingerprint {display_fingerprint(load_cert(pem))}")
    return 0


def cmd_partner_add(args: argparse.Namespace) -> int:
    try:
        data = args.cert.read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {args.cert}: {exc.strerror}") from None
    store = _store(args)
    try:
        row = store.add_partner(args.name, data, _now())
        print(f"Pinned {row.name}.")
        print(f"SHA-256 fingerprint: {display_fingerprint(partner_cert(row))}")
        print("Check this fingerprint with the provider by phone before exchanging bundles.")
    finally:
        store.close()
    return 0


def cmd_refer(args: argparse.Namespace) -> int:
    try:
        csv_data = args.csv.read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {args.csv}: {exc.strerror}") from None
    store = _store(args)
    try:
        result = refer(store, _home(args).name, _identity(args), args.to, csv_data, args.out, _now())
    finally:
        store.close()
    if result.bundle is None:
        print(f"Nothing to send: all {result.skipped} referral(s) in the file were sent to {args.to} before.")
    else:
        skipped = f" ({result.skipped} sent before, skipped)" if result.skipped else ""
        print(f"Wrote {result.bundle}: {result.referred} referral(s) for {args.to}{skipped}.")
    return 0


def cmd_receive(args: argparse.Namespace) -> int:
    store = _store(args)
    home, ident, refused = _home(args), _identity(args), 0
    try:
        for path in args.bundles:
            try:
                size = path.stat().st_size
                if size > args.max_size:
                    raise CliError(f"oversized bundle: {size} bytes, the limit is {args.max_size}")
                result = receive_bundle(store, home, ident, path.read_bytes(), _now(), args.max_size)
            except (BundleError, CliError) as exc:
                refused += 1
                print(f"refused {path.name}: {exc}", file=sys.stderr)
                continue
            except OSError as exc:
                refused += 1
                print(f"refused {path.name}: cannot read it ({exc.strerror})", file=sys.stderr)
                continue
            print(f"accepted {path.name}: bundle #{result.sequence} from {result.partner}; "
                  f"{result.applied} record(s) applied, {result.unchanged} already held, "
                  f"{result.returns} return(s), {result.acks} acknowledgement(s)")
            if result.verdict.reason:
                print(f"  note: {result.verdict.reason}")
            for record_id, reason in result.conflicts:
                print(f"  conflict: record {record_id} {reason}")
            if result.ack_file is not None:
                print(f"  acknowledgement: {result.ack_file}")
    finally:
        store.close()
    return 1 if refused else 0


def cmd_status(args: argparse.Namespace) -> int:
    store = _store(args)
    try:
        today = date.fromisoformat(args.today) if args.today else _now().date()
        partners = store.partners()
        if not partners:
            print("No partners yet: add one with `checkpoint-force partner add`.")
        for number, partner in enumerate(partners):
            if number:
                print()
            print(render(partner_status(store, partner, today)))
    finally:
        store.close()
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="checkpoint-force", description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("dir", type=Path, metavar="DIR", help="the force's folder")
    common.add_argument("--db", metavar="URL", help=f"database URL (else ${DB_ENV}, else DIR/force.db)")
    common.add_argument("--passphrase-file", type=Path, metavar="FILE",
                        help=f"key passphrase from FILE (else ${PASSPHRASE_ENV}, else a prompt)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    init = sub.add_parser("init", parents=[common], help="create the force's key and certificate")
    init.add_argument("--name", default="Police force", help="the force's name, as providers will see it")
    init.set_defaults(func=cmd_init)
    cert = sub.add_parser("cert", parents=[common], help="export the force's certificate for providers")
    cert.add_argument("--out", type=Path, required=True, metavar="FILE.pem")
    cert.set_defaults(func=cmd_cert)
    partner = sub.add_parser("partner", help="treatment providers the force exchanges bundles with")
    partner_sub = partner.add_subparsers(dest="partner_command", metavar="COMMAND")
    add = partner_sub.add_parser("add", parents=[common], help="pin a provider's certificate")
    add.add_argument("--cert", type=Path, required=True, metavar="FILE.pem")
    add.add_argument("--name", required=True)
    add.set_defaults(func=cmd_partner_add)
    ref = sub.add_parser("refer", parents=[common], help="send referrals from a CSV file as one bundle")
    ref.add_argument("--csv", type=Path, required=True, metavar="FILE")
    ref.add_argument("--to", required=True, metavar="NAME", help="the partner's name")
    ref.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the bundle")
    ref.set_defaults(func=cmd_refer)
    rec = sub.add_parser("receive", parents=[common], help="check and store bundles from providers")
    rec.add_argument("bundles", type=Path, nargs="+", metavar="BUNDLE")
    rec.add_argument("--max-size", type=int, default=DEFAULT_MAX_SIZE, metavar="BYTES")
    rec.set_defaults(func=cmd_receive)
    stat = sub.add_parser("status", parents=[common], help="per provider: bundles, people, overdue returns")
    stat.add_argument("--today", metavar="YYYY-MM-DD", help="report as of this date (default: today)")
    stat.set_defaults(func=cmd_status)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except (CliError, HomeError, ForceStoreError) as exc:
        print(f"checkpoint-force: {exc}", file=sys.stderr)
        return getattr(exc, "code", 2)
    except SQLAlchemyError as exc:
        first = str(getattr(exc, "orig", None) or type(exc).__name__).splitlines()[0]
        print(f"checkpoint-force: database error: {first}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        print("checkpoint-force: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
