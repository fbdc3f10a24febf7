"""What the replica service reads and writes in a case store, behind one session (see `ReplicaStorage`).

services/replica keeps the rules and the flow (who may make a replica, what a bundle carries, when a bundle is
refused); this module keeps the queries: the device list, trimming a fresh copy down to one caseload, the audit
entries of the replica actions. The change log and the merge itself are `ReplicaRepository` (replica_repo).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.domain import Role
from desktop.domain.clock import aware_utc
from desktop.domain.ids import new_id

from . import audit
from .records import UserRecord
from .replica_records import ReplicaDeviceRecord, ReplicaUserRecord
from .replica_repo import ReplicaRepository, signing_refusal
from .store import CaseStore

# Force sync and its keys, and the organisation's key that signs returns, stay on the manager's store: a replica
# never holds them.
MANAGER_ONLY_TABLES = (
    "return_identity",
    "sync_received_records",
    "sync_sent_records",
    "erasure_notices",
    "sync_bundles",
    "sync_partners",
    "sync_identity",
)


def store_now(store: CaseStore) -> datetime:
    return aware_utc(store.clock())


def new_device(name: str, cert_pem: str, *, key_pem: str | None = None, **kw: Any) -> ReplicaDeviceRecord:
    """A device row (not yet added): a peer unless `is_self`, its counters at zero unless given."""
    base: dict[str, Any] = {
        "is_self": False,
        "is_manager": False,
        "out_sequence": 0,
        "in_sequence": 0,
        "received_through": 0,
        "acked_through": 0,
        "counter": 0,
        "change_seq": 0,
    }
    base.update(kw)
    return ReplicaDeviceRecord(
        id=base.pop("id", None) or new_id(),
        name=name,
        cert_pem=cert_pem,
        key_pem=key_pem,
        **base,
    )


class ReplicaOps(ReplicaRepository):
    """ReplicaRepository plus the device list's writes, the caseload trim and the audit, in one session."""

    def __init__(self, session: Session, now: datetime, actor: str) -> None:
        super().__init__(session, now)
        self.actor = actor

    # -- devices -------------------------------------------------------------------------------------------
    def add_device(self, name: str, cert_pem: str, *, key_pem: str | None = None, **kw: Any) -> None:
        self.s.add(new_device(name, cert_pem, key_pem=key_pem, **kw))
        self.s.flush()
        if kw.get("is_self"):
            self._self = None

    def device_named(self, name: str) -> ReplicaDeviceRecord | None:
        return self.s.scalar(select(ReplicaDeviceRecord).where(ReplicaDeviceRecord.name == name))

    def set_revoked(self, device: ReplicaDeviceRecord, at: datetime, by: str) -> None:
        device.revoked_at, device.revoked_by = at, by
        self.s.flush()

    def bundle_sent(self, peer: ReplicaDeviceRecord, sequence: int, sha256: str) -> None:
        """Bundle `sequence` (its hash `sha256`) is written for `peer`: the next one chains to it."""
        peer.out_sequence, peer.out_last_sha256 = sequence, sha256

    def bundle_taken(
        self, sender: ReplicaDeviceRecord, sequence: int, *, received_through: int | None, ack_through: int
    ) -> None:
        """Bundle `sequence` from `sender` is applied: what it carried through `received_through` (None: not
        all of it applied, so nothing more is acknowledged) and what it acknowledged, `ack_through`."""
        sender.in_sequence = sequence
        if received_through is not None:
            sender.received_through = max(sender.received_through, received_through)
        sender.acked_through = max(sender.acked_through, ack_through)

    def signing_refusal(self) -> str | None:
        return signing_refusal(self.s)

    # -- users, audit --------------------------------------------------------------------------------------
    def active_user_id(self, username: str) -> str | None:
        rec = self.s.scalar(select(UserRecord).where(UserRecord.username == username))
        return rec.id if rec is not None and rec.active else None

    def audit(self, action: str, entity: str, entity_id: str = "", detail: str = "") -> None:
        audit.append(self.s, self.actor, action, entity, entity_id, detail=detail)

    def audit_head(self) -> tuple[int, str] | None:
        return audit.head(self.s)

    def users_made_since(self, at: datetime) -> list[dict[str, Any]]:
        """The users added to this store after `at` (a peer's making): id, name, display name, role, active.
        No vault entry and no key: the peer's admin gives them a passphrase there."""
        stamp = aware_utc(at)
        return [
            {
                "id": r.id,
                "username": r.username,
                "display_name": r.display_name,
                "role": r.role,
                "active": r.active,
            }
            for r in self.s.scalars(
                select(UserRecord).where(UserRecord.created_at > stamp).order_by(UserRecord.username)
            )
        ]

    def take_user(self, user: dict[str, Any], sender: str) -> str:
        """A user added on the manager's store: 'pending' (kept in replica_users, with no vault entry: this
        replica's admin adds them here and they get the same id), 'clash' (another user here has that name:
        audited once, the first time), 'known' (already here), or 'invalid'."""
        uid, name, role = str(user["id"]), str(user.get("username") or ""), str(user.get("role"))
        if role not in {r.value for r in Role} or not name:
            return "invalid"
        known = self.s.get(ReplicaUserRecord, uid)
        if self.s.get(UserRecord, uid) is not None:
            if known is not None:
                known.state = "added"
            return "known"
        if known is not None:
            return known.state
        clash = self.s.scalar(select(UserRecord).where(UserRecord.username == name)) is not None
        state = "clash" if clash else "pending"
        self.s.add(
            ReplicaUserRecord(
                id=uid,
                username=name,
                display_name=str(user.get("display_name") or name),
                role=role,
                sender=sender,
                state=state,
                received_at=self.now,
            )
        )
        self.s.flush()
        if clash:
            self.audit(
                "replica.user_clash",
                "user",
                uid,
                detail=f"{name} was added on {sender}, and another user here has that name: not taken",
            )
        else:
            self.audit(
                "replica.user_pending",
                "user",
                uid,
                detail=f"{name} ({role}) added on {sender}: signs in here once an admin adds them here",
            )
        return state

    # -- trimming a fresh copy ----------------------------------------------------------------------------
    def people_off_caseload(self, keyworker_id: str) -> list[tuple[str, str, str]]:
        """(id, force reference, name) of every person not on `keyworker_id`'s caseload."""
        rows = self.s.execute(
            text(
                "SELECT id, force_reference, first_name || ' ' || last_name FROM people "
                "WHERE keyworker_id IS NULL OR keyworker_id != :k"
            ),
            {"k": keyworker_id},
        ).all()
        return [(str(pid), str(ref), str(name)) for pid, ref, name in rows]

    def forget_rows_of_erased(self) -> None:
        """The change log and registers of records whose person is gone (or never had one)."""
        self.s.execute(
            text(
                "DELETE FROM replica_registers WHERE EXISTS (SELECT 1 FROM replica_rows r "
                "WHERE r.table_name = replica_registers.table_name "
                "AND r.record_id = replica_registers.record_id AND (r.person_id IS NULL OR "
                "r.person_id NOT IN (SELECT id FROM people)))"
            )
        )
        self.s.execute(
            text(
                "DELETE FROM replica_rows WHERE person_id IS NULL OR person_id NOT IN (SELECT id FROM people)"
            )
        )

    def drop_manager_only(self) -> None:
        tables = {
            str(r[0]) for r in self.s.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
        }
        for table in MANAGER_ONLY_TABLES:
            if table in tables:
                self.s.execute(text(f'DELETE FROM "{table}"'))

    def hand_over_self(self, origin_seq: int) -> None:
        """The origin becomes a peer of this copy (its key gone, everything through `origin_seq` taken as
        received), and every exchange sequence starts again."""
        self.s.execute(
            text(
                "UPDATE replica_devices SET is_self = 0, key_pem = NULL, received_through = :n, "
                "acked_through = :n WHERE is_self = 1"
            ),
            {"n": origin_seq},
        )
        self.s.execute(
            text("UPDATE replica_devices SET out_sequence = 0, in_sequence = 0, out_last_sha256 = NULL")
        )
        self._self = None

    def count_people(self) -> int:
        return int(self.s.execute(text("SELECT count(*) FROM people")).scalar_one())


class ReplicaStorage:
    """The replica service's way into a store: `reading()` for a look, `writing()` for one transaction."""

    def __init__(self, store: CaseStore) -> None:
        self._store = store

    @contextmanager
    def reading(self, now: datetime | None = None) -> Iterator[ReplicaOps]:
        """One read-only session; `now` (default: the store's clock) is what the repository stamps."""
        with self._store.session() as s:
            yield ReplicaOps(s, now or store_now(self._store), self._store.user.username)

    @contextmanager
    def writing(self, now: datetime | None = None) -> Iterator[ReplicaOps]:
        """One transaction: all of it lands, or none of it."""
        with self._store.write() as s:
            yield ReplicaOps(s, now or store_now(self._store), self._store.user.username)
