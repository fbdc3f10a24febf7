"""Who is assigned to whom: the notice a keyworker gets at sign-in of people newly put on their caseload.

The assignment itself is `CaseRepository.assign_keyworker` (audited as person.assign); the notice reads those
audit entries since the keyworker's previous sign-in, for people still on their caseload now.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from desktop.storage.staff import assigned_to_me_since
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
    stamp = (now or store.now()).astimezone(UTC).isoformat(timespec="microseconds")  # as audit entries' `at`
    found: dict[str, NewlyAssigned] = {}
    for a in assigned_to_me_since(store, since):
        found[a.person_id] = NewlyAssigned(a.person_id, f"{a.first_name} {a.last_name}", a.assigned_by)
    store.set_setting(key, stamp)
    return list(found.values())
