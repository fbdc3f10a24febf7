"""The pathway needs screen: need level per pathway, which needs become contract conditions, and the radar.

The screen is an ordinary instrument (`resources/instruments/pathway_needs.json`, id `pathway_needs`); its items
are named by pathway: `<pathway>_need` (none / low / medium / high), `<pathway>_notes`, `<pathway>_plan` (planned
intervention) and `<pathway>_referral` (partner agency referred to), e.g. `mental_health_need`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .assessments import Assessment, Stage, current_assessments
from .contract import Condition
from .enums import ConditionType, Pathway
from .instruments import AnswerValue

PATHWAY_NEEDS_ID = "pathway_needs"


class NeedLevel(StrEnum):
    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def rank(self) -> int:
        """0 (none) to 3 (high): the radar chart's scale."""
        return ("none", "low", "medium", "high").index(self.value)

    @property
    def needs_condition(self) -> bool:
        """High and medium needs are offered as pathway conditions when the contract is drawn up."""
        return self in (NeedLevel.MEDIUM, NeedLevel.HIGH)


def item_id(pathway: Pathway, part: str) -> str:
    """The screen's item id for one pathway; `part` is need, notes, plan or referral."""
    return f"{pathway.value}_{part}"


@dataclass(frozen=True, slots=True)
class PathwayNeed:
    pathway: Pathway
    level: NeedLevel | None  # None: not assessed yet, or declined
    notes: str = ""
    plan: str = ""  # planned intervention
    referral: str = ""  # partner agency referred to

    @property
    def needs_condition(self) -> bool:
        return self.level is not None and self.level.needs_condition


def _text(answers: Mapping[str, AnswerValue], key: str) -> str:
    value = answers.get(key)
    return value.strip() if isinstance(value, str) else ""


def pathway_needs(answers: Mapping[str, AnswerValue]) -> tuple[PathwayNeed, ...]:
    """One PathwayNeed per pathway, in the scheme's order, read from the screen's answers."""
    needs: list[PathwayNeed] = []
    for pathway in Pathway:
        raw = answers.get(item_id(pathway, "need"))
        level = NeedLevel(raw) if isinstance(raw, str) and raw in NeedLevel._value2member_map_ else None
        needs.append(PathwayNeed(pathway, level, _text(answers, item_id(pathway, "notes")),
                                 _text(answers, item_id(pathway, "plan")),
                                 _text(answers, item_id(pathway, "referral"))))
    return tuple(needs)


def pathways_needing_condition(needs: Iterable[PathwayNeed]) -> tuple[PathwayNeed, ...]:
    """High needs first, then medium, each in the scheme's pathway order."""
    order = list(Pathway)
    chosen = [n for n in needs if n.needs_condition]
    return tuple(sorted(chosen, key=lambda n: (-(n.level.rank if n.level else 0), order.index(n.pathway))))


def suggested_conditions(needs: Iterable[PathwayNeed], contract_id: str, first_position: int = 2) -> list[Condition]:
    """Pathway conditions to offer when the contract is drawn up, one per high or medium need."""
    return [
        Condition(
            contract_id,
            ConditionType.PATHWAY,
            need.plan or f"Work on {need.pathway.label.lower()} needs",
            description=f"{need.level.label if need.level else ''} need. {need.notes}".strip(),
            pathway=need.pathway,
            position=first_position + n,
        )
        for n, need in enumerate(pathways_needing_condition(needs))
    ]


@dataclass(frozen=True, slots=True)
class NeedCoverage:
    """One row of the record's 'needs and what is being done' list."""

    need: PathwayNeed
    conditions: tuple[Condition, ...]  # the contract's pathway conditions on this pathway

    @property
    def has_condition(self) -> bool:
        return bool(self.conditions)

    @property
    def has_referral(self) -> bool:
        return bool(self.need.referral)

    @property
    def uncovered(self) -> bool:
        """A medium or high need with no condition: the record shows it as a gap."""
        return self.need.needs_condition and not self.conditions


def need_coverage(needs: Iterable[PathwayNeed], conditions: Sequence[Condition]) -> tuple[NeedCoverage, ...]:
    """Every assessed need above none, with the pathway conditions that address it."""
    rows: list[NeedCoverage] = []
    for need in needs:
        matching = tuple(
            c for c in conditions if c.type is ConditionType.PATHWAY and c.pathway is need.pathway
        )
        if (need.level is not None and need.level is not NeedLevel.NONE) or matching:
            rows.append(NeedCoverage(need, matching))
    return tuple(rows)


@dataclass(frozen=True, slots=True)
class NeedsRadar:
    """Data for the radar chart: need ranks (0–3) per pathway at start and at the latest review or exit."""

    pathways: tuple[Pathway, ...]
    start: tuple[int, ...]
    start_on: date
    latest: tuple[int, ...] | None
    latest_stage: Stage | None
    latest_on: date | None


def _ranks(assessment: Assessment) -> tuple[int, ...]:
    return tuple(n.level.rank if n.level else 0 for n in pathway_needs(assessment.answers))


def needs_radar(assessments: Iterable[Assessment]) -> NeedsRadar | None:
    """Start against the latest later screen; None until a start screen is completed. Unassessed counts as 0."""
    screens = sorted(
        (a for a in current_assessments(assessments) if a.completed and a.instrument_id == PATHWAY_NEEDS_ID),
        key=lambda a: (a.administered_on, a.stage.order),
    )
    start = next((a for a in screens if a.stage is Stage.START), None)
    if start is None:
        return None
    later = [a for a in screens if a.stage is not Stage.START]
    latest = later[-1] if later else None
    return NeedsRadar(
        pathways=tuple(Pathway),
        start=_ranks(start),
        start_on=start.administered_on,
        latest=_ranks(latest) if latest else None,
        latest_stage=latest.stage if latest else None,
        latest_on=latest.administered_on if latest else None,
    )
