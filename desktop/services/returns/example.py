"""A realistic made-up case for previews, benchmarks and screenshots. Nobody real: names are invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from desktop.domain import (
    Appointment,
    AppointmentKind,
    AppointmentOutcome,
    Case,
    Condition,
    ConditionStatus,
    ConditionType,
    Consent,
    Contract,
    ContractState,
    Evidence,
    Pathway,
    Person,
    PoliceSharing,
)

from .model import ClinicalScore

SIGNED_ON = date(2026, 1, 12)

_OUTCOMES = (
    AppointmentOutcome.ATTENDED,
    AppointmentOutcome.ATTENDED,
    AppointmentOutcome.LATE,
    AppointmentOutcome.ATTENDED,
    AppointmentOutcome.DID_NOT_ATTEND,
    AppointmentOutcome.ATTENDED,
    AppointmentOutcome.ATTENDED,
    AppointmentOutcome.CANCELLED_BY_SERVICE,
    AppointmentOutcome.ATTENDED,
    AppointmentOutcome.DID_NOT_ATTEND,
    AppointmentOutcome.DID_NOT_ATTEND,
    AppointmentOutcome.LATE,
)
_KINDS = (AppointmentKind.KEYWORK, AppointmentKind.TREATMENT, AppointmentKind.GROUP, AppointmentKind.REVIEW)


def example_case(
    *,
    clinical_consent: bool = False,
    state: ContractState = ContractState.ACTIVE,
    outcome_reason: str = "",
    serial: int = 0,
) -> Case:
    """A contract signed on 12 Jan 2026 with five conditions, evidence and a dozen appointments to 31 Mar."""
    person = Person(
        "Rhiannon", "Pryce-Whitaker", date(1994, 7, 3), f"DUR/26/{1041 + serial:05d}", pnc_id="26/0012345X"
    )
    contract = Contract(person.id, offered_on=date(2026, 1, 9)).sign(SIGNED_ON)
    if state is not ContractState.ACTIVE:
        contract = contract.transition(state, date(2026, 5, 11), outcome_reason)
    cid = contract.id
    conditions = (
        Condition(
            cid,
            ConditionType.OFFENDING,
            "Do not reoffend during the contract",
            position=0,
            status=ConditionStatus.IN_PROGRESS,
            evidence=(
                Evidence(date(2026, 2, 2), "Force check: no new offending recorded"),
                Evidence(date(2026, 3, 2), "Force check: no new offending recorded"),
            ),
        ),
        Condition(
            cid,
            ConditionType.VICTIM,
            "Take part in a restorative approach if the victim wishes",
            position=1,
            status=ConditionStatus.MET,
            evidence=(
                Evidence(
                    date(2026, 2, 17),
                    "Apology letter written and passed to the victim liaison officer",
                    status=ConditionStatus.MET,
                ),
            ),
        ),
        Condition(
            cid,
            ConditionType.PATHWAY,
            "Attend drug treatment sessions",
            target=6,
            unit="sessions",
            progress=4,
            status=ConditionStatus.IN_PROGRESS,
            pathway=Pathway.DRUGS,
            position=2,
            evidence=tuple(
                Evidence(
                    date(2026, 1, 20) + timedelta(days=14 * i),
                    f"Attended treatment session {i + 1}",
                    amount=1,
                )
                for i in range(4)
            ),
        ),
        Condition(
            cid,
            ConditionType.PATHWAY,
            "Housing advice and tenancy support",
            target=4,
            unit="sessions",
            progress=0,
            status=ConditionStatus.NOT_STARTED,
            pathway=Pathway.HOUSING,
            position=3,
        ),
        Condition(
            cid,
            ConditionType.COMMUNITY_HOURS,
            "Complete voluntary community work",
            target=18,
            unit="hours",
            progress=9,
            status=ConditionStatus.IN_PROGRESS,
            position=4,
            evidence=(
                Evidence(date(2026, 2, 14), "6 hours at the food bank, confirmed by supervisor", amount=6),
                Evidence(date(2026, 3, 7), "3 hours at the community garden", amount=3),
            ),
        ),
    )
    appointments = tuple(
        Appointment(
            person.id,
            datetime(2026, 1, 14, 10, 0) + timedelta(days=6 * i, hours=i % 3),
            kind=_KINDS[i % len(_KINDS)],
            outcome=outcome,
            notes="Private session notes that must never reach the force",
        )
        for i, outcome in enumerate(_OUTCOMES)
    ) + (Appointment(person.id, datetime(2026, 3, 30, 14, 0), kind=AppointmentKind.KEYWORK),)
    sharing = PoliceSharing.PROGRESS_AND_CLINICAL if clinical_consent else PoliceSharing.PROGRESS_ONLY
    consent = Consent(person.id, sharing, recorded_on=date(2026, 1, 12), sharing_agreement_ref="DSA-2025-07")
    case = Case(person, None, contract, conditions, appointments, consent)
    if state is ContractState.FAILED_REOFFENDED:
        case = failed_condition(case, date(2026, 5, 2), outcome_reason or "New offence reported by the force")
    return case


def example_clinical() -> list[ClinicalScore]:
    return [
        ClinicalScore("PHQ-9", 14, "Moderate", date(2026, 1, 14)),
        ClinicalScore("PHQ-9", 9, "Mild", date(2026, 3, 11)),
        ClinicalScore("AUDIT", 17, "Higher risk", date(2026, 1, 14)),
    ]


def failed_condition(case: Case, on: date, text: str) -> Case:
    """The case with its offending condition not met, evidenced by `text` (a reported new offence)."""
    conditions = tuple(
        c.change_status(ConditionStatus.NOT_MET, Evidence(on, text))
        if c.type is ConditionType.OFFENDING
        else c
        for c in case.conditions
    )
    return replace(case, conditions=conditions)
