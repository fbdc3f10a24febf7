"""Safety alerts: what in a completed assessment needs someone to act, and the action they record.

A concern is a raised flag of severity SAFETY (PHQ-9 item 9 above 0, shared needles...), or an item a SAFETY flag
reads that the person declined to answer (a declined PHQ-9 item 9 is not a "no"). The person's alert stays open
until an acknowledgement names the assessment: who, when, what was done.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from .assessments import Assessment, current_assessments
from .errors import DomainError
from .ids import new_id
from .instruments import DECLINED, InstrumentDefinition, Severity

MAX_ACTION_TEXT = 2000


class SafetyAction(StrEnum):
    SAFETY_PLAN = "safety_plan"
    GP_CONTACTED = "gp_contacted"
    CRISIS_TEAM = "crisis_team"
    NONE_NEEDED = "none_needed"

    @property
    def label(self) -> str:
        return {
            "safety_plan": "Safety plan made",
            "gp_contacted": "GP contacted",
            "crisis_team": "Crisis team contacted",
            "none_needed": "No action needed",
        }[self.value]


@dataclass(frozen=True, slots=True)
class SafetyConcern:
    assessment_id: str
    instrument: str  # the instrument's name as shown
    on: datetime | None  # when the assessment was completed
    text: str


@dataclass(frozen=True, slots=True)
class SafetyAcknowledgement:
    person_id: str
    action: SafetyAction
    text: str  # what was done (for "none needed": why)
    assessment_ids: tuple[str, ...]
    recorded_at: datetime
    recorded_by: str  # username
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise DomainError(
                "safety.say_what_was_done"
                if self.action is not SafetyAction.NONE_NEEDED
                else "safety.say_why_no_action"
            )
        if len(self.text) > MAX_ACTION_TEXT:
            raise DomainError("safety.action_too_long", most=MAX_ACTION_TEXT)
        if not self.assessment_ids:
            raise DomainError("safety.no_alert")


def concerns_of(
    assessment_id: str,
    definition: InstrumentDefinition,
    completed_at: datetime | None,
    flag_ids: Iterable[str],
    declined_items: Iterable[str],
) -> list[SafetyConcern]:
    """The concerns of one completed assessment, from the flags it raised and the items declined."""
    name = definition.short_title
    raised = set(flag_ids)
    concerns = [
        SafetyConcern(assessment_id, name, completed_at, f.message)
        for f in definition.flags
        if f.severity is Severity.SAFETY and f.id in raised
    ]
    safety_items = {f.item_id for f in definition.flags if f.severity is Severity.SAFETY and f.item_id}
    for item_id in sorted(safety_items & set(declined_items)):
        concerns.append(
            SafetyConcern(
                assessment_id,
                name,
                completed_at,
                f"Declined to answer \u201c{definition.item(item_id).text}\u201d: ask again "
                "and assess the risk",
            )
        )
    return concerns


def assessment_concerns(a: Assessment, definition: InstrumentDefinition) -> list[SafetyConcern]:
    """The safety concerns one completed assessment raises (none for a draft)."""
    if not a.completed or a.score is None:
        return []
    declined = [k for k, v in a.answers.items() if v is DECLINED]
    return concerns_of(a.id, definition, a.completed_at, (f.id for f in a.score.flags), declined)


def open_concerns(
    assessments: Iterable[Assessment],
    definitions: Mapping[tuple[str, int], InstrumentDefinition],
    acknowledged: Iterable[str],
) -> list[SafetyConcern]:
    """Concerns of current (not corrected) completed assessments that no acknowledgement names, oldest first."""
    done = set(acknowledged)
    found: list[SafetyConcern] = []
    for a in current_assessments(assessments):
        definition = definitions.get((a.instrument_id, a.instrument_version))
        if definition is None or a.id in done:
            continue
        found += assessment_concerns(a, definition)
    found.sort(key=lambda c: c.on or datetime.min)
    return found
