"""The retention schedule as data, and the pure rule that says whose record is due for erasure and why.

A schedule is a list of rules per record kind. Only two kinds decide a person's erasure (`closed_case` and
`referral_not_taken_up`); the others say how long their records live (with the case, with the store, or by file
age for automatic backups) so the plan and the docs state one schedule. The clock is passed in.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

PERSON_KINDS = ("closed_case", "referral_not_taken_up")
KNOWN_KINDS = (*PERSON_KINDS, "signed_returns", "audit_log", "pre_migration_backup")
TERMINAL_STATES = frozenset({"completed", "failed_non_compliance", "failed_reoffended", "withdrawn"})


@dataclass(frozen=True, slots=True)
class RetentionRule:
    kind: str
    label: str
    anchor: str
    years: int = 0
    days: int = 0
    erase: bool = True
    basis: str = ""

    def due_on(self, since: date) -> date:
        """`since` plus the period; 29 February lands on 28 February in a year without one."""
        try:
            moved = since.replace(year=since.year + self.years)
        except ValueError:
            moved = since.replace(year=since.year + self.years, day=28)
        return moved + timedelta(days=self.days)

    @property
    def period(self) -> str:
        parts = [f"{self.years} years"] if self.years else []
        parts += [f"{self.days} days"] if self.days else []
        return " ".join(parts) or "no fixed period"


@dataclass(frozen=True, slots=True)
class Schedule:
    rules: tuple[RetentionRule, ...]

    def rule(self, kind: str) -> RetentionRule | None:
        return next((r for r in self.rules if r.kind == kind), None)


@dataclass(frozen=True, slots=True)
class PersonFacts:
    """What the schedule needs about one person, read from dated records."""

    person_id: str
    reference: str
    contract_state: str | None
    contract_closed: date | None  # closed_on, else the contract's end date
    last_activity: date | None  # latest dated record of any kind


@dataclass(frozen=True, slots=True)
class DueItem:
    person_id: str
    reference: str
    kind: str
    since: date
    due_on: date
    held: bool
    why: str


def parse_schedule(data: Mapping[str, Any]) -> Schedule:
    """A schedule from its JSON form; a bad one raises ValueError naming the rule and the field."""
    rules_in = data.get("rules")
    if not isinstance(rules_in, list) or not rules_in:
        raise ValueError("the retention schedule has no 'rules' list")
    rules, seen = [], set()
    for i, r in enumerate(rules_in, 1):
        if not isinstance(r, Mapping):
            raise ValueError(f"retention rule {i} is not an object")
        kind = r.get("kind")
        if kind not in KNOWN_KINDS:
            raise ValueError(f"retention rule {i}: kind {kind!r} is not one of {', '.join(KNOWN_KINDS)}")
        if kind in seen:
            raise ValueError(f"retention rule {i}: kind {kind!r} appears twice")
        seen.add(kind)
        years, days = r.get("years", 0), r.get("days", 0)
        for name, v in (("years", years), ("days", days)):
            if not isinstance(v, int) or isinstance(v, bool) or v < 0 or v > 200 * 366:
                raise ValueError(f"retention rule {kind}: {name} must be a whole number of 0 or more")
        erase = r.get("erase", True)
        if not isinstance(erase, bool):
            raise ValueError(f"retention rule {kind}: erase must be true or false")
        if kind in PERSON_KINDS and erase and years == 0 and days == 0:
            raise ValueError(
                f"retention rule {kind}: a period of zero would erase records the day they close"
            )
        rules.append(
            RetentionRule(
                str(kind),
                str(r.get("label", kind)),
                str(r.get("from", "")),
                years,
                days,
                erase,
                str(r.get("basis", "")),
            )
        )
    missing = [k for k in PERSON_KINDS if k not in seen]
    if missing:
        raise ValueError(f"the retention schedule has no rule for {', '.join(missing)}")
    return Schedule(tuple(rules))


def _person_rule(f: PersonFacts) -> tuple[str, date | None]:
    if f.contract_state in TERMINAL_STATES:
        return "closed_case", f.contract_closed or f.last_activity
    if f.contract_state in (None, "offered"):
        return "referral_not_taken_up", f.last_activity
    return "", None  # an active contract is never due


def due_for_erasure(
    people: Iterable[PersonFacts], schedule: Schedule, today: date, held: frozenset[str] = frozenset()
) -> list[DueItem]:
    """Everyone whose record has passed its period, oldest first; held people are listed, marked held."""
    out = []
    for f in people:
        kind, since = _person_rule(f)
        rule = schedule.rule(kind) if kind else None
        if rule is None or not rule.erase or since is None:
            continue
        due = rule.due_on(since)
        if due > today:
            continue
        why = f"{rule.label}: {rule.period} from {since.isoformat()} ended {due.isoformat()}"
        out.append(
            DueItem(
                f.person_id,
                f.reference,
                kind,
                since,
                due,
                f.person_id in held,
                why + (" (kept: legal hold)" if f.person_id in held else ""),
            )
        )
    return sorted(out, key=lambda d: (d.due_on, d.reference))
