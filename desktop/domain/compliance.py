"""Compliance as a pure function of a case on a given day: a level and the reasons for it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from .appointments import Appointment
from .contract import Condition, Contract
from .enums import AppointmentOutcome, ComplianceLevel, ConditionStatus, ConditionType, ContractState

ENDING_SOON_DAYS = 14
MISSED_IN_A_ROW_AT_RISK = 2
MISSED_IN_A_ROW_NOT_COMPLYING = 3
BEHIND_SCHEDULE_SHARE = 0.5  # progress under half of what the days elapsed call for
SCHEDULE_GRACE_SHARE = 0.25  # no schedule judgement in the first quarter of the contract
NOT_STARTED_AFTER_SHARE = 0.5  # a condition with no target still not started at half-way


@dataclass(frozen=True, slots=True)
class Reason:
    level: ComplianceLevel
    code: str
    text: str


@dataclass(frozen=True, slots=True)
class ComplianceAssessment:
    level: ComplianceLevel
    reasons: tuple[Reason, ...]

    @property
    def summary(self) -> str:
        if not self.reasons:
            return self.level.label
        return f"{self.level.label}: " + "; ".join(r.text for r in self.reasons)


def _fmt(d: date) -> str:
    return d.strftime("%d %b %Y").lstrip("0")


@dataclass(frozen=True, slots=True)
class Attendance:
    """What compliance and the caseload need to know of a person's appointments at a moment."""

    missed_run: tuple[datetime, ...] = ()  # the latest run of consecutive missed appointments
    next_appointment: datetime | None = None
    last_attendance: datetime | None = None


AttendanceEvent = tuple[datetime, AppointmentOutcome | None]


def summarise_attendance(events: Iterable[AttendanceEvent], now: datetime) -> Attendance:
    """One pass over (planned time, outcome) pairs, in any order.

    A run of misses is broken by an attended (or late) appointment; appointments cancelled by the service are
    not the person's doing, so they neither break nor extend it; past appointments without an outcome yet are
    left out until one is recorded.
    """
    run: list[datetime] = []
    nxt: datetime | None = None
    last: datetime | None = None
    for planned, outcome in sorted(events, key=lambda e: e[0]):
        if outcome is None:
            if planned >= now and (nxt is None or planned < nxt):
                nxt = planned
            continue
        if planned > now:
            continue
        if outcome is AppointmentOutcome.DID_NOT_ATTEND:
            run.append(planned)
        elif outcome is AppointmentOutcome.ATTENDED or outcome is AppointmentOutcome.LATE:
            run = []
            last = planned
    return Attendance(tuple(run), nxt, last)


def attendance_of(appointments: Iterable[Appointment], now: datetime) -> Attendance:
    return summarise_attendance(((a.planned_at, a.outcome) for a in appointments), now)


def assess(
    contract: Contract | None,
    conditions: Iterable[Condition],
    appointments: Iterable[Appointment] | Attendance,
    now: datetime,
) -> ComplianceAssessment:
    """Judge a case at `now`. Reasons are listed most serious first, each in words fit for a return."""
    today = now.date()
    reasons: list[Reason] = []
    conditions = list(conditions)
    if contract is None or contract.state is ContractState.OFFERED:
        return ComplianceAssessment(ComplianceLevel.ON_TRACK, ())
    if contract.state is ContractState.FAILED_REOFFENDED:
        reasons.append(Reason(ComplianceLevel.NOT_COMPLYING, "failed", "contract failed: reoffended"))
    elif contract.state is ContractState.FAILED_NON_COMPLIANCE:
        reasons.append(Reason(ComplianceLevel.NOT_COMPLYING, "failed", "contract failed: did not comply"))
    if contract.state is not ContractState.ACTIVE:
        level = ComplianceLevel.NOT_COMPLYING if reasons else ComplianceLevel.ON_TRACK
        return ComplianceAssessment(level, tuple(reasons))

    for cond in conditions:
        if cond.status is ConditionStatus.NOT_MET:
            what = "reoffending reported" if cond.type is ConditionType.OFFENDING else f"'{cond.title}' not met"
            reasons.append(Reason(ComplianceLevel.NOT_COMPLYING, "condition_not_met", what))

    attendance = appointments if isinstance(appointments, Attendance) else attendance_of(appointments, now)
    run = attendance.missed_run
    dates = ", ".join(_fmt(a.date()) for a in run)
    if len(run) >= MISSED_IN_A_ROW_NOT_COMPLYING:
        reasons.append(Reason(ComplianceLevel.NOT_COMPLYING, "missed_in_a_row",
                              f"{len(run)} missed appointments in a row ({dates})"))
    elif len(run) >= MISSED_IN_A_ROW_AT_RISK:
        reasons.append(Reason(ComplianceLevel.AT_RISK, "missed_in_a_row",
                              f"{len(run)} missed appointments in a row ({dates})"))

    length = contract.length_days
    day = contract.day(today)
    elapsed = day / length if length else 0.0
    for cond in conditions:
        if cond.status.is_settled or cond.status is ConditionStatus.NOT_MET or cond.type is ConditionType.OFFENDING:
            continue
        if cond.target is not None:
            expected = cond.target * elapsed
            if elapsed >= SCHEDULE_GRACE_SHARE and cond.progress < expected * BEHIND_SCHEDULE_SHARE:
                reasons.append(Reason(
                    ComplianceLevel.AT_RISK, "behind_schedule",
                    f"'{cond.title}' behind schedule: {cond.progress:g} of {cond.target:g} {cond.unit} done, "
                    f"about {expected:.0f} expected by day {day} of {length}".replace("  ", " "),
                ))
        elif cond.status is ConditionStatus.NOT_STARTED and elapsed >= NOT_STARTED_AFTER_SHARE:
            reasons.append(Reason(ComplianceLevel.AT_RISK, "not_started",
                                  f"'{cond.title}' not started by day {day} of {length}"))

    if contract.end_date is not None:
        unmet = [c for c in conditions if c.type is not ConditionType.OFFENDING and not c.status.is_settled]
        if today > contract.end_date:
            reasons.append(Reason(ComplianceLevel.AT_RISK, "past_end",
                                  f"contract ended on {_fmt(contract.end_date)} and is still open"))
        elif unmet and (contract.end_date - today).days <= ENDING_SOON_DAYS:
            left = (contract.end_date - today).days
            reasons.append(Reason(ComplianceLevel.AT_RISK, "ending_unmet",
                                  f"contract ends in {left} days with {len(unmet)} condition"
                                  f"{'s' if len(unmet) != 1 else ''} not yet met"))

    reasons.sort(key=lambda r: -r.level.rank)
    level = reasons[0].level if reasons else ComplianceLevel.ON_TRACK
    return ComplianceAssessment(level, tuple(reasons))
