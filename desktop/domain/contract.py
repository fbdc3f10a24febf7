"""The four-month contract, its conditions and their evidence."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime

from .dates import contract_day, contract_length_days, default_end_date
from .enums import ConditionStatus, ConditionType, ContractState, Pathway
from .errors import DomainError, IllegalTransition
from .ids import new_id

_ALLOWED: dict[ContractState, frozenset[ContractState]] = {
    ContractState.OFFERED: frozenset({ContractState.ACTIVE, ContractState.WITHDRAWN}),
    ContractState.ACTIVE: frozenset(
        {
            ContractState.COMPLETED,
            ContractState.FAILED_NON_COMPLIANCE,
            ContractState.FAILED_REOFFENDED,
            ContractState.WITHDRAWN,
        }
    ),
}

COMMUNITY_HOURS_MIN = 18
COMMUNITY_HOURS_MAX = 36


def allowed_transitions(state: ContractState) -> frozenset[ContractState]:
    return _ALLOWED.get(state, frozenset())


@dataclass(frozen=True, slots=True)
class Contract:
    person_id: str
    state: ContractState = ContractState.OFFERED
    offered_on: date | None = None
    signed_on: date | None = None
    end_date: date | None = None
    closed_on: date | None = None
    outcome_reason: str = ""
    id: str = field(default_factory=new_id)
    version: int = 1

    def transition(self, new_state: ContractState, on: date, reason: str = "") -> Contract:
        """Return the contract in `new_state`; illegal moves and closures without a reason are refused."""
        if new_state not in allowed_transitions(self.state):
            raise IllegalTransition(f"A contract that is {self.state.label.lower()} cannot become {new_state.label.lower()}")
        if new_state is ContractState.ACTIVE:
            return self.sign(on)
        if new_state is not ContractState.COMPLETED and not reason.strip():
            raise DomainError(f"Give a reason for '{new_state.label}'")
        if self.signed_on is not None and on < self.signed_on:
            raise DomainError("A contract cannot close before it was signed")
        return replace(self, state=new_state, closed_on=on, outcome_reason=reason.strip())

    def sign(self, on: date, end_date: date | None = None) -> Contract:
        if ContractState.ACTIVE not in allowed_transitions(self.state):
            raise IllegalTransition(f"A contract that is {self.state.label.lower()} cannot be signed")
        end = end_date or default_end_date(on)
        if end <= on:
            raise DomainError("The end date must be after the signing date")
        return replace(self, state=ContractState.ACTIVE, signed_on=on, end_date=end)

    def day(self, today: date) -> int:
        if self.signed_on is None or self.end_date is None:
            return 0
        return contract_day(self.signed_on, self.end_date, today)

    @property
    def length_days(self) -> int:
        if self.signed_on is None or self.end_date is None:
            return 0
        return contract_length_days(self.signed_on, self.end_date)

    def days_left(self, today: date) -> int:
        if self.end_date is None:
            return 0
        return max((self.end_date - today).days, 0)

    def day_label(self, today: date) -> str:
        if self.state is ContractState.OFFERED:
            return "not signed"
        return f"{self.day(today)} of {self.length_days}"


@dataclass(frozen=True, slots=True)
class Evidence:
    on: date
    text: str
    recorded_by: str = ""
    id: str = field(default_factory=new_id)
    amount: float | None = None  # the progress this entry added (hours, sessions), when it added any
    status: ConditionStatus | None = None  # the status this entry set, when it changed the status
    recorded_at: datetime | None = None  # when it was written down (UTC), as opposed to `on`, when it happened


@dataclass(frozen=True, slots=True)
class Condition:
    contract_id: str
    type: ConditionType
    title: str
    description: str = ""
    target: float | None = None
    unit: str = ""
    progress: float = 0.0
    status: ConditionStatus = ConditionStatus.NOT_STARTED
    pathway: Pathway | None = None
    evidence: tuple[Evidence, ...] = ()
    position: int = 0
    id: str = field(default_factory=new_id)
    version: int = 1

    def __post_init__(self) -> None:
        hours = self.target if self.type is ConditionType.COMMUNITY_HOURS else None
        if hours is not None and not COMMUNITY_HOURS_MIN <= hours <= COMMUNITY_HOURS_MAX:
            raise DomainError(f"Community hours must be between {COMMUNITY_HOURS_MIN} and {COMMUNITY_HOURS_MAX}")
        if self.target is not None and self.target <= 0:
            raise DomainError("A target must be more than zero")
        if self.progress < 0:
            raise DomainError("Progress cannot be negative")

    @property
    def mandatory(self) -> bool:
        return self.type is ConditionType.OFFENDING

    @property
    def progress_label(self) -> str:
        if self.target is None:
            return self.status.label
        return f"{self.progress:g} of {self.target:g} {self.unit}".strip()

    def change_status(self, new_status: ConditionStatus, evidence: Evidence) -> Condition:
        """Record a status change with its dated evidence (required for every change)."""
        if not evidence.text.strip():
            raise DomainError("Evidence is required to change a condition's status")
        if new_status is ConditionStatus.WAIVED and self.mandatory:
            raise DomainError("The offending condition cannot be waived")
        return replace(self, status=new_status, evidence=(*self.evidence, replace(evidence, status=new_status)))

    def add_progress(self, amount: float, evidence: Evidence) -> Condition:
        """Add progress (e.g. hours worked) with evidence; reaching the target does not mark it met by itself."""
        if self.target is None:
            raise DomainError(f"'{self.title}' has no numeric target")
        if amount <= 0:
            raise DomainError("Progress to add must be more than zero")
        status = self.status
        if status is ConditionStatus.NOT_STARTED:
            status = ConditionStatus.IN_PROGRESS
        return replace(self, progress=self.progress + amount, status=status,
                       evidence=(*self.evidence, replace(evidence, amount=amount)))


def default_conditions(contract_id: str) -> list[Condition]:
    """The five-condition default template (DOMAIN.md): conditions are data, so a service may edit them."""
    return [
        Condition(contract_id, ConditionType.OFFENDING, "Do not reoffend during the contract", position=0,
                  status=ConditionStatus.IN_PROGRESS),
        Condition(contract_id, ConditionType.VICTIM, "Take part in a restorative approach if the victim wishes",
                  position=1),
        Condition(contract_id, ConditionType.PATHWAY, "Attend drug treatment sessions", target=6, unit="sessions",
                  pathway=Pathway.DRUGS, position=2),
        Condition(contract_id, ConditionType.PATHWAY, "Engage with a second pathway intervention", target=4,
                  unit="sessions", position=3),
        Condition(contract_id, ConditionType.COMMUNITY_HOURS, "Complete voluntary community work", target=18,
                  unit="hours", position=4),
    ]
