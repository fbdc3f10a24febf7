"""Assessment instruments as data, and their pure scoring.

An instrument definition (PHQ-9, AUDIT, the pathway needs screen...) is read from a JSON file by
`instrument_schema.definition_from_dict`; this module holds the validated shape and `score()`.

Answers map an item id to its answer: a choice item's option `value` (text), a number for a number item, text for
a text item, or `DECLINED` when the person chose not to answer. A missing key (or blank text) is unanswered.
A form may be completed with declined items but not with unanswered required ones.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Final, TypeAlias

from .errors import Problem, ValidationError


class ItemKind(StrEnum):
    CHOICE = "choice"
    YES_NO = "yes_no"
    NUMBER = "number"
    TEXT = "text"


class Severity(StrEnum):
    """How loudly a raised flag is shown: SAFETY flags need follow-up whatever the total."""

    SAFETY = "safety"
    WARNING = "warning"
    INFO = "info"


class ScoringMethod(StrEnum):
    SUM = "sum"  # total = sum of the scored items' option scores
    NONE = "none"  # a profile or screen: answers are recorded, no total


class Declined(Enum):
    """The answer given when the person chose not to answer an item."""

    DECLINED = "declined"


DECLINED: Final = Declined.DECLINED

AnswerValue: TypeAlias = str | int | float | Declined
Answers: TypeAlias = Mapping[str, AnswerValue]


@dataclass(frozen=True, slots=True)
class Option:
    value: str  # what is stored as the answer; for scored instruments it is the score written as text
    label: str
    score: int | None = None


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    text: str
    kind: ItemKind
    options: tuple[Option, ...] = ()
    required: bool = True  # must be answered (or declined) before the form can be completed
    can_decline: bool = True
    minimum: float | None = None  # number items
    maximum: float | None = None
    integer: bool = True
    unit: str = ""
    max_length: int | None = None  # text items
    section: str = ""  # heading the form groups items under
    help: str = ""

    @property
    def scored(self) -> bool:
        return bool(self.options) and all(o.score is not None for o in self.options)

    def option(self, value: str) -> Option | None:
        return next((o for o in self.options if o.value == value), None)

    @property
    def min_score(self) -> int:
        return min((o.score or 0 for o in self.options), default=0) if self.scored else 0

    @property
    def max_score(self) -> int:
        return max((o.score or 0 for o in self.options), default=0) if self.scored else 0


@dataclass(frozen=True, slots=True)
class Band:
    """An inclusive range of totals: `minimum <= total <= maximum`."""

    id: str
    label: str
    minimum: int
    maximum: int

    def contains(self, total: int) -> bool:
        return self.minimum <= total <= self.maximum

    @property
    def range_label(self) -> str:
        return f"{self.minimum}–{self.maximum}"


@dataclass(frozen=True, slots=True)
class Scoring:
    method: ScoringMethod
    total_min: int = 0
    total_max: int = 0
    option_score_min: int = 0
    option_score_max: int = 0
    lower_is_better: bool = True
    reliable_change: int | None = None  # smallest change in total that counts as real improvement


@dataclass(frozen=True, slots=True)
class FlagRule:
    """Raised when one condition holds: an item's score at least `min_score`, an item's answer in `values`,
    or the total at least `total_min` (checked on a partial total too: scores are never negative)."""

    id: str
    message: str
    severity: Severity = Severity.WARNING
    item_id: str | None = None
    min_score: int | None = None
    values: tuple[str, ...] = ()
    total_min: int | None = None
    follow_up: str | None = None  # id of an instrument to offer next

    def fires(self, answers: Answers, item_scores: Mapping[str, int], total: int | None) -> bool:
        if self.total_min is not None:
            return total is not None and total >= self.total_min
        if self.item_id is None:
            return False
        if self.min_score is not None:
            got = item_scores.get(self.item_id)
            return got is not None and got >= self.min_score
        answer = answers.get(self.item_id)
        return isinstance(answer, str) and answer in self.values


@dataclass(frozen=True, slots=True)
class InstrumentDefinition:
    id: str
    version: int
    title: str
    short_title: str
    period: str  # the period asked about, in words ("the last 2 weeks")
    items: tuple[Item, ...]
    scoring: Scoring
    licence: str
    bands: tuple[Band, ...] = ()
    flags: tuple[FlagRule, ...] = ()
    period_days: int | None = None
    instructions: str = ""
    description: str = ""

    @property
    def key(self) -> tuple[str, int]:
        return (self.id, self.version)

    @property
    def has_total(self) -> bool:
        return self.scoring.method is ScoringMethod.SUM

    @property
    def scored_items(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.scored)

    def item(self, item_id: str) -> Item:
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)

    def band_for(self, total: int) -> Band | None:
        return next((b for b in self.bands if b.contains(total)), None)

    @property
    def follow_ups(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.follow_up for f in self.flags if f.follow_up))


@dataclass(frozen=True, slots=True)
class Score:
    """The result of scoring a set of answers, complete or not (the form shows it live)."""

    total: int | None  # None for an instrument without a total; else the sum of the items scored so far
    band: Band | None  # only when every scored item has a score (none unanswered or declined)
    flags: tuple[FlagRule, ...]
    complete: bool  # every required item answered or declined
    declined_items: tuple[str, ...]
    unanswered_items: tuple[str, ...]  # required items with no answer yet
    missing_scored_items: tuple[str, ...] = ()  # scored items declined or not answered
    answered_items: tuple[str, ...] = ()  # items with an answer (not declined), required or not

    @property
    def total_is_partial(self) -> bool:
        return self.total is not None and bool(self.missing_scored_items)

    @property
    def safety_flags(self) -> tuple[FlagRule, ...]:
        return tuple(f for f in self.flags if f.severity is Severity.SAFETY)

    @property
    def follow_ups(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.follow_up for f in self.flags if f.follow_up))

    def as_dict(self) -> dict[str, object]:
        """Plain JSON-ready form (the CLI's output, and what the store may keep beside the answers)."""
        return {
            "total": self.total,
            "band": self.band.label if self.band else None,
            "flags": [f.id for f in self.flags],
            "complete": self.complete,
            "declined": list(self.declined_items),
            "unanswered": list(self.unanswered_items),
            "follow_ups": list(self.follow_ups),
        }


def is_answered(value: AnswerValue | None) -> bool:
    """Declined counts as answered for completion; blank text does not."""
    if value is None:
        return False
    return not (isinstance(value, str) and not value.strip())


def check_answer(item: Item, value: AnswerValue) -> str | None:
    """Why `value` is not a valid answer to `item`, or None if it is (blank text is valid: unanswered)."""
    if value is DECLINED:
        return None if item.can_decline else Problem("not_declinable")
    if isinstance(value, str) and not value.strip():
        return None
    if item.kind in (ItemKind.CHOICE, ItemKind.YES_NO):
        if not isinstance(value, str) or item.option(value) is None:
            allowed = ", ".join(o.value for o in item.options)
            return Problem("not_an_option", value=repr(value), allowed=allowed)
        return None
    if item.kind is ItemKind.NUMBER:
        return _check_number(item, value)
    if not isinstance(value, str):
        return Problem("not_text")
    if item.max_length is not None and len(value) > item.max_length:
        return Problem("longer_than", most=item.max_length)
    return None


def _check_number(item: Item, value: AnswerValue) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return Problem("not_a_number")
    if isinstance(value, float) and not math.isfinite(value):  # NaN passes every comparison below
        return Problem("not_finite")
    if item.integer and not float(value).is_integer():
        return Problem("not_whole")
    if item.minimum is not None and value < item.minimum:
        return Problem("below_minimum", least=item.minimum)
    if item.maximum is not None and value > item.maximum:
        return Problem("above_maximum", most=item.maximum)
    return None


def answer_problems(definition: InstrumentDefinition, answers: Answers) -> dict[str, str]:
    """Every invalid answer, by item id (unknown item ids too). Empty when all answers are valid."""
    known = {it.id: it for it in definition.items}
    problems: dict[str, str] = {}
    for item_id, value in answers.items():
        item = known.get(item_id)
        if item is None:
            problems[item_id] = Problem("not_an_item", instrument=definition.short_title)
            continue
        problem = check_answer(item, value)
        if problem:
            problems[item_id] = problem
    return problems


def score(definition: InstrumentDefinition, answers: Answers) -> Score:
    """Score `answers` (complete or not). Raises ValidationError naming each invalid answer."""
    problems = answer_problems(definition, answers)
    if problems:
        raise ValidationError(problems)
    declined: list[str] = []
    answered: list[str] = []
    unanswered: list[str] = []
    missing_scored: list[str] = []
    item_scores: dict[str, int] = {}
    for item in definition.items:
        value = answers.get(item.id)
        if value is DECLINED:
            declined.append(item.id)
        elif not is_answered(value):
            if item.required:
                unanswered.append(item.id)
        else:
            answered.append(item.id)
            option = item.option(value) if item.scored and isinstance(value, str) else None
            if option is not None and option.score is not None:
                item_scores[item.id] = option.score
        if item.scored and item.id not in item_scores:
            missing_scored.append(item.id)
    total: int | None = None
    band: Band | None = None
    if definition.has_total:
        total = sum(item_scores.values())
        band = definition.band_for(total) if not missing_scored else None
    flags = tuple(f for f in definition.flags if f.fires(answers, item_scores, total))
    return Score(
        total=total,
        band=band,
        flags=flags,
        complete=not unanswered,
        declined_items=tuple(declined),
        unanswered_items=tuple(unanswered),
        missing_scored_items=tuple(missing_scored),
        answered_items=tuple(answered),
    )


def score_summary(definition: InstrumentDefinition, result: Score) -> str:
    """One line for the form and the record: "12 of 27: Moderate", "8 so far of 27 (1 declined, no band)"."""
    if result.total is None:
        given = len(result.answered_items) + len(result.declined_items)
        return f"{given} of {len(definition.items)} answered"
    text = f"{result.total} of {definition.scoring.total_max}"
    if result.band is not None:
        return f"{text}: {result.band.label}"
    if not result.total_is_partial:
        return text
    declined = sum(1 for i in result.missing_scored_items if i in result.declined_items)
    left = len(result.missing_scored_items) - declined
    parts = [f"{declined} declined" if declined else "", f"{left} to answer" if left else ""]
    reason = ", ".join(p for p in parts if p)
    return f"{result.total} so far of {definition.scoring.total_max} ({reason}; no band)"


def carry_over_answers(answers: Answers, target: InstrumentDefinition) -> dict[str, AnswerValue]:
    """Answers that also fit `target`: same item id and a valid answer there (AUDIT-C's three questions
    pre-fill the full AUDIT when it is offered as the follow-up)."""
    carried: dict[str, AnswerValue] = {}
    for item in target.items:
        if item.id in answers:
            value = answers[item.id]
            if value is not DECLINED and check_answer(item, value) is None:
                carried[item.id] = value
    return carried
