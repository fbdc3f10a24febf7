"""`checkpoint-desk`: the provider's command line. Each command group lives in its own module."""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import sys
from collections.abc import Sequence

from desktop import version

from .messages import CLI, LANG_CHOICES, QT_TRANSLATE_NOOP, fill, language_in, speaking
from .render import error

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


# The commands as `--help` lists them, so `--help` and `--version` answer without importing the storage layer,
# SQLAlchemy or Alembic (a test checks this table against the commands the modules register).
COMMANDS: tuple[tuple[str, str], ...] = (
    ("init", QT_TRANSLATE_NOOP("CLI", "create a new case store with an admin user")),
    ("demo", QT_TRANSLATE_NOOP("CLI", "create a store with a synthetic caseload")),
    ("users", QT_TRANSLATE_NOOP("CLI", "list, add users or change a passphrase")),
    ("recover", QT_TRANSLATE_NOOP("CLI", "set a new passphrase with the recovery key")),
    ("caseload", QT_TRANSLATE_NOOP("CLI", "the people you may see, with contract day and compliance")),
    ("check", QT_TRANSLATE_NOOP("CLI", "check the database, the audit chain and the key vault")),
    ("backup", QT_TRANSLATE_NOOP("CLI", "write an encrypted copy of the store to DEST")),
    ("restore", QT_TRANSLATE_NOOP("CLI", "restore a backup folder SRC into STORE")),
    ("gui", QT_TRANSLATE_NOOP("CLI", "open the desktop app (the demo store when STORE is not given)")),
    ("instruments", QT_TRANSLATE_NOOP("CLI", "list, score and check assessment instruments")),
    ("verify", QT_TRANSLATE_NOOP("CLI", "check the signature of a return PDF")),
    ("absence", QT_TRANSLATE_NOOP("CLI", "acceptable absences: a missed appointment that does not count")),
    ("returns", QT_TRANSLATE_NOOP("CLI", "progress returns to the force: list and sign a month's batch")),
    ("cert", QT_TRANSLATE_NOOP("CLI", "the organisation's key and certificate that sign returns")),
    ("partner", QT_TRANSLATE_NOOP("CLI", "forces we exchange bundles with (pinned certificates)")),
    ("sync", QT_TRANSLATE_NOOP("CLI", "export and import bundles, or export our certificate")),
    ("report", QT_TRANSLATE_NOOP("CLI", "the service's figures for a period, as CSV or a signed PDF")),
    (
        "returns-language",
        QT_TRANSLATE_NOOP(
            "CLI", "show or set the language of returns to a force: en, cy or cy+en (Welsh first)"
        ),
    ),
    ("erase", QT_TRANSLATE_NOOP("CLI", "erase one person's records for good (manager or admin)")),
    ("hold", QT_TRANSLATE_NOOP("CLI", "legal holds: keep a person's data whatever the schedule")),
    ("retention", QT_TRANSLATE_NOOP("CLI", "the retention schedule: what is due for erasure")),
    ("sar", QT_TRANSLATE_NOOP("CLI", "subject access: write everything held on one person to DIR")),
    (
        "papers",
        QT_TRANSLATE_NOOP("CLI", "print the contract to sign, or an appointment / missed-appointment letter"),
    ),
    ("contract", QT_TRANSLATE_NOOP("CLI", "vary a signed contract (a reason is always required)")),
    (
        "replica",
        QT_TRANSLATE_NOOP("CLI", "replicas of the store for other desks and laptops (docs/replicas.md)"),
    ),
)
LIGHT_ARGS = ((), ("-h",), ("--help",), ("--version",))


def _parser() -> tuple[argparse.ArgumentParser, argparse._SubParsersAction[argparse.ArgumentParser]]:
    parser = argparse.ArgumentParser(
        prog="checkpoint-desk",
        description=CLI.tr(
            "Case management for police diversion contracts, with an encrypted local case store."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    parser.add_argument(
        "--lang",
        choices=LANG_CHOICES,
        default=None,
        help=CLI.tr("language of messages: en, cy (Cymraeg) or system (default: the GUI's saved choice)"),
    )
    return parser, parser.add_subparsers(dest="command", metavar="COMMAND")


def build_parser() -> argparse.ArgumentParser:
    parser, sub = _parser()
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def light_parser() -> argparse.ArgumentParser:
    """The top-level parser for `--help` and `--version` alone: the command list from COMMANDS."""
    parser, sub = _parser()
    for name, text in COMMANDS:
        sub.add_parser(name, help=CLI.tr(text))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    given = tuple(sys.argv[1:] if argv is None else argv)
    with speaking(language_in(given)):  # before the parser, so that --help is in the chosen language too
        if given in LIGHT_ARGS:
            light_parser().parse_args(given)  # prints the version or the help and exits
            light_parser().print_help()
            return 2
        parser = build_parser()
        args = parser.parse_args(given)
        if not getattr(args, "func", None):
            parser.print_help()
            return 2
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    import sqlcipher3
    from sqlalchemy.exc import DatabaseError

    from desktop.storage.errors import StoreError, from_database_error

    from .common import CliError

    try:
        result = args.func(args)
    except CliError as exc:
        return error(exc, code=exc.code)
    except BrokenPipeError:  # `caseload | head`: the reader left; say nothing more (Python's advice)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except StoreError as exc:
        return error(exc)
    except (
        DatabaseError,
        sqlcipher3.dbapi2.DatabaseError,
    ) as exc:  # a damaged page or a full disk: rolled back
        return error(from_database_error(exc, folder=getattr(args, "store", None)))
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        reason = (
            CLI.tr("the disk is full") if exc.errno == errno.ENOSPC else (exc.strerror or type(exc).__name__)
        )
        return error(fill(CLI.tr("%1; the command stopped"), reason + where))
    except MemoryError:
        return error(CLI.tr("out of memory; the command stopped"))
    except KeyboardInterrupt:
        return error(CLI.tr("interrupted"), code=130)
    return int(result or 0)


if __name__ == "__main__":
    raise SystemExit(main())
