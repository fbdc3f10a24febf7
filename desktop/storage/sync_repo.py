"""Sync state in the case store: our identity, pinned partners, the bundle log, conflicts. No cryptography here:
the sync service makes keys and checks signatures; this module keeps what it decided, with an audit entry.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain import Role
from desktop.domain.ids import new_id

from . import audit
from .errors import NotFound
from .sync_apply import SyncWrites
from .sync_reads import SyncReads
from .sync_records import (
    SyncBundleRecord,
    SyncIdentityRecord,
    SyncPartnerRecord,
    SyncReceivedRecord,
)
from .vault import MANAGER_TIER
from .versions import bump

if TYPE_CHECKING:
    from .vault import MANAGER_TIER
from .store import CaseStore

SYNC_ROLES = (Role.ADMIN, Role.MANAGER)
SYNC_KEY_PURPOSE = "sync key"
SENT, RECEIVED = "sent", "received"
PENDING, CONFLICT, RESOLVED = "pending", "conflict", "resolved"  # SyncReceivedRecord.state, besides "applied"


@dataclass(frozen=True, slots=True)
class StoredIdentity:
    name: str
    cert_pem: bytes
    cert_sha256: str
    key_pem: bytes


@dataclass(frozen=True, slots=True)
class Partner:
    id: str
    name: str
    cert_pem: bytes
    cert_sha256: str
    inbox: str
    outbox: str
    out_sequence: int
    out_last_sha256: str | None
    in_last_sequence: int
    last_sync_at: datetime | None


@dataclass(frozen=True, slots=True)
class BundleLogEntry:
    partner_id: str
    direction: str  # sent | received
    bundle_id: str
    sequence: int
    sha256: str
    counts: dict[str, int]
    at: datetime  # naive UTC
    file_name: str
    acknowledged_at: datetime | None
    result: str
    conflicts: list[dict[str, str]]


@dataclass(frozen=True, slots=True)
class OpenConflict:
    partner_id: str
    record_type: str
    record_id: str
    person_id: str | None
    state: str  # pending (waits for its referral) | conflict (a person must decide)
    reason: str
    received_at: datetime  # naive UTC


def partner_of(rec: SyncPartnerRecord) -> Partner:
    return Partner(
        rec.id,
        rec.name,
        rec.cert_pem.encode("ascii"),
        rec.cert_sha256,
        rec.inbox,
        rec.outbox,
        rec.out_sequence,
        rec.out_last_sha256,
        rec.in_last_sequence,
        rec.last_sync_at,
    )


def bundle_of(rec: SyncBundleRecord) -> BundleLogEntry:
    return BundleLogEntry(
        rec.partner_id,
        rec.direction,
        rec.bundle_id,
        rec.sequence,
        rec.sha256,
        json.loads(rec.counts_json),
        rec.at,
        rec.file_name,
        rec.acknowledged_at,
        rec.ack_result if rec.direction == SENT else rec.result,
        json.loads(rec.ack_conflicts_json if rec.direction == SENT else rec.conflicts_json),
    )


@contextmanager
def paused_gc(pause: bool = True) -> Iterator[None]:
    """No cyclic garbage collection inside (reference counting still frees everything acyclic); the
    collector's state is restored after, even when it was already off."""
    was_on = gc.isenabled()
    if pause:
        gc.disable()
    try:
        yield
    finally:
        if pause and was_on:
            gc.enable()


class SyncRepository:
    def __init__(self, store: CaseStore) -> None:
        self._store = store

    @contextmanager
    def reading(self) -> Iterator[SyncReads]:
        """One read-only session for planning or collecting."""
        with self._store.session() as s:
            yield SyncReads(s, self._store.user)

    @contextmanager
    def writing(self, *, bulk: bool = False) -> Iterator[SyncWrites]:
        """One transaction for an import or an export: all of it lands, or none of it. `bulk`: thousands of
        rows are built and kept until the commit, none of them in a reference cycle, so the cyclic garbage
        collector is paused meanwhile (its passes over the growing heap cost more than the inserts)."""
        with paused_gc(bulk), self._store.write() as s:
            yield SyncWrites(s, self._store.user)

    def _audit(self, s: Session, action: str, entity: str, entity_id: str = "", detail: str = "") -> None:
        audit.append(s, self._store.user.username, action, entity, entity_id, "", detail)

    # -- our identity --------------------------------------------------------------------------------------
    def identity(self) -> StoredIdentity | None:
        with self._store.session() as s:
            rec = s.scalar(select(SyncIdentityRecord).order_by(SyncIdentityRecord.created_at).limit(1))
            if rec is None:
                return None
            name, cert, sha, sealed = rec.name, rec.cert_pem, rec.cert_sha256, rec.key_pem
        # the key is sealed under the manager role key: a keyworker's entry cannot release it
        return StoredIdentity(
            name, cert.encode("ascii"), sha, self._store.open_secret(sealed, SYNC_KEY_PURPOSE)
        )

    def save_identity(self, name: str, cert_pem: bytes, cert_sha256: str, key_pem: bytes) -> StoredIdentity:
        """Kept once: a second identity would orphan every partner that pinned the first."""
        self._store.require_role(*SYNC_ROLES)
        with self._store.write() as s:
            if s.scalar(select(func.count()).select_from(SyncIdentityRecord)):
                raise ValueError("this case store already has a sync identity")
            sealed = self._store.seal_secret(MANAGER_TIER, key_pem, SYNC_KEY_PURPOSE)
            s.add(
                SyncIdentityRecord(
                    id=new_id(),
                    name=name,
                    cert_pem=cert_pem.decode("ascii"),
                    cert_sha256=cert_sha256,
                    key_pem=sealed,
                )
            )
            self._audit(s, "sync.identity.create", "sync_identity", detail=f"certificate {cert_sha256[:16]}")
        return StoredIdentity(name, cert_pem, cert_sha256, key_pem)

    # -- partners ------------------------------------------------------------------------------------------
    def partners(self) -> list[Partner]:
        with self._store.session() as s:
            return [
                partner_of(r) for r in s.scalars(select(SyncPartnerRecord).order_by(SyncPartnerRecord.name))
            ]

    def partner(self, name: str) -> Partner:
        for p in self.partners():
            if p.name == name:
                return p
        known = ", ".join(p.name for p in self.partners()) or "none yet"
        raise NotFound(f"no sync partner named {name!r} (partners: {known})")

    def add_partner(
        self, name: str, cert_pem: bytes, cert_sha256: str, inbox: str = "", outbox: str = ""
    ) -> Partner:
        self._store.require_role(*SYNC_ROLES)
        name = name.strip()
        if not name:
            raise ValueError("give the partner a name")
        with self._store.write() as s:
            if s.scalar(select(SyncPartnerRecord).where(SyncPartnerRecord.name == name)) is not None:
                raise ValueError(f"a partner named {name!r} exists already")
            same = s.scalar(select(SyncPartnerRecord).where(SyncPartnerRecord.cert_sha256 == cert_sha256))
            if same is not None:
                raise ValueError(f"this certificate is already pinned as {same.name!r}")
            rec = SyncPartnerRecord(
                id=new_id(),
                name=name,
                cert_pem=cert_pem.decode("ascii"),
                cert_sha256=cert_sha256,
                inbox=inbox,
                outbox=outbox,
                out_sequence=0,
                in_last_sequence=0,
            )
            s.add(rec)
            s.flush()
            self._audit(
                s, "sync.partner.add", "sync_partner", rec.id, f"pinned certificate {cert_sha256[:16]}"
            )
            return partner_of(rec)

    def set_folders(self, partner_id: str, inbox: str, outbox: str) -> Partner:
        self._store.require_role(*SYNC_ROLES)
        with self._store.write() as s:
            rec = s.get(SyncPartnerRecord, partner_id)
            if rec is None:
                raise NotFound("no such sync partner")
            rec.inbox, rec.outbox = inbox, outbox
            bump(rec)
            self._audit(s, "sync.partner.folders", "sync_partner", rec.id)
            return partner_of(rec)

    # -- the bundle log ------------------------------------------------------------------------------------
    def bundles(self, partner_id: str | None = None, direction: str | None = None) -> list[BundleLogEntry]:
        with self._store.session() as s:
            q = select(SyncBundleRecord)
            if partner_id is not None:
                q = q.where(SyncBundleRecord.partner_id == partner_id)
            if direction is not None:
                q = q.where(SyncBundleRecord.direction == direction)
            return [
                bundle_of(r) for r in s.scalars(q.order_by(SyncBundleRecord.at, SyncBundleRecord.sequence))
            ]

    def received_hashes(self) -> set[str]:
        with self._store.session() as s:
            return set(
                s.scalars(select(SyncBundleRecord.sha256).where(SyncBundleRecord.direction == RECEIVED))
            )

    def open_conflicts(self) -> list[OpenConflict]:
        with self._store.session() as s:
            q = select(SyncReceivedRecord).where(SyncReceivedRecord.state.in_((PENDING, CONFLICT)))
            return [
                OpenConflict(
                    r.partner_id, r.record_type, r.record_id, r.person_id, r.state, r.reason, r.updated_at
                )
                for r in s.scalars(q.order_by(SyncReceivedRecord.created_at))
            ]

    def resolve_conflict(self, partner_id: str, record_id: str, note: str) -> None:
        """A person dealt with a conflict by hand: it leaves the list, with their note in the audit log."""
        self._store.require_role(*SYNC_ROLES)
        if not note.strip():
            raise ValueError("say what was done about it")
        with self._store.write() as s:
            rec = s.scalar(
                select(SyncReceivedRecord).where(
                    SyncReceivedRecord.partner_id == partner_id, SyncReceivedRecord.record_id == record_id
                )
            )
            if rec is None or rec.state not in (PENDING, CONFLICT):
                raise NotFound("no such open conflict")
            rec.state = RESOLVED
            bump(rec)
            audit.append(
                s,
                self._store.user.username,
                "sync.conflict.resolve",
                "sync_record",
                record_id,
                rec.person_id or "",
                note.strip()[:500],
            )

    def mark_synced(self, partner_ids: Iterable[str], at: datetime | None = None) -> None:
        with self._store.write() as s:
            for pid in partner_ids:
                rec = s.get(SyncPartnerRecord, pid)
                if rec is not None:
                    rec.last_sync_at = at or self._store.now()
