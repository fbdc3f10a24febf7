"""Replica tombstones (migration 0016_replica_tombstones; docs/replicas.md, "Erasure travels").

An erasure on a replica leaves a tombstone, the person's random id, in the same transaction (`record_erasure`,
called by privacy.erase_person). It travels in the next bundles like any change (its own place in the change
log), every replica that takes it erases the person through the app's own erasure and from then on refuses
every row of that person, from an older bundle or from a later edit made elsewhere. A client reassigned away
from a laptop's keyworker gets an 'exclude' tombstone on the laptop only: taken off once the laptop's own
changes to them have reached the replica that said so, and lifted if the client is reassigned back.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.domain import Role
from desktop.domain.clock import aware_utc

from .replica_core import ReplicaCore
from .replica_records import ReplicaDeviceRecord, ReplicaTombstoneRecord, ReplicaUserRecord

ERASURE = "erasure"  # erased on some replica: travels, and the person's rows are refused for good
EXCLUDE = "exclude"  # taken off this caseload replica: never sent


def record_erasure(s: Session, person_id: str, now: datetime) -> bool:
    """In an erasure's transaction: on a replica, the tombstone that carries it to the others. False (nothing
    written) on a store that is not a replica."""
    me = s.scalar(select(ReplicaDeviceRecord).where(ReplicaDeviceRecord.is_self.is_(True)))
    if me is None:
        return False
    me.change_seq += 1
    stamp = aware_utc(now)
    rec = s.get(ReplicaTombstoneRecord, person_id)
    if rec is None:
        s.add(ReplicaTombstoneRecord(person_id=person_id, kind=ERASURE, recorded_at=stamp))
        rec = s.get(ReplicaTombstoneRecord, person_id)
        assert rec is not None
    rec.kind, rec.origin_device_id, rec.change_seq, rec.recorded_at = ERASURE, me.id, me.change_seq, stamp
    s.flush()
    return True


class ReplicaTombstones(ReplicaCore):
    """ReplicaCore plus the tombstone list: what to send, what was taken, who is still to be erased here."""

    def tombstones_since(self, seq: int) -> list[ReplicaTombstoneRecord]:
        return list(
            self.s.scalars(
                select(ReplicaTombstoneRecord)
                .where(ReplicaTombstoneRecord.kind == ERASURE, ReplicaTombstoneRecord.change_seq > seq)
                .order_by(ReplicaTombstoneRecord.change_seq)
            )
        )

    def _ids(self, kind: str) -> set[str]:
        return {
            str(r[0])
            for r in self.s.execute(
                text("SELECT person_id FROM replica_tombstones WHERE kind = :k"), {"k": kind}
            )
        }

    def erased_ids(self) -> set[str]:
        return self._ids(ERASURE)

    def excluded_ids(self) -> set[str]:
        return self._ids(EXCLUDE)

    def take_erasures(self, erasures: list[tuple[str, str | None]]) -> int:
        """(person id, device that erased) from a peer's bundle: new ones are kept with a place in this change
        log, so they are passed on. Returns how many were new here."""
        new = 0
        for person_id, origin in erasures:
            rec = self.s.get(ReplicaTombstoneRecord, person_id)
            if rec is not None and rec.kind == ERASURE:
                continue
            if rec is None:
                rec = ReplicaTombstoneRecord(person_id=person_id, kind=ERASURE, recorded_at=self.now)
                self.s.add(rec)
            rec.kind, rec.origin_device_id, rec.recorded_at = ERASURE, origin, self.now
            rec.change_seq = self._next_change()
            new += 1
        self.s.flush()
        return new

    def mark_excluded(self, person_id: str, by_device: str) -> bool:
        """A peer says this client is no longer on this replica's caseload. False if already marked."""
        if self.s.get(ReplicaTombstoneRecord, person_id) is not None:
            return False
        self.s.add(
            ReplicaTombstoneRecord(
                person_id=person_id, kind=EXCLUDE, origin_device_id=by_device, recorded_at=self.now
            )
        )
        self.s.flush()
        return True

    def lift_exclusion(self, person_id: str) -> None:
        """The client is back on this caseload (a peer sent their rows again)."""
        self.s.execute(
            text("DELETE FROM replica_tombstones WHERE person_id = :p AND kind = :k"),
            {"p": person_id, "k": EXCLUDE},
        )

    def pending_erasures(self) -> list[tuple[str, str, str]]:
        """(id, force reference, name) of every person tombstoned here whose rows are still held."""
        return self._held_with(ERASURE)

    def pending_exclusions(self) -> list[tuple[str, str, str]]:
        """Clients to take off this replica: marked excluded, still held, and nothing this replica wrote to them
        still unacknowledged by the device that sent the exclusion (so nothing written here is lost). A record
        changed here since that acknowledgement holds a write of this device's when one of its field values
        carries this device's dot; an append-only row cannot tell, so it waits for the acknowledgement."""
        me = self.me().id
        out = []
        for pid, ref, name in self._held_with(EXCLUDE):
            unsent = self.s.execute(
                text(
                    "SELECT r.table_name, r.record_id FROM replica_rows r WHERE r.person_id = :p AND "
                    "r.change_seq > coalesce((SELECT d.acked_through FROM replica_devices d WHERE d.id = "
                    "(SELECT t.origin_device_id FROM replica_tombstones t WHERE t.person_id = :p)), 0)"
                ),
                {"p": pid},
            ).all()
            if not any(self._written_here(str(t), str(r), me) for t, r in unsent):
                out.append((pid, ref, name))
        return out

    def _written_here(self, table: str, record_id: str, me: str) -> bool:
        regs = self.registers(table, [record_id]).get(record_id)
        if regs is None:  # an append-only row (or one with no registers): assume it may be ours
            return True
        return any(dot.device == me for reg in regs.values() for _v, dot in reg.values)

    def _held_with(self, kind: str) -> list[tuple[str, str, str]]:
        rows = self.s.execute(
            text(
                "SELECT p.id, p.force_reference, p.first_name || ' ' || p.last_name FROM replica_tombstones t "
                "JOIN people p ON p.id = t.person_id WHERE t.kind = :k ORDER BY p.id"
            ),
            {"k": kind},
        ).all()
        return [(str(a), str(b), str(c)) for a, b, c in rows]


def replica_user_id(store: Any, username: str, role: Role) -> str | None:
    """The id a user added on the manager's replica has there, if its bundles named them here (pending): an
    admin adding them on this replica gives them that id, so records naming them apply."""
    with store.session() as s:
        found = s.scalar(
            select(ReplicaUserRecord.id).where(
                ReplicaUserRecord.username == username,
                ReplicaUserRecord.role == role.value,
                ReplicaUserRecord.state == "pending",
            )
        )
    return str(found) if found is not None else None
