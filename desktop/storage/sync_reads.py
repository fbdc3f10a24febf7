"""What sync planning and collecting read from the case store, in bulk and as plain rows (no ORM objects).

`SyncReads` wraps one session (see `SyncRepository.reading` and `.writing`): the planner and the collector in
services/sync_provider keep the rules, this keeps the queries. Every person read here is one the signed-in
user may see (`visibility`); sync runs as a manager or admin, who see everyone.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain import User

from . import audit
from .privacy import erasure_notices
from .records import (
    AppointmentRecord,
    ConditionRecord,
    ContractRecord,
    EvidenceRecord,
    PersonRecord,
    VariationRecord,
)
from .sync_records import SyncBundleRecord, SyncPartnerRecord, SyncReceivedRecord, SyncSentRecord
from .visibility import visible_filter


class ReceivedIndex(NamedTuple):
    record_id: str
    record_type: str
    record_version: int
    state: str
    referral_id: str | None
    person_id: str | None


class PendingRecord(NamedTuple):
    record_type: str
    record_id: str
    record_version: int
    data: dict[str, object]


class ContractBrief(NamedTuple):
    id: str
    state: str
    signed_on: date | None


class SentBundle(NamedTuple):
    id: str
    sha256: str
    sequence: int
    acknowledged_at: datetime | None


class LinkedContract(NamedTuple):
    """A contract of a person the partner referred, with the partner's referral id and reference."""

    id: str
    person_id: str
    state: str
    offered_on: date | None
    signed_on: date | None
    end_date: date | None
    closed_on: date | None
    outcome_reason: str
    row_version: int
    referral_id: str
    force_reference: str


class ConditionRow(NamedTuple):
    id: str
    contract_id: str
    type: str
    title: str
    status: str
    target: float | None
    progress: float
    unit: str
    row_version: int
    updated_at: datetime


class VariationRow(NamedTuple):
    id: str
    contract_id: str
    kind: str
    on: date
    detail: str
    reason: str
    row_version: int


class AckDue(NamedTuple):
    """A bundle received from the partner that our next bundle acknowledges."""

    id: str
    bundle_id: str
    sequence: int
    sha256: str
    at: datetime  # naive UTC
    result: str
    conflicts_json: str


class PartnerState(NamedTuple):
    id: str
    name: str
    out_sequence: int
    out_last_sha256: str | None


class SentLogRow(NamedTuple):
    partner_id: str
    sequence: int
    at: datetime  # naive UTC
    counts_json: str


def _json_ids(ids: Collection[str]) -> object:
    return select(func.json_each(json.dumps(list(ids))).table_valued("value").c.value)


class SyncReads:
    def __init__(self, session: Session, user: User) -> None:
        self._s, self._user = session, user

    def partner_state(self, partner_id: str) -> PartnerState | None:
        """The partner's sequence numbers as this transaction sees them."""
        p = SyncPartnerRecord
        row = self._s.execute(
            select(p.id, p.name, p.out_sequence, p.out_last_sha256).where(p.id == partner_id)
        ).first()
        return PartnerState._make(row) if row else None

    # -- planning an import --------------------------------------------------------------------------------
    def received_index(self, partner_id: str) -> list[ReceivedIndex]:
        t = SyncReceivedRecord
        rows = self._s.execute(
            select(t.record_id, t.record_type, t.record_version, t.state, t.referral_id, t.person_id).where(
                t.partner_id == partner_id
            )
        )
        return [ReceivedIndex._make(r) for r in rows]

    def people_with_references(self, refs: Collection[str]) -> list[tuple[str, str, str, str]]:
        """(person id, force reference, first name, last name) of the people holding any of `refs`."""
        p = PersonRecord
        q = select(p.id, p.force_reference, p.first_name, p.last_name).where(
            p.force_reference.in_(refs), visible_filter(self._user, p.keyworker_id)
        )
        return [(a, b, c, d) for a, b, c, d in self._s.execute(q)]

    def person_name(self, person_id: str) -> str | None:
        row = self._s.execute(
            select(PersonRecord.first_name, PersonRecord.last_name).where(PersonRecord.id == person_id)
        ).first()
        return f"{row[0]} {row[1]}" if row else None

    def latest_contract(self, person_id: str) -> ContractBrief | None:
        c = ContractRecord
        row = self._s.execute(
            select(c.id, c.state, c.signed_on)
            .where(c.person_id == person_id)
            .order_by(c.created_at.desc())
            .limit(1)
        ).first()
        return ContractBrief._make(row) if row else None

    def condition_of_type(self, contract_id: str, condition_type: str) -> str | None:
        """The id of the contract's condition of this type (the offending condition), if it has one."""
        return self._s.scalar(
            select(ConditionRecord.id)
            .where(ConditionRecord.contract_id == contract_id, ConditionRecord.type == condition_type)
            .limit(1)
        )

    def sent_bundle(self, partner_id: str, bundle_id: str) -> SentBundle | None:
        b = SyncBundleRecord
        row = self._s.execute(
            select(b.id, b.sha256, b.sequence, b.acknowledged_at).where(
                b.partner_id == partner_id, b.direction == "sent", b.bundle_id == bundle_id
            )
        ).first()
        return SentBundle._make(row) if row else None

    def pending_records(self, partner_id: str) -> list[PendingRecord]:
        """Records kept from earlier bundles that wait for their referral."""
        t = SyncReceivedRecord
        rows = self._s.execute(
            select(t.record_type, t.record_id, t.record_version, t.data_json).where(
                t.partner_id == partner_id, t.state == "pending"
            )
        )
        return [PendingRecord(kind, rid, version, json.loads(data)) for kind, rid, version, data in rows]

    def received_bundles(self, partner_id: str) -> list[tuple[str, int]]:
        """(bundle id, sequence) of every bundle received from the partner."""
        b = SyncBundleRecord
        rows = self._s.execute(
            select(b.bundle_id, b.sequence).where(b.partner_id == partner_id, b.direction == "received")
        )
        return [(r[0], r[1]) for r in rows]

    def witnessed_problem(self, seq: int, sha256: str, who: str) -> str | None:
        return audit.witnessed_problem(self._s, seq, sha256, who)

    def audit_head(self) -> tuple[int, str] | None:
        return audit.head(self._s)

    # -- collecting an export ------------------------------------------------------------------------------
    def sent_versions(self, partner_id: str) -> dict[str, tuple[int, str]]:
        """record id -> (version, content hash) of what the partner holds from us."""
        t = SyncSentRecord
        q = select(t.record_id, t.record_version, t.data_sha256).where(t.partner_id == partner_id)
        return {rid: (v, h) for rid, v, h in self._s.execute(q)}

    def _linked(self, partner_id: str) -> Any:
        r = SyncReceivedRecord.__table__.c
        return (
            select(r.person_id, r.record_id.label("referral_id"))
            .where(
                r.partner_id == partner_id,
                r.record_type == "referral",
                r.state == "applied",
                r.person_id.is_not(None),
            )
            .subquery()
        )

    def linked_contracts(self, partner_id: str) -> list[LinkedContract]:
        """Every contract of a person whose referral came from the partner, oldest first per the table."""
        link = self._linked(partner_id)
        c, p = ContractRecord.__table__.c, PersonRecord.__table__.c
        q = (
            select(
                c.id,
                c.person_id,
                c.state,
                c.offered_on,
                c.signed_on,
                c.end_date,
                c.closed_on,
                c.outcome_reason,
                c.row_version,
                link.c.referral_id,
                p.force_reference,
            )
            .join(link, link.c.person_id == c.person_id)
            .join(PersonRecord.__table__, p.id == c.person_id)
            .where(visible_filter(self._user, p.keyworker_id))
        )
        return [LinkedContract._make(r) for r in self._s.execute(q)]

    def latest_evidence_days(self) -> dict[str, date]:
        e = EvidenceRecord.__table__.c
        rows = self._s.execute(select(e.condition_id, func.max(e.on)).group_by(e.condition_id))
        return {cid: day for cid, day in rows}

    def conditions_of(self, contract_ids: Collection[str]) -> list[ConditionRow]:
        k = ConditionRecord.__table__.c
        q = (
            select(
                k.id,
                k.contract_id,
                k.type,
                k.title,
                k.status,
                k.target,
                k.progress,
                k.unit,
                k.row_version,
                k.updated_at,
            )
            .where(k.contract_id.in_(_json_ids(contract_ids)))  # type: ignore[arg-type]
            .order_by(k.position)
        )
        return [ConditionRow._make(r) for r in self._s.execute(q)]

    def variations_of(self, contract_ids: Collection[str]) -> list[VariationRow]:
        v = VariationRecord.__table__.c
        q = (
            select(v.id, v.contract_id, v.kind, v.on, v.detail, v.reason, v.row_version)
            .where(v.contract_id.in_(_json_ids(contract_ids)))  # type: ignore[arg-type]
            .order_by(v.on)
        )
        return [VariationRow._make(r) for r in self._s.execute(q)]

    def linked_appointments(self, partner_id: str) -> list[tuple[str, datetime, str | None]]:
        """(person id, planned at (local), outcome) of every appointment of a person the partner referred."""
        link = self._linked(partner_id)
        a = AppointmentRecord.__table__.c
        q = select(a.person_id, a.planned_at, a.outcome).join(link, link.c.person_id == a.person_id)
        return [(pid, planned, outcome) for pid, planned, outcome in self._s.execute(q)]

    def acks_due(self, partner_id: str) -> list[AckDue]:
        b = SyncBundleRecord
        q = (
            select(b.id, b.bundle_id, b.sequence, b.sha256, b.at, b.result, b.conflicts_json)
            .where(
                b.partner_id == partner_id,
                b.direction == "received",
                b.needs_ack.is_(True),
                b.ack_sent_in.is_(None),
            )
            .order_by(b.sequence)
        )
        return [AckDue._make(r) for r in self._s.execute(q)]

    def erasure_notices(self, partner_id: str) -> list[tuple[str, str, str]]:
        return erasure_notices(self._s, partner_id)

    # -- status --------------------------------------------------------------------------------------------
    def unacknowledged_sent(self, before: datetime) -> list[SentLogRow]:
        """Bundles we sent before `before` (naive UTC) that no acknowledgement has answered, oldest first."""
        b = SyncBundleRecord
        q = (
            select(b.partner_id, b.sequence, b.at, b.counts_json)
            .where(b.direction == "sent", b.acknowledged_at.is_(None), b.at < before)
            .order_by(b.at)
        )
        return [SentLogRow._make(r) for r in self._s.execute(q)]
