"""The four-month contract, its conditions and their evidence."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from .dates import contract_day, contract_length_days, default_end_date
from .enums import AppointmentKind, ConditionStatus, ConditionType, ContractState, Pathway
from .errors import DomainError, IllegalTransition
from .ids import new_id

if TYPE_CHECKING:
    from .appointments import Appointment

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
MAX_CONDITIONS = 5  # the scheme's "up to five conditions" (a scheme file may set another number)


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
    paused_on: date | None = None  # paused since this day (variations.py); the end date moves on at resume

    @property
    def paused(self) -> bool:
        return self.paused_on is not None

    def transition(self, new_state: ContractState, on: date, reason: str = "") -> Contract:
        """Return the contract in `new_state`; illegal moves and closures without a reason are refused."""
        if new_state not in allowed_transitions(self.state):
            raise IllegalTransition("contract.illegal_transition", state=self.state, new_state=new_state)
        if new_state is ContractState.ACTIVE:
            return self.sign(on)
        if new_state is not ContractState.COMPLETED and not reason.strip():
            raise DomainError("contract.reason_needed", new_state=new_state)
        if self.signed_on is not None and on < self.signed_on:
            raise DomainError("contract.closed_before_signed")
        return replace(self, state=new_state, closed_on=on, outcome_reason=reason.strip())

    def sign(self, on: date, end_date: date | None = None) -> Contract:
        if ContractState.ACTIVE not in allowed_transitions(self.state):
            raise IllegalTransition("contract.cannot_sign", state=self.state)
        end = end_date or default_end_date(on)
        if end <= on:
            raise DomainError("contract.end_before_signing")
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
    recorded_at: datetime | None = (
        None  # when it was written down (UTC), as opposed to `on`, when it happened
    )


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
    counts_kind: AppointmentKind | None = None  # progress counted from attended sessions of this kind

    def __post_init__(self) -> None:
        hours = self.target if self.type is ConditionType.COMMUNITY_HOURS else None
        if hours is not None and not COMMUNITY_HOURS_MIN <= hours <= COMMUNITY_HOURS_MAX:
            raise DomainError("condition.hours_range", low=COMMUNITY_HOURS_MIN, high=COMMUNITY_HOURS_MAX)
        if self.target is not None and self.target <= 0:
            raise DomainError("condition.target_not_positive")
        if self.progress < 0:
            raise DomainError("condition.progress_negative")

    @property
    def mandatory(self) -> bool:
        return self.type is ConditionType.OFFENDING

    @property
    def counted(self) -> bool:
        return self.counts_kind is not None and self.target is not None

    @property
    def progress_label(self) -> str:
        if self.target is None:
            return self.status.label
        return f"{self.progress:g} of {self.target:g} {self.unit}".strip()

    def change_status(self, new_status: ConditionStatus, evidence: Evidence) -> Condition:
        """Record a status change with its dated evidence (required for every change)."""
        if not evidence.text.strip():
            raise DomainError("condition.evidence_needed")
        if new_status is ConditionStatus.WAIVED and self.mandatory:
            raise DomainError("condition.offending_not_waived")
        return replace(
            self, status=new_status, evidence=(*self.evidence, replace(evidence, status=new_status))
        )

    def add_progress(self, amount: float, evidence: Evidence) -> Condition:
        """Add progress (e.g. hours worked) with evidence; reaching the target does not mark it met by itself."""
        if self.target is None:
            raise DomainError("condition.no_target", title=self.title)
        if self.counts_kind is not None:
            raise DomainError("condition.counted_from_sessions", title=self.title, kind=self.counts_kind)
        if amount <= 0:
            raise DomainError("condition.progress_not_positive")
        status = self.status
        if status is ConditionStatus.NOT_STARTED:
            status = ConditionStatus.IN_PROGRESS
        return replace(
            self,
            progress=self.progress + amount,
            status=status,
            evidence=(*self.evidence, replace(evidence, amount=amount)),
        )


def default_conditions(contract_id: str) -> list[Condition]:
    """The five-condition default template (DOMAIN.md): conditions are data, so a service may edit them."""
    return [
        Condition(
            contract_id,
            ConditionType.OFFENDING,
            "Do not reoffend during the contract",
            position=0,
            status=ConditionStatus.IN_PROGRESS,
        ),
        Condition(
            contract_id,
            ConditionType.VICTIM,
            "Take part in a restorative approach if the victim wishes",
            position=1,
        ),
        Condition(
            contract_id,
            ConditionType.PATHWAY,
            "Attend drug treatment sessions",
            target=6,
            unit="sessions",
            pathway=Pathway.DRUGS,
            position=2,
        ),
        Condition(
            contract_id,
            ConditionType.PATHWAY,
            "Engage with a second pathway intervention",
            target=4,
            unit="sessions",
            position=3,
        ),
        Condition(
            contract_id,
            ConditionType.COMMUNITY_HOURS,
            "Complete voluntary community work",
            target=18,
            unit="hours",
            position=4,
        ),
    ]


def check_conditions(conditions: Sequence[Condition], max_conditions: int = MAX_CONDITIONS) -> None:
    """A contract's conditions: the no-reoffending one exactly once, and no more than the scheme allows."""
    offending = [c for c in conditions if c.mandatory]
    if not offending:
        raise DomainError("contract.offending_missing")
    if len(offending) > 1:
        raise DomainError("contract.offending_twice")
    if len(conditions) > max_conditions:
        raise DomainError("contract.too_many_conditions", most=max_conditions, chosen=len(conditions))


# One starting point per condition type the scheme has, so every type can be chosen when drawing up a contract.
_CATALOGUE: dict[ConditionType, tuple[str, float | None, str]] = {
    ConditionType.OFFENDING: ("Do not reoffend during the contract", None, ""),
    ConditionType.VICTIM: ("Take part in a restorative approach if the victim wishes", None, ""),
    ConditionType.PATHWAY: ("Engage with a pathway intervention", 4, "sessions"),
    ConditionType.COMMUNITY_HOURS: ("Complete voluntary community work", 18, "hours"),
    ConditionType.GPS_TAG: ("Wear a GPS tag for the period set", None, ""),
    ConditionType.VICTIM_AWARENESS: ("Complete a victim awareness course", 1, "course"),
    ConditionType.APOLOGY_LETTER: ("Write a letter of apology to the victim", None, ""),
    ConditionType.CUSTOM: ("Another condition agreed with the navigator", None, ""),
}


def catalogue_condition(contract_id: str, kind: ConditionType, position: int = 0) -> Condition:
    title, target, unit = _CATALOGUE[kind]
    return Condition(contract_id, kind, title, target=target, unit=unit, position=position)


def missing_types(conditions: Iterable[Condition]) -> list[ConditionType]:
    """The condition types not yet offered, in the scheme's order (so a drawing-up form can offer them too)."""
    have = {c.type for c in conditions}
    return [t for t in ConditionType if t not in have]


def default_choice(conditions: Sequence[Condition], max_conditions: int = MAX_CONDITIONS) -> list[bool]:
    """Which offered conditions start ticked: every non-pathway condition of the template, then pathway ones in
    the order offered (needs-screen suggestions come ranked, high needs first) while there is room; extra
    types offered beyond the template (GPS tag, custom...) start unticked. The keyworker then chooses."""
    ticks = [
        c.type in (ConditionType.OFFENDING, ConditionType.VICTIM, ConditionType.COMMUNITY_HOURS)
        for c in conditions
    ]
    seen: set[ConditionType] = set()
    for i, c in enumerate(conditions):  # only the first of each non-pathway type
        if ticks[i] and c.type in seen:
            ticks[i] = False
        seen.add(c.type)
    room = max_conditions - sum(ticks)
    for i, c in enumerate(conditions):
        if c.type is ConditionType.PATHWAY and room > 0:
            ticks[i], room = True, room - 1
    while sum(ticks) > max_conditions:  # a scheme with fewer than four: drop from the end, never offending
        last = max(i for i, t in enumerate(ticks) if t and not conditions[i].mandatory)
        ticks[last] = False
    return ticks


def counted_progress(
    condition: Condition, appointments: Iterable[Appointment], contract: Contract | None
) -> Condition:
    """A counted condition's progress: attended sessions of its kind while the contract ran (others unchanged)."""
    if not condition.counted or contract is None or contract.signed_on is None:
        return condition
    last = contract.closed_on or contract.end_date or date.max
    n = sum(
        1
        for a in appointments
        if a.kind is condition.counts_kind
        and a.attended
        and contract.signed_on <= a.planned_at.date() <= last
    )
    status = condition.status
    if n and status is ConditionStatus.NOT_STARTED:
        status = ConditionStatus.IN_PROGRESS
    return replace(condition, progress=float(n), status=status)


def with_counted_progress(
    conditions: Iterable[Condition], appointments: Sequence[Appointment], contract: Contract | None
) -> tuple[Condition, ...]:
    return tuple(counted_progress(c, appointments, contract) for c in conditions)


def counted_from_events(
    conditions: Iterable[Condition],
    events: Sequence[tuple[object, ...]],
    kinds: Sequence[str],
    contract: Contract | None,
) -> tuple[Condition, ...]:
    """`with_counted_progress` from the caseload's (time, outcome, absence) events and their kinds, so the fast
    caseload needs no appointment objects."""
    from .appointments import Appointment
    from .enums import AppointmentOutcome

    appts = [
        Appointment("", event[0], AppointmentKind(kind), outcome=event[1])
        for event, kind in zip(events, kinds, strict=True)
        if isinstance(event[0], datetime) and isinstance(event[1], AppointmentOutcome)
    ]
    return with_counted_progress(conditions, appts, contract)
