"""Detached rows of the returns store, as the repository hands them out (no ORM objects leave storage)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

from desktop.domain.returns import Month

from .return_records import LOCKED_STATES


@dataclass(frozen=True, slots=True)
class StoredReturn:
    """One return as the queue shows it; `content_json` and `pdf` are filled by `get` only."""

    id: str
    person_id: str
    person_name: str
    force_reference: str
    keyworker: str
    contract_id: str | None
    kind: str
    period_start: date
    period_end: date
    state: str
    narrative: str
    compliance: str
    content_hash: str
    short_code: str
    sha256: str
    approved_by: str
    signed_by: str
    signed_role: str
    signed_at: datetime | None
    replaces_id: str | None
    correction_reason: str
    superseded_by: str | None
    exported_at: datetime | None
    export_paths: tuple[str, ...]
    created_at: datetime
    version: int
    content_json: str = ""
    pdf: bytes | None = field(default=None, repr=False)
    withdrawn_reason: str = ""

    @property
    def is_locked(self) -> bool:
        return self.state in LOCKED_STATES


@dataclass(frozen=True, slots=True)
class ForceReceipt:
    """A signed return sent to a force by sync, and the force's acknowledgement of that bundle: evidence of when
    the force had it that does not rest on this PC's clock alone. Times are naive UTC."""

    force: str
    bundle_sequence: int
    sent_at: datetime
    acknowledged_at: datetime | None  # when the force's acknowledgement arrived; None: not yet
    result: str  # the acknowledgement's result ("applied", ...)


@dataclass(frozen=True, slots=True)
class SignedReturnRow:
    """What sync sends to the force: a signed (or since superseded) return with its PDF."""

    id: str
    person_id: str
    contract_id: str | None
    kind: str
    period_start: date
    period_end: date
    state: str  # signed | superseded
    replaces_id: str | None
    signed_at: datetime
    signed_by: str
    compliance: str
    pdf: bytes = field(repr=False)
    sha256: str
    version: int


@dataclass(frozen=True, slots=True)
class StoredIdentity:
    name: str
    cert_pem: bytes
    key_pem: bytes = field(repr=False)
    fingerprint: str
    source: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class NewDraft:
    person_id: str
    contract_id: str | None
    kind: str
    period_start: date
    period_end: date
    document_id: str
    content_json: str
    content_hash: str
    compliance: str


def plain_code(text: str) -> str:
    """A paper code as typed (any case, spaces, O for 0, I or L for 1) reduced to its ten characters."""
    table = {"O": "0", "I": "1", "L": "1"}
    return "".join(table.get(c, c) for c in text.upper() if c not in " -")


def month_range(month: str) -> tuple[date, date]:
    """ "2026-03" -> (1 March, 31 March); ValueError for anything else. (`Month.parse(month).range()`.)"""
    return Month.parse(month).range()


def months_of(rows: Iterable[StoredReturn]) -> Iterator[str]:
    """The distinct months ("YYYY-MM") the returns' periods end in, newest first."""
    yield from sorted({str(Month.of(r.period_end)) for r in rows}, reverse=True)
