"""Erasing a person on a decision or by the schedule, and the legal holds that stop it."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.storage import privacy as db
from desktop.storage.errors import PermissionDenied, StoreError
from desktop.storage.store import CaseStore

DECISION = "decision"


def _reason(reason: str) -> str:
    reason = " ".join(reason.split())
    if not reason:
        raise StoreError("give a reason (--reason): it is kept in the audit log")
    return reason


def erase(
    store: CaseStore, reference: str, reason: str, rule: str = DECISION, vacuum: bool = True
) -> db.Erased:
    """Erase every record of one person but a tombstone in the audit log. Refused under a legal hold."""
    db.require_erasure_role(store)
    reason = _reason(reason)
    person = db.find_person(store, reference)
    if db.holds(store, person.id):
        raise PermissionDenied(
            f"{person.force_reference} is under a legal hold and cannot be erased; "
            "remove the hold first (hold remove)"
        )
    # the tombstone names the rule, the reason and the counts: not the name, reference or date of birth
    return db.erase_person(store, person, "person.erase", {"rule": rule, "reason": reason}, vacuum=vacuum)


def erase_from_replica(
    store: CaseStore, person: db.PersonRef, action: str, detail: dict[str, str]
) -> db.Erased | None:
    """Erase a person because another replica said so (`replica.erase`: erased there, with the role and the
    reason checked there) or because they left this laptop's caseload (`replica.exclude`). Nothing is
    tombstoned again here. A legal hold on this replica stops it (None): it is tried again at each import
    until the hold is removed. The caller compacts once after a batch."""
    if db.holds(store, person.id):
        return None
    return db.erase_person(store, person, action, detail, vacuum=False, tombstone=False)


def add_hold(store: CaseStore, reference: str, reason: str) -> db.PersonRef:
    db.require_erasure_role(store)
    reason = _reason(reason)
    person = db.find_person(store, reference)
    if db.holds(store, person.id):
        raise StoreError(f"{person.force_reference} is already under a legal hold")
    db.add_hold(store, person, reason, datetime.now(UTC))
    return person


def remove_hold(store: CaseStore, reference: str, reason: str) -> db.PersonRef:
    db.require_erasure_role(store)
    reason = _reason(reason)
    person = db.find_person(store, reference)
    if not db.remove_holds(store, person, reason):
        raise StoreError(f"{person.force_reference} is not under a legal hold")
    return person


def list_holds(store: CaseStore) -> list[db.Hold]:
    db.require_erasure_role(store)
    return db.holds(store)
