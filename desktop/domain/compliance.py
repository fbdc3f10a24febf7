"""Compliance as a pure function of a case on a given day: a level and the reasons for it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from .appointments import Appointment
from .contract import Condition, Contract
from .enums import AppointmentOutcome, ComplianceLevel, ConditionStatus, ConditionType, ContractState

ENDING_SOON_DAYS = 14
ACCEPTABLE_REASONS = {
    "illness_evidenced": "illness (evidence seen)",
    "hospital": "in hospital",
    "court": "at court",
    "bereavement": "bereavement",
    "other": "other",
}


@dataclass(frozen=True, slots=True)
class WindowRule:
    """`missed` or more of the person's last `last` counted appointments give `level`."""

    last: int
    missed: int
    level: ComplianceLevel


@dataclass(frozen=True, slots=True)
class ComplianceRules:
    """A scheme's thresholds (resources/compliance/<scheme>.json; the defaults are Durham Checkpoint's)."""

    scheme: str = "durham_checkpoint"
    title: str = "Durham Checkpoint"
    in_a_row_at_risk: int = 2
    in_a_row_not_complying: int = 3
    windows: tuple[WindowRule, ...] = (
        WindowRule(4, 2, ComplianceLevel.AT_RISK),
        WindowRule(6, 3, ComplianceLevel.NOT_COMPLYING),
    )
    contract_share_at_risk: float = 0.3
    contract_share_not_complying: float = 0.5
    contract_share_minimum: int = 6  # the share is over at least this many appointments
    person_cancellations_free: int = 2  # the person's first N cancellations are not held against them
    behind_schedule_share: float = 0.5  # progress under half of what the days elapsed call for
    schedule_grace_share: float = 0.25  # no schedule judgement in the first quarter of the contract
    not_started_after_share: float = 0.5  # a condition with no target still not started at half-way
    ending_soon_days: int = ENDING_SOON_DAYS
    recommendations: tuple[tuple[str, str], ...] = ()  # (situation, one line), see docs/compliance.md

    def recommendation(self, situation: str) -> str:
        return dict(self.recommendations).get(situation, "")


DURHAM_RECOMMENDATIONS = (
    ("on_track", "The provider recommends no action: the contract continues."),
    ("at_risk", "The provider recommends no action yet: the contract continues with closer support."),
    ("not_complying", "The provider asks the force to decide whether the contract continues."),
    ("completed", "The provider recommends no further action: the contract was completed."),
    (
        "failed_non_compliance",
        "The provider refers the case back to the force for a decision on prosecution.",
    ),
    ("failed_reoffended", "The provider refers the case back to the force for a decision on prosecution."),
    ("withdrawn", "The provider refers the case back to the force for a decision."),
)
DEFAULT_RULES = ComplianceRules(recommendations=DURHAM_RECOMMENDATIONS)


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a case is at a level, as a code and its parameters (counts, dates, a condition's title): no words.

    desktop.wording.render_reason puts it into English or Welsh at the edges (GUI, PDF, CLI). The codes and
    their parameters are listed in docs/compliance.md; a code nobody knows renders its "text" parameter.
    """

    level: ComplianceLevel
    code: str
    params: Mapping[str, object] = field(default_factory=dict, hash=False)
    appointments: tuple[datetime, ...] = ()  # the appointments behind the reason, named in its text

    @property
    def text(self) -> str:
        """The reason in English, for the callers not yet moved to render_reason(reason, language)."""
        from desktop.wording.reasons import render_reason  # the edge's renderer; imported late, no cycle

        return render_reason(self, "en")


@dataclass(frozen=True, slots=True)
class ComplianceAssessment:
    level: ComplianceLevel
    reasons: tuple[Reason, ...]

    @property
    def summary(self) -> str:
        if not self.reasons:
            return self.level.label
        return f"{self.level.label}: " + "; ".join(r.text for r in self.reasons)


def _days(moments: Iterable[datetime]) -> tuple[date, ...]:
    return tuple(m.date() for m in moments)


# (planned time, outcome) or (planned time, outcome, acceptable-absence reason code)
AttendanceEvent = tuple[datetime, AppointmentOutcome | None] | tuple[datetime, AppointmentOutcome | None, str]


@dataclass(frozen=True, slots=True)
class Attendance:
    """What compliance and the caseload need to know of a person's appointments at a moment."""

    missed_run: tuple[datetime, ...] = ()  # the latest run of consecutive missed appointments
    next_appointment: datetime | None = None
    last_attendance: datetime | None = None
    # Every past appointment with an outcome, in time order: (planned, outcome, acceptable reason or "")
    history: tuple[tuple[datetime, AppointmentOutcome, str], ...] = ()


_ORDER = {o: i for i, o in enumerate(AppointmentOutcome)}
# ComplianceLevel.rank by dict: the property goes through enum's descriptor, ~7 us a call on hot sorts
_RANK = {level: level.rank for level in ComplianceLevel}


def summarise_attendance(events: Iterable[AttendanceEvent], now: datetime) -> Attendance:
    """One pass over (planned time, outcome[, acceptable reason]) events, in any order.

    A run of misses is broken by an attended (or late) appointment; appointments cancelled by the service are
    not the person's doing, so they neither break nor extend it, nor does an absence the keyworker accepted;
    past appointments without an outcome yet are left out until one is recorded.
    """
    run: list[datetime] = []
    nxt: datetime | None = None
    last: datetime | None = None
    history: list[tuple[datetime, AppointmentOutcome, str]] = []
    full = [(e[0], e[1], e[2] if len(e) > 2 else "") for e in events]
    for planned, outcome, accepted in sorted(
        full, key=lambda e: (e[0], _ORDER.get(e[1], -1) if e[1] else -1, e[2])
    ):
        if outcome is None:
            if planned >= now and (nxt is None or planned < nxt):
                nxt = planned
            continue
        if planned > now:
            continue
        history.append((planned, outcome, accepted))
        if accepted:
            continue
        if outcome is AppointmentOutcome.DID_NOT_ATTEND:
            run.append(planned)
        elif outcome is AppointmentOutcome.ATTENDED or outcome is AppointmentOutcome.LATE:
            run = []
            last = planned
    return Attendance(tuple(run), nxt, last, tuple(history))


def attendance_of(appointments: Iterable[Appointment], now: datetime) -> Attendance:
    return summarise_attendance(((a.planned_at, a.outcome, a.absence_reason) for a in appointments), now)


def counted_absences(
    attendance: Attendance, rules: ComplianceRules = DEFAULT_RULES
) -> tuple[list[tuple[datetime, bool]], list[datetime], list[tuple[datetime, str]]]:
    """The person's appointments as compliance counts them.

    Returns (sequence of (time, missed?) over attended and held-against-them absences, in time order; the
    person's cancellations that counted as missed; the absences accepted, with their reason code).
    Service cancellations are left out; the person's first `person_cancellations_free` cancellations too.
    """
    sequence: list[tuple[datetime, bool]] = []
    counted_cancellations: list[datetime] = []
    accepted: list[tuple[datetime, str]] = []
    free = rules.person_cancellations_free
    for planned, outcome, reason in attendance.history:
        if outcome is AppointmentOutcome.CANCELLED_BY_SERVICE:
            continue
        if reason and not outcome.counts_as_attended:
            accepted.append((planned, reason))
            continue
        if outcome is AppointmentOutcome.CANCELLED_BY_PERSON:
            if free > 0:
                free -= 1
                continue
            counted_cancellations.append(planned)
            sequence.append((planned, True))
        elif outcome is AppointmentOutcome.DID_NOT_ATTEND:
            sequence.append((planned, True))
        else:
            sequence.append((planned, False))
    return sequence, counted_cancellations, accepted


def _attendance_reasons(attendance: Attendance, rules: ComplianceRules) -> list[Reason]:
    sequence, cancellations, accepted = counted_absences(attendance, rules)
    reasons: list[Reason] = []
    cancelled = set(cancellations)

    def what(moments: list[datetime]) -> int:
        return sum(1 for m in moments if m in cancelled)

    run: list[datetime] = []
    for planned, was_missed in sequence:
        run = run + [planned] if was_missed else []
    if len(run) >= rules.in_a_row_at_risk:
        level = (
            ComplianceLevel.NOT_COMPLYING
            if len(run) >= rules.in_a_row_not_complying
            else ComplianceLevel.AT_RISK
        )
        reasons.append(
            Reason(
                level,
                "missed_in_a_row",
                {"count": len(run), "dates": _days(run), "cancelled": what(run)},
                tuple(run),
            )
        )
    for window in rules.windows:
        last = sequence[-window.last :]
        missed = [p for p, m in last if m]
        if len(missed) >= window.missed:
            reasons.append(
                Reason(
                    window.level,
                    "missed_in_window",
                    {
                        "count": len(missed),
                        "of": len(last),
                        "dates": _days(missed),
                        "cancelled": what(missed),
                    },
                    tuple(missed),
                )
            )
    all_missed = [p for p, m in sequence if m]
    share = len(all_missed) / max(len(sequence), rules.contract_share_minimum, 1)
    share_level = (
        ComplianceLevel.NOT_COMPLYING
        if share >= rules.contract_share_not_complying
        else ComplianceLevel.AT_RISK
        if share >= rules.contract_share_at_risk
        else None
    )
    if share_level is not None and all_missed:
        reasons.append(
            Reason(
                share_level,
                "missed_share",
                {
                    "count": len(all_missed),
                    "of": len(sequence),
                    "dates": _days(all_missed),
                    "cancelled": what(all_missed),
                },
                tuple(all_missed),
            )
        )
    for planned, code in accepted:
        why, _, detail = code.partition(":")
        reasons.append(
            Reason(
                ComplianceLevel.ON_TRACK,
                "absence_accepted",
                {
                    "on": planned.date(),
                    "why": why,
                    "raw": code,
                    "detail": detail.strip() if ":" in code else None,
                },
                (planned,),
            )
        )
    # A reason adds nothing when a reason at least as serious already names all its appointments
    # (three in a row are also three of the last six).
    kept: list[Reason] = []
    for reason in sorted(reasons, key=lambda r: (-_RANK[r.level], -len(r.appointments))):
        if reason.code == "absence_accepted" or not any(
            _RANK[k.level] >= _RANK[reason.level] and set(reason.appointments) <= set(k.appointments)
            for k in kept
        ):
            kept.append(reason)
    return kept


def assess(
    contract: Contract | None,
    conditions: Iterable[Condition],
    appointments: Iterable[Appointment] | Attendance,
    now: datetime,
    rules: ComplianceRules = DEFAULT_RULES,
) -> ComplianceAssessment:
    """Judge a case at `now`. Reasons are listed most serious first, each a code with its parameters."""
    today = now.date()
    reasons: list[Reason] = []
    conditions = list(conditions)
    if contract is None or contract.state is ContractState.OFFERED:
        return ComplianceAssessment(ComplianceLevel.ON_TRACK, ())
    if contract.state is ContractState.FAILED_REOFFENDED:
        reasons.append(Reason(ComplianceLevel.NOT_COMPLYING, "failed", {"why": "reoffended"}))
    elif contract.state is ContractState.FAILED_NON_COMPLIANCE:
        reasons.append(Reason(ComplianceLevel.NOT_COMPLYING, "failed", {"why": "non_compliance"}))
    if contract.state is not ContractState.ACTIVE:
        level = ComplianceLevel.NOT_COMPLYING if reasons else ComplianceLevel.ON_TRACK
        return ComplianceAssessment(level, tuple(reasons))

    for cond in conditions:
        if cond.status is ConditionStatus.NOT_MET:
            reasons.append(
                Reason(
                    ComplianceLevel.NOT_COMPLYING,
                    "condition_not_met",
                    {"title": cond.title, "offending": cond.type is ConditionType.OFFENDING},
                )
            )

    attendance = appointments if isinstance(appointments, Attendance) else attendance_of(appointments, now)
    reasons.extend(_attendance_reasons(attendance, rules))

    length = contract.length_days
    day = contract.day(today)
    elapsed = day / length if length else 0.0
    for cond in conditions:
        if (
            cond.status.is_settled
            or cond.status is ConditionStatus.NOT_MET
            or cond.type is ConditionType.OFFENDING
        ):
            continue
        if cond.target is not None:
            expected = cond.target * elapsed
            if (
                elapsed >= rules.schedule_grace_share
                and cond.progress < expected * rules.behind_schedule_share
            ):
                reasons.append(
                    Reason(
                        ComplianceLevel.AT_RISK,
                        "behind_schedule",
                        {
                            "title": cond.title,
                            "progress": cond.progress,
                            "target": cond.target,
                            "unit": cond.unit,
                            "expected": expected,
                            "day": day,
                            "length": length,
                        },
                    )
                )
        elif cond.status is ConditionStatus.NOT_STARTED and elapsed >= rules.not_started_after_share:
            reasons.append(
                Reason(
                    ComplianceLevel.AT_RISK,
                    "not_started",
                    {"title": cond.title, "day": day, "length": length},
                )
            )

    if contract.end_date is not None:
        unmet = [c for c in conditions if c.type is not ConditionType.OFFENDING and not c.status.is_settled]
        if today > contract.end_date:
            reasons.append(Reason(ComplianceLevel.AT_RISK, "past_end", {"ended": contract.end_date}))
        elif unmet and (contract.end_date - today).days <= rules.ending_soon_days:
            left = (contract.end_date - today).days
            reasons.append(
                Reason(ComplianceLevel.AT_RISK, "ending_unmet", {"days": left, "unmet": len(unmet)})
            )

    reasons.sort(key=lambda r: -_RANK[r.level])
    level = reasons[0].level if reasons else ComplianceLevel.ON_TRACK
    return ComplianceAssessment(level, tuple(reasons))
