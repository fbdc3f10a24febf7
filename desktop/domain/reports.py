"""The service's figures for managers, commissioners and the force: pure functions over cases and a period.

Each figure is defined once, here, and described in words in docs/reports.md (keep the two in step). A figure is
true as of the period's end: it only counts records dated inside the period (or, for "active at end", on or
before its last day), so the same store gives the same report for a past quarter whenever it is run.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import NamedTuple

from .assessments import Assessment, Change, change_between, start_and_exit
from .demographics import AGE_BAND_LABELS, EthnicGroup, Ethnicity, Sex, age_band
from .enums import AppointmentOutcome, ConditionStatus, ConditionType, ContractState, Pathway
from .errors import DomainError
from .instruments import InstrumentDefinition

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
def flow_figures(cases: Sequence[ReportCase], period: Period) -> list[Figure]:
    referred = eligible = signed = active = 0
    ended: Counter[ContractState] = Counter()
    for case in cases:
        refs = referrals_in(case, period)
        referred += len(refs)
        eligible += sum(1 for r in refs if r.eligible)
        signed += len(signed_in(case, period))
        active += sum(1 for c in case.contracts if active_at_end(c, period))
        ended.update(c.state for c in ended_in(case, period))
    total_ended = sum(ended.values())
    out = [
        _count("flow", "referrals_received", referred, "referrals"),
        _count("flow", "referrals_received", eligible, "referrals", "eligibility", "eligible", "Eligible"),
        _count(
            "flow",
            "referrals_received",
            referred - eligible,
            "referrals",
            "eligibility",
            "not_eligible",
            "Not eligible",
        ),
        _count("flow", "contracts_signed", signed, "contracts"),
        _count("flow", "contracts_ended", total_ended, "contracts"),
    ]
    out += [
        _count("flow", "contracts_ended", ended[s], "contracts", "outcome", s.value, s.label)
        for s in ENDED_STATES
    ]
    out.append(_rate("flow", "completion_rate", ended[ContractState.COMPLETED], total_ended))
    out.append(_count("flow", "contracts_active_at_end", active, "contracts"))
    return out


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


def timeliness_figures(cases: Sequence[ReportCase], period: Period) -> list[Figure]:
    days: list[int] = []
    not_seen = 0
    for case in cases:
        for r in referrals_in(case, period):
            d = first_seen_days(case, r, period)
            if d is None:
                not_seen += 1
            else:
                days.append(d)
    n = len(days)
    stats = quartiles(days) if days else (None, None, None)
    out = [
        Figure("timeliness", key, None if v is None else round(v, 1), "days", denominator=n)
        for key, v in zip(
            ("days_to_first_seen_q1", "days_to_first_seen_median", "days_to_first_seen_q3"),
            stats,
            strict=True,
        )
    ]
    out.append(
        _count("timeliness", "referrals_first_seen", n, "referrals", "seen", "seen", "Seen by the end")
    )
    out.append(
        _count(
            "timeliness",
            "referrals_first_seen",
            not_seen,
            "referrals",
            "seen",
            "not_seen",
            "Not seen by the end",
        )
    )
    return out


def attendance_figures(
    cases: Sequence[ReportCase], period: Period, keyworker_names: Mapping[str, str]
) -> list[Figure]:
    """Appointments planned inside the period, by outcome; rates per keyworker of the person's caseload."""
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    for case in cases:
        kw = case.keyworker_id or UNASSIGNED
        for day, outcome in case.appointments:
            if period.holds(day):
                tally[kw][_attendance_class(outcome)] += 1
    total: Counter[str] = Counter()
    for counts in tally.values():
        total.update(counts)
    out = _attendance_rows(total, "", "", "")
    for kw in sorted(tally, key=lambda k: keyworker_names.get(k, k).lower()):
        out += _attendance_rows(tally[kw], "keyworker", kw, keyworker_names.get(kw, "Unassigned"))
    return out


def _attendance_class(outcome: AppointmentOutcome | None) -> str:
    if outcome is None:
        return "no_outcome"
    if outcome.counts_as_attended:
        return "attended"
    if outcome is AppointmentOutcome.DID_NOT_ATTEND:
        return "missed"
    return "cancelled"


def _attendance_rows(c: Counter[str], dimension: str, category: str, label: str) -> list[Figure]:
    kept = c["attended"] + c["missed"]
    return [
        _count(
            "attendance", "appointments_attended", c["attended"], "appointments", dimension, category, label
        ),
        _count("attendance", "appointments_missed", c["missed"], "appointments", dimension, category, label),
        _count(
            "attendance", "appointments_cancelled", c["cancelled"], "appointments", dimension, category, label
        ),
        _count(
            "attendance",
            "appointments_no_outcome",
            c["no_outcome"],
            "appointments",
            dimension,
            category,
            label,
        ),
        _rate("attendance", "attendance_rate", c["attended"], kept, dimension, category, label),
        _rate("attendance", "missed_rate", c["missed"], kept, dimension, category, label),
    ]


def condition_figures(cases: Sequence[ReportCase], period: Period) -> list[Figure]:
    """Conditions of the contracts that ended in the period, by type: met, not met, waived, and the met rate."""
    by_type: dict[ConditionType, Counter[ConditionStatus]] = defaultdict(Counter)
    for case in cases:
        ended = {c.id for c in ended_in(case, period)}
        for cond in case.conditions:
            if cond.contract_id in ended:
                by_type[cond.type][cond.status] += 1
    out: list[Figure] = []
    for t in ConditionType:
        if t not in by_type:
            continue
        c = by_type[t]
        met, not_met = c[ConditionStatus.MET], c[ConditionStatus.NOT_MET]
        out += [
            _count("conditions", "conditions_met", met, "conditions", "condition_type", t.value, t.label),
            _count(
                "conditions", "conditions_not_met", not_met, "conditions", "condition_type", t.value, t.label
            ),
            _count(
                "conditions",
                "conditions_waived",
                c[ConditionStatus.WAIVED],
                "conditions",
                "condition_type",
                t.value,
                t.label,
            ),
            _rate("conditions", "condition_met_rate", met, met + not_met, "condition_type", t.value, t.label),
        ]
    return out


def pathway_figures(cases: Sequence[ReportCase], period: Period) -> list[Figure]:
    """Contracts signed in the period with a condition on each needs pathway (one contract may have two)."""
    counts: Counter[Pathway] = Counter()
    for case in cases:
        signed = {c.id for c in signed_in(case, period)}
        for contract_id in signed:
            counts.update(
                {
                    cond.pathway
                    for cond in case.conditions
                    if cond.contract_id == contract_id and cond.pathway is not None
                }
            )
    return [
        _count("pathways", "contracts_with_pathway", counts[p], "contracts", "pathway", p.value, p.label)
        for p in Pathway
    ]


_Dimension = tuple[str, Callable[[ReportCase, date], str], list[tuple[str, str]]]
DIMENSIONS: tuple[_Dimension, ...] = (
    ("sex", lambda c, _d: c.sex.value, [(s.value, s.label) for s in Sex]),
    ("ethnic_group", lambda c, _d: c.ethnicity.group.value, [(g.value, g.label) for g in EthnicGroup]),
    ("age_band", lambda c, d: age_band(c.date_of_birth, d), [(b, b) for b in AGE_BAND_LABELS]),
)


def demographic_figures(cases: Sequence[ReportCase], period: Period) -> list[Figure]:
    """Referrals, contracts signed and contracts completed in the period by sex, ethnic group and age band.
    Age is on the day of the referral, the signing or the closing."""
    out: list[Figure] = []
    for name, category_of, categories in DIMENSIONS:
        tallies: dict[str, Counter[str]] = {
            k: Counter() for k in ("referrals_received", "contracts_signed", "contracts_completed")
        }
        for case in cases:
            for r in referrals_in(case, period):
                tallies["referrals_received"][category_of(case, r.referral_date)] += 1
            for con in signed_in(case, period):
                tallies["contracts_signed"][category_of(case, con.signed_on or period.end)] += 1
            for con in ended_in(case, period):
                if con.state is ContractState.COMPLETED:
                    tallies["contracts_completed"][category_of(case, con.closed_on or period.end)] += 1
        for key, counts in tallies.items():
            unit = "referrals" if key == "referrals_received" else "contracts"
            out += [_count("demographics", key, counts[v], unit, name, v, label) for v, label in categories]
    return out


def monthly_figures(cases: Sequence[ReportCase], period: Period) -> list[Figure]:
    """Referrals, contracts signed and contracts completed, per calendar month inside the period."""
    months = period.months()
    tallies: dict[str, Counter[str]] = {
        k: Counter() for k in ("referrals_received", "contracts_signed", "contracts_completed")
    }
    for case in cases:
        for r in referrals_in(case, period):
            tallies["referrals_received"][r.referral_date.strftime("%Y-%m")] += 1
        for con in signed_in(case, period):
            tallies["contracts_signed"][con.signed_on.strftime("%Y-%m")] += 1  # type: ignore[union-attr]
        for con in ended_in(case, period):
            if con.state is ContractState.COMPLETED:
                tallies["contracts_completed"][con.closed_on.strftime("%Y-%m")] += 1  # type: ignore[union-attr]
    out: list[Figure] = []
    for key, counts in tallies.items():
        unit = "referrals" if key == "referrals_received" else "contracts"
        out += [_count("monthly", key, counts[m], unit, "month", m, m) for m in months]
    return out


def instrument_figures(
    cases: Sequence[ReportCase],
    period: Period,
    assessments: Mapping[str, Sequence[Assessment]],
    definitions: Sequence[InstrumentDefinition],
) -> list[Figure]:
    """Score change from start to exit for the people whose contract ended in the period.

    Per instrument: those measured (a completed, fully scored start and exit, both on or before the period's
    end), how many improved / did not change / got worse by the instrument's reliable change (else 1 point),
    the improved rate, and the mean start, exit and change (exit minus start) in points."""
    ended = [c.person_id for c in cases if ended_in(c, period)]
    out: list[Figure] = []
    for d in definitions:
        threshold = d.scoring.reliable_change or 1
        counts = {c: 0 for c in Change}
        starts: list[int] = []
        exits: list[int] = []
        for pid in ended:
            mine = [
                a
                for a in assessments.get(pid, ())
                if a.instrument_id == d.id and a.administered_on <= period.end
            ]
            start, exit_ = start_and_exit(mine, d.id)
            if start is None or exit_ is None or start.total is None or exit_.total is None:
                continue
            starts.append(start.total)
            exits.append(exit_.total)
            counts[
                change_between(
                    start.total, exit_.total, lower_is_better=d.scoring.lower_is_better, min_change=threshold
                )
            ] += 1
        n, key, title = len(starts), f"{d.id}_measured", d.short_title
        out.append(Figure("instruments", key, n, "people", title=f"{title}: measured at start and exit"))
        out += [
            Figure(
                "instruments",
                key,
                counts[c],
                "people",
                "change",
                c.value,
                c.value.replace("_", " ").capitalize(),
                title=f"{title}: measured at start and exit",
            )
            for c in Change
        ]
        out.append(
            replace(
                _rate("instruments", f"{d.id}_improved_rate", counts[Change.IMPROVED], n),
                title=f"{title}: improved rate (change of {threshold} or more)",
            )
        )
        for part, values in (
            ("mean_start", starts),
            ("mean_exit", exits),
            ("mean_change", [e - s for s, e in zip(starts, exits, strict=True)]),
        ):
            mean = round(statistics.fmean(values), 1) if values else None
            out.append(
                Figure(
                    "instruments",
                    f"{d.id}_{part}",
                    mean,
                    "points",
                    denominator=n,
                    title=f"{title}: {part.replace('_', ' ')}",
                )
            )
    return out


def reoffending_figures(
    cases: Sequence[ReportCase], period: Period, reoffences: Mapping[str, Sequence[date]], as_of: date
) -> list[Figure]:
    """What the force knows: of the contracts signed in the period whose 12 months after signing had passed by
    `as_of` (the cohort), how many people offended again within those 12 months (`reoffences`: offence dates
    the force reported, per person). Later signings are left out until their year is over."""
    cohort = reoffended = 0
    for case in cases:
        for contract in signed_in(case, period):
            assert contract.signed_on is not None
            year_end = _year_after(contract.signed_on)
            if year_end > as_of:
                continue
            cohort += 1
            if any(contract.signed_on <= d <= year_end for d in reoffences.get(case.person_id, ())):
                reoffended += 1
    return [
        _count("reoffending", "reoffending_cohort", cohort, "contracts"),
        _count("reoffending", "reoffended_within_12_months", reoffended, "contracts"),
        _rate("reoffending", "reoffending_rate", reoffended, cohort),
    ]


def _year_after(day: date) -> date:
    """The same day a year later (28 February for 29 February)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def build_figures(
    cases: Sequence[ReportCase],
    period: Period,
    keyworker_names: Mapping[str, str],
    keyworker_id: str | None = None,
    assessments: Mapping[str, Sequence[Assessment]] | None = None,
    definitions: Sequence[InstrumentDefinition] = (),
    reoffences: Mapping[str, Sequence[date]] | None = None,
    as_of: date | None = None,
) -> list[Figure]:
    """Every figure of the report, in the order docs/reports.md lists them (reoffending only when `as_of`, the
    day the force's news is counted to, is given)."""
    chosen = for_keyworker(cases, keyworker_id)
    reoffending = reoffending_figures(chosen, period, reoffences or {}, as_of) if as_of else []
    return (
        flow_figures(chosen, period)
        + timeliness_figures(chosen, period)
        + attendance_figures(chosen, period, keyworker_names)
        + condition_figures(chosen, period)
        + pathway_figures(chosen, period)
        + instrument_figures(chosen, period, assessments or {}, definitions)
        + reoffending
        + demographic_figures(chosen, period)
        + monthly_figures(chosen, period)
    )


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
