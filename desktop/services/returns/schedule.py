"""Which returns a case owes the force, so drafts can be made when due (GUI queue, `returns sign-batch`).

Pure: the clock is passed in. The store knows what was already sent: `already_sent` lists (kind, start, end) of
returns signed before, and `non_compliance_notified` says a notice already went out since the case last turned
to "not complying" (only the store's history knows that).
"""

from __future__ import annotations

import calendar
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime

from desktop.domain import Case, ComplianceLevel, ContractState
from desktop.domain.compliance import DEFAULT_RULES, ComplianceRules, assess

from .model import ReturnKind


@dataclass(frozen=True, slots=True)
class DueReturn:
    kind: ReturnKind
    period_start: date
    period_end: date


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def due_in_month(
    case: Case,
    year: int,
    month: int,
    now: datetime,
    *,
    already_sent: Collection[tuple[ReturnKind, date, date]] = (),
    non_compliance_notified: bool = False,
    rules: ComplianceRules = DEFAULT_RULES,
) -> list[DueReturn]:
    """Returns for `case` that fall in the calendar month, in the order they would be sent.

    - a contract start notice for a contract signed in the month;
    - a monthly progress return for each month the contract was active in, once that month (or the
      contract) has ended, covering the active part of the month;
    - a non-compliance notice when the case is not complying today (active contracts only), covering the
      month so far;
    - a final outcome return for a contract closed in the month, covering the whole contract.
    """
    contract = case.contract
    if contract is None or contract.signed_on is None:
        return []
    first, last = month_bounds(year, month)
    today = now.date()
    signed = contract.signed_on
    finish = contract.closed_on or contract.end_date or last
    due: list[DueReturn] = []
    if first <= signed <= last:
        due.append(DueReturn(ReturnKind.CONTRACT_START, signed, signed))
    start, end = max(first, signed), min(last, finish)
    if start <= end and today > end:
        due.append(DueReturn(ReturnKind.MONTHLY_PROGRESS, start, end))
    if (
        contract.state is ContractState.ACTIVE
        and first <= today <= last
        and not non_compliance_notified
        and assess(contract, case.conditions, case.appointments, now, rules).level
        is ComplianceLevel.NOT_COMPLYING
    ):
        # The month so far, so the notice lists this month's missed appointments with their dates.
        due.append(DueReturn(ReturnKind.NON_COMPLIANCE, max(first, signed), today))
    if contract.state.is_terminal and contract.closed_on and first <= contract.closed_on <= last:
        due.append(DueReturn(ReturnKind.FINAL_OUTCOME, signed, contract.closed_on))
    sent = set(already_sent)
    return [d for d in due if (d.kind, d.period_start, d.period_end) not in sent]
