"""The hash-chained audit log: every write, export and opening of a record appends an entry."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.ids import new_id

from .records import AuditRecord

GENESIS = "0" * 64


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    person_id: str
    detail: str


@dataclass(frozen=True, slots=True)
class ChainCheck:
    ok: bool
    entries: int
    problem: str = ""
    first_bad_seq: int | None = None


def _digest(prev_hash: str, rec: AuditRecord) -> str:
    body = json.dumps([rec.seq, rec.id, rec.at, rec.actor, rec.action, rec.entity, rec.entity_id, rec.person_id,
                       rec.detail], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def append(session: Session, actor: str, action: str, entity: str, entity_id: str = "", person_id: str = "",
           detail: str = "", at: datetime | None = None) -> None:
    """Add an entry in the caller's transaction, so the entry and the write it records land together."""
    last = session.execute(select(AuditRecord.seq, AuditRecord.hash).order_by(AuditRecord.seq.desc()).limit(1)).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    when = (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds")
    rec = AuditRecord(seq=seq, id=new_id(), at=when, actor=actor, action=action, entity=entity,
                      entity_id=entity_id, person_id=person_id, detail=detail, prev_hash=prev, hash="")
    rec.hash = _digest(prev, rec)
    session.add(rec)
    session.flush()


def to_entry(rec: AuditRecord) -> AuditEntry:
    return AuditEntry(rec.seq, datetime.fromisoformat(rec.at), rec.actor, rec.action, rec.entity, rec.entity_id,
                      rec.person_id, rec.detail)


def verify(session: Session) -> ChainCheck:
    """Walk the chain in order; name the first entry that was edited, deleted or moved."""
    prev_hash, expected_seq, count = GENESIS, 1, 0
    for rec in session.scalars(select(AuditRecord).order_by(AuditRecord.seq)):
        count += 1
        where = f"audit entry #{rec.seq} ({rec.action} by {rec.actor} at {rec.at[:19].replace('T', ' ')})"
        if rec.seq != expected_seq:
            return ChainCheck(False, count, f"audit entries #{expected_seq}–#{rec.seq - 1} are missing "
                              f"(deleted) before {where}", expected_seq)
        if rec.prev_hash != prev_hash:
            return ChainCheck(False, count, f"{where} does not follow the entry before it: an entry was deleted, "
                              "replaced or reordered", rec.seq)
        if _digest(prev_hash, rec) != rec.hash:
            return ChainCheck(False, count, f"{where} was edited after it was written", rec.seq)
        prev_hash, expected_seq = rec.hash, expected_seq + 1
    return ChainCheck(True, count)
