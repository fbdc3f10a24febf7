"""Read-only figures about staff and their caseloads: how many people each keyworker has, and who was assigned
to whom since a moment (the sign-in notice)."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import func, select

from .records import AuditRecord, PersonRecord
from .visibility import assigned_to

if TYPE_CHECKING:
    from .store import CaseStore


class Assignment(NamedTuple):
    person_id: str
    assigned_by: str
    first_name: str
    last_name: str


def caseload_sizes(store: CaseStore) -> dict[str | None, int]:
    """keyworker id (None: unassigned) -> how many people are on their caseload."""
    with store.session() as s:
        rows = s.execute(select(PersonRecord.keyworker_id, func.count()).group_by(PersonRecord.keyworker_id))
        return {kw: int(n) for kw, n in rows}


def assigned_to_me_since(store: CaseStore, since: str) -> list[Assignment]:
    """person.assign entries after `since` (ISO UTC text, as the log holds it) written by someone other than
    the signed-in user, for people on the signed-in user's caseload now, oldest first."""
    user = store.user
    q = (
        select(AuditRecord.person_id, AuditRecord.actor, PersonRecord.first_name, PersonRecord.last_name)
        .join(PersonRecord, PersonRecord.id == AuditRecord.person_id)
        .where(
            AuditRecord.action == "person.assign",
            AuditRecord.at > since,
            AuditRecord.actor != user.username,
            assigned_to(user, PersonRecord.keyworker_id),
        )
        .order_by(AuditRecord.seq)
    )
    with store.session() as s:
        return [Assignment(*r) for r in s.execute(q)]
