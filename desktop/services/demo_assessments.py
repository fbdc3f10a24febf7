"""Assessments for the demo caseload: needs screens and PHQ-9 / GAD-7 / AUDIT at start, review and exit.

Invented like the rest of the demo. Scores drift down for most people (treatment helps most who engage) and up
for a few, so the record's charts and the manager's improvement summary have something honest to show.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from desktop.domain import Case, ContractState, Pathway
from desktop.domain.assessments import Stage, new_assessment, record_answers
from desktop.domain.instruments import AnswerValue, InstrumentDefinition
from desktop.services.instruments import load_instruments
from desktop.storage.assessments import AssessmentRepository
from desktop.storage.store import CaseStore

SCORED = ("phq9", "gad7", "audit")
RARE_ITEMS = {"phq9": ("q9",)}  # answered positive far less often than the rest of the form
PARTNERS = {
    Pathway.DRUGS: "Recovery Steps",
    Pathway.ALCOHOL: "Recovery Steps",
    Pathway.HOUSING: "Homes First",
    Pathway.MENTAL_HEALTH: "Talking Therapies",
    Pathway.FINANCES: "Citizens Advice",
    Pathway.EMPLOYMENT: "Jobcentre work coach",
    Pathway.RELATIONSHIPS: "Family Support Service",
    Pathway.PHYSICAL_HEALTH: "GP practice",
    Pathway.EXPLOITATION: "Safe Space",
}
LEVELS = ("none", "low", "medium", "high")


def add_demo_assessments(store: CaseStore, rng: random.Random, now: datetime) -> int:
    """Complete assessments for every signed contract in the store; returns how many were added."""
    catalogue = load_instruments()
    repo = AssessmentRepository(store, catalogue.definitions)
    added = 0
    for case in store.cases.load_cases():
        contract = case.contract
        if contract is None or contract.signed_on is None:
            continue
        stages = [(Stage.START, contract.signed_on)]
        if (now.date() - contract.signed_on).days > 60:
            stages.append(
                (Stage.REVIEW, min(contract.signed_on + timedelta(days=rng.randint(55, 65)), now.date()))
            )
        if contract.state is ContractState.COMPLETED and contract.closed_on:
            stages.append((Stage.EXIT, contract.closed_on))
        severity = rng.uniform(0.25, 0.8)
        trend = rng.choice([-0.25, -0.2, -0.15, -0.1, 0.05])  # most improve, a few do not
        needs = {p: rng.choices(LEVELS, weights=(4, 3, 2, 1.5))[0] for p in Pathway}
        for step, (stage, on) in enumerate(stages):
            by = case.person.keyworker_id or store.user.id
            level_now = {p: LEVELS[max(LEVELS.index(v) - step, 0)] for p, v in needs.items()}
            _complete(
                repo, catalogue.get("pathway_needs"), case, stage, on, by, now, _needs_answers(level_now)
            )
            for instrument_id in SCORED:
                definition = catalogue.get(instrument_id)
                answers = _scored_answers(rng, definition, max(0.0, min(1.0, severity + trend * step)))
                _complete(repo, definition, case, stage, on, by, now, answers)
            added += 1 + len(SCORED)
    return added


def _complete(
    repo: AssessmentRepository,
    definition: InstrumentDefinition,
    case: Case,
    stage: Stage,
    on: date,
    by: str,
    now: datetime,
    answers: dict[str, AnswerValue],
) -> None:
    draft = new_assessment(definition, case.person.id, stage, on, by, today=now.date())
    repo.complete(record_answers(draft, definition, answers), definition)


def _scored_answers(
    rng: random.Random, definition: InstrumentDefinition, severity: float
) -> dict[str, AnswerValue]:
    """One option per scored item, drawn around `severity` (0 = the lowest option, 1 = the highest)."""
    answers: dict[str, AnswerValue] = {}
    for item in definition.scored_items:
        options = sorted(item.options, key=lambda o: o.score or 0)
        draw = rng.gauss(severity, 0.2)
        if item.id in RARE_ITEMS.get(definition.id, ()):
            # Thoughts of self-harm are rarer than low mood: positive only in the draw's top tail (about 8%),
            # so the demo's safety alerts stand out instead of covering the caseload.
            index = 1 if draw > severity + 0.28 else 0
        else:
            index = round(min(max(draw, 0.0), 1.0) * (len(options) - 1))
        answers[item.id] = options[index].value
    return answers


def _needs_answers(levels: dict[Pathway, str]) -> dict[str, AnswerValue]:
    answers: dict[str, AnswerValue] = {}
    for pathway, level in levels.items():
        answers[f"{pathway.value}_need"] = level
        if level in ("medium", "high"):
            answers[f"{pathway.value}_plan"] = f"Agree a {pathway.label.lower()} goal at the next session"
            answers[f"{pathway.value}_referral"] = PARTNERS[pathway]
    return answers
