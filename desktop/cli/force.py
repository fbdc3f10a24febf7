"""`checkpoint-force`: the force's diversion team's side of file-based sync with treatment providers.

    checkpoint-force init DIR --name "Durham Constabulary" [--user NAME]
    checkpoint-force cert DIR --out force-cert.pem
    checkpoint-force partner add DIR --cert provider.pem --name "Provider Ltd"
    checkpoint-force refer DIR --csv referrals.csv --to "Provider Ltd" --out OUTDIR
    checkpoint-force receive DIR BUNDLE...
    checkpoint-force report DIR --ref REF --kind reoffended|withdrawn|correction ...
    checkpoint-force decide DIR --ref REF --decision nfa|charge|other --date D [--note TEXT]
    checkpoint-force send DIR --to "Provider Ltd"
    checkpoint-force status DIR [--provider NAME] [--not-complying]
    checkpoint-force figures DIR --from D --to D [--out FILE.csv]
    checkpoint-force returns list|open|mark-read DIR ...
    checkpoint-force find DIR --last-name NAME | --dob DATE | --pnc ID
    checkpoint-force erase DIR --ref REF --reason TEXT [--provider NAME]
    checkpoint-force users list|add|remove DIR ...;  passphrase DIR;  recover DIR;  audit DIR;  upgrade DIR

The database is DIR/force.db (SQLCipher) unless --db gives a PostgreSQL URL (postgresql://user@host/dbname, no
password: it comes from ~/.pgpass, --db-passfile or a service file named by --db-service). You are --user
(else $CHECKPOINT_FORCE_USER, else your login name); your passphrase comes from --passphrase-file, else
$CHECKPOINT_FORCE_PASSPHRASE, else a prompt. Every error is one line on stderr and exit status 2.
See docs/force.md.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy.exc import OperationalError, SQLAlchemyError

from desktop import version
from desktop.force.home import HomeError
from desktop.force.keys import SealBroken
from desktop.force.store import ForceStoreError
from desktop.services.sync import DEFAULT_MAX_SIZE

from . import force_commands as c
from . import force_team as team
from .common import CliError
from .messages import CLI, LANG_CHOICES, QT_TRANSLATE_NOOP, fill, language_in, speaking
from .render import error


class _Parser(argparse.ArgumentParser):
    """Usage mistakes as one line on stderr and exit 2, like every other error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, fill(CLI.tr("%1: %2 (see --help)"), self.prog, message) + "\n")


def _date(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(fill(CLI.tr("%1 is not a date (YYYY-MM-DD)"), repr(text))) from None


def _common() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("dir", type=Path, metavar="DIR", help=CLI.tr("the force's folder"))
    common.add_argument(
        "--user", help=fill(CLI.tr("your user name (else $%1, else your login name)"), c.USER_ENV)
    )
    common.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=fill(CLI.tr("your passphrase from FILE (else $%1, else a prompt)"), c.PASSPHRASE_ENV),
    )
    common.add_argument(
        "--db",
        metavar="URL",
        help=fill(CLI.tr("PostgreSQL URL without a password (else $%1, else DIR/force.db)"), c.DB_ENV),
    )
    common.add_argument("--db-service", metavar="NAME", help=CLI.tr("PostgreSQL service (pg_service.conf)"))
    common.add_argument(
        "--db-passfile", type=Path, metavar="FILE", help=CLI.tr("PostgreSQL password file (.pgpass format)")
    )
    return common


def _new_pass(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="FILE",
        help=fill(CLI.tr("the new passphrase from FILE (else $%1, else a prompt)"), c.NEW_PASSPHRASE_ENV),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="checkpoint-force",
        description=CLI.tr(
            "checkpoint-force: the force's diversion team's side of file-based sync with treatment providers."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    parser.add_argument(
        "--lang",
        choices=LANG_CHOICES,
        default=None,
        help=CLI.tr(
            "language of messages: en, cy (Cymraeg) or system (default: $CHECKPOINT_LANGUAGE, else the locale)"
        ),
    )
    common = _common()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(
        name: str,
        func: object,
        help_text: str,
        owner: argparse._SubParsersAction = sub,  # type: ignore[type-arg]
    ) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = owner.add_parser(name, parents=[common], help=CLI.tr(help_text))
        p.set_defaults(func=func)
        return p

    p = command(
        "init",
        c.cmd_init,
        QT_TRANSLATE_NOOP("CLI", "create the force's folder: key, certificate, vault and store"),
    )
    p.add_argument(
        "--name", default="Police force", help=CLI.tr("the force's name, as providers will see it")
    )
    command(
        "upgrade",
        c.cmd_upgrade,
        QT_TRANSLATE_NOOP("CLI", "encrypt a folder made by the first release (plain force.db)"),
    )
    p = command("cert", c.cmd_cert, QT_TRANSLATE_NOOP("CLI", "export the force's certificate for providers"))
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pem")
    partner = sub.add_parser("partner", help=CLI.tr("treatment providers the force exchanges bundles with"))
    partner_sub = partner.add_subparsers(dest="partner_command", metavar="COMMAND")
    p = command(
        "add",
        c.cmd_partner_add,
        QT_TRANSLATE_NOOP("CLI", "pin a provider's certificate (admin)"),
        partner_sub,
    )
    p.add_argument("--cert", type=Path, required=True, metavar="FILE.pem")
    p.add_argument("--name", required=True)
    p = command(
        "refer", c.cmd_refer, QT_TRANSLATE_NOOP("CLI", "send referrals from a CSV file as one bundle")
    )
    p.add_argument("--csv", type=Path, required=True, metavar="FILE")
    p.add_argument("--to", required=True, metavar="NAME", help=CLI.tr("the partner's name"))
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help=CLI.tr("folder for the bundle"))
    p = command("receive", c.cmd_receive, QT_TRANSLATE_NOOP("CLI", "check and store bundles from providers"))
    p.add_argument("bundles", type=Path, nargs="+", metavar="BUNDLE")
    p.add_argument("--max-size", type=int, default=DEFAULT_MAX_SIZE, metavar="BYTES")
    p = command(
        "report",
        c.cmd_report,
        QT_TRANSLATE_NOOP("CLI", "tell a provider of reoffending, a withdrawal or a correction"),
    )
    p.add_argument("--ref", required=True, metavar="REF", help=CLI.tr("the force reference of the referral"))
    p.add_argument("--kind", required=True, choices=("reoffended", "withdrawn", "correction"))
    p.add_argument(
        "--provider", metavar="NAME", help=CLI.tr("when the reference went to more than one provider")
    )
    p.add_argument("--offence", help=CLI.tr("reoffended: the new offence"))
    p.add_argument("--offence-date", metavar="YYYY-MM-DD", type=_date, help=CLI.tr("reoffended: when"))
    p.add_argument("--new-reference", metavar="REF", help=CLI.tr("reoffended: the new crime reference"))
    p.add_argument(
        "--on",
        metavar="YYYY-MM-DD",
        type=_date,
        help=CLI.tr("reoffended: reported on / withdrawn: withdrawn on (today)"),
    )
    p.add_argument("--reason", help=CLI.tr("withdrawn: why"))
    p.add_argument(
        "--set", action="append", metavar="FIELD=VALUE", help=CLI.tr("correction: a corrected field")
    )
    p = command(
        "decide",
        c.cmd_decide,
        QT_TRANSLATE_NOOP("CLI", "record the force's decision on a referral, for the next bundle"),
    )
    p.add_argument("--ref", required=True, metavar="REF", help=CLI.tr("the force reference of the referral"))
    p.add_argument(
        "--decision",
        required=True,
        choices=("nfa", "charge", "other"),
        help=CLI.tr(
            "nfa: no further action; charge; other: e.g. an out-of-court disposal (say which in --note)"
        ),
    )
    p.add_argument(
        "--date", required=True, metavar="YYYY-MM-DD", type=_date, help=CLI.tr("the date of the decision")
    )
    p.add_argument("--note", default="", help=CLI.tr("a short note for the provider"))
    p.add_argument(
        "--provider", metavar="NAME", help=CLI.tr("when the reference went to more than one provider")
    )
    p = command("send", c.cmd_send, QT_TRANSLATE_NOOP("CLI", "send the reports queued for a provider now"))
    p.add_argument("--to", required=True, metavar="NAME")
    p.add_argument(
        "--out", type=Path, metavar="DIR", help=CLI.tr("folder for the bundle (default DIR/outbox)")
    )
    p = command(
        "status",
        c.cmd_status,
        QT_TRANSLATE_NOOP("CLI", "per provider: bundles, people and their compliance, overdue returns"),
    )
    p.add_argument(
        "--today", metavar="YYYY-MM-DD", type=_date, help=CLI.tr("report as of this date (default: today)")
    )
    p.add_argument("--provider", metavar="NAME", help=CLI.tr("one provider only"))
    p.add_argument(
        "--not-complying", action="store_true", help=CLI.tr("list only people whose latest return says so")
    )
    p = command(
        "figures",
        c.cmd_figures,
        QT_TRANSLATE_NOOP("CLI", "outcome figures across providers for a period (small numbers hidden)"),
    )
    p.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD", type=_date)
    p.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD", type=_date)
    p.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        type=_date,
        help=CLI.tr("count reoffending reported by this date (default: today)"),
    )
    p.add_argument(
        "--out", type=Path, metavar="FILE.csv", help=CLI.tr("write CSV (one row per figure and provider)")
    )
    rets = sub.add_parser("returns", help=CLI.tr("returns received: the queue not read yet, reading one"))
    rets_sub = rets.add_subparsers(dest="returns_command", metavar="COMMAND")
    p = command(
        "list",
        team.cmd_returns_list,
        QT_TRANSLATE_NOOP("CLI", "returns not read yet, per provider"),
        rets_sub,
    )
    p.add_argument("--provider", metavar="NAME")
    p.add_argument("--all", action="store_true", help=CLI.tr("read ones too"))
    p = command(
        "open",
        team.cmd_returns_open,
        QT_TRANSLATE_NOOP("CLI", "write a return's PDF and mark it read"),
        rets_sub,
    )
    p.add_argument("id", metavar="ID", help=CLI.tr("the return's ID (its first 8 characters are enough)"))
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|DIR")
    p = command(
        "mark-read",
        team.cmd_returns_mark_read,
        QT_TRANSLATE_NOOP("CLI", "mark returns read without opening them"),
        rets_sub,
    )
    p.add_argument("ids", nargs="+", metavar="ID")
    p = command(
        "find",
        team.cmd_find,
        QT_TRANSLATE_NOOP("CLI", "find referrals by last name, date of birth or PNC ID"),
    )
    p.add_argument("--last-name")
    p.add_argument("--dob", metavar="YYYY-MM-DD", type=_date)
    p.add_argument("--pnc", metavar="ID")
    us = sub.add_parser("users", help=CLI.tr("the team's users and roles (admin)"))
    us_sub = us.add_subparsers(dest="users_command", metavar="COMMAND")
    command("list", team.cmd_users_list, QT_TRANSLATE_NOOP("CLI", "list users"), us_sub)
    p = command("add", team.cmd_users_add, QT_TRANSLATE_NOOP("CLI", "add a user"), us_sub)
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", required=True, choices=("decision-maker", "analyst", "admin"))
    _new_pass(p)
    p = command("remove", team.cmd_users_remove, QT_TRANSLATE_NOOP("CLI", "remove a user"), us_sub)
    p.add_argument("name", metavar="NAME")
    p = command("passphrase", team.cmd_passphrase, QT_TRANSLATE_NOOP("CLI", "change your passphrase"))
    _new_pass(p)
    p = command(
        "recover", team.cmd_recover, QT_TRANSLATE_NOOP("CLI", "set a user's passphrase with the recovery key")
    )
    p.add_argument("--for", dest="for_user", required=True, metavar="NAME")
    p.add_argument("--recovery-key-file", type=Path, metavar="FILE")
    _new_pass(p)
    p = command(
        "erase",
        team.cmd_erase,
        QT_TRANSLATE_NOOP("CLI", "erase a referral and everything held on it (decision-maker or admin)"),
    )
    p.add_argument("--ref", required=True, metavar="REF", help=CLI.tr("the force reference of the referral"))
    p.add_argument(
        "--provider", metavar="NAME", help=CLI.tr("when the reference went to more than one provider")
    )
    p.add_argument("--reason", required=True, help=CLI.tr("why (kept in the audit log)"))
    p = command(
        "audit",
        team.cmd_audit,
        QT_TRANSLATE_NOOP("CLI", "check the audit chain and show its last entries (admin)"),
    )
    p.add_argument("--last", type=int, default=20, metavar="N")
    return parser


PROG = "checkpoint-force"


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    with speaking(language_in(given)):  # before the parser: --help and usage errors in the language too
        return _main(given)


def _main(argv: list[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return 0 if exc.code in (0, None) else 2
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except (CliError, HomeError, ForceStoreError, SealBroken) as exc:
        return error(_one_line(exc), prog=PROG)
    except OperationalError as exc:
        return error(fill(CLI.tr("cannot use the database: %1"), c._db_reason(exc)), prog=PROG)
    except SQLAlchemyError as exc:
        return error(fill(CLI.tr("database error, nothing was changed: %1"), c._db_reason(exc)), prog=PROG)
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        reason = CLI.tr("the disk is full") if exc.errno == 28 else (exc.strerror or type(exc).__name__)
        return error(reason + where, prog=PROG)
    except KeyboardInterrupt:
        return error(CLI.tr("interrupted"), prog=PROG, code=130)


if __name__ == "__main__":
    raise SystemExit(main())
