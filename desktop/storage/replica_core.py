"""The replica tables' common ground: what is replicated, how a row's values are carried, and the repository's
base (the device list, the change counters, the registers, reading rows). Merging is replica_merge, conflicts
replica_conflicts, capture and export replica_repo. docs/replicas.md describes the whole.

A replicated table's rows are read and written as plain column values (dates and times as SQLite holds them,
bytes as base64), so every replica writes exactly what another one held.
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
from sqlalchemy.orm import Session

from desktop.domain.replicas import AppendRow, Dot, JsonValue, Register, canonical

from .replica_records import ReplicaDeviceRecord, ReplicaRowRecord

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
    skipped: list[str] = field(default_factory=list)  # not applied yet: the sender sends them again
    refused: list[str] = field(default_factory=list)  # outside the sender's caseload: refused for good
    erased: int = 0  # rows of people erased on some replica: dropped


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


def columns_of(s: Session, table: str) -> list[str]:
    return [str(r[1]) for r in s.execute(text(f'PRAGMA table_info("{table}")'))]


def content_of(row: Mapping[str, Any], columns: Iterable[str]) -> dict[str, JsonValue]:
    return {c: encode(row[c]) for c in columns if c not in BOOKKEEPING}


class ReplicaCore:
    """The base of ReplicaRepository: devices, counters, registers, rows; inside the caller's transaction."""

    def __init__(self, session: Session, now: datetime) -> None:
        self.s = session
        self.now = now.replace(tzinfo=None)
        self._now_text = self.now.isoformat(sep=" ")  # as SQLAlchemy writes a DateTime in SQLite
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
