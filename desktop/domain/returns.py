"""Returns to the force, as domain terms: what kinds there are, what state a return is in, the month a return
is for, and when a case last turned "not complying" (which says whether a notice is owed).

The enum values are the strings the store has always kept (`returns.kind`, `returns.state`): members compare
equal to them, so rows read back as plain text still match. Adding a return kind means one member here, one
schedule rule (`services/returns/schedule.py`) and one section (`services/returns/sections.py`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from .case import Case
from .compliance import DEFAULT_RULES, ComplianceRules, assess
from .enums import ComplianceLevel, ConditionStatus


class ReturnKind(StrEnum):
    CONTRACT_START = "contract_start"
    MONTHLY_PROGRESS = "monthly_progress"
    NON_COMPLIANCE = "non_compliance"
    FINAL_OUTCOME = "final_outcome"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    ReturnKind.CONTRACT_START: "Contract start notice",
    ReturnKind.MONTHLY_PROGRESS: "Monthly progress return",
    ReturnKind.NON_COMPLIANCE: "Non-compliance notice",
    ReturnKind.FINAL_OUTCOME: "Final outcome return",
}


class ReturnState(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    SIGNED = "signed"  # for good: its content, PDF and hashes never change
    SUPERSEDED = "superseded"  # signed, then replaced by a signed correction
    WITHDRAWN = "withdrawn"  # a draft whose kind no longer applies (a notice for someone complying again)

    @property
    def is_locked(self) -> bool:
        """Signed (or superseded): never changes again."""
        return self in LOCKED_STATES

    @property
    def is_unsigned(self) -> bool:
        """Still to be reviewed and signed: a draft or an approved return."""
        return self in UNSIGNED_STATES


LOCKED_STATES = frozenset({ReturnState.SIGNED, ReturnState.SUPERSEDED})
UNSIGNED_STATES = frozenset({ReturnState.DRAFT, ReturnState.APPROVED})
OUTBOX_SETTING = "outbox_dir"  # the store setting: the folder signed returns are exported to


@dataclass(frozen=True, slots=True, order=True)
class Month:
    """A calendar month: `Month.parse("2026-03")`, `str()` gives "2026-03" back."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12 or not 1 <= self.year <= 9999:
            raise ValueError(f"not a month: {self.year:04d}-{self.month:02d}")

    @classmethod
    def parse(cls, text: str) -> Month:
        """ "2026-03" -> Month(2026, 3); ValueError (one line, naming the text) for anything else."""
        parts = text.split("-") if isinstance(text, str) else []
        if len(parts) != 2 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
            raise ValueError(f"not a month: {text!r} (give YYYY-MM)")
        try:
            return cls(int(parts[0]), int(parts[1]))
        except ValueError:
            raise ValueError(f"not a month: {text!r} (give YYYY-MM)") from None

    @classmethod
    def of(cls, day: date) -> Month:
        return cls(day.year, day.month)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def first(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last(self) -> date:
        return self.next().first - timedelta(days=1)

    def range(self) -> tuple[date, date]:
        """(first day, last day)."""
        return self.first, self.last

    def next(self) -> Month:
        return Month(self.year + 1, 1) if self.month == 12 else Month(self.year, self.month + 1)

    def previous(self) -> Month:
        return Month(self.year - 1, 12) if self.month == 1 else Month(self.year, self.month - 1)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and (day.year, day.month) == (self.year, self.month)

    def through(self, end: Month) -> list[Month]:
        """This month and every one after it up to `end`, inclusive (empty when `end` is earlier)."""
        out, m = [], self
        while m <= end:
            out.append(m)
            m = m.next()
        return out


def not_complying_since(case: Case, now: datetime, rules: ComplianceRules = DEFAULT_RULES) -> date | None:
    """The day the case last turned "not complying", or None when it is not complying now.

    Replays compliance at each appointment and each dated piece of evidence since the contract was signed: an
    appointment counts from its time on, a condition "not met" from the day its last evidence was recorded.
    """
    contract = case.contract
    if (
        contract is None
        or assess(contract, case.conditions, case.appointments, now, rules).level
        is not ComplianceLevel.NOT_COMPLYING
    ):
        return None
    moments = {a.planned_at for a in case.appointments if a.planned_at <= now}
    moments |= {
        datetime.combine(e.on, time.max, tzinfo=now.tzinfo)
        for c in case.conditions
        for e in c.evidence
        if e.on <= now.date()
    }
    since = contract.signed_on or now.date()
    complying_before = True
    for moment in sorted(moments):
        conditions = [
            replace(c, status=ConditionStatus.IN_PROGRESS)
            if c.status is ConditionStatus.NOT_MET and c.evidence and c.evidence[-1].on > moment.date()
            else c
            for c in case.conditions
        ]
        level = assess(
            contract, conditions, [a for a in case.appointments if a.planned_at <= moment], moment, rules
        ).level
        if level is ComplianceLevel.NOT_COMPLYING and complying_before:
            since = moment.date()
        complying_before = level is not ComplianceLevel.NOT_COMPLYING
    return since


def notice_already_drafted(
    case: Case, latest_notice: date | None, now: datetime, rules: ComplianceRules = DEFAULT_RULES
) -> bool:
    """A non-compliance notice was already drafted since the case last turned "not complying"."""
    if latest_notice is None:
        return False
    since = not_complying_since(case, now, rules)
    return since is None or latest_notice >= since
