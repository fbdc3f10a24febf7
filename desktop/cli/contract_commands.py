"""`checkpoint-desk contract vary|add|withdraw|extend|pause|resume STORE --reference REF --reason TEXT ...`:
vary a signed contract from the command line, by the same rules as the form (desktop.domain.variations)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from desktop.domain import ConditionStatus, ConditionType
from desktop.domain.contract import catalogue_condition
from desktop.domain.variations import add_condition, extend, pause, resume, vary_condition, withdraw_condition

from .common import CliError, add_store_arguments
from .messages import CLI, fill
from .store_commands import open_store

ACTIONS = {
    "vary": "vary a condition's wording (--title) or target (--target)",
    "add": "add a condition (--type)",
    "withdraw": "withdraw a condition",
    "extend": "extend the end date (--end)",
    "pause": "pause the contract",
    "resume": "resume a paused contract",
}


def register(sub: Any) -> None:
    group = sub.add_parser("contract", help=CLI.tr("vary a signed contract (a reason is always required)"))
    actions = group.add_subparsers(dest="contract_command", metavar="ACTION", required=True)
    for name, text in ACTIONS.items():
        p = actions.add_parser(name, help=text)
        add_store_arguments(p)
        p.add_argument("--reference", required=True, help=CLI.tr("the person's force reference"))
        p.add_argument("--reason", required=True, help=CLI.tr("why, in words the force will read"))
        p.add_argument("--on", metavar="YYYY-MM-DD", help=CLI.tr("the day it takes effect (default: today)"))
        if name in ("vary", "withdraw"):
            p.add_argument(
                "--condition",
                required=True,
                type=int,
                metavar="N",
                help=CLI.tr("the condition's number, from 1"),
            )
        if name in ("vary", "add"):
            p.add_argument("--title", default="", help=CLI.tr("the wording"))
        if name == "vary":
            p.add_argument("--target", type=float, help=CLI.tr("the new target"))
        if name == "add":
            p.add_argument(
                "--type",
                required=True,
                choices=[t.value for t in ConditionType if t is not ConditionType.OFFENDING],
            )
        if name == "extend":
            p.add_argument("--end", required=True, metavar="YYYY-MM-DD", help=CLI.tr("the new end date"))
        p.set_defaults(func=cmd_contract)


def _day(text: str, flag: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(fill(CLI.tr("%1 must be a date like 2026-11-10, not %2"), flag, repr(text))) from None


def cmd_contract(args: argparse.Namespace) -> int:
    action = args.contract_command
    with open_store(args) as store:
        on = _day(args.on, "--on") if args.on else store.clock().date()
        cases = [c for c in store.cases.load_cases() if c.person.force_reference == args.reference]
        if not cases or cases[0].contract is None:
            raise CliError(
                fill(CLI.tr("no contract on your caseload has the force reference %1"), args.reference)
            )
        case = cases[0]
        contract = case.contract
        assert contract is not None
        live = [c for c in case.conditions if c.status is not ConditionStatus.WAIVED]
        try:
            if action in ("vary", "withdraw"):
                if not 1 <= args.condition <= len(case.conditions):
                    raise CliError(fill(CLI.tr("--condition must be from 1 to %1"), len(case.conditions)))
                cond = case.conditions[args.condition - 1]
                if action == "vary":
                    after, v = vary_condition(
                        contract, cond, on, args.reason, title=args.title or None, target=args.target
                    )
                else:
                    after, v = withdraw_condition(contract, cond, on, args.reason, store.user.username)
                kept = store.cases.record_variation(v, condition=after)
            elif action == "add":
                new = catalogue_condition(contract.id, ConditionType(args.type))
                if args.title.strip():
                    from dataclasses import replace

                    new = replace(new, title=args.title.strip())
                added, v = add_condition(contract, live, new, on, args.reason)
                kept = store.cases.record_variation(v, condition=added, new_condition=True)
            else:
                if action == "extend":
                    changed, v = extend(contract, _day(args.end, "--end"), on, args.reason)
                elif action == "pause":
                    changed, v = pause(contract, on, args.reason)
                else:
                    changed, v = resume(contract, on, args.reason)
                kept = store.cases.record_variation(v, contract=changed)
        except ValueError as exc:
            raise CliError(str(exc)) from None
    print(
        fill(
            CLI.tr("%1: %2 (recorded; it goes to the force in the next bundle)."), args.reference, kept.detail
        )
    )
    return 0
