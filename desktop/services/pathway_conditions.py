"""Pathway needs drive the contract: the latest needs screen's medium and high needs become suggested conditions,
and the record shows which needs have a condition and a referral. Reads through the role-checked repositories."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from desktop.domain.assessments import Assessment, current_assessments
from desktop.domain.clock import moment_key
from desktop.domain.contract import Condition
from desktop.domain.enums import ConditionType, Pathway
from desktop.domain.pathway_needs import (
    PATHWAY_NEEDS_ID,
    NeedCoverage,
    need_coverage,
    needs_from_assessments,
    suggested_conditions,
)
from desktop.storage.assessments import AssessmentRepository
from desktop.storage.store import CaseStore

from .instruments import InstrumentCatalogue, load_instruments

STORE_INSTRUMENTS_FOLDER = "instruments"


def catalogue_for_store(folder: Path) -> InstrumentCatalogue:
    """The shipped definitions and any a service put in the store's own `instruments/` folder."""
    return load_instruments(extra_folders=[Path(folder) / STORE_INSTRUMENTS_FOLDER])


def latest_needs_screen(assessments: Iterable[Assessment]) -> Assessment | None:
    """The most recent completed, current pathway needs screen (start, review or exit)."""
    screens = [
        a for a in current_assessments(assessments) if a.completed and a.instrument_id == PATHWAY_NEEDS_ID
    ]
    screens.sort(key=lambda a: (a.administered_on, a.stage.order, moment_key(a.completed_at)))
    return screens[-1] if screens else None


def suggested_pathway_conditions(
    store: CaseStore, person_id: str, contract_id: str, first_position: int = 2
) -> list[Condition]:
    """One pathway condition per high or medium need, as the needs view shows them: the latest completed screen
    and the other needs-bearing assessments (none without any)."""
    needs = needs_from_assessments(AssessmentRepository(store).list_for_person(person_id))
    if needs is None:
        return []
    return suggested_conditions(needs, contract_id, first_position)


DEFAULT_PATHWAY_TARGET = 4.0  # sessions, as the template's second pathway condition


def contract_template_with_needs(
    template: Sequence[Condition], suggested: Sequence[Condition]
) -> list[Condition]:
    """The contract template with its pathway conditions replaced by the suggested ones (none suggested: the
    template as it is). A suggestion takes the target of the template's condition on the same pathway, or
    4 sessions; the other conditions keep their places around them."""
    if not suggested:
        return list(template)
    pathway_rows = [c for c in template if c.type is ConditionType.PATHWAY]
    targets: dict[Pathway, tuple[float, str]] = {
        c.pathway: (c.target, c.unit) for c in pathway_rows if c.pathway is not None and c.target is not None
    }
    default = (DEFAULT_PATHWAY_TARGET, "sessions")
    offered = []
    for s in suggested:
        target, unit = targets.get(s.pathway, default) if s.pathway else default
        offered.append(replace(s, target=target, unit=unit))
    first_pathway = min((c.position for c in pathway_rows), default=len(template))
    before = [c for c in template if c.type is not ConditionType.PATHWAY and c.position < first_pathway]
    after = [c for c in template if c.type is not ConditionType.PATHWAY and c.position >= first_pathway]
    return [replace(c, position=i) for i, c in enumerate(before + offered + after)]


def coverage_for_person(
    store: CaseStore, person_id: str, assessments: Iterable[Assessment] | None = None
) -> tuple[NeedCoverage, ...] | None:
    """Each assessed need with the current contract's conditions on its pathway, read from the needs screen and
    every other needs-bearing assessment (housing, AUDIT, PHQ-9...); None when none is completed."""
    if assessments is None:
        assessments = AssessmentRepository(store).list_for_person(person_id)
    needs = needs_from_assessments(assessments)
    if needs is None:
        return None
    cases = store.cases.load_cases(only=[person_id])  # not audited as an opening: the record is already open
    conditions = cases[0].conditions if cases else ()
    return need_coverage(needs, conditions)
