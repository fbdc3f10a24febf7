"""`figures`: the same outcome figures as a provider's report (desktop.domain.reports), on the force's side and
across providers, plus what only the force knows: reoffending within 12 months of signing.

Read from what the force holds: its referrals (referral dates), the providers' contract states (signed, closed,
outcome) and its own reports of reoffending (offence dates). Force references and counts only, no names; small
numbers are suppressed within each provider and across providers (desktop.domain.disclosure.suppress_across).
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import select

from desktop.domain.disclosure import Shown, suppress_across, unsuppressed
from desktop.domain.enums import ContractState
from desktop.domain.reports import (
    Figure,
    Period,
    ReportCase,
    ReportContract,
    ReportReferral,
    figure_label,
    flow_figures,
    reoffending_figures,
)
from desktop.services.spreadsheet import safe_text

from .models import PartnerRecord, ProviderRecord, ReferralRecord, ReportRecord
from .store import ForceStore

ALL = "All providers"
CSV_COLUMNS = (
    "period_start",
    "period_end",
    "provider",
    "section",
    "figure",
    "figure_label",
    "dimension",
    "category",
    "value",
    "unit",
    "suppressed",
)
_STATES = {s.value: s for s in ContractState}


def _day(value: Any) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def provider_cases(
    store: ForceStore, partner: PartnerRecord
) -> tuple[list[ReportCase], dict[str, list[date]]]:
    """One case per referral (and per contract the provider sent for a referral the force cannot match), with
    the offence dates of the reoffending the force reported, by referral."""
    with store.transaction() as session:
        referrals = session.execute(
            select(ReferralRecord.id, ReferralRecord.data).where(ReferralRecord.partner_id == partner.id)
        ).all()
        contracts = session.execute(
            select(ProviderRecord.id, ProviderRecord.referral_id, ProviderRecord.data).where(
                ProviderRecord.partner_id == partner.id, ProviderRecord.type == "contract_state"
            )
        ).all()
        reports = session.execute(
            select(ReportRecord.referral_id, ReportRecord.data).where(
                ReportRecord.partner_id == partner.id, ReportRecord.kind == "reoffending"
            )
        ).all()
    by_referral: dict[str, list[ReportContract]] = defaultdict(list)
    for cid, rid, data in contracts:
        state = _STATES.get(str(data.get("state")))
        if state is not None:
            by_referral[rid or f"unmatched:{cid}"].append(
                ReportContract(cid, state, _day(data.get("signed_on")), _day(data.get("closed_on")))
            )
    offences: dict[str, list[date]] = defaultdict(list)
    for rid, data in reports:
        d = _day(data.get("offence_date"))
        if d is not None:
            offences[rid].append(d)
    cases = []
    referral_ids = set()
    for rid, data in referrals:
        referral_ids.add(rid)
        day = _day(data.get("referral_date"))
        cases.append(
            ReportCase(
                rid,
                None,
                date.min,
                referrals=(ReportReferral(day, True),) if day else (),
                contracts=tuple(by_referral.get(rid, ())),
            )
        )
    cases += [
        ReportCase(rid, None, date.min, contracts=tuple(c))
        for rid, c in by_referral.items()
        if rid not in referral_ids
    ]
    return cases, offences


def _force_figures(
    cases: list[ReportCase], period: Period, offences: dict[str, list[date]], as_of: date
) -> list[Figure]:
    # the eligibility split is the provider's judgement at referral, not the force's: left out here
    flow = [f for f in flow_figures(cases, period) if f.dimension != "eligibility"]
    return flow + reoffending_figures(cases, period, offences, as_of)


def cross_provider_figures(
    store: ForceStore,
    period: Period,
    as_of: date,
) -> tuple[list[Figure], dict[str, list[Figure]]]:
    """All providers together, and each provider: the same figures in the same order."""
    every: list[ReportCase] = []
    every_offences: dict[str, list[date]] = {}
    per: dict[str, list[Figure]] = {}
    for partner in store.partners():
        cases, offences = provider_cases(store, partner)
        prefix = f"{partner.id}:"
        every += [c._replace(person_id=prefix + c.person_id) for c in cases]
        every_offences.update({prefix + k: v for k, v in offences.items()})
        per[partner.name] = _force_figures(cases, period, offences, as_of)
    return _force_figures(every, period, every_offences, as_of), per


def figures_csv(
    period: Period, total: list[Figure], per: dict[str, list[Figure]], suppressed: bool = True
) -> bytes:
    if suppressed:
        shown_total, shown_per = suppress_across(total, per)
    else:
        shown_total, shown_per = unsuppressed(total), {k: unsuppressed(v) for k, v in per.items()}
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(CSV_COLUMNS)
    blocks: list[tuple[str, list[Shown]]] = [(ALL, shown_total), *sorted(shown_per.items())]
    for name, shown in blocks:
        for s in shown:
            f = s.figure
            w.writerow(
                [
                    period.start.isoformat(),
                    period.end.isoformat(),
                    safe_text(name),
                    f.section,
                    f.key,
                    figure_label(f),
                    f.dimension,
                    f.category,
                    s.text,
                    f.unit,
                    "yes" if s.hidden else "no",
                ]
            )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def render_table(total: list[Figure], per: dict[str, list[Figure]]) -> str:
    """For the terminal: one column per provider, suppressed (the same numbers as the CSV)."""
    shown_total, shown_per = suppress_across(total, per)
    names = sorted(shown_per)
    rows = [["Figure", ALL, *names]]
    for i, s in enumerate(shown_total):
        f = s.figure
        label = figure_label(f) + (f": {f.label}" if f.dimension else "")
        unit = "%" if f.unit == "percent" else ""
        cells = [s] + [shown_per[n][i] for n in names]
        rows.append([label] + [(c.text or "n/a") + (unit if c.text and not c.hidden else "") for c in cells])
    widths = [max(len(r[k]) for r in rows) for k in range(len(rows[0]))]
    return "\n".join(
        "  ".join(
            cell.ljust(w) if k == 0 else cell.rjust(w)
            for k, (cell, w) in enumerate(zip(r, widths, strict=True))
        ).rstrip()
        for r in rows
    )
