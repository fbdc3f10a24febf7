"""Work done on the database thread for the dashboard: no Qt here, only the store and the domain."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime

from desktop.domain import CaseloadRow
from desktop.storage.store import CaseStore


@dataclass(frozen=True, slots=True)
class CaseloadSnapshot:
    rows: list[CaseloadRow]
    mine_ids: frozenset[str]  # people whose keyworker is the signed-in user
    today: date


def load_caseload(store: CaseStore, now: datetime, only: Collection[str] | None = None) -> CaseloadSnapshot:
    """The visible caseload (role-filtered by the store), most serious first: the store's fast caseload query."""
    rows = store.cases.caseload(now, only)
    mine = frozenset(r.person_id for r in rows if r.keyworker_id == store.user.id)
    return CaseloadSnapshot(rows, mine, now.date())


def search_caseload(store: CaseStore, text: str, limit: int) -> list[str]:
    return store.cases.search(text, limit=max(limit, 1))
