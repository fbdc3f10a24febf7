"""The replica tables' one writer: change capture, the rows a peer has not got yet, merging a peer's rows in.

The rules are desktop.domain.replicas; these modules only keep their state in the database:
replica_core (what is replicated, devices, registers), replica_conflicts, replica_merge (import), and this one
(capture of local edits, export, comparing replicas). docs/replicas.md describes the whole.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select, text

from desktop.domain.replicas import AppendRow, Register, conflict_key, write

from .replica_core import (
    APPEND_TABLES,
    BOOKKEEPING,
    FIELD_TABLES,
    PERSON_OF,
    REPLICATED,
    ApplyStats,
    Conflict,
    RowChange,
    columns_of,
    content_of,
    decode,
    encode,
    row_hash,
    signing_refusal,
)
from .replica_merge import ReplicaMerge
from .replica_records import ReplicaRowRecord

__all__ = [
    "APPEND_TABLES",
    "BOOKKEEPING",
    "FIELD_TABLES",
    "PERSON_OF",
    "REPLICATED",
    "ApplyStats",
    "Conflict",
    "ReplicaRepository",
    "RowChange",
    "decode",
    "encode",
    "row_hash",
    "signing_refusal",
]


class ReplicaRepository(ReplicaMerge):
    """Every write of the replica tables, inside the caller's transaction (store.write())."""

    # -- capture: local edits made through the app become writes ----------------------------------------
    def capture(self, actor: str) -> int:
        """Compare every replicated row with what was last seen; each changed field becomes a write (a new dot).
        Returns the number of records changed. A field edited while in conflict resolves the conflict."""
        changed = 0
        for table in REPLICATED:
            columns = columns_of(self.s, table)
            seen = self._rows_state(table)
            todo = []
            for row in self._table_rows(table):
                content = content_of(row, columns)
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
    def changes_since(
        self, seq: int, caseload_user_id: str | None, *, also_people: Iterable[str] = ()
    ) -> list[RowChange]:
        """Every record changed after `seq` in this replica's change log; for a caseload device, only the
        records of that keyworker's clients, and every record of a client whose own row changed (one just
        reassigned to that keyworker arrives whole; merging what the device already holds changes nothing).
        `also_people`: people whose own row goes too (a laptop's clients reassigned away, whose last edits it
        still sends: their row shows the recipient they were on this caseload)."""
        also = sorted(set(also_people))
        allowed: set[str] | None = None
        whole: list[str] = []
        if caseload_user_id is not None:
            allowed = {
                str(r[0])
                for r in self.s.execute(
                    text("SELECT id FROM people WHERE keyworker_id = :k"), {"k": caseload_user_id}
                )
            }
            whole = sorted(
                str(r[0])
                for r in self.s.execute(
                    text(
                        "SELECT record_id FROM replica_rows WHERE table_name = 'people' AND change_seq > :n"
                    ),
                    {"n": seq},
                )
                if str(r[0]) in allowed
            )
        out: list[RowChange] = []
        for table in REPLICATED:
            since = ReplicaRowRecord.change_seq > seq
            if whole:
                since = since | ReplicaRowRecord.person_id.in_(whole)
            if table == "people" and also:
                since = since | ReplicaRowRecord.record_id.in_(also)
            rows = [
                r
                for r in self.s.scalars(
                    select(ReplicaRowRecord).where(ReplicaRowRecord.table_name == table, since)
                )
                if allowed is None or r.person_id in allowed
            ]
            if not rows:
                continue
            if table in FIELD_TABLES:
                regs = self.registers(table, [r.record_id for r in rows])
                out += [RowChange(table, r.record_id, r.person_id, regs.get(r.record_id, {})) for r in rows]
            else:
                columns = columns_of(self.s, table)
                for r in rows:
                    found = self._table_rows(table, r.record_id)
                    if found:
                        row = AppendRow(r.append_version, content_of(found[0], columns))
                        out.append(RowChange(table, r.record_id, r.person_id, append=row))
        return out

    def left_caseload_since(self, seq: int, caseload_user_id: str) -> list[str]:
        """Ids of the people any of whose records changed after `seq` and who are not on `caseload_user_id`'s
        caseload: the caseload device takes them off if it holds them (random ids only: nothing else about
        them). Sent again whenever one of their records changes, so a laptop that still had an edit of its own
        to send is told again once that edit has arrived."""
        return [
            str(r[0])
            for r in self.s.execute(
                text(
                    "SELECT DISTINCT p.id FROM replica_rows r JOIN people p ON p.id = r.person_id "
                    "WHERE r.change_seq > :n AND (p.keyworker_id IS NULL OR p.keyworker_id != :k) ORDER BY p.id"
                ),
                {"n": seq, "k": caseload_user_id},
            )
        ]

    def people_on_record(self) -> list[tuple[str, str, str]]:
        """(id, force reference, name) of everyone this store holds."""
        rows = self.s.execute(
            text("SELECT id, force_reference, first_name || ' ' || last_name FROM people ORDER BY id")
        ).all()
        return [(str(a), str(b), str(c)) for a, b, c in rows]

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
            columns = columns_of(self.s, table)
            out[table] = {str(r["id"]): row_hash(content_of(r, columns)) for r in self._table_rows(table)}
        return out
