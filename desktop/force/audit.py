"""The force's hash-chained audit log, the same chain as the provider's (desktop/storage/audit.py): entry n's hash
is SHA-256 over entry n-1's hash and entry n's fields, so an edited, deleted or reordered entry breaks the chain
from there on. Several team members write at once on PostgreSQL: appends are serialised by a transaction-scoped
advisory lock, so two writers never take the same sequence number.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.domain.ids import new_id
from desktop.services.sync.manifest import utc_text

from .models import AuditRecord

GENESIS = "0" * 64
_LOCK_ID = 0x43504643  # "CPFC": pg_advisory_xact_lock key for the audit chain


@dataclass(frozen=True, slots=True)
class ChainCheck:
    ok: bool
    entries: int
    problem: str = ""


def _digest(prev_hash: str, rec: AuditRecord) -> str:
    body = json.dumps(
        [rec.seq, rec.id, rec.at, rec.actor, rec.action, rec.entity, rec.entity_id, rec.detail],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def append(
    session: Session,
    at: datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: str = "",
    detail: str = "",
) -> None:
    """Add an entry in the caller's transaction, so the entry and the change it records land together.
    `detail` names what changed, never a personal value."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_ID})
    last = session.execute(
        select(AuditRecord.seq, AuditRecord.hash).order_by(AuditRecord.seq.desc()).limit(1)
    ).first()
    seq, prev = (int(last[0]) + 1, str(last[1])) if last else (1, GENESIS)
    when = utc_text(at)
    rec = AuditRecord(
        seq=seq,
        id=new_id(),
        at=when,
        actor=actor,
        action=action,
        entity=entity,
        entity_id=entity_id,
        detail=detail,
        prev_hash=prev,
        hash="",
    )
    rec.hash = _digest(prev, rec)
    session.add(rec)
    session.flush()


def entries(session: Session, last: int | None = None) -> list[AuditRecord]:
    query = select(AuditRecord).order_by(AuditRecord.seq.desc())
    if last is not None:
        query = query.limit(last)
    return list(reversed(list(session.scalars(query))))


def verify(session: Session) -> ChainCheck:
    """Walk the chain in order; name the first entry that was edited, deleted or moved."""
    prev_hash, expected, count = GENESIS, 1, 0
    for rec in session.scalars(select(AuditRecord).order_by(AuditRecord.seq)):
        count += 1
        where = f"audit entry #{rec.seq} ({rec.action} by {rec.actor} at {rec.at})"
        if rec.seq != expected:
            return ChainCheck(
                False, count, f"audit entries #{expected}-#{rec.seq - 1} are missing before {where}"
            )
        if rec.prev_hash != prev_hash:
            return ChainCheck(
                False,
                count,
                f"{where} does not follow the entry before it: an entry was deleted, replaced or reordered",
            )
        if _digest(prev_hash, rec) != rec.hash:
            return ChainCheck(False, count, f"{where} was edited after it was written")
        prev_hash, expected = rec.hash, expected + 1
    return ChainCheck(True, count)
