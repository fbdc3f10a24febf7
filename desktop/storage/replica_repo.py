"""The replica tables' one writer: change capture, the rows a peer has not got yet, merging a peer's rows in.

A replicated table's rows are read and written as plain column values (dates and times as SQLite holds them,
bytes as base64), so every replica writes exactly what another one held. The rules are desktop.domain.replicas;
this module only keeps their state in the database. docs/replicas.md describes the whole.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from desktop.domain.clock import aware_utc
from desktop.domain.ids import new_id
from desktop.domain.replicas import (
    AppendRow,
    Dot,
    JsonValue,
    Register,
    canonical,
    conflict_key,
    merge,
    merge_append,
    write,
)

from .replica_records import (
    ReplicaConflictRecord,
    ReplicaDeviceRecord,
    ReplicaRowRecord,
)
from .types import utc_text

# Parents before children (foreign keys). Fields of these are merged one by one, conflicts kept.
FIELD_TABLES: tuple[str, ...] = (
    "people",
    "referrals",
    "consents",
    "contracts",
    "conditions",
    "victim_contacts",
    "appointments",
    "onward_referrals",
)
# Written once (a draft may be completed later): merged as a union, never a conflict.
APPEND_TABLES: tuple[str, ...] = (
    "evidence",
    "contract_variations",
    "contract_scans",
    "assessments",
    "safety_actions",
)
REPLICATED: tuple[str, ...] = FIELD_TABLES + APPEND_TABLES
BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "row_version"})

_CONTRACT_PERSON = "(SELECT k.person_id FROM contracts k WHERE k.id = t.contract_id)"
PERSON_OF: dict[str, str] = {
    "people": "t.id",
    "referrals": "t.person_id",
    "consents": "t.person_id",
    "contracts": "t.person_id",
    "appointments": "t.person_id",
    "assessments": "t.person_id",
    "safety_actions": "t.person_id",
    "onward_referrals": "t.person_id",
    "victim_contacts": "t.person_id",
    "conditions": _CONTRACT_PERSON,
    "contract_variations": _CONTRACT_PERSON,
    "contract_scans": _CONTRACT_PERSON,
    "evidence": (
        "(SELECT k.person_id FROM conditions c JOIN contracts k ON k.id = c.contract_id "
        "WHERE c.id = t.condition_id)"
    ),
}


def encode(value: object) -> JsonValue:
    if isinstance(value, bytes | memoryview):
        return {"b64": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def decode(value: JsonValue) -> object:
    if isinstance(value, dict) and set(value) == {"b64"}:
        return base64.b64decode(str(value["b64"]))
    return value


def row_hash(content: Mapping[str, JsonValue]) -> str:
    return hashlib.sha256(canonical(dict(content)).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class RowChange:
    """One record as a bundle carries it: every field's register (field tables) or the row (append tables)."""

    table: str
    record_id: str
    person_id: str | None
    registers: dict[str, Register] = field(default_factory=dict)
    append: AppendRow | None = None


@dataclass(slots=True)
class ApplyStats:
    rows_changed: int = 0
    fields_taken: int = 0
    conflicts_opened: int = 0
    conflicts_settled: int = 0
    skipped: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Conflict:
    id: str
    table: str
    record_id: str
    field: str
    values: list[JsonValue]
    devices: list[str]
    detected_at: datetime
    resolved_by: str | None
    resolved_at: datetime | None
    person_id: str | None = None  # whose record it is (None when unknown)


def signing_refusal(session: Session) -> str | None:
    """Why returns may not be signed in this store: it is a replica, and not the manager's. None on the
    manager's replica and on a store never replicated."""
    me = session.scalar(select(ReplicaDeviceRecord).where(ReplicaDeviceRecord.is_self.is_(True)))
    if me is None or me.is_manager:
        return None
    return (
        f"returns are signed on the manager's replica only; this store is the replica {me.name!r} "
        "(sign there after the next exchange)"
    )


def _columns(s: Session, table: str) -> list[str]:
    return [str(r[1]) for r in s.execute(text(f'PRAGMA table_info("{table}")'))]


def _content(row: Mapping[str, Any], columns: Iterable[str]) -> dict[str, JsonValue]:
    return {c: encode(row[c]) for c in columns if c not in BOOKKEEPING}


class ReplicaRepository:
    """Every write of the replica tables, inside the caller's transaction (store.write())."""

    def __init__(self, session: Session, now: datetime) -> None:
        self.s = session
        self.now = aware_utc(now)
        self._now_text = utc_text(self.now)  # as a UtcDateTime column holds it, for the raw SQL below
        self._self: ReplicaDeviceRecord | None = None
        self._pending: dict[tuple[str, str, str], str] = {}

    # -- devices -------------------------------------------------------------------------------------------
    def me(self) -> ReplicaDeviceRecord:
        if self._self is None:
            rec = self.s.scalar(select(ReplicaDeviceRecord).where(ReplicaDeviceRecord.is_self.is_(True)))
            if rec is None:
                raise LookupError("this store is not a replica yet")
            self._self = rec
        return self._self

    def me_or_none(self) -> ReplicaDeviceRecord | None:
        try:
            return self.me()
        except LookupError:
            return None

    def devices(self) -> list[ReplicaDeviceRecord]:
        return list(self.s.scalars(select(ReplicaDeviceRecord).order_by(ReplicaDeviceRecord.name)))

    def device(self, device_id: str) -> ReplicaDeviceRecord | None:
        return self.s.get(ReplicaDeviceRecord, device_id)

    def peers(self) -> list[ReplicaDeviceRecord]:
        return [d for d in self.devices() if not d.is_self and d.revoked_at is None]

    def _tick(self) -> Dot:
        me = self.me()
        me.counter += 1
        return Dot(me.counter, me.id)

    def _next_change(self) -> int:
        me = self.me()
        me.change_seq += 1
        return me.change_seq

    # -- registers -----------------------------------------------------------------------------------------
    def registers(self, table: str, ids: Iterable[str] | None = None) -> dict[str, dict[str, Register]]:
        """The registers of `table` (only those of records `ids`, when given), by record id then field."""
        out: dict[str, dict[str, Register]] = {}
        sql = "SELECT record_id, field, state_json FROM replica_registers WHERE table_name = :t"
        if ids is None:
            batches: list[list[str]] = [[]]
        else:
            wanted = sorted(set(ids))
            if not wanted:
                return out
            batches = [wanted[i : i + 500] for i in range(0, len(wanted), 500)]
        for batch in batches:
            q = sql + (" AND record_id IN (SELECT value FROM json_each(:ids))" if ids is not None else "")
            for rid, name, state in self.s.execute(text(q), {"t": table, "ids": json.dumps(batch)}):
                out.setdefault(str(rid), {})[str(name)] = Register.from_json(json.loads(state))
        return out

    def _save_register(self, table: str, record_id: str, name: str, reg: Register) -> None:
        """Queued; written in one statement by _flush_registers (thousands at a time at first capture)."""
        state = json.dumps(reg.to_json(), sort_keys=True, separators=(",", ":"))
        self._pending[(table, record_id, name)] = state

    def _flush_registers(self) -> None:
        if self._pending:
            self.s.execute(
                text(
                    "INSERT INTO replica_registers (table_name, record_id, field, state_json) "
                    "VALUES (:t, :r, :f, :j) ON CONFLICT (table_name, record_id, field) "
                    "DO UPDATE SET state_json = excluded.state_json"
                ),
                [{"t": t, "r": r, "f": f, "j": j} for (t, r, f), j in self._pending.items()],
            )
            self._pending.clear()

    def _rows_state(self, table: str) -> dict[str, ReplicaRowRecord]:
        return {
            r.record_id: r
            for r in self.s.scalars(select(ReplicaRowRecord).where(ReplicaRowRecord.table_name == table))
        }

    def _table_rows(self, table: str, record_id: str | None = None) -> list[Mapping[str, Any]]:
        where = " WHERE t.id = :id" if record_id is not None else ""
        sql = f'SELECT t.*, {PERSON_OF[table]} AS "__person" FROM "{table}" t{where}'
        return [dict(r._mapping) for r in self.s.execute(text(sql), {"id": record_id})]

    # -- capture: local edits made through the app become writes ----------------------------------------
    def capture(self, actor: str) -> int:
        """Compare every replicated row with what was last seen; each changed field becomes a write (a new dot).
        Returns the number of records changed. A field edited while in conflict resolves the conflict."""
        changed = 0
        for table in REPLICATED:
            columns = _columns(self.s, table)
            seen = self._rows_state(table)
            todo = []
            for row in self._table_rows(table):
                content = _content(row, columns)
                digest = row_hash(content)
                state = seen.get(str(row["id"]))
                if state is None or state.row_hash != digest:
                    todo.append((row, content, digest, state))
            regs = self.registers(table, [str(r["id"]) for r, *_ in todo]) if table in FIELD_TABLES else {}
            for row, content, digest, state in todo:
                rid = str(row["id"])
                seq = self._next_change()
                changed += 1
                if table in FIELD_TABLES:
                    mine = regs.get(rid, {})
                    for name, value in content.items():
                        reg = mine.get(name, Register.empty())
                        if reg.values and reg.holds(value):
                            continue
                        new = write(reg, value, self._tick())
                        self._save_register(table, rid, name, new)
                        if reg.in_conflict:
                            self._settle(table, rid, name, actor, value)
                if state is None:
                    self.s.add(
                        ReplicaRowRecord(
                            table_name=table,
                            record_id=rid,
                            person_id=row["__person"],
                            row_hash=digest,
                            append_version=1,
                            change_seq=seq,
                        )
                    )
                else:
                    state.row_hash = digest
                    state.person_id = row["__person"]
                    state.change_seq = seq
                    state.append_version += 1 if table in APPEND_TABLES else 0
            self._flush_registers()
        self.s.flush()
        return changed

    # -- export --------------------------------------------------------------------------------------------
    def changes_since(self, seq: int, caseload_user_id: str | None) -> list[RowChange]:
        """Every record changed after `seq` in this replica's change log; for a caseload device, only the
        records of that keyworker's clients."""
        allowed: set[str] | None = None
        if caseload_user_id is not None:
            allowed = {
                str(r[0])
                for r in self.s.execute(
                    text("SELECT id FROM people WHERE keyworker_id = :k"), {"k": caseload_user_id}
                )
            }
        out: list[RowChange] = []
        for table in REPLICATED:
            rows = [
                r
                for r in self.s.scalars(
                    select(ReplicaRowRecord).where(
                        ReplicaRowRecord.table_name == table, ReplicaRowRecord.change_seq > seq
                    )
                )
                if allowed is None or r.person_id in allowed
            ]
            if not rows:
                continue
            if table in FIELD_TABLES:
                regs = self.registers(table, [r.record_id for r in rows])
                out += [RowChange(table, r.record_id, r.person_id, regs.get(r.record_id, {})) for r in rows]
            else:
                columns = _columns(self.s, table)
                for r in rows:
                    found = self._table_rows(table, r.record_id)
                    if found:
                        row = AppendRow(r.append_version, _content(found[0], columns))
                        out.append(RowChange(table, r.record_id, r.person_id, append=row))
        return out

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
            columns = _columns(self.s, table)
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
        local = AppendRow(state.append_version, _content(found[0], columns)) if found and state else None
        if found and state is None:
            local = AppendRow(1, _content(found[0], columns))
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
        digest = row_hash(_content(row, columns))
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
        columns = _columns(self.s, table)
        self._seen(table, columns, rid, self._rows_state(table), None)
        self._settle(table, rid, name, actor, value)
        self._flush_registers()
        self.s.flush()
        return next(c for c in self.conflicts(unresolved_only=False) if c.id == conflict_id)

    # -- comparing replicas (tests, `replica status`) ----------------------------------------------------
    def unresolved_keys(self) -> frozenset[str]:
        out: set[str] = set()
        for table in FIELD_TABLES:
            for rid, fields in self.registers(table).items():
                for name, reg in fields.items():
                    if reg.in_conflict:
                        out.add(conflict_key(table, rid, name, reg))
        return frozenset(out)

    def data_digest(self) -> dict[str, dict[str, str]]:
        """table -> record id -> hash of the row's content: equal on replicas holding the same data."""
        out: dict[str, dict[str, str]] = {}
        for table in REPLICATED:
            columns = _columns(self.s, table)
            out[table] = {str(r["id"]): row_hash(_content(r, columns)) for r in self._table_rows(table)}
        return out
