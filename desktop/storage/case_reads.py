"""The case repository's reads of one person: search, the whole case, the timeline, the diary's appointments,
a contract's variations, and the scans and onward referrals kept beside the case.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import (
    Appointment,
    Case,
    Condition,
    Evidence,
    Person,
)
from desktop.domain.contract import (
    with_counted_progress,
)
from desktop.domain.variations import Variation, VariationKind

from . import audit, convert
from .case_access import CaseAccess
from .errors import NotFound
from .records import (
    AppointmentRecord,
    AuditRecord,
    ConditionRecord,
    ConsentRecord,
    ContractRecord,
    EvidenceRecord,
    PersonRecord,
    ReferralRecord,
    VariationRecord,
)
from .search_index import search_people
from .visibility import visible_filter


class CaseReads(CaseAccess):
    def search(self, query: str, limit: int = 200) -> list[str]:
        """Person IDs whose name or reference starts with every word typed (FTS5), visible ones only."""
        if not query.strip():
            return []
        with self._store.session() as s:
            return search_people(s, self._user, query, limit)

    def load_case(self, person_id: str) -> Case:
        """The whole case, read only: a reload after a save is not a new look at the record (see `open_case`)."""
        with self._store.session() as s:
            return self._case_in(s, person_id)

    def open_case(self, person_id: str) -> Case:
        """The whole case for a record being opened: the opening is audited (`person.open`), once per opening."""
        with self._store.write() as s:
            case = self._case_in(s, person_id)
            self._audit(s, "person.open", "person", person_id, person_id)
        return case

    def _case_in(self, s: Session, person_id: str) -> Case:
        person = convert.person(self._visible(s, person_id))
        ref = s.scalar(
            select(ReferralRecord)
            .where(ReferralRecord.person_id == person_id)
            .order_by(ReferralRecord.created_at.desc())
            .limit(1)
        )
        con = s.scalar(select(ConsentRecord).where(ConsentRecord.person_id == person_id))
        crec = s.scalar(
            select(ContractRecord)
            .where(ContractRecord.person_id == person_id)
            .order_by(ContractRecord.created_at.desc())
            .limit(1)
        )
        conditions: tuple[Condition, ...] = ()
        if crec is not None:
            conds = list(
                s.scalars(
                    select(ConditionRecord)
                    .where(ConditionRecord.contract_id == crec.id)
                    .order_by(ConditionRecord.position)
                )
            )
            ev: dict[str, list[Evidence]] = defaultdict(list)
            for e in s.scalars(
                select(EvidenceRecord)
                .where(EvidenceRecord.condition_id.in_([c.id for c in conds]))
                .order_by(EvidenceRecord.on, EvidenceRecord.created_at)
            ):
                ev[e.condition_id].append(convert.evidence(e))
            conditions = tuple(convert.condition(c, tuple(ev[c.id])) for c in conds)
        appts = tuple(
            convert.appointment(a)
            for a in s.scalars(
                select(AppointmentRecord)
                .where(AppointmentRecord.person_id == person_id)
                .order_by(AppointmentRecord.planned_at)
            )
        )
        contract = convert.contract(crec) if crec else None
        return Case(
            person,
            convert.referral(ref) if ref else None,
            contract,
            with_counted_progress(conditions, appts, contract),
            appts,
            convert.consent(con) if con else None,
        )

    def timeline(self, person_id: str) -> list[audit.AuditEntry]:
        with self._store.session() as s:
            self._visible(s, person_id)
            q = select(AuditRecord).where(AuditRecord.person_id == person_id)
            return [audit.to_entry(r) for r in s.scalars(q.order_by(AuditRecord.seq.desc()))]

    def appointments_between(self, start: datetime, end: datetime) -> list[tuple[Appointment, Person]]:
        with self._store.session() as s:
            q = (
                select(AppointmentRecord, PersonRecord)
                .join(PersonRecord, PersonRecord.id == AppointmentRecord.person_id)
                .where(AppointmentRecord.planned_at >= start, AppointmentRecord.planned_at < end)
                .where(visible_filter(self._user, PersonRecord.keyworker_id))
            )
            rows = s.execute(q.order_by(AppointmentRecord.planned_at)).all()
            return [(convert.appointment(a), convert.person(p)) for a, p in rows]

    def attach_scan(self, contract_id: str, file_name: str, data: bytes) -> Any:
        """A scan of the signed paper contract, kept in the encrypted store (storage/scans.py)."""
        from .scans import attach_scan

        return attach_scan(self._store, contract_id, file_name, data)

    def scans(self, contract_id: str) -> list[Any]:
        from .scans import scans

        return scans(self._store, contract_id)

    def onward_referrals(self, person_id: str) -> list[Any]:
        """Referrals to other agencies (storage/onward.py)."""
        from .onward import onward_referrals

        return onward_referrals(self._store, person_id)

    def save_onward_referral(self, referral: Any) -> Any:
        from .onward import save_onward_referral

        return save_onward_referral(self._store, referral)

    def victim_contacts(self, person_id: str) -> dict[str, Any]:
        """The victim side of the person's victim conditions, by condition id (storage/onward.py)."""
        from .onward import victim_contacts

        return victim_contacts(self._store, person_id)

    def onward_and_victims_for(self, person_ids: list[str]) -> tuple[dict[str, Any], dict[str, Any]]:
        """Onward referrals and victim contacts of many people in two queries (a batch of returns)."""
        from .onward import onward_and_victims_for

        return onward_and_victims_for(self._store, person_ids)

    def save_victim_contact(self, contact: Any) -> Any:
        from .onward import save_victim_contact

        return save_victim_contact(self._store, contact)

    def export_scan(self, scan_id: str, path: Any, purpose: str = "saved") -> Any:
        """Decrypt a scan to `path` (0600, temp file + rename), audited (storage/scans.py)."""
        from .scans import export_scan

        return export_scan(self._store, scan_id, path, purpose)

    def variations(self, contract_id: str) -> list[Variation]:
        with self._store.session() as s:
            crec = s.get(ContractRecord, contract_id)
            if crec is None:
                raise NotFound("no such contract")
            self._visible(s, crec.person_id)
            rows = s.scalars(
                select(VariationRecord)
                .where(VariationRecord.contract_id == contract_id)
                .order_by(VariationRecord.on, VariationRecord.created_at)
            )
            return [
                Variation(
                    r.contract_id,
                    VariationKind(r.kind),
                    r.on,
                    r.reason,
                    r.detail,
                    r.condition_id,
                    id=r.id,
                    recorded_by=r.recorded_by,
                )
                for r in rows
            ]
