"""What every part of the case repository shares: the store, the signed-in user, the visibility check on one
person, the version bump and the one audit writer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from . import audit
from .errors import NotFound
from .records import (
    PersonRecord,
    Tracked,
)
from .versions import bump
from .visibility import check_visible

if TYPE_CHECKING:
    from .store import CaseStore


class CaseAccess:
    def __init__(self, store: CaseStore) -> None:
        self._store = store

    @property
    def _user(self) -> Any:
        return self._store.user

    # -- access --------------------------------------------------------------------------------------------
    def _visible(self, s: Session, person_id: str) -> PersonRecord:
        rec = s.get(PersonRecord, person_id)
        if rec is None:
            raise NotFound("no such person in this case store")
        check_visible(self._user, rec.keyworker_id)
        return rec

    def _bump(self, rec: Tracked, expected_version: int, what: str) -> None:
        bump(rec, expected_version, what)

    def _audit(
        self, s: Session, action: str, entity: str, entity_id: str, person_id: str, detail: str = ""
    ) -> None:
        audit.append(s, self._user.username, action, entity, entity_id, person_id, detail)
