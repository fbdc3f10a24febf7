"""Merging a peer's records in: field tables register by register (conflicts kept), append-only tables as a
union. Applying the same records again changes nothing (docs/replicas.md, "Keeping in step")."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from desktop.domain.replicas import AppendRow, Register, merge, merge_append

from .replica_conflicts import ReplicaConflicts
from .replica_core import (
    BOOKKEEPING,
    FIELD_TABLES,
    REPLICATED,
    ApplyStats,
    RowChange,
    columns_of,
    content_of,
    decode,
)
from .replica_records import ReplicaRowRecord


class ReplicaMerge(ReplicaConflicts):
    """ReplicaConflicts plus `apply`: a peer's rows merged into this store."""

    # -- import --------------------------------------------------------------------------------------------
    def apply(self, changes: Iterable[RowChange], sender_name: str) -> ApplyStats:
        """Merge a peer's records in, parents first. Applying the same records again changes nothing."""
        stats = ApplyStats()
        by_table: dict[str, list[RowChange]] = {}
        for c in changes:
            by_table.setdefault(c.table, []).append(c)
        for table in REPLICATED:
            items = by_table.get(table, [])
            if not items:
                continue
            columns = columns_of(self.s, table)
            seen = self._rows_state(table)
            if table in FIELD_TABLES:
                regs = self.registers(table, [c.record_id for c in items])
                for c in items:
                    self._apply_fields(table, columns, c, regs.get(c.record_id, {}), seen, sender_name, stats)
            else:
                for c in items:
                    self._apply_append(table, columns, c, seen, stats)
            self._flush_registers()
        self.s.flush()
        return stats

    def _apply_fields(
        self,
        table: str,
        columns: list[str],
        c: RowChange,
        local: dict[str, Register],
        seen: dict[str, ReplicaRowRecord],
        sender: str,
        stats: ApplyStats,
    ) -> None:
        wanted = [n for n in columns if n not in BOOKKEEPING]
        merged: dict[str, Register] = {}
        for name in wanted:
            mine = local.get(name, Register.empty())
            theirs = c.registers.get(name)
            merged[name] = mine if theirs is None else merge(mine, theirs)
        if all(merged[n] == local.get(n, Register.empty()) for n in wanted):
            return
        exists = bool(
            self.s.execute(text(f'SELECT 1 FROM "{table}" WHERE id = :id'), {"id": c.record_id}).first()
        )
        if not exists and any(not merged[n].values for n in wanted):
            stats.skipped.append(f"{table} {c.record_id}: incomplete record")
            return
        values = {n: decode(merged[n].shown()) for n in wanted}
        try:
            with self.s.begin_nested():
                if exists:
                    sets = ", ".join(f'"{n}" = :{n}' for n in wanted)
                    self.s.execute(
                        text(
                            f'UPDATE "{table}" SET {sets}, row_version = row_version + 1, '
                            f"updated_at = :__now WHERE id = :__id"
                        ),
                        {**values, "__now": self._now_text, "__id": c.record_id},
                    )
                else:
                    names = ", ".join(f'"{n}"' for n in wanted)
                    marks = ", ".join(f":{n}" for n in wanted)
                    self.s.execute(
                        text(
                            f'INSERT INTO "{table}" (id, created_at, updated_at, row_version, {names}) '
                            f"VALUES (:__id, :__now, :__now, 1, {marks})"
                        ),
                        {**values, "__now": self._now_text, "__id": c.record_id},
                    )
        except DatabaseError as exc:  # the savepoint is rolled back; the rest of the bundle goes on
            stats.skipped.append(f"{table} {c.record_id}: {type(exc.orig or exc).__name__}")
            return
        for name in wanted:
            before = local.get(name, Register.empty())
            after = merged[name]
            if after == before:
                continue
            self._save_register(table, c.record_id, name, after)
            stats.fields_taken += 1
            if after.in_conflict:
                stats.conflicts_opened += self._open_conflict(table, c.record_id, name, after)
            elif before.in_conflict:
                stats.conflicts_settled += self._settle(table, c.record_id, name, sender, after.shown())
        if table == "people":
            self._reindex(c.record_id)
        self._seen(table, columns, c.record_id, seen, None)
        stats.rows_changed += 1

    def _apply_append(
        self,
        table: str,
        columns: list[str],
        c: RowChange,
        seen: dict[str, ReplicaRowRecord],
        stats: ApplyStats,
    ) -> None:
        assert c.append is not None
        found = self._table_rows(table, c.record_id)
        state = seen.get(c.record_id)
        local = AppendRow(state.append_version, content_of(found[0], columns)) if found and state else None
        if found and state is None:
            local = AppendRow(1, content_of(found[0], columns))
        winner = merge_append(local, c.append)
        if winner == local:
            return
        values = {n: decode(v) for n, v in winner.content.items() if n in columns}
        try:
            with self.s.begin_nested():
                if found:
                    sets = ", ".join(f'"{n}" = :{n}' for n in values)
                    self.s.execute(
                        text(
                            f'UPDATE "{table}" SET {sets}, row_version = row_version + 1, '
                            "updated_at = :__now WHERE id = :__id"
                        ),
                        {**values, "__now": self._now_text, "__id": c.record_id},
                    )
                else:
                    names = ", ".join(f'"{n}"' for n in values)
                    marks = ", ".join(f":{n}" for n in values)
                    self.s.execute(
                        text(
                            f'INSERT INTO "{table}" (id, created_at, updated_at, row_version, {names}) '
                            f"VALUES (:__id, :__now, :__now, 1, {marks})"
                        ),
                        {**values, "__now": self._now_text, "__id": c.record_id},
                    )
        except DatabaseError as exc:
            stats.skipped.append(f"{table} {c.record_id}: {type(exc.orig or exc).__name__}")
            return
        self._seen(table, columns, c.record_id, seen, winner.version)
        stats.rows_changed += 1
