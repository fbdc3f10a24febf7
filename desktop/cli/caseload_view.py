"""`checkpoint-desk caseload`: the people you may see, as a table in your language or as CSV for scripts."""

from __future__ import annotations

import argparse
import csv
import sys

from desktop.domain import CaseloadRow

from .messages import CLI, QT_TRANSLATE_NOOP, cli_label, fill
from .render import table


def _row_fields(r: CaseloadRow) -> list[str]:
    """The CSV's cells: as they have always been (English labels, ISO times), for the scripts that read them."""
    nxt = r.next_appointment.strftime("%Y-%m-%d %H:%M") if r.next_appointment else ""
    return [
        r.name,
        r.force_reference,
        r.keyworker,
        r.state.label if r.state else "no contract",
        r.day_label,
        r.conditions_label,
        nxt,
        r.compliance.level.label,
        "; ".join(x.text for x in r.compliance.reasons),
    ]


CASELOAD_HEADER = (
    QT_TRANSLATE_NOOP("CLI", "Name"),
    QT_TRANSLATE_NOOP("CLI", "Force reference"),
    QT_TRANSLATE_NOOP("CLI", "Keyworker"),
    QT_TRANSLATE_NOOP("CLI", "Status"),
    QT_TRANSLATE_NOOP("CLI", "Contract day"),
    QT_TRANSLATE_NOOP("CLI", "Conditions met"),
    QT_TRANSLATE_NOOP("CLI", "Next appointment"),
    QT_TRANSLATE_NOOP("CLI", "Compliance"),
)


def _row_words(r: CaseloadRow) -> list[str]:
    """The table's cells in the command's language."""
    from desktop.domain import ContractState
    from desktop.wording import level_label

    from .messages import cli_moment, current_language

    if r.state is None or r.state is ContractState.OFFERED:
        day = CLI.tr("not signed")
    elif r.state.is_terminal:
        day = CLI.tr("closed")
    else:
        day = fill(CLI.tr("%1 of %2"), r.contract_day, r.contract_length)
    return [
        r.name,
        r.force_reference,
        r.keyworker,
        cli_label(r.state.label) if r.state else CLI.tr("no contract"),
        day,
        fill(CLI.tr("%1 of %2"), r.conditions_met, r.conditions_total),
        cli_moment(r.next_appointment) if r.next_appointment else "",
        level_label(r.compliance.level, current_language()),
    ]


def cmd_caseload(args: argparse.Namespace) -> int:
    header = [
        "name",
        "force_reference",
        "keyworker",
        "status",
        "contract_day",
        "conditions_met",
        "next_appointment",
        "compliance",
        "reasons",
    ]
    from .store_commands import open_store

    with open_store(args) as store:
        rows = store.cases.caseload()
        store.record_event("caseload.list", "caseload", detail=f"{len(rows)} rows, {args.format}")
    if args.format == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(header)
        writer.writerows(_row_fields(r) for r in rows)
        return 0
    table([CLI.tr(h) for h in CASELOAD_HEADER], (_row_words(r) for r in rows))
    return 0
