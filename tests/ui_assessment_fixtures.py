"""Fixtures for the assessment GUI tests: one real encrypted store per module, with people and their assessments.

A pytest plugin (tests/conftest.py lists it in `pytest_plugins`): a test names these fixtures as arguments.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from instrument_helpers import answers_for_total, shipped

from desktop.app.root import build_context
from desktop.domain import (
    ELIGIBILITY_QUESTIONS,
    Consent,
    EligibilityAnswer,
    Pathway,
    Person,
    Referral,
    Role,
    default_conditions,
)
from desktop.domain.assessments import Assessment, Stage, new_assessment, record_answers
from desktop.domain.instruments import AnswerValue
from desktop.storage.assessments import AssessmentRepository
from desktop.storage.store import CaseStore
from desktop.ui.context import AppContext
from desktop.ui.runner import BackgroundRunner

A_NOW = datetime(2026, 11, 26, 11, 0)
A_PASS = "assessment test passphrase"
START_ON = A_NOW.date() - timedelta(days=100)
REVIEW_ON = A_NOW.date() - timedelta(days=50)
EXIT_ON = A_NOW.date() - timedelta(days=2)


def a_clock() -> datetime:
    return A_NOW


def add_person(
    store: CaseStore, first: str, last: str, keyworker_id: str | None = None, signed: bool = True
) -> Person:
    person = Person(
        first,
        last,
        date(1990, 5, 17),
        f"DUR/{first[:3].upper()}{last[:3].upper()}/26",
        keyworker_id=keyworker_id,
    )
    answers = tuple(EligibilityAnswer(q.id, q.expected) for q in ELIGIBILITY_QUESTIONS)
    referral = Referral(
        person.id,
        "Durham Constabulary",
        "PC 1234 Example",
        "Possession of a class B drug",
        START_ON - timedelta(days=10),
        START_ON - timedelta(days=5),
        answers,
    )
    person = store.cases.add_referral(person, referral, Consent(person.id, recorded_on=START_ON))
    if signed:
        store.cases.sign_contract(person.id, START_ON, default_conditions(""))
    return person


def give(
    store: CaseStore,
    person_id: str,
    instrument_id: str,
    stage: Stage,
    on: date,
    *,
    total: int | None = None,
    answers: Mapping[str, AnswerValue] | None = None,
) -> Assessment:
    """Complete one assessment in the store: answers adding up to `total`, or the answers given."""
    definition = shipped().get(instrument_id)
    draft = new_assessment(definition, person_id, stage, on, store.user.id, today=A_NOW.date())
    given = dict(answers) if answers is not None else answers_for_total(definition, total or 0)
    draft = record_answers(draft, definition, given)
    return AssessmentRepository(store, shipped().definitions).complete(draft, definition)


def needs(levels: Mapping[Pathway, str], **extra: str) -> dict[str, AnswerValue]:
    answers: dict[str, AnswerValue] = {f"{p.value}_need": levels.get(p, "none") for p in Pathway}
    answers.update(extra)
    return answers


def seed_history(store: CaseStore, person_id: str) -> None:
    """Start, review and exit: PHQ-9 18 -> 12 -> 7, GAD-7 15 -> 9, AUDIT 20 -> 12, and two needs screens."""
    give(
        store,
        person_id,
        "pathway_needs",
        Stage.START,
        START_ON,
        answers=needs(
            {
                Pathway.DRUGS: "high",
                Pathway.MENTAL_HEALTH: "high",
                Pathway.HOUSING: "high",
                Pathway.ALCOHOL: "medium",
                Pathway.FINANCES: "low",
            }
        ),
    )
    give(
        store,
        person_id,
        "pathway_needs",
        Stage.REVIEW,
        REVIEW_ON,
        answers=needs(
            {
                Pathway.DRUGS: "medium",
                Pathway.MENTAL_HEALTH: "high",
                Pathway.HOUSING: "medium",
                Pathway.ALCOHOL: "low",
            },
            drugs_referral="Recovery Steps",
            mental_health_plan="Talking therapies",
        ),
    )
    for stage, on, phq, gad, audit in (
        (Stage.START, START_ON, 18, 15, 20),
        (Stage.REVIEW, REVIEW_ON, 12, 9, None),
        (Stage.EXIT, EXIT_ON, 7, None, 12),
    ):
        give(store, person_id, "phq9", stage, on, total=phq)
        if gad is not None:
            give(store, person_id, "gad7", stage, on, total=gad)
        if audit is not None:
            give(store, person_id, "audit", stage, on, total=audit)


@pytest.fixture(scope="module")
def assess_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseStore]:
    """admin, manager and keyworker alex; tests add their own people."""
    folder: Path = tmp_path_factory.mktemp("assessments") / "store"
    store, _recovery = CaseStore.create(folder, "admin", A_PASS, "Ada Admin", clock=a_clock)
    store.add_user("manager", "Morgan Manager", Role.MANAGER, A_PASS)
    store.add_user("alex", "Alex Carter", Role.KEYWORKER, A_PASS)
    yield store
    store.close()


@pytest.fixture
def actx(qapp: object, assess_store: CaseStore) -> Iterator[AppContext]:
    runner = BackgroundRunner()
    yield build_context(assess_store, runner, a_clock)
    runner.shutdown()
