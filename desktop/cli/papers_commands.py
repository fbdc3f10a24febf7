"""`checkpoint-desk papers contract|appointment|missed STORE --reference REF [--on DAY] --out FILE.pdf`:
the papers the person signs or is sent, from the templates (the store's own `papers/` folder first)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from desktop.services.papers import (
    PaperTemplateError,
    appointment_letter,
    contract_paper,
    missed_appointment_letter,
)
from desktop.storage.atomic import atomic_write_bytes

from .common import CliError, add_store_arguments
from .messages import CLI, QT_TRANSLATE_NOOP, cli_date, cli_moment, fill
from .store_commands import open_store


def register(sub: Any) -> None:
    group = sub.add_parser(
        "papers", help=CLI.tr("print the contract to sign, or an appointment / missed-appointment letter")
    )
    kinds = group.add_subparsers(dest="paper", metavar="PAPER", required=True)
    for name, text in (
        ("contract", QT_TRANSLATE_NOOP("CLI", "the current contract, with signature lines")),
        ("appointment", QT_TRANSLATE_NOOP("CLI", "a letter about the next appointment (or the one on --on)")),
        ("missed", QT_TRANSLATE_NOOP("CLI", "a letter about the missed appointment on --on")),
    ):
        p = kinds.add_parser(name, help=CLI.tr(text))
        add_store_arguments(p)
        p.add_argument("--reference", required=True, help=CLI.tr("the person's force reference"))
        p.add_argument(
            "--on", metavar="YYYY-MM-DD", required=name == "missed", help=CLI.tr("the appointment's day")
        )
        p.add_argument("--out", required=True, metavar="FILE.pdf")
        p.set_defaults(func=cmd_papers)
    p = kinds.add_parser(
        "attach", help=CLI.tr("attach a scan of the signed contract (PDF, PNG or JPEG) to the record")
    )
    add_store_arguments(p)
    p.add_argument("--reference", required=True, help=CLI.tr("the person's force reference"))
    p.add_argument("--file", required=True, metavar="SCAN", help=CLI.tr("the scan"))
    p.set_defaults(func=cmd_attach)
    p = kinds.add_parser("scans", help=CLI.tr("list the scans attached to the person's contract"))
    add_store_arguments(p)
    p.add_argument("--reference", required=True, help=CLI.tr("the person's force reference"))
    p.set_defaults(func=cmd_scans)


def _contract_id(store: Any, reference: str) -> str:
    cases = [c for c in store.cases.load_cases() if c.person.force_reference == reference]
    if not cases:
        raise CliError(fill(CLI.tr("no one on your caseload has the force reference %1"), reference))
    if cases[0].contract is None:
        raise CliError(fill(CLI.tr("%1 has no contract"), reference))
    return str(cases[0].contract.id)


def cmd_attach(args: argparse.Namespace) -> int:
    from pathlib import Path

    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise CliError(fill(CLI.tr("cannot read %1: %2"), args.file, exc.strerror)) from None
    with open_store(args) as store:
        try:
            scan = store.cases.attach_scan(_contract_id(store, args.reference), Path(args.file).name, data)
        except ValueError as exc:
            raise CliError(str(exc)) from None
    print(
        fill(
            CLI.tr(
                "Attached %1 (%2, %3 bytes) to the contract of %4; it is kept inside the encrypted store."
            ),
            scan.file_name,
            scan.media_type,
            scan.size,
            args.reference,
        )
    )
    return 0


def cmd_scans(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        found = store.cases.scans(_contract_id(store, args.reference))
    if not found:
        print(fill(CLI.tr("No scan attached to the contract of %1."), args.reference))
    for s in found:
        size = CLI.tr("%n byte(s)", None, s.size)
        by = fill(CLI.tr("by %1"), s.attached_by)
        print(
            f"{cli_moment(s.attached_at)}  {s.file_name}  {s.media_type}  {size}  {by}  sha256 {s.sha256[:16]}"
        )
    return 0


def cmd_papers(args: argparse.Namespace) -> int:
    from pathlib import Path

    day = None
    if args.on:
        try:
            day = date.fromisoformat(args.on)
        except ValueError:
            raise CliError(
                fill(CLI.tr("%1 must be a date like 2026-11-10, not %2"), "--on", repr(args.on))
            ) from None
    with open_store(args) as store:
        cases = [c for c in store.cases.load_cases() if c.person.force_reference == args.reference]
        if not cases:
            raise CliError(fill(CLI.tr("no one on your caseload has the force reference %1"), args.reference))
        case = cases[0]
        names = {u.id: u.display_name for u in store.users()}
        keyworker = names.get(case.person.keyworker_id or "", "your navigator")
        provider = store.setting("organisation", "") or "the treatment service"
        templates = (store.folder / "papers",)
        today = store.clock().date()
        try:
            if args.paper == "contract":
                if case.contract is None:
                    raise CliError(fill(CLI.tr("%1 has no contract to print"), args.reference))
                pdf = contract_paper(
                    case.person,
                    case.contract,
                    case.conditions,
                    provider=provider,
                    keyworker=keyworker,
                    templates=templates,
                )
            else:
                appts = [
                    a
                    for a in case.appointments
                    if (a.on == day if day else a.outcome is None and a.on >= today)
                ]
                if args.paper == "missed":
                    appts = [a for a in appts if a.is_missed]
                if not appts:
                    missed = args.paper == "missed"
                    if day:
                        text = (
                            CLI.tr("%1 has no missed appointment on %2")
                            if missed
                            else CLI.tr("%1 has no appointment on %2")
                        )
                    else:
                        text = (
                            CLI.tr("%1 has no missed appointment to come")
                            if missed
                            else CLI.tr("%1 has no appointment to come")
                        )
                    raise CliError(fill(text, args.reference, cli_date(day) if day else ""))
                appt = min(appts, key=lambda a: a.planned_at)
                make = missed_appointment_letter if args.paper == "missed" else appointment_letter
                pdf = make(
                    case.person,
                    appt,
                    provider=provider,
                    keyworker=keyworker,
                    today=today,
                    templates=templates,
                )
        except (PaperTemplateError, ValueError) as exc:
            raise CliError(str(exc)) from None
        out = Path(args.out)
        atomic_write_bytes(out, pdf)  # a temporary file (0600) renamed into place
        store.record_event("paper.print", "person", case.person.id, case.person.id, args.paper)
    print(fill(CLI.tr("Wrote %1 (%2, %3 bytes)."), out, args.paper, len(pdf)))
    return 0
