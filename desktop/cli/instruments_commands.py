"""`checkpoint-desk instruments ...`: list, score and check instrument definitions (for services writing them)."""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from desktop.domain.errors import ValidationError
from desktop.domain.instruments import DECLINED, AnswerValue, InstrumentDefinition, ItemKind, score
from desktop.services.instruments import (
    InstrumentCatalogue,
    InstrumentFileError,
    load_definition_file,
    load_instruments,
)

from .common import CliError
from .messages import CLI, fill

DECLINED_WORD = "declined"

_SCORE_HELP = f"""\
Answers are given in item order, separated by commas:
  - a choice item takes the option's value; for scored instruments that is the item's score
    (PHQ-9: 0-3; AUDIT Q9 and Q10: 0, 2 or 4), so --answers 1,0,2,... is the scores in order;
  - a yes/no item takes yes or no; a number item a number; a text item the text (without commas);
  - '{DECLINED_WORD}' marks an item the person declined; an empty answer (1,,2) or a missing tail leaves
    items unanswered.
`instruments list --items ID` shows each item's id, kind and allowed answers in order.
Prints JSON: {{"total": N, "band": "...", "flags": [...], "complete": ..., "declined": [...],
"unanswered": [...], "follow_ups": [...]}}. "band" is null while a scored item is declined or unanswered."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = subparsers.add_parser(
        "instruments",
        help=CLI.tr("list, score and check assessment instruments"),
        description=CLI.tr("Assessment instruments (questionnaires and screens) defined as data."),
    )
    sub = group.add_subparsers(dest="instruments_command", metavar="ACTION", required=True)

    extra = argparse.ArgumentParser(add_help=False)
    extra.add_argument(
        "--extra",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help=CLI.tr("also load definitions from DIR (a service's own instruments); may be repeated"),
    )

    listing = sub.add_parser(
        "list", parents=[extra], help=CLI.tr("list the loaded instruments and any refused files")
    )
    listing.add_argument(
        "--items", metavar="ID", help=CLI.tr("show the items of one instrument, in answer order")
    )
    listing.set_defaults(func=_list)

    scoring = sub.add_parser(
        "score",
        parents=[extra],
        help=CLI.tr("score a set of answers"),
        description=CLI.tr("Score one set of answers and print the result as JSON."),
        epilog=_SCORE_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    scoring.add_argument(
        "instrument", metavar="ID", help=CLI.tr("instrument id, e.g. phq9, gad7, audit, audit_c, sds")
    )
    scoring.add_argument(
        "--answers", required=True, metavar="A1,A2,...", help=CLI.tr("answers in item order (see below)")
    )
    scoring.add_argument("--version", type=int, help=CLI.tr("instrument version (default: the latest)"))
    scoring.set_defaults(func=_score)

    check = sub.add_parser(
        "check",
        parents=[extra],
        help=CLI.tr("validate a definition file"),
        description=CLI.tr("Validate a definition file. Exit 0 if it is sound, 1 with its problems."),
    )
    check.add_argument("file", type=Path, metavar="FILE")
    check.set_defaults(func=_check)


def _catalogue(args: argparse.Namespace) -> InstrumentCatalogue:
    return load_instruments(extra_folders=args.extra)


def _list(args: argparse.Namespace) -> int:
    catalogue = _catalogue(args)
    if args.items:
        _print_items(_definition(catalogue, args.items, None))
        return 0
    for d in sorted(catalogue.definitions.values(), key=lambda d: (d.id, d.version)):
        total = (
            fill(CLI.tr("total %1-%2"), d.scoring.total_min, d.scoring.total_max)
            if d.has_total
            else CLI.tr("no total")
        )
        items = CLI.tr("%n item(s)", None, len(d.items))
        period = fill(CLI.tr("period: %1"), d.period)
        print(f"{d.id:<20} v{d.version:<3} {d.short_title:<16} {items:>9}  {total:<14} {period}")
    for problem in catalogue.problems:
        print(fill(CLI.tr("problem: %1"), problem), file=sys.stderr)
    return 1 if any(p.refused for p in catalogue.problems) else 0


def _print_items(d: InstrumentDefinition) -> None:
    print(f"{d.short_title} v{d.version}: {d.title} (" + fill(CLI.tr("period: %1"), d.period) + ")")
    for n, item in enumerate(d.items, 1):
        if item.options:
            allowed = " | ".join(f"{o.value}={o.label}" for o in item.options)
        elif item.kind is ItemKind.NUMBER:
            allowed = fill(
                CLI.tr("number %1..%2 %3"), _fmt(item.minimum), _fmt(item.maximum), item.unit
            ).rstrip()
        else:
            allowed = CLI.tr("text")
        flags = ("" if item.required else " optional") + ("" if item.can_decline else " cannot-decline")
        print(f"{n:>3}. {item.id} [{item.kind.value}{flags}] {allowed}")


def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _definition(
    catalogue: InstrumentCatalogue, instrument_id: str, version: int | None
) -> InstrumentDefinition:
    try:
        return catalogue.get(instrument_id, version)
    except KeyError as exc:
        raise CliError(str(exc.args[0])) from None


def _score(args: argparse.Namespace) -> int:
    definition = _definition(_catalogue(args), args.instrument, args.version)
    if not isinstance(args.answers, str):  # argparse turns `--answers=--` into a list
        raise CliError(CLI.tr("give the answers as --answers A1,A2,... (one value per item, in order)"))
    raw = args.answers.split(",")
    if len(raw) > len(definition.items):
        raise CliError(
            fill(
                CLI.tr("%1 answers given but %2 has %3 items"),
                len(raw),
                definition.short_title,
                len(definition.items),
            ),
            code=1,
        )
    answers: dict[str, AnswerValue] = {}
    for item, text in zip(definition.items, raw, strict=False):
        value = text.strip()
        if not value:
            continue
        if value.lower() == DECLINED_WORD:
            answers[item.id] = DECLINED
        elif item.kind is ItemKind.NUMBER:
            answers[item.id] = _number(item.id, value)
        else:
            answers[item.id] = value
    try:
        result = score(definition, answers)
    except ValidationError as exc:
        position = {item.id: n for n, item in enumerate(definition.items, 1)}
        details = "; ".join(
            fill(CLI.tr("answer %1 (%2) %3"), position.get(k, "?"), k, v) for k, v in exc.problems.items()
        )
        raise CliError(fill(CLI.tr("invalid answers: %1"), details), code=1) from None
    print(json.dumps(result.as_dict()))
    return 0


def _number(item_id: str, text: str) -> int | float:
    try:
        return int(text)
    except ValueError:
        pass
    try:
        number = float(text)
    except ValueError:
        raise CliError(
            fill(CLI.tr("invalid answers: %1 needs a number, not %2"), item_id, repr(text)), code=1
        ) from None
    if not math.isfinite(number):
        raise CliError(
            fill(CLI.tr("invalid answers: %1 needs a finite number, not %2"), item_id, repr(text)), code=1
        )
    return number


def _check(args: argparse.Namespace) -> int:
    path: Path = args.file
    try:
        definition = load_definition_file(path)
    except InstrumentFileError as exc:
        for problem in exc.problems:
            print(f"{path}: {problem}", file=sys.stderr)
        return 1
    catalogue = _catalogue(args)
    clash = catalogue.sources.get(definition.key)
    if clash is not None and clash.resolve() != path.resolve():
        print(
            fill(
                CLI.tr(
                    "%1: %2 version %3 is already defined in %4; give a changed definition a higher version"
                ),
                path,
                definition.id,
                definition.version,
                clash,
            ),
            file=sys.stderr,
        )
        return 1
    known = set(catalogue.ids()) | {definition.id}
    for follow_up in definition.follow_ups:
        if follow_up not in known:
            print(
                fill(CLI.tr("%1: warning: follow-up instrument %2 is not loaded"), path, repr(follow_up)),
                file=sys.stderr,
            )
    summary = (
        fill(CLI.tr("total %1-%2"), definition.scoring.total_min, definition.scoring.total_max)
        + ", "
        + CLI.tr("%n band(s)", None, len(definition.bands))
        if definition.has_total
        else CLI.tr("no total")
    )
    print(
        fill(
            CLI.tr("ok: %1 version %2, %3, %4, %5"),
            definition.id,
            definition.version,
            CLI.tr("%n item(s)", None, len(definition.items)),
            summary,
            CLI.tr("%n flag(s)", None, len(definition.flags)),
        )
    )
    return 0
