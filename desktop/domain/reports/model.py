"""The reports' vocabulary: the period, the cases as the figures see them, a figure, and its labels.

The figures themselves are in figures.py (the package's docstring says what a figure promises).
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import NamedTuple

from ..demographics import Ethnicity, Sex
from ..enums import AppointmentOutcome, ConditionStatus, ConditionType, ContractState, Pathway
from ..errors import DomainError

REPORTED_INSTRUMENTS = ("phq9", "gad7", "audit", "sds")  # the instruments whose change commissioners ask for
ENDED_STATES = (
    ContractState.COMPLETED,
    ContractState.FAILED_NON_COMPLIANCE,
    ContractState.FAILED_REOFFENDED,
    ContractState.WITHDRAWN,
)
UNASSIGNED = "unassigned"

# Every figure's name, as the CSV, the PDF and the view show it (definitions: docs/reports.md).
FIGURE_LABELS: dict[str, str] = {
    "referrals_received": "Referrals received",
    "contracts_signed": "Contracts signed",
    "contracts_ended": "Contracts ended",
    "completion_rate": "Completion rate",
    "contracts_active_at_end": "Contracts active at the period's end",
    "days_to_first_seen_q1": "Days from referral to first attended appointment: lower quartile",
    "days_to_first_seen_median": "Days from referral to first attended appointment: median",
    "days_to_first_seen_q3": "Days from referral to first attended appointment: upper quartile",
    "referrals_first_seen": "Referrals seen by the period's end",
    "appointments_attended": "Appointments attended",
    "appointments_missed": "Appointments missed",
    "appointments_cancelled": "Appointments cancelled",
    "appointments_no_outcome": "Appointments with no outcome recorded",
    "attendance_rate": "Attendance rate",
    "missed_rate": "Missed-appointment rate",
    "conditions_met": "Conditions met",
    "conditions_not_met": "Conditions not met",
    "conditions_waived": "Conditions waived",
    "condition_met_rate": "Conditions met rate",
    "contracts_with_pathway": "Contracts with a pathway condition",
    "contracts_completed": "Contracts completed",
    "reoffending_cohort": "Contracts signed whose 12 months have passed",
    "reoffended_within_12_months": "Of those, reoffended within 12 months (as the force reported)",
    "reoffending_rate": "Reoffending rate within 12 months",
}
SECTION_LABELS: dict[str, str] = {
    "flow": "Referrals and contracts",
    "timeliness": "Time to first appointment",
    "attendance": "Attendance",
    "conditions": "Conditions",
    "pathways": "Needs pathways",
    "instruments": "Change from start to exit",
    "demographics": "By sex, ethnic group and age",
    "reoffending": "Reoffending",
    "monthly": "Month by month",
}
DIMENSION_LABELS: dict[str, str] = {
    "": "",
    "eligibility": "Eligibility",
    "outcome": "Outcome",
    "seen": "Seen",
    "keyworker": "Keyworker",
    "condition_type": "Condition type",
    "pathway": "Pathway",
    "sex": "Sex",
    "ethnic_group": "Ethnic group",
    "age_band": "Age band",
    "month": "Month",
    "change": "Change",
}


@dataclass(frozen=True, slots=True)
class Period:
    """From `start` to `end`, both days included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise DomainError(
                "report.period_backwards", end=self.end.isoformat(), start=self.start.isoformat()
            )

    def holds(self, day: date | None) -> bool:
        return day is not None and self.start <= day <= self.end

    def months(self) -> list[str]:
        """Every month the period touches, as YYYY-MM."""
        out, y, m = [], self.start.year, self.start.month
        while (y, m) <= (self.end.year, self.end.month):
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out


class ReportReferral(NamedTuple):
    referral_date: date
    eligible: bool


class ReportContract(NamedTuple):
    id: str
    state: ContractState
    signed_on: date | None
    closed_on: date | None


class ReportCondition(NamedTuple):
    contract_id: str
    type: ConditionType
    status: ConditionStatus
    pathway: Pathway | None


class ReportCase(NamedTuple):
    """What the figures read about one person: every referral and contract, not only the latest.
    (Named tuples, not dataclasses: a 10,000-person report builds a few hundred thousand of these.)"""

    person_id: str
    keyworker_id: str | None
    date_of_birth: date
    sex: Sex = Sex.NOT_RECORDED
    ethnicity: Ethnicity = Ethnicity.NOT_RECORDED
    referrals: tuple[ReportReferral, ...] = ()
    contracts: tuple[ReportContract, ...] = ()
    conditions: tuple[ReportCondition, ...] = ()  # of all the contracts, linked by contract_id
    appointments: tuple[tuple[date, AppointmentOutcome | None], ...] = ()  # (day planned for, outcome)


@dataclass(frozen=True, slots=True)
class Figure:
    """One number of the report. Counts have `value` only; a rate has `numerator`/`denominator`; a figure in
    days has `denominator` = how many were measured. `value` None: nothing to measure (e.g. no contract ended)."""

    section: str
    key: str
    value: float | None
    unit: str
    dimension: str = ""
    category: str = ""
    label: str = ""
    numerator: int | None = None
    denominator: int | None = None
    title: str = ""  # the figure's own name where FIGURE_LABELS has none (one per instrument)

    @property
    def is_count(self) -> bool:
        return self.unit not in ("percent", "days", "points")


def _count(
    section: str, key: str, n: int, unit: str, dimension: str = "", category: str = "", label: str = ""
) -> Figure:
    return Figure(section, key, n, unit, dimension, category, label)


def _rate(
    section: str, key: str, num: int, den: int, dimension: str = "", category: str = "", label: str = ""
) -> Figure:
    value = round(100.0 * num / den, 1) if den else None
    return Figure(section, key, value, "percent", dimension, category, label, num, den)


# -- who is counted ---------------------------------------------------------------------------------------------
def for_keyworker(cases: Iterable[ReportCase], keyworker_id: str | None) -> list[ReportCase]:
    """The cases on one keyworker's caseload (None: all of them; UNASSIGNED: nobody's)."""
    if keyworker_id is None:
        return list(cases)
    wanted = None if keyworker_id == UNASSIGNED else keyworker_id
    return [c for c in cases if c.keyworker_id == wanted]


def referrals_in(case: ReportCase, period: Period) -> list[ReportReferral]:
    return [r for r in case.referrals if period.holds(r.referral_date)]


def signed_in(case: ReportCase, period: Period) -> list[ReportContract]:
    return [c for c in case.contracts if period.holds(c.signed_on)]


def ended_in(case: ReportCase, period: Period) -> list[ReportContract]:
    """Signed contracts closed in the period (an offer withdrawn before signing never started: not counted)."""
    return [
        c
        for c in case.contracts
        if c.state in ENDED_STATES and c.signed_on is not None and period.holds(c.closed_on)
    ]


def active_at_end(contract: ReportContract, period: Period) -> bool:
    """Signed on or before the last day and not closed by then (a later closure was still to come)."""
    if contract.signed_on is None or contract.signed_on > period.end:
        return False
    return contract.closed_on is None or contract.closed_on > period.end


# -- the figures ----------------------------------------------------------------------------------------------


def first_seen_days(case: ReportCase, referral: ReportReferral, period: Period) -> int | None:
    """Days from the referral to the first attended appointment on or after it, by the period's end."""
    seen = [
        day
        for day, outcome in case.appointments
        if outcome is not None and outcome.counts_as_attended and referral.referral_date <= day <= period.end
    ]
    return (min(seen) - referral.referral_date).days if seen else None


def quartiles(values: Sequence[int]) -> tuple[float, float, float]:
    """Lower quartile, median, upper quartile (Python's statistics.quantiles, 'inclusive' method)."""
    if len(values) == 1:
        return float(values[0]), float(values[0]), float(values[0])
    q1, q2, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q1, q2, q3


def figure_label(f: Figure) -> str:
    return FIGURE_LABELS.get(f.key) or f.title or f.key


def find(figures: Iterable[Figure], key: str, dimension: str = "", category: str = "") -> Figure:
    """The one figure with this key (and breakdown); KeyError if the report has none."""
    for f in figures:
        if f.key == key and f.dimension == dimension and f.category == category:
            return f
    raise KeyError((key, dimension, category))


def quarter_of(day: date) -> Period:
    """The calendar quarter holding `day` (the PCC asks each quarter)."""
    first_month = 3 * ((day.month - 1) // 3) + 1
    start = date(day.year, first_month, 1)
    next_start = date(day.year + (first_month == 10), 1 if first_month == 10 else first_month + 3, 1)
    return Period(start, next_start - timedelta(days=1))


def last_full_quarter(now: datetime) -> Period:
    return quarter_of(quarter_of(now.date()).start - timedelta(days=1))
