"""A person's whole case, and the caseload row drawn from it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .appointments import Appointment
from .compliance import ComplianceAssessment, assess
from .contract import Condition, Contract
from .enums import ContractState
from .people import Consent, Person, Referral


@dataclass(frozen=True, slots=True)
class Case:
    person: Person
    referral: Referral | None = None
    contract: Contract | None = None
    conditions: tuple[Condition, ...] = ()
    appointments: tuple[Appointment, ...] = ()
    consent: Consent | None = None

    def compliance(self, now: datetime) -> ComplianceAssessment:
        return assess(self.contract, self.conditions, self.appointments, now)

    def next_appointment(self, now: datetime) -> Appointment | None:
        upcoming = [a for a in self.appointments if a.planned_at >= now and a.outcome is None]
        return min(upcoming, key=lambda a: a.planned_at, default=None)

    def last_attendance(self) -> Appointment | None:
        attended = [a for a in self.appointments if a.attended]
        return max(attended, key=lambda a: a.planned_at, default=None)


@dataclass(frozen=True, slots=True)
class CaseloadRow:
    """One line of the caseload, as the dashboard and `checkpoint-desk caseload` show it."""

    person_id: str
    name: str
    force_reference: str
    keyworker: str
    state: ContractState | None
    contract_day: int
    contract_length: int
    days_left: int
    next_appointment: datetime | None
    last_attendance: datetime | None
    conditions_met: int
    conditions_total: int
    compliance: ComplianceAssessment

    @property
    def day_label(self) -> str:
        if self.state is None or self.state is ContractState.OFFERED:
            return "not signed"
        if self.state.is_terminal:
            return "closed"
        return f"{self.contract_day} of {self.contract_length}"

    @property
    def conditions_label(self) -> str:
        return f"{self.conditions_met} of {self.conditions_total}"


def caseload_row(case: Case, keyworker_name: str, now: datetime) -> CaseloadRow:
    contract = case.contract
    nxt = case.next_appointment(now)
    last = case.last_attendance()
    return CaseloadRow(
        person_id=case.person.id,
        name=case.person.full_name,
        force_reference=case.person.force_reference,
        keyworker=keyworker_name,
        state=contract.state if contract else None,
        contract_day=contract.day(now.date()) if contract else 0,
        contract_length=contract.length_days if contract else 0,
        days_left=contract.days_left(now.date()) if contract else 0,
        next_appointment=nxt.planned_at if nxt else None,
        last_attendance=last.planned_at if last else None,
        conditions_met=sum(1 for c in case.conditions if c.status.is_settled),
        conditions_total=len(case.conditions),
        compliance=case.compliance(now),
    )
