"""Rules that keep store replicas in step: per-field registers, append-only rows, replay refusal.

Each replicated field of each record is a *register*: the values it holds, each tagged with the *dot* of the write
that made it (``device:counter``, the counter rising on that device with every write), and the *context*, every
dot the register has seen. Merging two registers keeps a value unless the other side has seen its dot and dropped
it, so:

- a field changed on one side only wins (the other side's old value is in the writer's context);
- a field changed on both sides to different values keeps BOTH values: a conflict, shown until someone resolves it
  by writing a value, which overwrites every value it saw;
- merging is commutative, associative and idempotent: replicas that have received the same writes hold the same
  registers whatever the order, the duplicates or the detours the bundles took.

Append-only rows (sessions, evidence, assessments, variations) never conflict: the union of rows, and for a row held
on both sides the higher of (version, content hash) wins. Bundles from one device to another carry a sequence
number; one at or below the last applied is a replay and is refused. No Qt, no SQL, stdlib only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

JsonValue = Any  # None, bool, int, float, str (dates and times as ISO text, bytes as base64 text)


@dataclass(frozen=True, order=True, slots=True)
class Dot:
    """One write: the device that made it and that device's write counter at the time."""

    counter: int
    device: str

    def text(self) -> str:
        return f"{self.device}:{self.counter}"

    @classmethod
    def parse(cls, text: str) -> Dot:
        device, _, counter = text.rpartition(":")
        if not device or not counter.isdigit() or int(counter) < 1:
            raise ValueError(f"not a dot: {text!r}")
        return cls(int(counter), device)


@dataclass(frozen=True, slots=True)
class Register:
    """A multi-value register: (value, dot) pairs and the dots seen. One value: settled; more: a conflict."""

    values: frozenset[tuple[str, Dot]]  # the value as canonical JSON text, and the write that made it
    context: frozenset[Dot]

    @classmethod
    def empty(cls) -> Register:
        return cls(frozenset(), frozenset())

    def distinct_values(self) -> list[JsonValue]:
        """The different values held, in a fixed order (highest dot first)."""
        seen: dict[str, None] = {}
        for text, _dot in sorted(self.values, key=lambda p: p[1], reverse=True):
            seen.setdefault(text, None)
        return [json.loads(t) for t in seen]

    @property
    def in_conflict(self) -> bool:
        return len({text for text, _ in self.values}) > 1

    def shown(self) -> JsonValue:
        """The value a table column holds: the only value, or in a conflict the one with the highest dot (every
        replica picks the same one; the others stay in the register until resolved)."""
        if not self.values:
            return None
        return json.loads(max(self.values, key=lambda p: p[1])[0])

    def holds(self, value: JsonValue) -> bool:
        text = canonical(value)
        return any(t == text for t, _ in self.values)

    def to_json(self) -> dict[str, Any]:
        return {
            "values": [[json.loads(t), d.text()] for t, d in sorted(self.values, key=lambda p: p[1])],
            "context": [d.text() for d in sorted(self.context)],
        }

    @classmethod
    def from_json(cls, obj: Mapping[str, Any]) -> Register:
        values = frozenset((canonical(v), Dot.parse(str(d))) for v, d in obj["values"])
        context = frozenset(Dot.parse(str(d)) for d in obj["context"])
        if not {d for _, d in values} <= context:
            raise ValueError("a register's values must be within its context")
        return cls(values, context)


def canonical(value: JsonValue) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def write(register: Register, value: JsonValue, dot: Dot) -> Register:
    """A local write: `value` replaces every value this replica holds (they are all in its context)."""
    if dot in register.context:
        raise ValueError(f"dot {dot.text()} was already used")
    return Register(frozenset({(canonical(value), dot)}), register.context | {dot})


def merge(a: Register, b: Register) -> Register:
    """The registers' join: a value survives unless the other side saw its dot and no longer holds it."""
    a_dots = {d for _, d in a.values}
    b_dots = {d for _, d in b.values}
    kept = {p for p in a.values if p[1] in b_dots or p[1] not in b.context}
    kept |= {p for p in b.values if p[1] in a_dots or p[1] not in a.context}
    return Register(frozenset(kept), a.context | b.context)


class FieldOutcome(StrEnum):
    UNCHANGED = "unchanged"  # nothing new from the other side
    TAKEN = "taken"  # changed on the other side only: its value wins
    CONFLICT = "conflict"  # changed on both sides with different values: both kept
    SETTLED = "settled"  # a conflict resolved elsewhere: one value again


def outcome(before: Register, after: Register) -> FieldOutcome:
    if before == after:
        return FieldOutcome.UNCHANGED
    if after.in_conflict:
        return FieldOutcome.CONFLICT
    return FieldOutcome.SETTLED if before.in_conflict else FieldOutcome.TAKEN


@dataclass(frozen=True, slots=True)
class AppendRow:
    """An append-only row: its version (raised when its owner completes a draft) and its content."""

    version: int
    content: Mapping[str, JsonValue]

    def key(self) -> tuple[int, str]:
        return (self.version, canonical(dict(self.content)))


def merge_append(local: AppendRow | None, incoming: AppendRow) -> AppendRow:
    """Union of rows; for one row held on both sides the higher (version, content) wins, so order never matters."""
    if local is None or incoming.key() > local.key():
        return incoming
    return local


class SequenceVerdict(StrEnum):
    NEW = "new"
    REPLAY = "replay"


def check_sequence(sequence: int, last_applied: int) -> SequenceVerdict:
    """A bundle numbered at or below the last one applied from its sender is a replay (refused). A gap is
    accepted: each bundle holds every change the receiver has not acknowledged, so a lost bundle is covered
    by the next one, and a late older bundle holds nothing the newer one did not."""
    if sequence < 1:
        raise ValueError("a bundle sequence starts at 1")
    return SequenceVerdict.NEW if sequence > last_applied else SequenceVerdict.REPLAY


def conflict_key(table: str, record_id: str, field: str, register: Register) -> str:
    """The same text on every replica for the same unresolved conflict (table, record, field and its writes)."""
    dots = ",".join(d.text() for _, d in sorted(register.values, key=lambda p: p[1]))
    return f"{table}/{record_id}/{field}/{dots}"


def conflict_set(conflicts: Iterable[tuple[str, str, str, Register]]) -> frozenset[str]:
    return frozenset(conflict_key(t, r, f, reg) for t, r, f, reg in conflicts if reg.in_conflict)
