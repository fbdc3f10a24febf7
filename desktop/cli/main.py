"""`checkpoint-desk`: the provider's command line. Each command group lives in its own module."""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import sys
from collections.abc import Sequence

import sqlcipher3
from sqlalchemy.exc import DatabaseError

from desktop import version
from desktop.storage.errors import StoreError, from_database_error

from .common import CliError
from .messages import CLI, LANG_CHOICES, speaking

# Each module has `register(subparsers)`, adding its commands with `set_defaults(func=...)`.
COMMAND_MODULES: tuple[str, ...] = (
    "desktop.cli.store_commands",
    "desktop.cli.instruments_commands",
    "desktop.cli.returns_commands",
    "desktop.cli.sync_commands",
    "desktop.cli.report_commands",
    "desktop.cli.language_commands",
    "desktop.cli.privacy_commands",
    "desktop.cli.papers_commands",
    "desktop.cli.contract_commands",
    "desktop.cli.replica_commands",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="checkpoint-desk",
        description="Case management for police diversion contracts, with an encrypted local case store.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    parser.add_argument(
        "--lang",
        choices=LANG_CHOICES,
        default=None,
        help="language of messages: en, cy (Cymraeg) or system (default: the GUI's saved choice)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    with speaking(args.lang):
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    try:
        result = args.func(args)
    except CliError as exc:
        print(f"checkpoint-desk: {exc}", file=sys.stderr)
        return exc.code
    except BrokenPipeError:  # `caseload | head`: the reader left; say nothing more (Python's advice)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except StoreError as exc:
        print(f"checkpoint-desk: {exc}", file=sys.stderr)
        return 2
    except (
        DatabaseError,
        sqlcipher3.dbapi2.DatabaseError,
    ) as exc:  # a damaged page or a full disk: rolled back
        print(
            f"checkpoint-desk: {from_database_error(exc, folder=getattr(args, 'store', None))}",
            file=sys.stderr,
        )
        return 2
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        reason = (
            CLI.tr("the disk is full") if exc.errno == errno.ENOSPC else (exc.strerror or type(exc).__name__)
        )
        print(
            "checkpoint-desk: " + CLI.tr("%1; the command stopped").replace("%1", reason + where),
            file=sys.stderr,
        )
        return 2
    except MemoryError:
        print("checkpoint-desk: " + CLI.tr("out of memory; the command stopped"), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("checkpoint-desk: " + CLI.tr("interrupted"), file=sys.stderr)
        return 130
    return int(result or 0)


if __name__ == "__main__":
    raise SystemExit(main())
