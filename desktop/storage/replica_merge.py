"""Merging a peer's records in: field tables register by register (conflicts kept), append-only tables as a
union. Applying the same records again changes nothing (docs/replicas.md, "Keeping in step")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from desktop.domain.replicas import AppendRow, Register, canonical, merge, merge_append

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

# A record kind held once per parent: two replicas that each make it are merged into one record (the lower id).
NATURAL_KEYS = {"victim_contacts": "condition_id"}


class ReplicaMerge(ReplicaConflicts):
    """ReplicaConflicts plus `apply`: a peer's rows merged into this store."""

    # -- import --------------------------------------------------------------------------------------------
    def apply(
        self, changes: Iterable[RowChange], sender_name: str, *, sender_caseload: str | None = None
    ) -> ApplyStats:
        """Merge a peer's records in, parents first. Applying the same records again changes nothing.

        Rows of a person erased on some replica are dropped. From a caseload device (`sender_caseload`, its
        keyworker's user id) a row of a person not on that caseload is refused (stats.refused)."""
        stats = ApplyStats()
        erased = self.erased_ids()
        excluded = self.excluded_ids()
        by_table: dict[str, list[RowChange]] = {}
        for c in changes:
            by_table.setdefault(c.table, []).append(c)
        former: set[str] = set()
        if sender_caseload is not None:
            former = {c.record_id for c in by_table.get("people", []) if self._was_on(c, sender_caseload)}
        for table in REPLICATED:
            items = by_table.get(table, [])
            if not items:
                continue
            columns = columns_of(self.s, table)
            seen = self._rows_state(table)
            regs = self.registers(table, [c.record_id for c in items]) if table in FIELD_TABLES else {}
            for c in items:
                person = self._person_here(table, c)
                if (person is not None and person in erased) or c.person_id in erased:
                    stats.erased += 1
                    continue
                if (
                    sender_caseload is not None
                    and person not in former
                    and not self._on_caseload(person, table, c, sender_caseload)
                ):
                    stats.refused.append(f"{table} {c.record_id}")
                    continue
                if person is not None and person in excluded:
                    self.lift_exclusion(person)  # sent again: back on this caseload
                    excluded.discard(person)
                if table not in FIELD_TABLES:
                    self._apply_append(table, columns, c, seen, stats)
                    continue
                twin = self._twin(table, c)
                if twin is None:
                    self._apply_fields(table, columns, c, regs.get(c.record_id, {}), seen, sender_name, stats)
                elif twin < c.record_id:  # the same record made on two replicas: the lower id is kept
                    mine = self.registers(table, [twin]).get(twin, {})
                    moved = RowChange(table, twin, c.person_id, c.registers)
                    self._apply_fields(table, columns, moved, mine, seen, sender_name, stats)
                else:
                    mine = self._drop_twin(table, twin, seen)
                    self._apply_fields(table, columns, c, mine, seen, sender_name, stats)
            self._flush_registers()
        self.s.flush()
        return stats

    # -- whose record: caseload refusal ----------------------------------------------------------------------
    def _person_here(self, table: str, c: RowChange) -> str | None:
        """The person a record belongs to, as this store knows it (not as the sender says)."""
        state = self.s.get(ReplicaRowRecord, (table, c.record_id))
        if state is not None:
            return state.person_id
        if table == "people":
            return c.record_id
        if c.append is not None:
            content: dict[str, object] = dict(c.append.content)
        else:
            content = {n: r.shown() for n, r in c.registers.items() if r.values}
        for key, sql in (
            ("person_id", None),
            ("contract_id", "SELECT person_id FROM contracts WHERE id = :v"),
            (
                "condition_id",
                "SELECT k.person_id FROM conditions c JOIN contracts k ON k.id = c.contract_id WHERE c.id = :v",
            ),
        ):
            value = content.get(key)
            if value is None:
                continue
            if sql is None:
                return str(value)
            found = self.s.execute(text(sql), {"v": value}).first()
            return str(found[0]) if found else None
        return None

    def _on_caseload(self, person: str | None, table: str, c: RowChange, keyworker_id: str) -> bool:
        """Whether `person` is on `keyworker_id`'s caseload here (a new person: as the record itself says)."""
        if person is None:
            return False
        row = self.s.execute(text("SELECT keyworker_id FROM people WHERE id = :p"), {"p": person}).first()
        if row is not None:
            return bool(row[0] == keyworker_id)
        if table == "people" and "keyworker_id" in c.registers:
            return bool(c.registers["keyworker_id"].shown() == keyworker_id)
        return False

    def _was_on(self, c: RowChange, keyworker_id: str) -> bool:
        """A client reassigned away from a caseload device whose last edits it still sends: its copy of the
        person's keyworker field holds the caseload's keyworker with a write this store has seen (and since
        overwritten). A device never holding the client does not know that write."""
        theirs = c.registers.get("keyworker_id")
        if theirs is None:
            return False
        mine = self.registers("people", [c.record_id]).get(c.record_id, {}).get("keyworker_id")
        if mine is None:
            return False
        wanted = canonical(keyworker_id)
        return any(value == wanted and dot in mine.context for value, dot in theirs.values)

    # -- one record made twice: victim contacts ---------------------------------------------------------------
    def _twin(self, table: str, c: RowChange) -> str | None:
        """Another record of `table` holding the natural key `c` holds (one victim contact per condition): two
        replicas each recorded the first one. None when there is none or `c` is already held."""
        key = NATURAL_KEYS.get(table)
        reg = c.registers.get(key) if key else None
        if key is None or reg is None or not reg.values:
            return None
        if self.s.execute(text(f'SELECT 1 FROM "{table}" WHERE id = :id'), {"id": c.record_id}).first():
            return None
        found = self.s.execute(
            text(f'SELECT id FROM "{table}" WHERE "{key}" = :v AND id != :id'),
            {"v": decode(reg.shown()), "id": c.record_id},
        ).first()
        return str(found[0]) if found else None

    def _drop_twin(self, table: str, twin: str, seen: dict[str, ReplicaRowRecord]) -> dict[str, Register]:
        """Take the local twin out (its registers are merged into the record kept, under the kept id)."""
        mine = self.registers(table, [twin]).get(twin, {})
        for sql in (
            f'DELETE FROM "{table}" WHERE id = :id',
            "DELETE FROM replica_registers WHERE table_name = :t AND record_id = :id",
            "DELETE FROM replica_conflicts WHERE table_name = :t AND record_id = :id",
        ):
            self.s.execute(text(sql), {"t": table, "id": twin})
        self._pending = {k: v for k, v in self._pending.items() if k[1] != twin}
        state = seen.pop(twin, None)
        if state is not None:
            self.s.delete(state)
            self.s.flush()
        return mine

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
            self._upsert(table, c.record_id, values, exists)
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

    def _upsert(self, table: str, record_id: str, values: dict[str, Any], exists: bool) -> None:
        """One row's merged values written in a savepoint: an UPDATE bumping row_version, or an INSERT of version 1.
        A database error rolls the savepoint back and reaches the caller, who skips the row."""
        params = {**values, "__now": self._now_text, "__id": record_id}
        with self.s.begin_nested():
            if exists:
                sets = ", ".join(f'"{n}" = :{n}' for n in values)
                sql = (
                    f'UPDATE "{table}" SET {sets}, row_version = row_version + 1, '
                    "updated_at = :__now WHERE id = :__id"
                )
            else:
                names = ", ".join(f'"{n}"' for n in values)
                marks = ", ".join(f":{n}" for n in values)
                sql = (
                    f'INSERT INTO "{table}" (id, created_at, updated_at, row_version, {names}) '
                    f"VALUES (:__id, :__now, :__now, 1, {marks})"
                )
            self.s.execute(text(sql), params)

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
            self._upsert(table, c.record_id, values, bool(found))
        except DatabaseError as exc:
            stats.skipped.append(f"{table} {c.record_id}: {type(exc.orig or exc).__name__}")
            return
        self._seen(table, columns, c.record_id, seen, winner.version)
        stats.rows_changed += 1
