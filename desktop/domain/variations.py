"""Variations of a signed contract: vary, add or withdraw a condition, extend the end date, pause and resume.

Each needs a written reason and returns the changed contract or condition with a `Variation` saying what
changed, when and why (storage keeps the variations and audits each). Only an active contract is varied.
*Design choice*: a pause stops the clock; resuming moves the end date on by the days paused, still within
the scheme's longest contract."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum

from .contract import MAX_CONDITIONS, Condition, Contract, Evidence, check_conditions
from .enums import ConditionStatus, ContractState
from .errors import DomainError
from .ids import new_id

MAX_LENGTH_DAYS = (
    183  # *design choice*: at most about six months from signing, pauses and extensions included
)


class VariationKind(StrEnum):
    VARY = "vary"
    ADD = "add"
    WITHDRAW = "withdraw"
    EXTEND = "extend"
    PAUSE = "pause"
    RESUME = "resume"


@dataclass(frozen=True, slots=True)
class Variation:
    contract_id: str
    kind: VariationKind
    on: date
    reason: str
    detail: str  # what changed, in words (no clinical content)
    condition_id: str | None = None
    id: str = field(default_factory=new_id)
    recorded_by: str = ""

    @property
    def line(self) -> str:
        return f"{self.on:%d %b %Y}: {self.detail} (reason: {self.reason})"


def _reason(reason: str) -> str:
    text = " ".join(reason.split())
    if not text:
        raise DomainError("variation.reason_needed")
    return text


def _active(contract: Contract, on: date) -> None:
    if contract.state is not ContractState.ACTIVE:
        raise DomainError("variation.not_active", state=contract.state)
    if contract.signed_on is not None and on < contract.signed_on:
        raise DomainError("variation.before_signing")


def vary_condition(
    contract: Contract,
    condition: Condition,
    on: date,
    reason: str,
    *,
    title: str | None = None,
    target: float | None = None,
) -> tuple[Condition, Variation]:
    _active(contract, on)
    why = _reason(reason)
    changes: dict[str, object] = {}
    words = []
    if title is not None and title.strip() and title.strip() != condition.title:
        changes["title"] = title.strip()
        words.append(f"wording now '{title.strip()}'")
    if target is not None and target != condition.target:
        if condition.target is None:
            raise DomainError("variation.no_target", title=condition.title)
        changes["target"] = target
        words.append(f"target {condition.target:g} -> {target:g} {condition.unit}".rstrip())
    if not changes:
        raise DomainError("variation.nothing")
    after = replace(condition, **changes)  # type: ignore[arg-type]  # __post_init__ checks the target
    return after, Variation(
        contract.id,
        VariationKind.VARY,
        on,
        why,
        f"'{condition.title}' varied: {'; '.join(words)}",
        condition.id,
    )


def add_condition(
    contract: Contract,
    conditions: Sequence[Condition],
    new: Condition,
    on: date,
    reason: str,
    max_conditions: int = MAX_CONDITIONS,
) -> tuple[Condition, Variation]:
    _active(contract, on)
    why = _reason(reason)
    live = [c for c in conditions if c.status is not ConditionStatus.WAIVED]
    check_conditions([*live, new], max_conditions)
    added = replace(
        new, contract_id=contract.id, position=max((c.position for c in conditions), default=-1) + 1
    )
    return added, Variation(contract.id, VariationKind.ADD, on, why, f"'{added.title}' added", added.id)


def withdraw_condition(
    contract: Contract, condition: Condition, on: date, reason: str, recorded_by: str = ""
) -> tuple[Condition, Variation]:
    """The condition no longer applies: waived, with the reason as its dated evidence."""
    _active(contract, on)
    why = _reason(reason)
    if condition.mandatory:
        raise DomainError("variation.offending_withdrawn")
    if condition.status is ConditionStatus.WAIVED:
        raise DomainError("variation.withdrawn_already", title=condition.title)
    after = condition.change_status(
        ConditionStatus.WAIVED, Evidence(on, f"Withdrawn by variation: {why}", recorded_by)
    )
    return after, Variation(
        contract.id, VariationKind.WITHDRAW, on, why, f"'{condition.title}' withdrawn", condition.id
    )


def extend(
    contract: Contract, new_end: date, on: date, reason: str, max_length_days: int = MAX_LENGTH_DAYS
) -> tuple[Contract, Variation]:
    _active(contract, on)
    why = _reason(reason)
    assert contract.signed_on is not None and contract.end_date is not None
    if new_end <= contract.end_date:
        raise DomainError("variation.end_not_later", end=contract.end_date)
    longest = contract.signed_on + timedelta(days=max_length_days)
    if new_end > longest:
        raise DomainError("variation.too_long", days=max_length_days, latest=longest)
    return replace(contract, end_date=new_end), Variation(
        contract.id,
        VariationKind.EXTEND,
        on,
        why,
        f"end date {contract.end_date:%d %b %Y} -> {new_end:%d %b %Y}",
    )


def pause(contract: Contract, on: date, reason: str) -> tuple[Contract, Variation]:
    _active(contract, on)
    why = _reason(reason)
    if contract.paused:
        raise DomainError("variation.paused_already", since=contract.paused_on)
    return replace(contract, paused_on=on), Variation(
        contract.id, VariationKind.PAUSE, on, why, "contract paused"
    )


def resume(
    contract: Contract, on: date, reason: str, max_length_days: int = MAX_LENGTH_DAYS
) -> tuple[Contract, Variation]:
    _active(contract, on)
    why = _reason(reason)
    if contract.paused_on is None:
        raise DomainError("variation.not_paused")
    if on < contract.paused_on:
        raise DomainError("variation.resume_before_pause")
    assert contract.signed_on is not None and contract.end_date is not None
    days = (on - contract.paused_on).days
    longest = contract.signed_on + timedelta(days=max_length_days)
    new_end = min(contract.end_date + timedelta(days=days), longest)
    return replace(contract, paused_on=None, end_date=new_end), Variation(
        contract.id,
        VariationKind.RESUME,
        on,
        why,
        f"contract resumed after {days} day(s) paused; end date {contract.end_date:%d %b %Y} -> {new_end:%d %b %Y}",
    )
