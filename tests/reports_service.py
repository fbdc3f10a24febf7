"""A fixed synthetic service for the report tests: eight people, whose figures for Q3 2026 are worked out by hand
in tests/test_reports_figures.py. The same service is built as domain ReportCases and in a real encrypted store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from desktop.domain import (
    ELIGIBILITY_QUESTIONS,
    Appointment,
    AppointmentOutcome,
    Condition,
    ConditionStatus,
    ConditionType,
    Consent,
    ContractState,
    EligibilityAnswer,
    Evidence,
    Pathway,
    Person,
    Referral,
)
from desktop.domain.demographics import Ethnicity, Sex
from desktop.domain.reports import Period, ReportCase, ReportCondition, ReportContract, ReportReferral

Q3 = Period(date(2026, 7, 1), date(2026, 9, 30))
A, D, L, C = (
    AppointmentOutcome.ATTENDED,
    AppointmentOutcome.DID_NOT_ATTEND,
    AppointmentOutcome.LATE,
    AppointmentOutcome.CANCELLED_BY_PERSON,
)
MET, NOT_MET, WAIVED, IN_PROGRESS = (
    ConditionStatus.MET,
    ConditionStatus.NOT_MET,
    ConditionStatus.WAIVED,
    ConditionStatus.IN_PROGRESS,
)
OFF, PATH, HOURS = ConditionType.OFFENDING, ConditionType.PATHWAY, ConditionType.COMMUNITY_HOURS


@dataclass
class Spec:
    name: str
    keyworker: str | None  # "kwA", "kwB" or None
    sex: Sex
    ethnicity: Ethnicity
    dob: date
    referred: date
    eligible: bool = True
    signed: date | None = None
    state: ContractState | None = None  # None: active (if signed)
    closed: date | None = None
    conditions: list[tuple[ConditionType, ConditionStatus, Pathway | None]] = field(default_factory=list)
    appointments: list[tuple[datetime, AppointmentOutcome | None]] = field(default_factory=list)


def _at(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, 10, 0)


SERVICE: list[Spec] = [
    Spec(
        "P1",
        "kwA",
        Sex.FEMALE,
        Ethnicity.WHITE_BRITISH,
        date(1990, 1, 15),
        date(2026, 7, 3),
        signed=date(2026, 7, 10),
        state=ContractState.COMPLETED,
        closed=date(2026, 9, 20),
        conditions=[(OFF, MET, None), (PATH, MET, Pathway.DRUGS), (HOURS, WAIVED, None)],
        appointments=[(_at(2026, 7, 8), A), (_at(2026, 8, 1), A), (_at(2026, 8, 15), D)],
    ),
    Spec(
        "P2",
        "kwA",
        Sex.MALE,
        Ethnicity.BLACK_AFRICAN,
        date(2000, 3, 1),
        date(2026, 7, 5),
        signed=date(2026, 7, 20),
        state=ContractState.FAILED_NON_COMPLIANCE,
        closed=date(2026, 9, 1),
        conditions=[(OFF, MET, None), (PATH, NOT_MET, Pathway.ALCOHOL), (PATH, NOT_MET, Pathway.HOUSING)],
        appointments=[(_at(2026, 7, 15), L), (_at(2026, 8, 10), D), (_at(2026, 8, 20), D)],
    ),
    Spec(
        "P3",
        "kwB",
        Sex.MALE,
        Ethnicity.NOT_RECORDED,
        date(1985, 6, 30),
        date(2026, 6, 20),
        signed=date(2026, 6, 25),
        state=ContractState.FAILED_REOFFENDED,
        closed=date(2026, 8, 5),
        conditions=[(OFF, NOT_MET, None), (PATH, IN_PROGRESS, Pathway.DRUGS)],
        appointments=[(_at(2026, 6, 26), A), (_at(2026, 7, 10), A), (_at(2026, 7, 24), C)],
    ),
    Spec(
        "P4", "kwB", Sex.FEMALE, Ethnicity.ASIAN_INDIAN, date(1970, 12, 1), date(2026, 8, 1), eligible=False
    ),
    Spec(
        "P5",
        None,
        Sex.PREFER_NOT_TO_SAY,
        Ethnicity.PREFER_NOT_TO_SAY,
        date(2007, 1, 1),
        date(2026, 9, 10),
        signed=date(2026, 9, 25),
        conditions=[(OFF, IN_PROGRESS, None), (PATH, IN_PROGRESS, Pathway.MENTAL_HEALTH)],
        appointments=[(_at(2026, 9, 30), A), (_at(2026, 10, 5), A)],
    ),
    Spec("P6", "kwA", Sex.FEMALE, Ethnicity.MIXED_OTHER, date(1995, 5, 5), date(2026, 9, 28)),
    Spec(
        "P7",
        "kwA",
        Sex.MALE,
        Ethnicity.WHITE_OTHER,
        date(1960, 2, 2),
        date(2026, 7, 1),
        signed=date(2026, 7, 2),
        state=ContractState.WITHDRAWN,
        closed=date(2026, 10, 2),
        conditions=[(OFF, IN_PROGRESS, None)],
        appointments=[(_at(2026, 7, 1), A), (_at(2026, 9, 30), None)],
    ),
    Spec("P8", "kwB", Sex.NOT_RECORDED, Ethnicity.NOT_RECORDED, date(1999, 9, 9), date(2026, 10, 1)),
]
NAMES = {"kwA": "Alex Keyworker", "kwB": "Bea Navigator"}


def report_cases(keyworker_ids: dict[str, str] | None = None) -> list[ReportCase]:
    ids = keyworker_ids or {"kwA": "kwA", "kwB": "kwB"}
    out = []
    for s in SERVICE:
        contracts: tuple[ReportContract, ...] = ()
        conditions: tuple[ReportCondition, ...] = ()
        if s.signed:
            c = ReportContract(f"c{s.name}", s.state or ContractState.ACTIVE, s.signed, s.closed)
            contracts = (c,)
            conditions = tuple(ReportCondition(c.id, t, st, p) for t, st, p in s.conditions)
        out.append(
            ReportCase(
                s.name,
                ids[s.keyworker] if s.keyworker else None,
                s.dob,
                s.sex,
                s.ethnicity,
                (ReportReferral(s.referred, s.eligible),),
                contracts,
                conditions,
                tuple((planned.date(), outcome) for planned, outcome in s.appointments),
            )
        )
    return out


def seed_store(store, keyworker_ids: dict[str, str]) -> None:
    """The same service through the case repository (as a manager), with real dated records."""
    cases = store.cases
    for s in SERVICE:
        answers = tuple(
            EligibilityAnswer(q.id, q.expected if (s.eligible or q.id != "on_bail") else not q.expected)
            for q in ELIGIBILITY_QUESTIONS
        )
        person = Person(
            s.name,
            "Synthetic",
            s.dob,
            f"REF/{s.name}",
            keyworker_ids[s.keyworker] if s.keyworker else None,
            sex=s.sex,
            ethnicity=s.ethnicity,
        )
        referral = Referral(
            person.id, "Northshire Police", "PC 1", "Possession", s.referred, s.referred, answers
        )
        person = cases.add_referral(person, referral, Consent(person.id))
        if s.signed:
            conds = [Condition("", t, t.label, pathway=p) for t, _st, p in s.conditions]
            contract = cases.sign_contract(person.id, s.signed, conds)
            saved = cases.load_case(person.id).conditions
            for cond, (_t, status, _p) in zip(saved, s.conditions, strict=True):
                if status is not ConditionStatus.NOT_STARTED:
                    cases.change_condition_status(cond, status, Evidence(s.closed or s.signed, "synthetic"))
            if s.state is not None:
                cases.close_contract(contract, s.state, s.closed, "synthetic reason")
        for planned, outcome in s.appointments:
            appt = cases.schedule_appointment(Appointment(person.id, planned))
            if outcome is not None:
                cases.record_outcome(appt, outcome, "")
