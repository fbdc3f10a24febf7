"""A person's whole case, and the caseload row drawn from it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .appointments import Appointment
from .compliance import Attendance, ComplianceAssessment, assess, attendance_of
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
    keyworker_id: str | None = None

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
    return caseload_row_from(
        case.person,
        case.contract,
        case.conditions,
        attendance_of(case.appointments, now),
        keyworker_name,
        now,
    )


def caseload_row_from(
    person: Person,
    contract: Contract | None,
    conditions: tuple[Condition, ...],
    attendance: Attendance,
    keyworker_name: str,
    now: datetime,
) -> CaseloadRow:
    """The same row from an attendance summary, so a large caseload needs no appointment objects."""
    today = now.date()
    return CaseloadRow(
        person_id=person.id,
        name=person.full_name,
        force_reference=person.force_reference,
        keyworker=keyworker_name,
        state=contract.state if contract else None,
        contract_day=contract.day(today) if contract else 0,
        contract_length=contract.length_days if contract else 0,
        days_left=contract.days_left(today) if contract else 0,
        next_appointment=attendance.next_appointment,
        last_attendance=attendance.last_attendance,
        conditions_met=sum(1 for c in conditions if c.status.is_settled),
        conditions_total=len(conditions),
        compliance=assess(contract, conditions, attendance, now),
        keyworker_id=person.keyworker_id,
    )
