"""A case as it stood at the end of a return's period: nothing dated after it reaches the return.

Appointments after the period are dropped; a condition keeps the evidence dated inside the period or before it,
with its progress and status as they were on the period's last day (each entry records what it added and the
status it set; see migration 0007). A contract closed after the period was still active at its end.

Entries written before that migration carry neither amount nor status: when one of them is dated after the
period, the condition's progress and status at the period's end cannot be known, and the return says so
instead of stating today's figure (`known` is False).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from desktop.domain import Case, Condition, ConditionStatus, ConditionType, ContractState


@dataclass(frozen=True, slots=True)
class ConditionAsOf:
    condition: Condition  # progress, status and evidence as they stood at the end of the period
    known: bool  # False: changed after the period by entries that do not say how


def condition_as_of(cond: Condition, end: date) -> ConditionAsOf:
    before = tuple(e for e in cond.evidence if e.on <= end)
    later = [e for e in cond.evidence if e.on > end]
    if not later:
        return ConditionAsOf(cond, True)
    known = all(e.amount is not None or e.status is not None for e in later)
    if known:
        progress = max(0.0, cond.progress - sum(e.amount or 0.0 for e in later))
    else:  # what the entries up to the end say they added; older entries say nothing
        progress = sum(e.amount or 0.0 for e in before)
    set_before = [e.status for e in before if e.status is not None]
    started = progress > 0 or (not known and bool(before))
    if any(e.status is not None for e in later) or not known:
        if set_before:
            status = set_before[-1]
        elif cond.type is ConditionType.OFFENDING or started:
            status = ConditionStatus.IN_PROGRESS
        else:
            status = ConditionStatus.NOT_STARTED
    else:
        status = cond.status
    if (
        status is ConditionStatus.IN_PROGRESS
        and not started
        and not set_before
        and cond.type is not ConditionType.OFFENDING
        and cond.target is not None
    ):
        status = ConditionStatus.NOT_STARTED  # the work that started it came after the period
    if status is ConditionStatus.NOT_STARTED and progress > 0:
        status = ConditionStatus.IN_PROGRESS
    return ConditionAsOf(replace(cond, evidence=before, progress=progress, status=status), known)


def case_as_of(case: Case, end: date, moment: datetime) -> tuple[Case, dict[str, ConditionAsOf]]:
    """The case at `moment` (the end of the period, or earlier when drafted before it ends)."""
    day = min(end, moment.date())
    conditions = {c.id: condition_as_of(c, day) for c in case.conditions}
    contract = case.contract
    if contract is not None and contract.closed_on is not None and contract.closed_on > day:
        contract = replace(contract, state=ContractState.ACTIVE, closed_on=None, outcome_reason="")
    appointments = tuple(
        a if a.planned_at <= moment else replace(a, outcome=None) for a in case.appointments if a.on <= end
    )
    return replace(
        case,
        contract=contract,
        conditions=tuple(c.condition for c in conditions.values()),
        appointments=appointments,
    ), conditions
