"""Administrations of an instrument: stages, completion, corrections, and change over time.

A completed assessment is never changed: a correction is a new assessment whose `supersedes` names the one it
corrects; both are kept (the store audits them). Only completed corrections replace what they correct.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from .clock import moment_key
from .errors import DomainError, Problem, ValidationError
from .ids import new_id
from .instruments import DECLINED, AnswerValue, InstrumentDefinition, Score, score


class Stage(StrEnum):
    START = "start"
    REVIEW = "review"  # any number of reviews
    EXIT = "exit"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def order(self) -> int:
        return {"start": 0, "review": 1, "exit": 2}[self.value]


@dataclass(frozen=True, slots=True)
class Assessment:
    person_id: str
    instrument_id: str
    instrument_version: int
    stage: Stage
    administered_on: date
    administered_by: str  # user id of the worker who gave it
    answers: Mapping[str, AnswerValue] = field(default_factory=dict)
    score: Score | None = None  # recomputed from the answers by `record_answers`; None before any answer
    completed: bool = False
    completed_at: datetime | None = None
    supersedes: str | None = None  # id of the completed assessment this one corrects
    correction_reason: str = ""
    corrected_by: str | None = None  # user id of the worker who made the correction
    id: str = field(default_factory=new_id)
    version: int = 1

    @property
    def total(self) -> int | None:
        return self.score.total if self.score else None

    @property
    def is_correction(self) -> bool:
        return self.supersedes is not None


def new_assessment(
    definition: InstrumentDefinition,
    person_id: str,
    stage: Stage,
    administered_on: date,
    administered_by: str,
    today: date,
) -> Assessment:
    """A blank draft of `definition` for a person; a date in the future is refused."""
    if administered_on > today:
        raise ValidationError({"administered_on": Problem("future")})
    if not administered_by.strip():
        raise ValidationError({"administered_by": Problem("required")})
    return Assessment(
        person_id=person_id,
        instrument_id=definition.id,
        instrument_version=definition.version,
        stage=stage,
        administered_on=administered_on,
        administered_by=administered_by,
        score=score(definition, {}),
    )


def _check_editable(assessment: Assessment, definition: InstrumentDefinition) -> None:
    if assessment.completed:
        raise DomainError("assessment.completed_unchangeable")
    if (assessment.instrument_id, assessment.instrument_version) != definition.key:
        raise DomainError(
            "assessment.other_version",
            instrument=assessment.instrument_id,
            version=assessment.instrument_version,
            definition=definition.id,
            definition_version=definition.version,
        )


def record_answers(
    assessment: Assessment, definition: InstrumentDefinition, answers: Mapping[str, AnswerValue]
) -> Assessment:
    """Replace a draft's answers and rescore it; invalid answers raise ValidationError by item id."""
    _check_editable(assessment, definition)
    new_score = score(definition, answers)
    return replace(assessment, answers=dict(answers), score=new_score)


def complete_assessment(assessment: Assessment, definition: InstrumentDefinition, at: datetime) -> Assessment:
    """Complete a draft; refused while a required item is neither answered nor declined."""
    _check_editable(assessment, definition)
    result = score(definition, assessment.answers)
    if not result.complete:
        raise ValidationError({item_id: Problem("unanswered_item") for item_id in result.unanswered_items})
    return replace(assessment, score=result, completed=True, completed_at=at)


def correct_assessment(original: Assessment, corrected_by: str, reason: str) -> Assessment:
    """A new draft correcting a completed assessment: same administration, answers copied, linked to it."""
    if not original.completed:
        raise DomainError("assessment.correct_draft")
    if not reason.strip():
        raise ValidationError({"correction_reason": Problem("correction_reason")})
    return replace(
        original,
        answers=dict(original.answers),
        completed=False,
        completed_at=None,
        supersedes=original.id,
        correction_reason=reason.strip(),
        corrected_by=corrected_by,
        id=new_id(),
        version=1,
    )


def current_assessments(assessments: Iterable[Assessment]) -> list[Assessment]:
    """Drop every assessment that a completed correction replaces (drafts of corrections do not)."""
    items = list(assessments)
    replaced = {a.supersedes for a in items if a.completed and a.supersedes}
    return [a for a in items if a.id not in replaced]


def correction_chain(assessments: Iterable[Assessment], assessment_id: str) -> list[Assessment]:
    """The assessment and every correction of it, oldest first (for the record's history and the audit)."""
    by_supersedes = {a.supersedes: a for a in assessments if a.supersedes}
    by_id = {a.id: a for a in assessments} | {a.id: a for a in by_supersedes.values()}
    first = by_id.get(assessment_id)
    while first is not None and first.supersedes in by_id:
        first = by_id[first.supersedes]
    chain: list[Assessment] = []
    while first is not None and first not in chain:
        chain.append(first)
        first = by_supersedes.get(first.id)
    return chain


def _completed_current(assessments: Iterable[Assessment], instrument_id: str) -> list[Assessment]:
    chosen = [a for a in current_assessments(assessments) if a.completed and a.instrument_id == instrument_id]
    return sorted(chosen, key=lambda a: (a.administered_on, a.stage.order, moment_key(a.completed_at)))


@dataclass(frozen=True, slots=True)
class ScorePoint:
    """One point of a person's line chart."""

    assessment_id: str
    stage: Stage
    administered_on: date
    total: int
    band_label: str | None
    partial: bool  # some scored items were declined: the total is a lower bound and has no band


def score_series(
    assessments: Iterable[Assessment], instrument_id: str, *, include_partial: bool = False
) -> tuple[ScorePoint, ...]:
    """Completed, current totals of one instrument in date order (start, reviews, exit)."""
    points: list[ScorePoint] = []
    for a in _completed_current(assessments, instrument_id):
        if a.score is None or a.score.total is None:
            continue
        partial = a.score.total_is_partial
        if partial and not include_partial:
            continue
        band = a.score.band.label if a.score.band else None
        points.append(ScorePoint(a.id, a.stage, a.administered_on, a.score.total, band, partial))
    return tuple(points)


def _full_total(a: Assessment) -> int | None:
    if a.score is None or a.score.total is None or a.score.total_is_partial:
        return None
    return a.score.total


def start_and_exit(
    assessments: Iterable[Assessment], instrument_id: str
) -> tuple[Assessment | None, Assessment | None]:
    """A person's first start and last exit of one instrument, completed, current and fully scored."""
    usable = [a for a in _completed_current(assessments, instrument_id) if _full_total(a) is not None]
    start = next((a for a in usable if a.stage is Stage.START), None)
    exit_ = next((a for a in reversed(usable) if a.stage is Stage.EXIT), None)
    return start, exit_


class Change(StrEnum):
    IMPROVED = "improved"
    NO_CHANGE = "no_change"
    WORSE = "worse"


def change_between(start: int, end: int, *, lower_is_better: bool = True, min_change: int = 1) -> Change:
    """IMPROVED or WORSE when the total moved by at least `min_change` in that direction."""
    gain = (start - end) if lower_is_better else (end - start)
    if gain >= min_change:
        return Change.IMPROVED
    if -gain >= min_change:
        return Change.WORSE
    return Change.NO_CHANGE


@dataclass(frozen=True, slots=True)
class ImprovementShare:
    """For a manager: of the people with both a start and an exit score, how many improved."""

    instrument_id: str
    improved: int
    no_change: int
    worse: int
    without_both: int  # people with an assessment of this instrument but no start or no exit score
    min_change: int

    @property
    def measured(self) -> int:
        return self.improved + self.no_change + self.worse

    @property
    def share(self) -> float | None:
        """Improved / measured, or None when nobody has both scores."""
        return self.improved / self.measured if self.measured else None


def improvement_share(
    assessments: Iterable[Assessment], definition: InstrumentDefinition, min_change: int | None = None
) -> ImprovementShare:
    """Across a caseload's assessments (any people), the share improved between start and exit.

    `min_change` defaults to the definition's reliable change (e.g. 6 points on PHQ-9), else 1 point."""
    threshold = min_change or definition.scoring.reliable_change or 1
    by_person: dict[str, list[Assessment]] = defaultdict(list)
    for a in assessments:
        if a.instrument_id == definition.id:
            by_person[a.person_id].append(a)
    counts = {c: 0 for c in Change}
    without = 0
    for person_assessments in by_person.values():
        start, exit_ = start_and_exit(person_assessments, definition.id)
        start_total = _full_total(start) if start else None
        exit_total = _full_total(exit_) if exit_ else None
        if start_total is None or exit_total is None:
            without += 1
            continue
        change = change_between(
            start_total, exit_total, lower_is_better=definition.scoring.lower_is_better, min_change=threshold
        )
        counts[change] += 1
    return ImprovementShare(
        definition.id,
        counts[Change.IMPROVED],
        counts[Change.NO_CHANGE],
        counts[Change.WORSE],
        without,
        threshold,
    )


def answers_to_json(answers: Mapping[str, AnswerValue]) -> dict[str, object]:
    """Answers as plain JSON for storage: a declined item is `{"declined": true}`."""
    return {k: ({"declined": True} if v is DECLINED else v) for k, v in answers.items()}


def answers_from_json(data: Mapping[str, object]) -> dict[str, AnswerValue]:
    """The inverse of `answers_to_json`; anything else than text, numbers or the declined marker is refused."""
    answers: dict[str, AnswerValue] = {}
    for key, value in data.items():
        if value == {"declined": True}:
            answers[key] = DECLINED
        elif isinstance(value, str | int | float) and not isinstance(value, bool):
            answers[key] = value
        else:
            raise ValidationError({key: Problem("not_stored_answer")})
    return answers


def latest_by_stage(assessments: Sequence[Assessment], instrument_id: str) -> dict[Stage, Assessment]:
    """The most recent completed, current assessment at each stage (for a record's summary)."""
    result: dict[Stage, Assessment] = {}
    for a in _completed_current(assessments, instrument_id):
        result[a.stage] = a
    return result
