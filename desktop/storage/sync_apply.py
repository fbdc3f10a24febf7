"""What a sync import and export write, inside the caller's one transaction (`SyncRepository.writing`): the
force's changes to people, referrals, conditions and contracts, the record of what was received and sent, the
bundle log and the audit entries. services/sync_provider decides what to change; this writes it, with the
same row-version and search-index rules as every other write.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any, NamedTuple, cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desktop.domain import Condition, Contract, Evidence, Person, Referral, User
from desktop.domain.ids import new_id

from . import audit, convert
from .case_bulk import CaseBulkWriter, ReferredPerson
from .errors import NotFound
from .records import ConditionRecord, ContractRecord, EvidenceRecord, PersonRecord, ReferralRecord, UserRecord
from .search_index import SearchEntry, index_people
from .sync_reads import SyncReads
from .sync_records import SyncBundleRecord, SyncPartnerRecord, SyncReceivedRecord, SyncSentRecord
from .versions import bump


class Received(NamedTuple):
    """One record received from a partner, as the store keeps it (the last word per record wins)."""

    record_type: str
    record_id: str
    record_version: int
    referral_id: str | None
    person_id: str | None
    bundle_id: str
    data_json: str
    state: str  # applied | pending | conflict
    reason: str


class Sent(NamedTuple):
    record_type: str
    record_id: str
    record_version: int
    data_sha256: str


class BundleLog(NamedTuple):
    partner_id: str
    direction: str  # sent | received
    bundle_id: str
    sequence: int
    sha256: str
    previous_sha256: str | None
    counts: dict[str, int]
    record_count: int
    at: datetime  # naive UTC
    file_name: str
    result: str = ""
    conflicts: list[dict[str, str]] | None = None
    needs_ack: bool = False


class SyncWrites(SyncReads):
    def __init__(self, session: Session, user: User) -> None:
        super().__init__(session, user)
        self._w = session

    # -- people and their cases ----------------------------------------------------------------------------
    def active_user(self, username: str) -> User | None:
        rec = self._w.scalar(
            select(UserRecord).where(UserRecord.username == username, UserRecord.active.is_(True))
        )
        return convert.user(rec) if rec is not None else None

    def add_referred_people(self, rows: Sequence[ReferredPerson], now: datetime) -> None:
        """New people with their referral and progress-only consent, in bulk, stamped `now` (naive UTC)."""
        CaseBulkWriter(self._w, now).add_referred_people(rows)

    def person(self, person_id: str) -> Person | None:
        rec = self._w.get(PersonRecord, person_id)
        return convert.person(rec) if rec is not None else None

    def update_person(self, person: Person) -> None:
        """The person's fields as given, one version up, and their search entry again."""
        rec = self._w.get(PersonRecord, person.id)
        if rec is None:
            raise NotFound("no such person in this case store")
        for k, v in convert.person_fields(person).items():
            setattr(rec, k, v)
        bump(rec, person.version, "person")
        index_people(
            self._w, [SearchEntry(rec.id, rec.first_name, rec.last_name, rec.force_reference, rec.pnc_id)]
        )

    def latest_referral(self, person_id: str) -> Referral | None:
        rec = self._latest_referral(person_id)
        return convert.referral(rec) if rec is not None else None

    def _latest_referral(self, person_id: str) -> ReferralRecord | None:
        return self._w.scalar(
            select(ReferralRecord)
            .where(ReferralRecord.person_id == person_id)
            .order_by(ReferralRecord.created_at.desc())
            .limit(1)
        )

    def save_referral(self, referral: Referral, *, eligibility: bool = True) -> None:
        """The referral's facts and the force's decision, one version up (a new row when it has none yet).
        `eligibility` False keeps the answers the row holds."""
        rec = self._w.get(ReferralRecord, referral.id)
        if rec is None:
            rec = ReferralRecord(
                id=referral.id, person_id=referral.person_id, eligibility_json="[]", row_version=0
            )
            self._w.add(rec)
            expected = None
        else:
            expected = referral.version
        fields = convert.referral_fields(referral)
        if not eligibility:
            fields.pop("eligibility_json")
        for k, v in fields.items():
            setattr(rec, k, v)
        rec.decision, rec.decided_on, rec.decision_note = (
            referral.decision or None,
            referral.decided_on,
            referral.decision_note,
        )
        bump(rec, expected, "referral")
        self._w.flush()

    def condition(self, condition_id: str) -> Condition:
        rec = self._w.get(ConditionRecord, condition_id)
        if rec is None:
            raise NotFound("no such condition")
        return convert.condition(rec)

    def update_condition(self, after: Condition, new_evidence: Sequence[Evidence]) -> None:
        """The condition as changed from the version it was read at, with its new evidence entries."""
        rec = self._w.get(ConditionRecord, after.id)
        if rec is None:
            raise NotFound("no such condition")
        for k, v in convert.condition_fields(after).items():
            setattr(rec, k, v)
        bump(rec, after.version, "condition")
        for e in new_evidence:
            self._w.add(
                EvidenceRecord(
                    id=e.id,
                    condition_id=rec.id,
                    on=e.on,
                    text=e.text,
                    recorded_by=e.recorded_by,
                    amount=e.amount,
                    status=e.status.value if e.status else None,
                )
            )

    def contract(self, contract_id: str) -> Contract:
        rec = self._w.get(ContractRecord, contract_id)
        if rec is None:
            raise NotFound("no such contract")
        return convert.contract(rec)

    def update_contract(self, after: Contract) -> None:
        rec = self._w.get(ContractRecord, after.id)
        if rec is None:
            raise NotFound("no such contract")
        for k, v in convert.contract_fields(after).items():
            setattr(rec, k, v)
        bump(rec, after.version, "contract")

    # -- the sync log --------------------------------------------------------------------------------------
    def acknowledge_sent(
        self, bundle_row_id: str, received_at: datetime, result: str, conflicts: list[Any]
    ) -> None:
        """The partner's acknowledgement of a bundle we sent (the first one counts)."""
        b = SyncBundleRecord
        self._w.execute(
            update(b)
            .where(b.id == bundle_row_id, b.acknowledged_at.is_(None))
            .values(acknowledged_at=received_at, ack_result=result, ack_conflicts_json=json.dumps(conflicts))
        )

    def save_received(self, partner_id: str, rows: Sequence[Received], now: datetime) -> None:
        """Keep what was received: a row per record, updated when the partner sent that record before."""
        if not rows:
            return
        t = SyncReceivedRecord
        q = select(t.record_id, t.id).where(t.partner_id == partner_id)
        if len(rows) <= 50:
            q = q.where(t.record_id.in_([r.record_id for r in rows]))
        existing = dict(self._w.execute(q).all())
        new_rows = []
        stamp = {"created_at": now, "updated_at": now, "row_version": 1}
        for r in rows:
            if r.record_id in existing:
                self._w.execute(
                    update(t)
                    .where(t.id == existing[r.record_id])
                    .values(
                        partner_id=partner_id, **r._asdict(), updated_at=now, row_version=t.row_version + 1
                    )
                )
            else:
                new_rows.append(
                    {
                        "id": new_id(),
                        "partner_id": partner_id,
                        "record_type": r.record_type,
                        "record_id": r.record_id,
                        "record_version": r.record_version,
                        "referral_id": r.referral_id,
                        "person_id": r.person_id,
                        "bundle_id": r.bundle_id,
                        "data_json": r.data_json,
                        "state": r.state,
                        "reason": r.reason,
                        **stamp,
                    }
                )
        if new_rows:
            self._w.execute(insert(cast(Table, SyncReceivedRecord.__table__)), new_rows)

    def received_bundle_known(self, partner_id: str, bundle_id: str, sequence: int) -> bool:
        b = SyncBundleRecord
        seen = self._w.scalar(
            select(b.id).where(
                b.partner_id == partner_id,
                b.direction == "received",
                (b.bundle_id == bundle_id) | (b.sequence == sequence),
            )
        )
        return seen is not None

    def log_bundle(self, entry: BundleLog) -> None:
        self._w.add(
            SyncBundleRecord(
                id=new_id(),
                partner_id=entry.partner_id,
                direction=entry.direction,
                bundle_id=entry.bundle_id,
                sequence=entry.sequence,
                sha256=entry.sha256,
                previous_sha256=entry.previous_sha256,
                counts_json=json.dumps(entry.counts, sort_keys=True),
                record_count=entry.record_count,
                at=entry.at,
                file_name=entry.file_name,
                result=entry.result,
                conflicts_json=json.dumps(entry.conflicts or []),
                needs_ack=entry.needs_ack,
            )
        )

    def partner_received(self, partner_id: str, sequence: int, at: datetime) -> None:
        rec = self._partner(partner_id)
        rec.in_last_sequence = max(rec.in_last_sequence, sequence)
        rec.last_sync_at = at

    def partner_sent(self, partner_id: str, sequence: int, sha256: str, at: datetime) -> None:
        rec = self._partner(partner_id)
        rec.out_sequence, rec.out_last_sha256, rec.last_sync_at = sequence, sha256, at

    def _partner(self, partner_id: str) -> SyncPartnerRecord:
        rec = self._w.get(SyncPartnerRecord, partner_id)
        if rec is None:
            raise NotFound("no such sync partner")
        return rec

    def remember_sent(self, partner_id: str, bundle_id: str, records: Sequence[Sent], when: datetime) -> None:
        """What the partner now holds from us, one row per record (raised when sent again)."""
        rows = [
            {
                "id": new_id(),
                "partner_id": partner_id,
                **r._asdict(),
                "bundle_id": bundle_id,
                "created_at": when,
                "updated_at": when,
                "row_version": 1,
            }
            for r in records
        ]
        if not rows:
            return
        stmt = sqlite_insert(SyncSentRecord)
        stmt = stmt.on_conflict_do_update(
            index_elements=["partner_id", "record_id"],
            set_={
                "record_version": stmt.excluded.record_version,
                "data_sha256": stmt.excluded.data_sha256,
                "bundle_id": stmt.excluded.bundle_id,
                "updated_at": stmt.excluded.updated_at,
                "row_version": SyncSentRecord.row_version + 1,
            },
        )
        self._w.execute(stmt, rows)

    def mark_acks_sent(self, bundle_row_ids: Sequence[str], bundle_id: str) -> None:
        if bundle_row_ids:
            self._w.execute(
                update(SyncBundleRecord)
                .where(SyncBundleRecord.id.in_(bundle_row_ids))
                .values(ack_sent_in=bundle_id)
            )

    def audit(self, actor: str, entries: Sequence[audit.Entry], at: datetime | None = None) -> None:
        audit.append_many(self._w, actor, entries, at)
