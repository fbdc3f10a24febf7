"""`checkpoint-desk returns-language`: which language the returns to a force partner are written in."""

from __future__ import annotations

import argparse
from typing import Any

from .common import CliError, add_store_arguments
from .messages import CLI, QT_TRANSLATE_NOOP

LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("CLI", "English"),
    "cy": QT_TRANSLATE_NOOP("CLI", "Welsh"),
    "cy+en": QT_TRANSLATE_NOOP("CLI", "bilingual, Welsh first"),
}


def register(sub: Any) -> None:
    p = sub.add_parser(
        "returns-language",
        help=CLI.tr("show or set the language of returns to a force: en, cy or cy+en (Welsh first)"),
    )
    add_store_arguments(p)
    p.add_argument(
        "--force",
        default="",
        metavar="NAME",
        help=CLI.tr("the force partner, as named on its referrals (default: every force without its own)"),
    )
    p.add_argument(
        "--set", dest="language", choices=tuple(LANGUAGE_NAMES), help=CLI.tr("managers and admins only")
    )
    p.set_defaults(func=cmd_returns_language)


def _key(force: str) -> str:
    return f"returns_language:{force.strip()}" if force.strip() else "returns_language"


def cmd_returns_language(args: argparse.Namespace) -> int:
    from desktop.domain.enums import Role

    from .store_commands import open_store

    with open_store(args) as store:
        if args.language:
            if store.user.role not in (Role.ADMIN, Role.MANAGER):
                raise CliError(CLI.tr("only a manager or an admin may set the returns language"))
            store.set_setting(_key(args.force), args.language)
        value = store.setting(_key(args.force), "") if args.force else ""
        default = store.setting("returns_language", "en")
    chosen = value or default
    who = (
        CLI.tr("returns to %1").replace("%1", args.force.strip())
        if args.force.strip()
        else CLI.tr("returns to a force without its own setting")
    )
    source = "" if value or not args.force.strip() else CLI.tr(" (the default)")
    name = CLI.tr(LANGUAGE_NAMES.get(chosen, LANGUAGE_NAMES["en"]))
    print(
        CLI.tr(
            "%1: %2 (%3)%4. A person who prefers Welsh gets a Welsh or bilingual return whatever this says."
        )
        .replace("%1", who)
        .replace("%2", chosen)
        .replace("%3", name)
        .replace("%4", source)
    )
    return 0
