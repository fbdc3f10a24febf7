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
        needs.append(
            PathwayNeed(
                pathway,
                level,
                _text(answers, item_id(pathway, "notes")),
                _text(answers, item_id(pathway, "plan")),
                _text(answers, item_id(pathway, "referral")),
            )
        )
    return tuple(needs)


def pathways_needing_condition(needs: Iterable[PathwayNeed]) -> tuple[PathwayNeed, ...]:
    """High needs first, then medium, each in the scheme's pathway order."""
    order = list(Pathway)
    chosen = [n for n in needs if n.needs_condition]
    return tuple(sorted(chosen, key=lambda n: (-(n.level.rank if n.level else 0), order.index(n.pathway))))


def suggested_conditions(
    needs: Iterable[PathwayNeed], contract_id: str, first_position: int = 2
) -> list[Condition]:
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


def needs_radar(assessments: Iterable[Assessment]) -> NeedsRadar | None:
    """Start against the latest later screen; None until a start is assessed. Unassessed counts as 0.

    The pathway needs screens drive the radar when a start screen exists (a keyworker's judgement per pathway);
    without one, the other needs-bearing assessments do (housing, AUDIT, PHQ-9, GAD-7), each side reading its
    stage's assessments, so a completed housing assessment alone no longer leaves the radar at none."""
    current = [a for a in current_assessments(assessments) if a.completed]
    screens = [a for a in current if a.instrument_id == PATHWAY_NEEDS_ID]
    if not any(a.stage is Stage.START for a in screens):
        screens = [a for a in current if a.instrument_id in NEEDS_BEARING]
    screens.sort(key=lambda a: (a.administered_on, a.stage.order))
    starts = [a for a in screens if a.stage is Stage.START]
    if not starts:
        return None
    later = [a for a in screens if a.stage is not Stage.START]
    latest = later[-1] if later else None

    def ranks(chosen: list[Assessment]) -> tuple[int, ...]:
        return tuple(n.level.rank if n.level else 0 for n in needs_from_assessments(chosen) or ())

    return NeedsRadar(
        pathways=tuple(Pathway),
        start=ranks([starts[0]] if starts[0].instrument_id == PATHWAY_NEEDS_ID else starts),
        start_on=starts[0].administered_on,
        latest=ranks([latest] if latest.instrument_id == PATHWAY_NEEDS_ID else later) if latest else None,
        latest_stage=latest.stage if latest else None,
        latest_on=latest.administered_on if latest else None,
    )


# Other needs-bearing assessments: each maps its answers or band to a need level on one pathway. The needs view
# takes, per pathway, the higher of the needs screen's level and the latest completed assessment's.
_HOUSING_NEED = {"none": NeedLevel.NONE, "problem": NeedLevel.MEDIUM, "urgent": NeedLevel.HIGH}
_UNSETTLED = {"sofa_surfing", "temporary", "rough_sleeping", "approved_premises"}
_BAND_NEED: dict[str, tuple[Pathway, dict[str, NeedLevel]]] = {
    "audit": (
        Pathway.ALCOHOL,
        {
            "lower_risk": NeedLevel.LOW,
            "increasing_risk": NeedLevel.MEDIUM,
            "higher_risk": NeedLevel.HIGH,
            "possible_dependence": NeedLevel.HIGH,
        },
    ),
    "audit_c": (Pathway.ALCOHOL, {"negative": NeedLevel.LOW, "positive": NeedLevel.MEDIUM}),
    "phq9": (
        Pathway.MENTAL_HEALTH,
        {
            "minimal": NeedLevel.NONE,
            "mild": NeedLevel.LOW,
            "moderate": NeedLevel.MEDIUM,
            "moderately_severe": NeedLevel.HIGH,
            "severe": NeedLevel.HIGH,
        },
    ),
    "gad7": (
        Pathway.MENTAL_HEALTH,
        {
            "minimal": NeedLevel.NONE,
            "mild": NeedLevel.LOW,
            "moderate": NeedLevel.MEDIUM,
            "severe": NeedLevel.HIGH,
        },
    ),
}
_SOURCE_LABELS = {
    "housing": "Housing",
    "audit": "AUDIT",
    "audit_c": "AUDIT-C",
    "phq9": "PHQ-9",
    "gad7": "GAD-7",
}
NEEDS_BEARING = frozenset({PATHWAY_NEEDS_ID, "housing", *_BAND_NEED})


def _max_level(a: NeedLevel | None, b: NeedLevel | None) -> NeedLevel | None:
    if a is None or b is None:
        return a or b
    return a if a.rank >= b.rank else b


def _housing_need(a: Assessment) -> tuple[Pathway, NeedLevel, str] | None:
    raw = a.answers.get("housing_need")
    level = _HOUSING_NEED.get(raw) if isinstance(raw, str) else None
    reasons = []
    if level is not None and level is not NeedLevel.NONE:
        reasons.append("urgent housing problem" if level is NeedLevel.HIGH else "housing problem")
    accommodation = a.answers.get("accommodation")
    if isinstance(accommodation, str) and accommodation in _UNSETTLED:
        level = _max_level(level, NeedLevel.MEDIUM)
        reasons.append(accommodation.replace("_", " "))
    if a.answers.get("eviction_risk") == "yes":
        level = _max_level(level, NeedLevel.MEDIUM)
        reasons.append("at risk of eviction")
    if level is None:
        return None
    return Pathway.HOUSING, level, "; ".join(reasons)


def _band_need(a: Assessment) -> tuple[Pathway, NeedLevel, str] | None:
    pathway, levels = _BAND_NEED[a.instrument_id]
    band = a.score.band if a.score else None
    level = levels.get(band.id) if band else None
    if band is None or level is None:
        return None
    return (
        pathway,
        level,
        f"{band.label} ({a.score.total})" if a.score and a.score.total is not None else band.label,
    )


def assessment_need(a: Assessment) -> tuple[Pathway, NeedLevel, str] | None:
    """The need one completed assessment (other than the needs screen) shows, with the reason in words."""
    if a.instrument_id == "housing":
        return _housing_need(a)
    if a.instrument_id in _BAND_NEED:
        return _band_need(a)
    return None


def needs_from_assessments(assessments: Iterable[Assessment]) -> tuple[PathwayNeed, ...] | None:
    """Per pathway, the higher of the latest needs screen's level and the latest other assessment's on that
    pathway (the reason named in the notes); None when no needs-bearing assessment is completed."""
    done = sorted(
        (a for a in current_assessments(assessments) if a.completed and a.instrument_id in NEEDS_BEARING),
        key=lambda a: (a.administered_on, a.stage.order),
    )
    if not done:
        return None
    screens = [a for a in done if a.instrument_id == PATHWAY_NEEDS_ID]
    base = {n.pathway: n for n in pathway_needs(screens[-1].answers if screens else {})}
    latest: dict[tuple[Pathway, str], tuple[NeedLevel, str, Assessment]] = {}
    for a in done:  # oldest first: a later assessment of the same instrument replaces an earlier one
        found = assessment_need(a)
        if found is not None:
            latest[(found[0], a.instrument_id)] = (found[1], found[2], a)
    for (pathway, _instrument), (level, reason, a) in latest.items():
        need = base[pathway]
        source = _SOURCE_LABELS.get(a.instrument_id, a.instrument_id)
        note = f"{source} {a.administered_on:%d/%m/%Y}: {reason}" if reason else ""
        notes = "; ".join(x for x in (need.notes, note) if x)
        base[pathway] = PathwayNeed(pathway, _max_level(need.level, level), notes, need.plan, need.referral)
    return tuple(base[p] for p in Pathway)
