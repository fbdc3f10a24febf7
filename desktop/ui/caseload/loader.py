"""Work done on the database thread for the dashboard: no Qt here, only the store and the domain."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime

from desktop.domain import CaseloadRow
from desktop.services.safety import open_alerts
from desktop.storage.store import CaseStore


@dataclass(frozen=True, slots=True)
class CaseloadSnapshot:
    rows: list[CaseloadRow]
    mine_ids: frozenset[str]  # people whose keyworker is the signed-in user
    today: date
    alerts: dict[str, str] = field(default_factory=dict)  # person id -> open safety concerns, in words
    decisions: dict[str, str] = field(default_factory=dict)  # person id -> the force's decision (nfa, ...)


def load_caseload(store: CaseStore, now: datetime, only: Collection[str] | None = None) -> CaseloadSnapshot:
    """The visible caseload (role-filtered by the store), most serious first: the store's fast caseload query."""
    rows = store.cases.caseload(now, only)
    mine = frozenset(r.person_id for r in rows if r.keyworker_id == store.user.id)
    alerts = {pid: "; ".join(c.text for c in concerns) for pid, concerns in open_alerts(store, only).items()}
    return CaseloadSnapshot(rows, mine, now.date(), alerts, store.cases.force_decisions(only))


def search_caseload(store: CaseStore, text: str, limit: int) -> list[str]:
    return store.cases.search(text, limit=max(limit, 1))
