"""The figures themselves (flow, timeliness, attendance, conditions, pathways, demographics, months,
instruments, reoffending): pure functions over cases and a period, each true as of the period's end."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date

from ..assessments import Assessment, Change, change_between, start_and_exit
from ..demographics import AGE_BAND_LABELS, EthnicGroup, Sex, age_band
from ..enums import AppointmentOutcome, ConditionStatus, ConditionType, ContractState, Pathway
from ..instruments import InstrumentDefinition
from .model import (
    ENDED_STATES,
    UNASSIGNED,
    Figure,
    Period,
    ReportCase,
    _count,
    _rate,
    active_at_end,
    ended_in,
    first_seen_days,
    for_keyworker,
    quartiles,
    referrals_in,
    signed_in,
)


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
