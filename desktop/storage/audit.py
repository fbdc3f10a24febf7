"""The hash-chained audit log: every write, export and opening of a record appends an entry."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol, cast

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Table, insert, select
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


class _Hashed(Protocol):
    """What an entry's hash covers: an AuditRecord, or a row about to be inserted."""

    @property
    def seq(self) -> int: ...
    @property
    def id(self) -> str: ...
    @property
    def at(self) -> str: ...
    @property
    def actor(self) -> str: ...
    @property
    def action(self) -> str: ...
    @property
    def entity(self) -> str: ...
    @property
    def entity_id(self) -> str: ...
    @property
    def person_id(self) -> str: ...
    @property
    def detail(self) -> str: ...


def _digest(prev_hash: str, rec: _Hashed) -> str:
    return _chain_hash(
        prev_hash,
        [
            rec.seq,
            rec.id,
            rec.at,
            rec.actor,
            rec.action,
            rec.entity,
            rec.entity_id,
            rec.person_id,
            rec.detail,
        ],
    )


def _chain_hash(prev_hash: str, fields: list[object]) -> str:
    """SHA-256 over the previous hash and the entry's (seq, id, at, actor, action, entity, entity_id,
    person_id, detail) as compact JSON."""
    body = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


# (action, entity, entity_id, person_id, detail)
Entry = tuple[str, str, str, str, str]


def append(
    session: Session,
    actor: str,
    action: str,
    entity: str,
    entity_id: str = "",
    person_id: str = "",
    detail: str = "",
    at: datetime | None = None,
) -> None:
    """Add an entry in the caller's transaction, so the entry and the write it records land together."""
    append_many(session, actor, [(action, entity, entity_id, person_id, detail)], at)


def append_many(session: Session, actor: str, entries: Sequence[Entry], at: datetime | None = None) -> None:
    """Entries (action, entity, entity_id, person_id, detail) in the caller's transaction, chained one after
    the other and signed like every entry, in one insert: the only code that writes the audit log."""
    if not entries:
        return
    last = session.execute(
        select(AuditRecord.seq, AuditRecord.hash).order_by(AuditRecord.seq.desc()).limit(1)
    ).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    when = (at or _now(session)).astimezone(UTC).isoformat(timespec="microseconds")
    rows: list[dict[str, Any]] = []
    signer = session.info.get(SIGNER_KEY)  # (username, key) when the session carries the author's key
    for action, entity, entity_id, person_id, detail in entries:
        entry_id = new_id()
        digest = _chain_hash(prev, [seq, entry_id, when, actor, action, entity, entity_id, person_id, detail])
        signature = (
            base64.b64encode(signer[1].sign(digest.encode("ascii"))).decode("ascii") if signer else None
        )
        rows.append(
            {
                "seq": seq,
                "id": entry_id,
                "at": when,
                "actor": actor,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "person_id": person_id,
                "detail": detail,
                "prev_hash": prev,
                "hash": digest,
                "signer": signer[0] if signer else None,
                "signature": signature,
            }
        )
        seq, prev = seq + 1, digest
    session.execute(insert(cast(Table, AuditRecord.__table__)), rows)


SIGNER_KEY = "audit_signer"  # session.info: (username, Ed25519PrivateKey), set by CaseStore.write()
CLOCK_KEY = (
    "audit_clock"  # session.info: the store's clock (a callable giving a datetime), set by CaseStore.write()
)


def _now(session: Session) -> datetime:
    """The store's time when the session carries its clock, else the wall clock. A naive reading is local
    time (the store's default clock is `datetime.now`), as `astimezone` takes it."""
    clock = session.info.get(CLOCK_KEY)
    return cast(datetime, clock()) if clock is not None else datetime.now(UTC)


def sign_hash(session: Session, digest: str) -> tuple[str | None, str | None]:
    """The author's signature over an entry's hash, when the session carries the author's key."""
    signer = session.info.get(SIGNER_KEY)
    if signer is None:
        return None, None
    name, key = signer
    return name, base64.b64encode(key.sign(digest.encode("ascii"))).decode("ascii")


def verify_signatures(session: Session, keys: dict[str, list[str]], signed_from: int) -> ChainCheck:
    """Every entry from `signed_from` on signed by a key the admin-signed list gives its signer."""
    loaded = {
        name: [Ed25519PublicKey.from_public_bytes(base64.b64decode(k)) for k in ks]
        for name, ks in keys.items()
    }
    count = 0
    for rec in session.scalars(
        select(AuditRecord).where(AuditRecord.seq >= signed_from).order_by(AuditRecord.seq)
    ):
        count += 1
        where = f"audit entry #{rec.seq} ({rec.action} by {rec.actor} at {rec.at[:19].replace('T', ' ')})"
        if not rec.signer or not rec.signature:
            return ChainCheck(False, count, f"{where} is not signed: it was written outside the app", rec.seq)
        candidates = loaded.get(rec.signer, [])
        if not candidates:
            return ChainCheck(
                False,
                count,
                f"{where} is signed by '{rec.signer}', who has no key in the signed list of users",
                rec.seq,
            )
        for public in candidates:
            try:
                public.verify(base64.b64decode(rec.signature), rec.hash.encode("ascii"))
                break
            except (InvalidSignature, ValueError):
                continue
        else:
            return ChainCheck(
                False,
                count,
                f"{where} does not carry a valid signature of '{rec.signer}': it was "
                "rewritten outside the app",
                rec.seq,
            )
    return ChainCheck(True, count)


def head(session: Session) -> tuple[int, str] | None:
    """The chain's last entry: its number and hash (what a bundle tells the force, and the force echoes)."""
    last = session.execute(
        select(AuditRecord.seq, AuditRecord.hash).order_by(AuditRecord.seq.desc()).limit(1)
    ).first()
    return (int(last[0]), str(last[1])) if last else None


def witnessed_problem(session: Session, seq: int, sha256: str, who: str) -> str | None:
    """None when this log still holds entry #seq with that hash; else what a rollback looks like."""
    rec = session.get(AuditRecord, seq)
    if rec is None:
        last = head(session)
        return (
            f"{who} saw audit entry #{seq} of this store, but its log ends at #{last[0] if last else 0}: an "
            "older copy of the store was restored, or entries were removed"
        )
    if rec.hash != sha256:
        return (
            f"audit entry #{seq} differs from the one {who} saw: this store's log was rewritten or an older "
            "copy of it was restored"
        )
    return None


def signature_ok(rec: AuditRecord, public_keys: list[str]) -> bool:
    """The entry carries a valid signature by one of these keys (base64 Ed25519 public keys)."""
    if not rec.signature:
        return False
    for key in public_keys:
        try:
            Ed25519PublicKey.from_public_bytes(base64.b64decode(key)).verify(
                base64.b64decode(rec.signature), rec.hash.encode("ascii")
            )
            return True
        except (InvalidSignature, ValueError):
            continue
    return False


def to_entry(rec: AuditRecord) -> AuditEntry:
    return AuditEntry(
        rec.seq,
        datetime.fromisoformat(rec.at),
        rec.actor,
        rec.action,
        rec.entity,
        rec.entity_id,
        rec.person_id,
        rec.detail,
    )


def verify(session: Session) -> ChainCheck:
    """Walk the chain in order; name the first entry that was edited, deleted or moved."""
    prev_hash, expected_seq, count = GENESIS, 1, 0
    for rec in session.scalars(select(AuditRecord).order_by(AuditRecord.seq)):
        count += 1
        where = f"audit entry #{rec.seq} ({rec.action} by {rec.actor} at {rec.at[:19].replace('T', ' ')})"
        if rec.seq != expected_seq:
            return ChainCheck(
                False,
                count,
                f"audit entries #{expected_seq}–#{rec.seq - 1} are missing (deleted) before {where}",
                expected_seq,
            )
        if rec.prev_hash != prev_hash:
            return ChainCheck(
                False,
                count,
                f"{where} does not follow the entry before it: an entry was deleted, replaced or reordered",
                rec.seq,
            )
        if _digest(prev_hash, rec) != rec.hash:
            return ChainCheck(False, count, f"{where} was edited after it was written", rec.seq)
        prev_hash, expected_seq = rec.hash, expected_seq + 1
    return ChainCheck(True, count)
