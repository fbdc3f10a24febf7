"""Work done on the database thread for the dashboard: no Qt here, only the features' services and the domain."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from desktop.domain import CaseloadRow
from desktop.domain.people import is_assigned_to

if TYPE_CHECKING:
    from desktop.services.features import Services


@dataclass(frozen=True, slots=True)
class CaseloadSnapshot:
    rows: list[CaseloadRow]
    mine_ids: frozenset[str]  # people whose keyworker is the signed-in user
    today: date
    alerts: dict[str, str] = field(default_factory=dict)  # person id -> open safety concerns, in words
    decisions: dict[str, str] = field(default_factory=dict)  # person id -> the force's decision (nfa, ...)


def load_caseload(services: Services, now: datetime, only: Collection[str] | None = None) -> CaseloadSnapshot:
    """The visible caseload (role-filtered by the store), most serious first: the store's fast caseload query."""
    cases = services.cases
    rows = cases.caseload(now, only)
    me = services.user
    mine = frozenset(r.person_id for r in rows if is_assigned_to(me, r.keyworker_id))
    alerts = {
        pid: "; ".join(c.text for c in concerns)
        for pid, concerns in services.safety.open_alerts(only).items()
    }
    return CaseloadSnapshot(rows, mine, now.date(), alerts, cases.force_decisions(only))


def search_caseload(services: Services, text: str, limit: int) -> list[str]:
    return services.cases.search(text, limit=max(limit, 1))
