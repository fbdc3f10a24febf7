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
from .common import CliError


class _Parser(argparse.ArgumentParser):
    """Usage mistakes as one line on stderr and exit 2, like every other error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def _date(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _common() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("dir", type=Path, metavar="DIR", help="the force's folder")
    common.add_argument("--user", help=f"your user name (else ${c.USER_ENV}, else your login name)")
    common.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=f"your passphrase from FILE (else ${c.PASSPHRASE_ENV}, else a prompt)",
    )
    common.add_argument(
        "--db", metavar="URL", help=f"PostgreSQL URL without a password (else ${c.DB_ENV}, else DIR/force.db)"
    )
    common.add_argument("--db-service", metavar="NAME", help="PostgreSQL service (pg_service.conf)")
    common.add_argument(
        "--db-passfile", type=Path, metavar="FILE", help="PostgreSQL password file (.pgpass format)"
    )
    return common


def _new_pass(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="FILE",
        help=f"the new passphrase from FILE (else ${c.NEW_PASSPHRASE_ENV}, else a prompt)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="checkpoint-force",
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    common = _common()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(
        name: str,
        func: object,
        help_text: str,
        owner: argparse._SubParsersAction = sub,  # type: ignore[type-arg]
    ) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = owner.add_parser(name, parents=[common], help=help_text)
        p.set_defaults(func=func)
        return p

    p = command("init", c.cmd_init, "create the force's folder: key, certificate, vault and store")
    p.add_argument("--name", default="Police force", help="the force's name, as providers will see it")
    command("upgrade", c.cmd_upgrade, "encrypt a folder made by the first release (plain force.db)")
    p = command("cert", c.cmd_cert, "export the force's certificate for providers")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pem")
    partner = sub.add_parser("partner", help="treatment providers the force exchanges bundles with")
    partner_sub = partner.add_subparsers(dest="partner_command", metavar="COMMAND")
    p = command("add", c.cmd_partner_add, "pin a provider's certificate (admin)", partner_sub)
    p.add_argument("--cert", type=Path, required=True, metavar="FILE.pem")
    p.add_argument("--name", required=True)
    p = command("refer", c.cmd_refer, "send referrals from a CSV file as one bundle")
    p.add_argument("--csv", type=Path, required=True, metavar="FILE")
    p.add_argument("--to", required=True, metavar="NAME", help="the partner's name")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the bundle")
    p = command("receive", c.cmd_receive, "check and store bundles from providers")
    p.add_argument("bundles", type=Path, nargs="+", metavar="BUNDLE")
    p.add_argument("--max-size", type=int, default=DEFAULT_MAX_SIZE, metavar="BYTES")
    p = command("report", c.cmd_report, "tell a provider of reoffending, a withdrawal or a correction")
    p.add_argument("--ref", required=True, metavar="REF", help="the force reference of the referral")
    p.add_argument("--kind", required=True, choices=("reoffended", "withdrawn", "correction"))
    p.add_argument("--provider", metavar="NAME", help="when the reference went to more than one provider")
    p.add_argument("--offence", help="reoffended: the new offence")
    p.add_argument("--offence-date", metavar="YYYY-MM-DD", type=_date, help="reoffended: when")
    p.add_argument("--new-reference", metavar="REF", help="reoffended: the new crime reference")
    p.add_argument(
        "--on",
        metavar="YYYY-MM-DD",
        type=_date,
        help="reoffended: reported on / withdrawn: withdrawn on (today)",
    )
    p.add_argument("--reason", help="withdrawn: why")
    p.add_argument("--set", action="append", metavar="FIELD=VALUE", help="correction: a corrected field")
    p = command("decide", c.cmd_decide, "record the force's decision on a referral, for the next bundle")
    p.add_argument("--ref", required=True, metavar="REF", help="the force reference of the referral")
    p.add_argument(
        "--decision",
        required=True,
        choices=("nfa", "charge", "other"),
        help="nfa: no further action; charge; other: e.g. an out-of-court disposal (say which in --note)",
    )
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD", type=_date, help="the date of the decision")
    p.add_argument("--note", default="", help="a short note for the provider")
    p.add_argument("--provider", metavar="NAME", help="when the reference went to more than one provider")
    p = command("send", c.cmd_send, "send the reports queued for a provider now")
    p.add_argument("--to", required=True, metavar="NAME")
    p.add_argument("--out", type=Path, metavar="DIR", help="folder for the bundle (default DIR/outbox)")
    p = command("status", c.cmd_status, "per provider: bundles, people and their compliance, overdue returns")
    p.add_argument(
        "--today", metavar="YYYY-MM-DD", type=_date, help="report as of this date (default: today)"
    )
    p.add_argument("--provider", metavar="NAME", help="one provider only")
    p.add_argument(
        "--not-complying", action="store_true", help="list only people whose latest return says so"
    )
    p = command(
        "figures", c.cmd_figures, "outcome figures across providers for a period (small numbers hidden)"
    )
    p.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD", type=_date)
    p.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD", type=_date)
    p.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        type=_date,
        help="count reoffending reported by this date (default: today)",
    )
    p.add_argument("--out", type=Path, metavar="FILE.csv", help="write CSV (one row per figure and provider)")
    rets = sub.add_parser("returns", help="returns received: the queue not read yet, reading one")
    rets_sub = rets.add_subparsers(dest="returns_command", metavar="COMMAND")
    p = command("list", c.cmd_returns_list, "returns not read yet, per provider", rets_sub)
    p.add_argument("--provider", metavar="NAME")
    p.add_argument("--all", action="store_true", help="read ones too")
    p = command("open", c.cmd_returns_open, "write a return's PDF and mark it read", rets_sub)
    p.add_argument("id", metavar="ID", help="the return's ID (its first 8 characters are enough)")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|DIR")
    p = command("mark-read", c.cmd_returns_mark_read, "mark returns read without opening them", rets_sub)
    p.add_argument("ids", nargs="+", metavar="ID")
    p = command("find", c.cmd_find, "find referrals by last name, date of birth or PNC ID")
    p.add_argument("--last-name")
    p.add_argument("--dob", metavar="YYYY-MM-DD", type=_date)
    p.add_argument("--pnc", metavar="ID")
    us = sub.add_parser("users", help="the team's users and roles (admin)")
    us_sub = us.add_subparsers(dest="users_command", metavar="COMMAND")
    command("list", c.cmd_users_list, "list users", us_sub)
    p = command("add", c.cmd_users_add, "add a user", us_sub)
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", required=True, choices=("decision-maker", "analyst", "admin"))
    _new_pass(p)
    p = command("remove", c.cmd_users_remove, "remove a user", us_sub)
    p.add_argument("name", metavar="NAME")
    p = command("passphrase", c.cmd_passphrase, "change your passphrase")
    _new_pass(p)
    p = command("recover", c.cmd_recover, "set a user's passphrase with the recovery key")
    p.add_argument("--for", dest="for_user", required=True, metavar="NAME")
    p.add_argument("--recovery-key-file", type=Path, metavar="FILE")
    _new_pass(p)
    p = command("erase", c.cmd_erase, "erase a referral and everything held on it (decision-maker or admin)")
    p.add_argument("--ref", required=True, metavar="REF", help="the force reference of the referral")
    p.add_argument("--provider", metavar="NAME", help="when the reference went to more than one provider")
    p.add_argument("--reason", required=True, help="why (kept in the audit log)")
    p = command("audit", c.cmd_audit, "check the audit chain and show its last entries (admin)")
    p.add_argument("--last", type=int, default=20, metavar="N")
    return parser


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def main(argv: Sequence[str] | None = None) -> int:
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
        print(f"checkpoint-force: {_one_line(exc)}", file=sys.stderr)
        return 2
    except OperationalError as exc:
        print(f"checkpoint-force: cannot use the database: {c._db_reason(exc)}", file=sys.stderr)
        return 2
    except SQLAlchemyError as exc:
        print(f"checkpoint-force: database error, nothing was changed: {c._db_reason(exc)}", file=sys.stderr)
        return 2
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        reason = "the disk is full" if exc.errno == 28 else (exc.strerror or type(exc).__name__)
        print(f"checkpoint-force: {reason}{where}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("checkpoint-force: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
