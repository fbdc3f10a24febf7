"""Commands over the case store: init, demo, users, recover, caseload, check, backup, restore, gui."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DatabaseError

from desktop.domain import Role
from desktop.storage.errors import StoreDamaged, StoreError
from desktop.storage.restore import restore_store
from desktop.storage.store import CaseStore

from .caseload_view import cmd_caseload
from .common import CliError, add_store_arguments, read_passphrase
from .messages import CLI, fill, role_as, role_noun

NEW_PASSPHRASE_ENV = "CHECKPOINT_NEW_PASSPHRASE"


@contextlib.contextmanager
def open_store(args: argparse.Namespace) -> Iterator[CaseStore]:
    """Open STORE as --user; every store error becomes one line on stderr and exit code 2."""
    passphrase = read_passphrase(args)
    try:
        store = CaseStore.open(args.store, args.user, passphrase)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    try:
        yield store
    except StoreError as exc:
        raise CliError(str(exc)) from None
    finally:
        store.close()


def read_new_passphrase(args: argparse.Namespace, who: str) -> str:
    path: Path | None = getattr(args, "new_passphrase_file", None)
    if path is not None:
        try:
            return path.read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise CliError(fill(CLI.tr("cannot read %1: %2"), path, exc.strerror)) from None
    if os.environ.get(NEW_PASSPHRASE_ENV):
        return os.environ[NEW_PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        raise CliError(
            fill(
                CLI.tr("no new passphrase for %1: give --new-passphrase-file or set %2"),
                who,
                NEW_PASSPHRASE_ENV,
            )
        )
    ns = argparse.Namespace(passphrase_file=None)
    saved = os.environ.pop("CHECKPOINT_PASSPHRASE", None)
    try:
        return read_passphrase(ns, fill(CLI.tr("New passphrase for %1: "), who), confirm=True)
    finally:
        if saved is not None:
            os.environ["CHECKPOINT_PASSPHRASE"] = saved


def _add_new_passphrase_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="FILE",
        help=fill(CLI.tr("the new passphrase (else $%1, else a prompt)"), NEW_PASSPHRASE_ENV),
    )


# -- commands ------------------------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    passphrase = read_passphrase(args, confirm=True)
    try:
        store, recovery = CaseStore.create(args.store, args.user, passphrase, args.display_name or args.user)
    except (StoreError, ValueError) as exc:
        raise CliError(str(exc)) from None
    store.close()
    print(fill(CLI.tr("Created case store %1 with admin '%2'."), args.store, args.user))
    print(CLI.tr("Recovery key (shown once; print it or write it down and keep it locked away):"))
    print(f"    {recovery}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.services.demo import DEMO_PASSPHRASE, DEMO_STAFF, create_demo_store

    given = args.passphrase_file is not None or bool(os.environ.get("CHECKPOINT_PASSPHRASE"))
    passphrase = read_passphrase(args) if given else DEMO_PASSPHRASE
    try:
        create_demo_store(args.store, people=args.people, seed=args.seed, passphrase=passphrase)
    except (StoreError, ValueError) as exc:
        raise CliError(str(exc)) from None
    users = ", ".join(["admin"] + [u for u, _n, _r in DEMO_STAFF])
    print(fill(CLI.tr("Created demo store %1 with %n invented people.", None, args.people), args.store))
    print(fill(CLI.tr("Users: %1; passphrase: %2"), users, CLI.tr("as given") if given else DEMO_PASSPHRASE))
    return 0


def cmd_users_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        for u in store.users():
            print(f"{u.username:<16} {u.role.value:<10} {u.display_name}")
    return 0


def cmd_users_add(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        passphrase = read_new_passphrase(args, args.name)
        try:
            store.add_user(args.name, args.display_name or args.name, Role(args.role), passphrase)
        except ValueError as exc:
            raise CliError(str(exc)) from None
    print(fill(CLI.tr("Added %1 '%2'."), role_noun(args.role), args.name))
    return 0


def cmd_users_passwd(args: argparse.Namespace) -> int:
    target = args.name or args.user
    with open_store(args) as store:
        try:
            store.change_passphrase(target, read_new_passphrase(args, target))
        except ValueError as exc:
            raise CliError(str(exc)) from None
    print(fill(CLI.tr("Passphrase changed for '%1'."), target))
    return 0


def cmd_users_role(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            store.change_role(args.name, Role(args.role), read_new_passphrase(args, args.name))
        except ValueError as exc:
            raise CliError(str(exc)) from None
    print(
        fill(
            CLI.tr("'%1' is now %2, with the new passphrase; the database was re-keyed."),
            args.name,
            role_as(args.role),
        )
    )
    return 0


def cmd_users_remove(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            store.remove_user(args.name)
        except ValueError as exc:
            raise CliError(str(exc)) from None
    print(
        fill(
            CLI.tr(
                "Removed '%1'; the database was re-keyed, so old copies of the key vault no longer open it."
            ),
            args.name,
        )
    )
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    try:
        recovery = args.recovery_key_file.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise CliError(fill(CLI.tr("cannot read %1: %2"), args.recovery_key_file, exc.strerror)) from None
    new = read_new_passphrase(args, args.user)
    try:
        CaseStore.open_with_recovery(args.store, recovery, args.user, new).close()
    except (StoreError, ValueError) as exc:
        raise CliError(str(exc)) from None
    print(fill(CLI.tr("New passphrase set for '%1'."), args.user))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    passphrase = read_passphrase(args)
    try:
        store = CaseStore.open(args.store, args.user, passphrase)
    except StoreDamaged as exc:
        print(fill(CLI.tr("damaged: %1"), exc), file=sys.stderr)
        return 1
    except StoreError as exc:
        raise CliError(str(exc)) from None
    chain = None
    try:
        problems = [fill(CLI.tr("database: %1"), p) for p in store.integrity_problems()]
        if not problems:  # a damaged database is not read further, nor written to
            chain = store.audit_check()
            if not chain.ok:
                problems.append(fill(CLI.tr("audit log: %1"), chain.problem))
            store.record_event("store.check", "store", detail="ok" if not problems else "problems found")
    except (StoreError, DatabaseError) as exc:
        problems = [fill(CLI.tr("the database is damaged: %1"), getattr(exc, "orig", None) or exc)]
    finally:
        store.close()
    if problems or chain is None:
        for p in problems:
            print(p, file=sys.stderr)
        return 1
    text = CLI.tr(
        "ok: database intact, key vault opens, audit chain of %n entr(y|ies) intact", None, chain.entries
    )
    if store.vault.has_tiers:
        text += CLI.tr(", each signed by its author; users and roles as the admin signed them")
    print(text)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        store.backup_to(args.dest)
    print(
        fill(
            CLI.tr("Encrypted backup written to %1 (open it with the same passphrases or recovery key)."),
            args.dest,
        )
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Admins only, under the store's lock, audited, swapped in one rename (desktop/storage/restore.py)."""
    src, target = Path(args.src), Path(args.store)
    if target.exists() and any(target.iterdir()) and not args.force:
        raise CliError(
            fill(
                CLI.tr("%1 already holds a store; add --force to replace it (the old one is kept aside)"),
                target,
            )
        )
    passphrase = read_passphrase(args)
    try:
        kept = restore_store(src, target, args.user, passphrase, force=args.force)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    print(
        fill(CLI.tr("Restored %1 to %2."), src, target)
        + (fill(CLI.tr(" The replaced store was kept as %1."), kept) if kept else "")
    )
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from desktop.app.main import run_gui

    return run_gui(args.store, list(getattr(args, "qt_args", []) or []))


def register(sub: Any) -> None:
    p = sub.add_parser("init", help=CLI.tr("create a new case store with an admin user"))
    add_store_arguments(p)
    p.add_argument("--display-name", default="")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help=CLI.tr("create a store with a synthetic caseload"))
    p.add_argument("store", type=Path, metavar="STORE")
    p.add_argument("--people", type=int, default=60)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--passphrase-file", type=Path, metavar="FILE")
    p.set_defaults(func=cmd_demo)

    users = sub.add_parser("users", help=CLI.tr("list, add users or change a passphrase")).add_subparsers(
        dest="users_command", metavar="ACTION", required=True
    )
    p = users.add_parser("list", help=CLI.tr("list the store's users"))
    add_store_arguments(p)
    p.set_defaults(func=cmd_users_list)
    p = users.add_parser("add", help=CLI.tr("add a user (admin only)"))
    add_store_arguments(p)
    p.add_argument("name", help=CLI.tr("the new user's name"))
    p.add_argument("--role", choices=[r.value for r in Role], default=Role.KEYWORKER.value)
    p.add_argument("--display-name", default="")
    _add_new_passphrase_argument(p)
    p.set_defaults(func=cmd_users_add)
    p = users.add_parser("passwd", help=CLI.tr("change your passphrase (or, as admin, another user's)"))
    add_store_arguments(p)
    p.add_argument("name", nargs="?", help=CLI.tr("whose passphrase (default: yours)"))
    _add_new_passphrase_argument(p)
    p.set_defaults(func=cmd_users_passwd)

    p = users.add_parser("role", help=CLI.tr("change a user's role; they get a new passphrase (admin only)"))
    add_store_arguments(p)
    p.add_argument("name", help=CLI.tr("whose role"))
    p.add_argument("--role", choices=[r.value for r in Role], required=True)
    _add_new_passphrase_argument(p)
    p.set_defaults(func=cmd_users_role)

    p = users.add_parser("remove", help=CLI.tr("remove a user and re-key the database (admin only)"))
    add_store_arguments(p)
    p.add_argument("name", help=CLI.tr("the user to remove"))
    p.set_defaults(func=cmd_users_remove)

    p = sub.add_parser("recover", help=CLI.tr("set a new passphrase with the recovery key"))
    p.add_argument("store", type=Path, metavar="STORE")
    p.add_argument("--recovery-key-file", type=Path, required=True, metavar="FILE")
    p.add_argument("--user", required=True)
    _add_new_passphrase_argument(p)
    p.set_defaults(func=cmd_recover)

    p = sub.add_parser("caseload", help=CLI.tr("the people you may see, with contract day and compliance"))
    add_store_arguments(p)
    p.add_argument("--format", choices=["table", "csv"], default="table")
    p.set_defaults(func=cmd_caseload)

    p = sub.add_parser("check", help=CLI.tr("check the database, the audit chain and the key vault"))
    add_store_arguments(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("backup", help=CLI.tr("write an encrypted copy of the store to DEST"))
    add_store_arguments(p)
    p.add_argument("dest", type=Path, metavar="DEST")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help=CLI.tr("restore a backup folder SRC into STORE"))
    p.add_argument("src", type=Path, metavar="SRC")
    add_store_arguments(p)
    p.add_argument(
        "--force", action="store_true", help=CLI.tr("replace an existing store (kept aside, not deleted)")
    )
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("gui", help=CLI.tr("open the desktop app (the demo store when STORE is not given)"))
    p.add_argument("store", type=Path, nargs="?", metavar="STORE")
    p.set_defaults(func=cmd_gui)
