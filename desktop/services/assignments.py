"""Who is assigned to whom: the notice a keyworker gets at sign-in of people newly put on their caseload.

The assignment itself is `CaseRepository.assign_keyworker` (audited as person.assign); the notice reads those
audit entries since the keyworker's previous sign-in, for people still on their caseload now.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from desktop.storage.records import AuditRecord, PersonRecord
from desktop.storage.store import CaseStore

LAST_SIGN_IN = "sign_in.last.{username}"


@dataclass(frozen=True)
class NewlyAssigned:
    person_id: str
    name: str
    assigned_by: str


def take_assignment_notice(store: CaseStore, now: datetime | None = None) -> list[NewlyAssigned]:
    """People assigned to the signed-in user since their last sign-in (by someone else), oldest first; then
    this sign-in is remembered, so the same people are not announced twice. The first sign-in announces
    everything assigned before it."""
    key = LAST_SIGN_IN.format(username=store.user.username.lower())
    since = store.setting(key, "")
    stamp = (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds")
    with store.session() as s:
        q = (
            select(AuditRecord.person_id, AuditRecord.actor, PersonRecord.first_name, PersonRecord.last_name)
            .join(PersonRecord, PersonRecord.id == AuditRecord.person_id)
            .where(
                AuditRecord.action == "person.assign",
                AuditRecord.at > since,
                AuditRecord.actor != store.user.username,
                PersonRecord.keyworker_id == store.user.id,
            )
            .order_by(AuditRecord.seq)
        )
        found: dict[str, NewlyAssigned] = {}
        for pid, actor, first, last in s.execute(q):
            found[pid] = NewlyAssigned(pid, f"{first} {last}", actor)
    store.set_setting(key, stamp)
    return list(found.values())
