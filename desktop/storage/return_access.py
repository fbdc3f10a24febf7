"""What every part of the returns store shares: the store and user, who may sign, the visibility check on one
return, the lock on signed ones, the audit writer, and the query and row shape the reads use."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from desktop.domain import Role

from . import audit
from .errors import NotFound, PermissionDenied, StoreError
from .records import (
    PersonRecord,
    UserRecord,
)
from .replica_repo import signing_refusal as replica_signing_refusal
from .return_records import (
    LOCKED_STATES,
    WITHDRAWN,
    ReturnRecord,
)
from .return_rows import (
    StoredReturn,
)
from .visibility import caseload_owner, may_see, visible_filter

if TYPE_CHECKING:
    from .store import CaseStore

SIGNING_ROLES = (Role.ADMIN, Role.MANAGER)


class ReturnLocked(StoreError):
    """The return is signed (or superseded) and so can never change."""


class ReturnAccess:
    def __init__(self, store: CaseStore) -> None:
        self._store = store

    @property
    def _user(self) -> Any:
        return self._store.user

    @property
    def user_can_sign(self) -> bool:
        return bool(self._user.active and self._user.role in SIGNING_ROLES)

    # -- access --------------------------------------------------------------------------------------------
    def require_signer(self, what: str) -> None:
        if not self.user_can_sign:
            raise PermissionDenied(
                f"only a manager can {what}; {self._user.display_name} is a {self._user.role.value}"
            )
        with self._store.session() as s:
            refusal = replica_signing_refusal(s)  # replicas: returns are signed on the manager's only
        if refusal:
            raise PermissionDenied(refusal)

    def _visible(self, s: Session, return_id: str) -> ReturnRecord:
        rec = s.get(ReturnRecord, return_id)
        if rec is None:
            raise NotFound("no such return in this case store")
        if caseload_owner(self._user) is not None:
            person = s.get(PersonRecord, rec.person_id)
            if person is None or not may_see(self._user, person.keyworker_id):
                raise PermissionDenied("this return is for a person on another keyworker's caseload")
        return rec

    def _unlocked(self, s: Session, return_id: str) -> ReturnRecord:
        rec = self._visible(s, return_id)
        if rec.state in LOCKED_STATES:
            raise ReturnLocked("a signed return is never changed; issue a correction instead")
        if rec.state == WITHDRAWN:
            raise ReturnLocked(f"this return was withdrawn and is never signed: {rec.withdrawn_reason}")
        return rec

    def _audit(self, s: Session, action: str, rec: ReturnRecord, detail: str = "") -> None:
        audit.append(s, self._user.username, action, "return", rec.id, rec.person_id, detail)

    def _query(self) -> Select[Any]:
        t, p, u = ReturnRecord.__table__.c, PersonRecord.__table__.c, UserRecord.__table__.c
        cols = [c for c in ReturnRecord.__table__.c if c.name not in ("pdf", "content_json")]
        q = (
            select(
                *cols, p.first_name, p.last_name, p.force_reference, u.display_name.label("keyworker_name")
            )
            .join(PersonRecord.__table__, p.id == t.person_id)
            .outerjoin(UserRecord.__table__, u.id == p.keyworker_id)
        )
        return q.where(visible_filter(self._user, p.keyworker_id))

    @staticmethod
    def _row(r: Any, content_json: str = "", pdf: bytes | None = None) -> StoredReturn:
        return StoredReturn(
            r.id,
            r.person_id,
            f"{r.first_name} {r.last_name}",
            r.force_reference,
            r.keyworker_name or "unassigned",
            r.contract_id,
            r.kind,
            r.period_start,
            r.period_end,
            r.state,
            r.narrative,
            r.compliance,
            r.content_hash,
            r.short_code,
            r.sha256,
            r.approved_by,
            r.signed_by,
            r.signed_role,
            r.signed_at,
            r.replaces_id,
            r.correction_reason,
            r.superseded_by,
            r.exported_at,
            tuple(json.loads(r.export_paths or "[]")),
            r.created_at,
            r.row_version,
            content_json,
            pdf,
            r.withdrawn_reason or "",
        )
