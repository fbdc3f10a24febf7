"""The four numbers at the top of the dashboard, as a pure function of the visible rows."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.domain import CaseloadRow, ComplianceLevel, ContractState
from desktop.domain.compliance import ENDING_SOON_DAYS


@dataclass(frozen=True, slots=True)
class CaseloadCounts:
    active: int = 0
    at_risk: int = 0
    ending_soon: int = 0
    returns_due: int = 0


def signed_on(row: CaseloadRow, today: date) -> date | None:
    if row.state is None or row.state is ContractState.OFFERED or row.contract_day <= 0:
        return None
    return today - timedelta(days=row.contract_day - 1)


def returns_due(row: CaseloadRow, today: date) -> bool:
    """A monthly return is owed for each calendar month a contract was active in. Until returns are recorded,
    an active contract signed before the first of this month has last month's return due."""
    signed = signed_on(row, today)
    return row.state is ContractState.ACTIVE and signed is not None and signed < today.replace(day=1)


def count_caseload(rows: Iterable[CaseloadRow], today: date) -> CaseloadCounts:
    active = at_risk = ending = due = 0
    for row in rows:
        if row.state is not ContractState.ACTIVE:
            continue
        active += 1
        if row.compliance.level.rank >= ComplianceLevel.AT_RISK.rank:
            at_risk += 1
        if row.days_left <= ENDING_SOON_DAYS:
            ending += 1
        if returns_due(row, today):
            due += 1
    return CaseloadCounts(active, at_risk, ending, due)
