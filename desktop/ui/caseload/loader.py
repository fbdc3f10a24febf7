"""Work done on the database thread for the dashboard: no Qt here, only the store and the domain."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime

from desktop.domain import CaseloadRow, caseload_row
from desktop.storage.store import CaseStore

UNASSIGNED = "unassigned"


@dataclass(frozen=True, slots=True)
class CaseloadSnapshot:
    rows: list[CaseloadRow]
    mine_ids: frozenset[str]  # people whose keyworker is the signed-in user
    today: date


def load_caseload(store: CaseStore, now: datetime, only: Collection[str] | None = None) -> CaseloadSnapshot:
    """The visible caseload (role-filtered by the store), most serious first, like `store.cases.caseload`."""
    names = {u.id: u.display_name for u in store.users()}
    cases = store.cases.load_cases(list(only) if only is not None else None)
    rows = [caseload_row(c, names.get(c.person.keyworker_id or "", UNASSIGNED), now) for c in cases]
    rows.sort(key=lambda r: (-r.compliance.level.rank, r.name.lower()))
    mine = frozenset(c.person.id for c in cases if c.person.keyworker_id == store.user.id)
    return CaseloadSnapshot(rows, mine, now.date())


def search_caseload(store: CaseStore, text: str, limit: int) -> list[str]:
    return store.cases.search(text, limit=max(limit, 1))
