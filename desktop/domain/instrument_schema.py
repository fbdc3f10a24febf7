"""Turn a parsed instrument definition (a JSON object) into an `InstrumentDefinition`, or refuse it.

Every problem found is named ("items[3] (id 'q4'): option score 5 is outside 0–3"), so a service that writes its
own instrument can fix the file in one go. The file format is described in `resources/instruments/README.md`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .errors import DomainError
from .instruments import (
    Band,
    FlagRule,
    InstrumentDefinition,
    Item,
    ItemKind,
    Option,
    Scoring,
    ScoringMethod,
    Severity,
)

FORMAT_VERSION = 1
_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
_YES_NO = (Option("yes", "Yes"), Option("no", "No"))


class DefinitionError(DomainError):
    """An instrument definition broke the format; `problems` lists each one in words."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(self.problems))


class _Reader:
    """Reads typed fields from one JSON object, collecting problems instead of stopping at the first."""

    def __init__(self, data: Mapping[str, Any], where: str, problems: list[str]) -> None:
        self.data, self.where, self.problems = data, where, problems

    def problem(self, message: str) -> None:
        self.problems.append(f"{self.where}: {message}" if self.where else message)

    def get(
        self, key: str, kind: type | tuple[type, ...], *, required: bool = True, default: Any = None
    ) -> Any:
        if key not in self.data:
            if required:
                self.problem(f"'{key}' is missing")
            return default
        value = self.data[key]
        bad_bool = isinstance(value, bool) and kind in (int, (int, float))
        if bad_bool or not isinstance(value, kind):
            self.problem(f"'{key}' must be {_type_name(kind)}")
            return default
        return value

    def text(self, key: str, *, required: bool = True, default: str = "") -> str:
        value = self.get(key, str, required=required, default=default)
        if required and isinstance(value, str) and not value.strip() and key in self.data:
            self.problem(f"'{key}' is empty")
        return str(value) if value is not None else default

    def ident(self, key: str = "id") -> str:
        value = self.text(key)
        if value and not _ID.match(value):
            self.problem(f"'{key}' {value!r} must be lower-case letters, digits, '_', '.' or '-'")
        return value


def _type_name(kind: type | tuple[type, ...]) -> str:
    names = {str: "text", int: "a whole number", bool: "true or false", list: "a list", dict: "an object"}
    if isinstance(kind, tuple):
        return (
            "a number" if set(kind) == {int, float} else " or ".join(names.get(k, k.__name__) for k in kind)
        )
    return names.get(kind, kind.__name__)


def definition_from_dict(data: object) -> InstrumentDefinition:
    """Validate and build a definition; raises DefinitionError listing every problem found."""
    problems: list[str] = []
    if not isinstance(data, dict):
        raise DefinitionError(["the file must hold one JSON object"])
    top = _Reader(data, "", problems)
    fmt = top.get("format", int, required=False, default=FORMAT_VERSION)
    if fmt != FORMAT_VERSION:
        top.problem(f"format {fmt} is not supported (this version reads format {FORMAT_VERSION})")
    instrument_id = top.ident()
    version = top.get("version", int)
    if isinstance(version, int) and version < 1:
        top.problem("'version' must be 1 or more")
    period_days = top.get("period_days", int, required=False)
    scoring = _scoring(top.get("scoring", dict, default={}), problems)
    option_sets = _option_sets(top.get("option_sets", dict, required=False, default={}), scoring, problems)
    items = _items(top.get("items", list, default=[]), option_sets, scoring, problems)
    bands = _bands(top.get("bands", list, required=False, default=[]), scoring, problems)
    flags = _flags(top.get("flags", list, required=False, default=[]), scoring, items, problems)
    title = top.text("title")
    definition = InstrumentDefinition(
        id=instrument_id,
        version=version if isinstance(version, int) else 0,
        title=title,
        short_title=top.text("short_title", required=False) or title,
        period=top.text("period"),
        period_days=period_days,
        instructions=top.text("instructions", required=False),
        description=top.text("description", required=False),
        licence=top.text("licence"),
        items=items,
        scoring=scoring,
        bands=bands,
        flags=flags,
    )
    if problems:
        raise DefinitionError(problems)
    return definition


def _scoring(data: Mapping[str, Any], problems: list[str]) -> Scoring:
    r = _Reader(data, "scoring", problems)
    raw = r.text("method")
    try:
        method = ScoringMethod(raw)
    except ValueError:
        if raw:
            r.problem(f"method {raw!r} is unknown (use {', '.join(m.value for m in ScoringMethod)})")
        return Scoring(ScoringMethod.NONE)
    if method is ScoringMethod.NONE:
        return Scoring(method)
    total = _pair(r, "range")
    option_range = _pair(r, "option_score_range")
    reliable = r.get("reliable_change", int, required=False)
    if isinstance(reliable, int) and reliable < 1:
        r.problem("'reliable_change' must be 1 or more")
    return Scoring(
        method=method,
        total_min=total[0],
        total_max=total[1],
        option_score_min=option_range[0],
        option_score_max=option_range[1],
        lower_is_better=bool(r.get("lower_is_better", bool, required=False, default=True)),
        reliable_change=reliable,
    )


def _pair(r: _Reader, key: str) -> tuple[int, int]:
    value = r.get(key, list, default=None)
    if value is None:
        return (0, 0)
    ok = len(value) == 2 and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    if not ok or value[0] > value[1]:
        r.problem(f"'{key}' must be [lowest, highest], two whole numbers")
        return (0, 0)
    return (value[0], value[1])


def _option_sets(
    data: Mapping[str, Any], scoring: Scoring, problems: list[str]
) -> dict[str, tuple[Option, ...]]:
    return {name: _options(raw, f"option_sets.{name}", scoring, problems) for name, raw in data.items()}


def _options(raw: object, where: str, scoring: Scoring, problems: list[str]) -> tuple[Option, ...]:
    if not isinstance(raw, list) or not raw:
        problems.append(f"{where}: options must be a non-empty list")
        return ()
    options: list[Option] = []
    for n, entry in enumerate(raw):
        if not isinstance(entry, dict):
            problems.append(f"{where}[{n}]: each option must be an object")
            continue
        r = _Reader(entry, f"{where}[{n}]", problems)
        value, label = r.text("value"), r.text("label")
        points = r.get("score", int, required=False)
        if (
            points is not None
            and scoring.method is ScoringMethod.SUM
            and not (scoring.option_score_min <= points <= scoring.option_score_max)
        ):
            r.problem(
                f"option score {points} is outside "
                f"{scoring.option_score_min}–{scoring.option_score_max} (scoring.option_score_range)"
            )
        if points is not None and points < 0:
            r.problem("option scores cannot be negative")
        options.append(Option(value, label, points))
    values = [o.value for o in options]
    for dup in sorted({v for v in values if values.count(v) > 1}):
        problems.append(f"{where}: option value {dup!r} appears more than once")
    scored = [o.score is not None for o in options]
    if any(scored) and not all(scored):
        problems.append(f"{where}: either every option has a score or none has")
    return tuple(options)


def _items(
    raw: list[Any], option_sets: Mapping[str, tuple[Option, ...]], scoring: Scoring, problems: list[str]
) -> tuple[Item, ...]:
    if not raw:
        problems.append("'items' must list at least one item")
    items: list[Item] = []
    for n, entry in enumerate(raw):
        if not isinstance(entry, dict):
            problems.append(f"items[{n}]: each item must be an object")
            continue
        where = f"items[{n}]" + (f" (id {entry['id']!r})" if isinstance(entry.get("id"), str) else "")
        item = _item(_Reader(entry, where, problems), option_sets, scoring)
        if item is not None:
            items.append(item)
    ids = [i.id for i in items]
    for dup in sorted({i for i in ids if ids.count(i) > 1}):
        problems.append(f"items: id {dup!r} is used by more than one item")
    if scoring.method is ScoringMethod.SUM:
        if not any(i.scored for i in items):
            problems.append("scoring: method 'sum' needs at least one item whose options have scores")
        low = sum(i.min_score for i in items)
        high = sum(i.max_score for i in items)
        if (low, high) != (scoring.total_min, scoring.total_max):
            problems.append(
                f"scoring: 'range' says {scoring.total_min}–{scoring.total_max} "
                f"but the items' scores add up to {low}–{high}"
            )
    return tuple(items)


def _item(r: _Reader, option_sets: Mapping[str, tuple[Option, ...]], scoring: Scoring) -> Item | None:
    item_id, text = r.ident(), r.text("text")
    raw_kind = r.text("kind")
    try:
        kind = ItemKind(raw_kind)
    except ValueError:
        if raw_kind:
            r.problem(f"kind {raw_kind!r} is unknown (use {', '.join(k.value for k in ItemKind)})")
        return None
    options: tuple[Option, ...] = ()
    raw_options = r.data.get("options")
    if kind in (ItemKind.CHOICE, ItemKind.YES_NO):
        if isinstance(raw_options, str):
            if raw_options not in option_sets:
                r.problem(f"option set {raw_options!r} is not defined in 'option_sets'")
            options = option_sets.get(raw_options, ())
        elif raw_options is not None:
            options = _options(raw_options, f"{r.where} options", scoring, r.problems)
        elif kind is ItemKind.YES_NO:
            options = _YES_NO
        else:
            r.problem("a choice item needs 'options'")
    elif raw_options is not None:
        r.problem(f"a {kind.value} item cannot have options")
    minimum = r.get("min", (int, float), required=False)
    maximum = r.get("max", (int, float), required=False)
    if kind is ItemKind.NUMBER and minimum is not None and maximum is not None and minimum > maximum:
        r.problem(f"'min' {minimum} is more than 'max' {maximum}")
    max_length = r.get("max_length", int, required=False)
    return Item(
        id=item_id,
        text=text,
        kind=kind,
        options=options,
        required=bool(r.get("required", bool, required=False, default=True)),
        can_decline=bool(r.get("can_decline", bool, required=False, default=True)),
        minimum=minimum,
        maximum=maximum,
        integer=bool(r.get("integer", bool, required=False, default=True)),
        unit=r.text("unit", required=False),
        max_length=max_length,
        section=r.text("section", required=False),
        help=r.text("help", required=False),
    )


def _bands(raw: list[Any], scoring: Scoring, problems: list[str]) -> tuple[Band, ...]:
    if raw and scoring.method is not ScoringMethod.SUM:
        problems.append("bands: an instrument without a total cannot have bands")
        return ()
    bands: list[Band] = []
    for n, entry in enumerate(raw):
        if not isinstance(entry, dict):
            problems.append(f"bands[{n}]: each band must be an object")
            continue
        r = _Reader(entry, f"bands[{n}]", problems)
        band_id, label = r.ident(), r.text("label")
        low, high = r.get("min", int), r.get("max", int)
        if isinstance(low, int) and isinstance(high, int):
            if low > high:
                r.problem(f"'min' {low} is more than 'max' {high}")
            bands.append(Band(band_id, label, low, high))
    if bands and len(bands) == len(raw):
        _check_coverage(sorted(bands, key=lambda b: b.minimum), scoring, problems)
    return tuple(sorted(bands, key=lambda b: b.minimum))


def _check_coverage(bands: list[Band], scoring: Scoring, problems: list[str]) -> None:
    """Bands must cover the whole range of totals, each total in exactly one band."""
    if bands[0].minimum != scoring.total_min:
        problems.append(f"bands: the lowest band starts at {bands[0].minimum}, not at {scoring.total_min}")
    if bands[-1].maximum != scoring.total_max:
        problems.append(f"bands: the highest band ends at {bands[-1].maximum}, not at {scoring.total_max}")
    for before, after in zip(bands, bands[1:], strict=False):
        if after.minimum <= before.maximum:
            problems.append(f"bands: '{before.label}' and '{after.label}' overlap")
        elif after.minimum > before.maximum + 1:
            problems.append(
                f"bands: totals {before.maximum + 1}–{after.minimum - 1} fall in no band "
                f"(gap between '{before.label}' and '{after.label}')"
            )


def _flags(
    raw: list[Any], scoring: Scoring, items: tuple[Item, ...], problems: list[str]
) -> tuple[FlagRule, ...]:
    by_id = {i.id: i for i in items}
    flags: list[FlagRule] = []
    for n, entry in enumerate(raw):
        if not isinstance(entry, dict):
            problems.append(f"flags[{n}]: each flag must be an object")
            continue
        r = _Reader(entry, f"flags[{n}]", problems)
        flag_id, message = r.ident(), r.text("message")
        raw_severity = r.text("severity", required=False, default=Severity.WARNING.value)
        try:
            severity = Severity(raw_severity)
        except ValueError:
            r.problem(f"severity {raw_severity!r} is unknown (use {', '.join(s.value for s in Severity)})")
            severity = Severity.WARNING
        follow_up = r.text("follow_up", required=False) or None
        when = _Reader(r.get("when", dict, default={}), f"flags[{n}].when", problems)
        item_id = when.text("item", required=False) or None
        min_score = when.get("min_score", int, required=False)
        values = when.get("values", list, required=False, default=[])
        total_min = when.get("total_min", int, required=False)
        if (item_id is None) == (total_min is None):
            when.problem("give either 'item' (with 'min_score' or 'values') or 'total_min'")
        elif total_min is not None and scoring.method is not ScoringMethod.SUM:
            when.problem("'total_min' needs an instrument with a total")
        elif item_id is not None:
            _check_item_condition(when, by_id.get(item_id), item_id, min_score, values)
        flags.append(
            FlagRule(
                flag_id,
                message,
                severity,
                item_id,
                min_score,
                tuple(str(v) for v in values),
                total_min,
                follow_up,
            )
        )
    return tuple(flags)


def _check_item_condition(
    r: _Reader, item: Item | None, item_id: str, min_score: int | None, values: list[Any]
) -> None:
    if item is None:
        r.problem(f"item {item_id!r} is not an item of this instrument")
    elif (min_score is None) == (not values):
        r.problem("give one of 'min_score' or 'values'")
    elif min_score is not None and not item.scored:
        r.problem(f"item {item_id!r} has no scores, so 'min_score' cannot apply")
    else:
        unknown = [v for v in values if not isinstance(v, str) or item.option(v) is None]
        if unknown:
            r.problem(f"{unknown!r} are not options of item {item_id!r}")
