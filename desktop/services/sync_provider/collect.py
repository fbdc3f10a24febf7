"""What the next bundle to a partner carries: our records about the people it referred that it does not hold
at their current version, and acknowledgements of its bundles. Read only; bulk queries, no ORM objects."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from desktop.domain import ComplianceLevel
from desktop.domain.clock import local_time
from desktop.domain.ids import new_id
from desktop.services.sync import Attachment, Record
from desktop.services.sync.manifest import utc_text
from desktop.storage.returns_repo import ReturnRepository
from desktop.storage.store import CaseStore
from desktop.storage.sync_reads import LinkedContract, SyncReads

ATTENDED = {"attended", "late"}
MISSED = {"did_not_attend"}
CANCELLED = {"cancelled_by_person", "cancelled_by_service"}
_COMPLIANCE = {**{c.value: c for c in ComplianceLevel}, **{c.label: c for c in ComplianceLevel}}


@dataclass(frozen=True, slots=True)
class Outgoing:
    record: Record
    person_id: str | None
    data_sha256: str


@dataclass
class Collected:
    records: list[Outgoing] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    acked_bundles: list[str] = field(default_factory=list)  # SyncBundleRecord ids acknowledged by this bundle


@dataclass(frozen=True, slots=True)
class SignedReturn:
    """A signed return as the returns store will hand it over (see `_signed_returns`)."""

    id: str
    person_id: str
    contract_id: str
    version: int
    period_start: date
    period_end: date
    signed_on: date
    signed_by: str
    compliance: str
    pdf: bytes


def _signed_returns(store: CaseStore) -> list[SignedReturn]:
    """Signed (and since superseded) returns from the returns store, with their PDFs."""
    out = []
    rows: Any = ReturnRepository(store).list_signed()  # its `list` method confuses type checkers
    for r in rows:
        level = _COMPLIANCE.get(r.compliance)
        if r.pdf is None or r.contract_id is None or level is None or r.signed_at is None:
            continue  # not something a return record can carry
        out.append(
            SignedReturn(
                r.id,
                r.person_id,
                r.contract_id,
                r.version,
                r.period_start,
                r.period_end,
                r.signed_at.date(),
                r.signed_by,
                level.value,
                r.pdf,
            )
        )
    return out


def _digest(kind: str, data: dict[str, Any]) -> str:
    return hashlib.sha256(
        json.dumps(
            [kind, data], sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
        ).encode("utf-8")
    ).hexdigest()


def _clean(data: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in data.items() if v not in (None, "")}


class _Collector:
    def __init__(self, reads: SyncReads, partner_id: str) -> None:
        self.partner_id = partner_id
        self.sent = reads.sent_versions(partner_id)
        self.out = Collected()

    def offer(
        self, kind: str, record_id: str, own_version: int, person_id: str | None, data: dict[str, Any]
    ) -> None:
        data = _clean(data)
        digest = _digest(kind, data)
        before = self.sent.get(record_id)
        if before is not None and before[1] == digest and before[0] >= own_version:
            return
        version = own_version if before is None else max(own_version, before[0] + 1)
        self.out.records.append(Outgoing(Record(kind, record_id, version, data), person_id, digest))


def collect(s: SyncReads, store: CaseStore, partner_id: str, when: datetime) -> Collected:
    col = _Collector(s, partner_id)
    ref_of: dict[str, tuple[str, str]] = {}
    contracts: dict[str, LinkedContract] = {}
    for row in s.linked_contracts(partner_id):
        ref = {"referral_id": row.referral_id, "force_reference": row.force_reference}
        ref_of[row.person_id] = (row.referral_id, row.force_reference)
        contracts[row.id] = row
        col.offer(
            "contract_state",
            row.id,
            row.row_version,
            row.person_id,
            {
                **ref,
                "state": row.state,
                "offered_on": row.offered_on,
                "signed_on": row.signed_on,
                "end_date": row.end_date,
                "closed_on": row.closed_on,
                "outcome_reason": row.outcome_reason,
            },
        )
    _conditions(s, col, contracts, ref_of)
    _variations(s, col, contracts, ref_of)
    _attendance(s, col, contracts, ref_of, when, partner_id)
    for ret in _signed_returns(store):
        if ret.person_id not in ref_of:
            continue
        name = f"returns/{ret.id}.pdf"
        referral_id, force_reference = ref_of[ret.person_id]
        before = len(col.out.records)
        col.offer(
            "return",
            ret.id,
            ret.version,
            ret.person_id,
            {
                "referral_id": referral_id,
                "force_reference": force_reference,
                "contract_id": ret.contract_id,
                "period_start": ret.period_start,
                "period_end": ret.period_end,
                "signed_on": ret.signed_on,
                "signed_by": ret.signed_by,
                "compliance": ret.compliance,
                "attachment": name,
                "attachment_sha256": hashlib.sha256(ret.pdf).hexdigest(),
            },
        )
        if len(col.out.records) > before:
            col.out.attachments.append(Attachment(name, ret.pdf))
    for notice_id, referral_id, erased_on in s.erasure_notices(partner_id):  # sent once (sync_sent_records)
        col.offer("erasure", notice_id, 1, None, {"referral_id": referral_id, "erased_on": erased_on})
    _acks(s, col, partner_id)
    return col.out


def _conditions(
    s: SyncReads, col: _Collector, contracts: dict[str, LinkedContract], ref_of: dict[str, tuple[str, str]]
) -> None:
    if not contracts:
        return
    latest = s.latest_evidence_days()
    for row in s.conditions_of(list(contracts)):
        contract = contracts[row.contract_id]
        referral_id, force_reference = ref_of[contract.person_id]
        changed = latest.get(row.id) or contract.signed_on or row.updated_at.date()
        note = f"{row.progress:g} of {row.target:g} {row.unit}".strip() if row.target else None
        col.offer(
            "condition_status",
            row.id,
            row.row_version,
            contract.person_id,
            {
                "referral_id": referral_id,
                "force_reference": force_reference,
                "contract_id": row.contract_id,
                "condition_type": row.type,
                "title": row.title,
                "status": row.status,
                "changed_on": changed,
                "note": note,
            },
        )


def _variations(
    s: SyncReads, col: _Collector, contracts: dict[str, LinkedContract], ref_of: dict[str, tuple[str, str]]
) -> None:
    """Each variation of a contract the force referred, once (a variation is never edited)."""
    if not contracts:
        return
    for row in s.variations_of(list(contracts)):
        contract = contracts[row.contract_id]
        referral_id, force_reference = ref_of[contract.person_id]
        col.offer(
            "contract_variation",
            row.id,
            row.row_version,
            contract.person_id,
            {
                "referral_id": referral_id,
                "force_reference": force_reference,
                "contract_id": row.contract_id,
                "kind": row.kind,
                "on": row.on,
                "detail": row.detail,
                "reason": row.reason,
            },
        )


def _attendance(
    s: SyncReads,
    col: _Collector,
    contracts: dict[str, LinkedContract],
    ref_of: dict[str, tuple[str, str]],
    when: datetime,
    partner_id: str,
) -> None:
    by_person: dict[str, list[tuple[datetime, str | None]]] = defaultdict(list)
    for pid, planned, outcome in s.linked_appointments(partner_id):
        by_person[pid].append((planned, outcome))
    local_now = local_time(when)  # appointments are in local time
    for contract in contracts.values():
        if contract.signed_on is None:
            continue
        end = contract.closed_on or contract.end_date or local_now.date()
        counts = {"offered": 0, "attended": 0, "missed": 0, "cancelled": 0}
        for planned, outcome in by_person.get(contract.person_id, ()):
            if not (contract.signed_on <= planned.date() <= end) or planned > local_now:
                continue
            counts["offered"] += 1
            counts["attended"] += outcome in ATTENDED
            counts["missed"] += outcome in MISSED
            counts["cancelled"] += outcome in CANCELLED
        referral_id, force_reference = ref_of[contract.person_id]
        summary_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"checkpoint:attendance:{contract.id}"))
        col.offer(
            "attendance_summary",
            summary_id,
            1,
            contract.person_id,
            {
                "referral_id": referral_id,
                "force_reference": force_reference,
                "period_start": contract.signed_on,
                "period_end": end,
                **counts,
            },
        )


def _acks(s: SyncReads, col: _Collector, partner_id: str) -> None:
    for row in s.acks_due(partner_id):
        data = {
            "bundle_id": row.bundle_id,
            "sequence": row.sequence,
            "bundle_sha256": row.sha256,
            "received_at": utc_text(row.at),
            "result": row.result or "applied",
            "conflicts": json.loads(row.conflicts_json) or None,
        }
        col.out.records.append(Outgoing(Record("ack", new_id(), 1, _clean(data)), None, ""))
        col.out.acked_bundles.append(row.id)
