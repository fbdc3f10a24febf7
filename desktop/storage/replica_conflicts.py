"""Conflicts of replicated fields: opened when a merge keeps two values, settled by an edit or a resolution,
and listed for the Replicas window and `replica conflicts` (docs/replicas.md, "Conflicts shown, never lost").
Also what every merge and resolution shares: marking a row as seen, and re-indexing a person."""

from __future__ import annotations

import json

from sqlalchemy import select, text

from desktop.domain.ids import new_id
from desktop.domain.replicas import JsonValue, Register, canonical, conflict_key, write

from .replica_core import Conflict, columns_of, content_of, decode, row_hash
from .replica_records import ReplicaConflictRecord, ReplicaRowRecord
from .replica_tombstones import ReplicaTombstones


class ReplicaConflicts(ReplicaTombstones):
    """ReplicaTombstones plus the conflict list and the writes that settle it."""

    def _seen(
        self,
        table: str,
        columns: list[str],
        record_id: str,
        seen: dict[str, ReplicaRowRecord],
        append_version: int | None,
    ) -> None:
        """The row as it now stands is what this replica has seen (capture will not take it for a local edit);
        its place in the change log moves on, so it is passed on to the other peers."""
        row = self._table_rows(table, record_id)[0]
        state = seen.get(record_id)
        seq = self._next_change()
        digest = row_hash(content_of(row, columns))
        if state is None:
            state = ReplicaRowRecord(
                table_name=table,
                record_id=record_id,
                person_id=row["__person"],
                row_hash=digest,
                append_version=append_version or 1,
                change_seq=seq,
            )
            self.s.add(state)
            seen[record_id] = state
        else:
            state.row_hash = digest
            state.person_id = row["__person"]
            state.change_seq = seq
            if append_version is not None:
                state.append_version = append_version

    def _reindex(self, person_id: str) -> None:
        self.s.execute(text("DELETE FROM person_search WHERE person_id = :id"), {"id": person_id})
        self.s.execute(
            text(
                "INSERT INTO person_search (person_id, name, reference) SELECT id, first_name || ' ' || "
                "last_name, trim(force_reference || ' ' || coalesce(pnc_id, '')) FROM people WHERE id = :id"
            ),
            {"id": person_id},
        )

    # -- conflicts -----------------------------------------------------------------------------------------
    def _device_names(self, reg: Register) -> list[str]:
        """The device that wrote each of reg.distinct_values(), in the same order."""
        names = {d.id: d.name for d in self.devices()}
        by_value: dict[str, str] = {}
        for text_, dot in sorted(reg.values, key=lambda p: p[1], reverse=True):
            by_value.setdefault(text_, names.get(dot.device, dot.device))
        return list(by_value.values())

    def _open(self, table: str, record_id: str, name: str) -> list[ReplicaConflictRecord]:
        return list(
            self.s.scalars(
                select(ReplicaConflictRecord).where(
                    ReplicaConflictRecord.table_name == table,
                    ReplicaConflictRecord.record_id == record_id,
                    ReplicaConflictRecord.field == name,
                    ReplicaConflictRecord.resolved_at.is_(None),
                )
            )
        )

    def _open_conflict(self, table: str, record_id: str, name: str, reg: Register) -> int:
        key = conflict_key(table, record_id, name, reg)
        opened = 0
        for old in self._open(table, record_id, name):
            if old.conflict_key != key:
                old.resolved_at, old.resolved_by, old.resolution = self.now, "superseded", None
        if (
            self.s.scalar(select(ReplicaConflictRecord).where(ReplicaConflictRecord.conflict_key == key))
            is None
        ):
            self.s.add(
                ReplicaConflictRecord(
                    id=new_id(),
                    conflict_key=key,
                    table_name=table,
                    record_id=record_id,
                    field=name,
                    values_json=json.dumps(reg.distinct_values(), ensure_ascii=False),
                    devices_json=json.dumps(self._device_names(reg), ensure_ascii=False),
                    detected_at=self.now,
                )
            )
            opened = 1
        return opened

    def _settle(self, table: str, record_id: str, name: str, by: str, value: JsonValue) -> int:
        settled = 0
        for old in self._open(table, record_id, name):
            old.resolved_at, old.resolved_by, old.resolution = self.now, by, canonical(value)
            settled += 1
        return settled

    def conflicts(self, *, unresolved_only: bool = True) -> list[Conflict]:
        q = select(ReplicaConflictRecord).order_by(
            ReplicaConflictRecord.detected_at, ReplicaConflictRecord.id
        )
        if unresolved_only:
            q = q.where(ReplicaConflictRecord.resolved_at.is_(None))
        return [
            Conflict(
                r.id,
                r.table_name,
                r.record_id,
                r.field,
                json.loads(r.values_json),
                json.loads(r.devices_json),
                r.detected_at,
                r.resolved_by,
                r.resolved_at,
                self._person_of(r.table_name, r.record_id),
            )
            for r in self.s.scalars(q)
        ]

    def _person_of(self, table: str, record_id: str) -> str | None:
        state = self.s.get(ReplicaRowRecord, (table, record_id))
        return state.person_id if state is not None else None

    def resolve(self, conflict_id: str, value: JsonValue, actor: str) -> Conflict:
        """Write `value` over every value the field holds; the record shows it; the conflict is closed here
        and, once the write reaches them, on every other replica."""
        rec = self.s.get(ReplicaConflictRecord, conflict_id)
        if rec is None or rec.resolved_at is not None:
            raise LookupError(f"no open conflict {conflict_id}")
        table, rid, name = rec.table_name, rec.record_id, rec.field
        reg = self.registers(table, [rid]).get(rid, {}).get(name, Register.empty())
        new = write(reg, value, self._tick())
        self._save_register(table, rid, name, new)
        self.s.execute(
            text(
                f'UPDATE "{table}" SET "{name}" = :v, row_version = row_version + 1, updated_at = :now '
                "WHERE id = :id"
            ),
            {"v": decode(value), "now": self._now_text, "id": rid},
        )
        if table == "people":
            self._reindex(rid)
        columns = columns_of(self.s, table)
        self._seen(table, columns, rid, self._rows_state(table), None)
        self._settle(table, rid, name, actor, value)
        self._flush_registers()
        self.s.flush()
        return next(c for c in self.conflicts(unresolved_only=False) if c.id == conflict_id)
