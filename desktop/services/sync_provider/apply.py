"""Carry out a plan inside the caller's one transaction: every change, the record of what was received, the
bundle log row and the audit entries land together or not at all."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any, cast

from sqlalchemy import Table, insert, select, text, update
from sqlalchemy.orm import Session

from desktop.domain import (
    ELIGIBILITY_QUESTIONS,
    ConditionStatus,
    Consent,
    ContractState,
    EligibilityAnswer,
    Evidence,
    Role,
)
from desktop.domain.eligibility import facts_from, with_facts
from desktop.domain.ids import new_id
from desktop.domain.people import DECISION_LABELS, OVERRIDE_PREFIX
from desktop.services.sync import Record
from desktop.storage import convert
from desktop.storage.records import (
    ConditionRecord,
    ConsentRecord,
    ContractRecord,
    EvidenceRecord,
    PersonRecord,
    ReferralRecord,
    UserRecord,
)
from desktop.storage.sync_records import SyncBundleRecord, SyncReceivedRecord

from .plan import NEW_REFERRAL, Change, Plan

DEFAULT_KEYWORKER_SETTING = "sync_default_keyworker"
AuditRow = tuple[str, str, str, str, str]


def _d(value: object) -> date:
    return date.fromisoformat(str(value))


def _eligibility(data: dict[str, Any]) -> tuple[EligibilityAnswer, ...]:
    """The force's answers (unknown questions dropped), with the ones the dates decide put in from the dates."""
    known = {q.id for q in ELIGIBILITY_QUESTIONS}
    answers = tuple(
        EligibilityAnswer(str(a["question_id"]), bool(a["answer"]), _force_note(a.get("note")))
        for a in data.get("eligibility") or []
        if str(a["question_id"]) in known
    )
    if not answers:
        return ()
    facts = facts_from(
        _d(data["person"]["date_of_birth"]), _d(data["offence_date"]), _d(data["referral_date"])
    )
    return with_facts(answers, facts)


def _force_note(note: object) -> str:
    """A force's note is kept, but never as a manager's override: only a provider's manager lets a criterion
    through."""
    text = str(note or "")
    return "Force's note: " + text[len(OVERRIDE_PREFIX) :] if text.startswith(OVERRIDE_PREFIX) else text


def default_keyworker(session: Session, username: str) -> str | None:
    if not username:
        return None
    rec = session.scalar(
        select(UserRecord).where(UserRecord.username == username, UserRecord.active.is_(True))
    )
    return rec.id if rec is not None and rec.role == Role.KEYWORKER.value else None


class Applier:
    def __init__(
        self,
        session: Session,
        partner_id: str,
        bundle_id: str,
        sequence: int,
        keyworker_id: str | None,
        now: datetime,
    ) -> None:
        self.s, self.partner_id, self.bundle_id, self.sequence = session, partner_id, bundle_id, sequence
        self.keyworker_id = keyworker_id
        self.now = now  # naive UTC
        self.audit: list[AuditRow] = []
        self.received: dict[str, dict[str, Any]] = {}  # record id -> row (the last word per record wins)
        self.links: dict[str, str] = {}  # force referral id -> person id, for records created in this run

    def run(self, plan: Plan) -> None:
        new = [c for c in plan.changes if c.kind == NEW_REFERRAL]
        self._create_referrals(new)
        for change in plan.changes:
            if change.kind == NEW_REFERRAL:
                continue
            getattr(self, f"_apply_{change.kind}")(change)
            self._received(change.record, change.person_id, "applied", "")
        for conflict in plan.conflicts:
            self._received(conflict.record, conflict.person_id, conflict.state, conflict.reason)
        self._write_received()

    # -- the force's records -------------------------------------------------------------------------------
    def _create_referrals(self, changes: list[Change]) -> None:
        """Plain rows in bulk (10,000 referrals are one bundle): the columns convert.person_fields,
        referral_fields and consent_fields give, for a new person with progress-only consent."""
        if not changes:
            return
        stamp = {"created_at": self.now, "updated_at": self.now, "row_version": 1}
        consent_template = {**convert.consent_fields(Consent("")), **stamp}
        people, referrals, consents, search = [], [], [], []
        note = f"from the force, bundle #{self.sequence}"
        for change in changes:
            data = change.record.data
            p = data["person"]
            pid, rid = new_id(), new_id()
            ref, pnc = str(data["force_reference"]), p.get("pnc_id") or None
            first, last = str(p["first_name"]), str(p["last_name"])
            people.append(
                {
                    "id": pid,
                    "first_name": first,
                    "last_name": last,
                    "date_of_birth": _d(p["date_of_birth"]),
                    "force_reference": ref,
                    "pnc_id": pnc,
                    "phone": p.get("phone") or "",
                    "email": p.get("email") or "",
                    "address": p.get("address") or "",
                    "preferred_language": p.get("preferred_language") or "English",
                    "keyworker_id": self.keyworker_id,
                    **stamp,
                }
            )
            answers = [
                {"question_id": a.question_id, "answer": a.answer, "note": a.note} for a in _eligibility(data)
            ]
            referrals.append(
                {
                    "id": rid,
                    "person_id": pid,
                    "force": str(data["force"]),
                    "officer": str(data["officer"]),
                    "offence": str(data["offence"]),
                    "offence_date": _d(data["offence_date"]),
                    "referral_date": _d(data["referral_date"]),
                    "eligibility_json": json.dumps(answers) if answers else "[]",
                    **stamp,
                }
            )
            consents.append({**consent_template, "id": new_id(), "person_id": pid})
            search.append({"id": pid, "name": f"{first} {last}".strip(), "ref": f"{ref} {pnc or ''}".strip()})
            self.links[change.record.id] = pid
            self._received(change.record, pid, "applied", "")
            self.audit.append(("referral.create", "referral", rid, pid, note))
        self.s.execute(insert(cast(Table, PersonRecord.__table__)), people)
        self.s.execute(insert(cast(Table, ReferralRecord.__table__)), referrals)
        self.s.execute(insert(cast(Table, ConsentRecord.__table__)), consents)
        self.s.execute(
            text("INSERT INTO person_search (person_id, name, reference) VALUES (:id, :name, :ref)"), search
        )

    def _apply_referral_update(self, change: Change) -> None:
        data, pid = change.record.data, change.person_id or ""
        rec = self.s.get(PersonRecord, pid)
        if rec is None:
            return
        p = data["person"]
        rec.first_name, rec.last_name = str(p["first_name"]), str(p["last_name"])
        rec.date_of_birth, rec.force_reference = _d(p["date_of_birth"]), str(data["force_reference"])
        rec.pnc_id = p.get("pnc_id") or rec.pnc_id
        for name in ("phone", "email", "address"):  # contact details are ours once we hold them
            if p.get(name) and not getattr(rec, name):
                setattr(rec, name, str(p[name]))
        rec.row_version += 1
        ref = self.s.scalar(
            select(ReferralRecord)
            .where(ReferralRecord.person_id == pid)
            .order_by(ReferralRecord.created_at.desc())
            .limit(1)
        )
        if ref is None:
            ref = ReferralRecord(id=new_id(), person_id=pid, eligibility_json="[]", row_version=0)
            self.s.add(ref)
        ref.force, ref.officer, ref.offence = str(data["force"]), str(data["officer"]), str(data["offence"])
        ref.offence_date, ref.referral_date = _d(data["offence_date"]), _d(data["referral_date"])
        if data.get("eligibility"):
            ref.eligibility_json = json.dumps(
                [
                    {"question_id": a.question_id, "answer": a.answer, "note": a.note}
                    for a in _eligibility(data)
                ]
            )
        ref.row_version = (ref.row_version or 0) + 1
        self.s.flush()
        self.s.execute(text("DELETE FROM person_search WHERE person_id = :id"), {"id": pid})
        self.s.execute(
            text("INSERT INTO person_search (person_id, name, reference) VALUES (:id, :name, :ref)"),
            {
                "id": pid,
                "name": f"{rec.first_name} {rec.last_name}",
                "ref": f"{rec.force_reference} {rec.pnc_id or ''}".strip(),
            },
        )
        self.audit.append(
            ("referral.update", "referral", ref.id, pid, f"force's facts, bundle #{self.sequence}")
        )

    def _apply_reoffending(self, change: Change) -> None:
        data = change.record.data
        rec = self.s.get(ConditionRecord, change.target_id)
        assert rec is not None
        before = convert.condition(rec)
        new_ref = f", new reference {data['new_reference']}" if data.get("new_reference") else ""
        note = (
            f"force notified on {data['reported_on']} of an offence on {data['offence_date']}: "
            f"{data['offence']}{new_ref}"
        )
        after = before.change_status(
            ConditionStatus.NOT_MET, Evidence(_d(data["reported_on"]), note, "force")
        )
        for k, v in convert.condition_fields(after).items():
            setattr(rec, k, v)
        rec.row_version += 1
        evidence = after.evidence[-1]
        self.s.add(
            EvidenceRecord(
                id=evidence.id,
                condition_id=rec.id,
                on=evidence.on,
                text=evidence.text,
                recorded_by="force",
                status=ConditionStatus.NOT_MET.value,
            )
        )
        self.audit.append(
            (
                "condition.status",
                "condition",
                rec.id,
                change.person_id or "",
                f"{before.status.value} -> not_met (force notified of reoffending)",
            )
        )

    def _apply_withdrawal(self, change: Change) -> None:
        data = change.record.data
        rec = self.s.get(ContractRecord, change.target_id)
        assert rec is not None
        closed = convert.contract(rec).transition(
            ContractState.WITHDRAWN, _d(data["withdrawn_on"]), f"withdrawn by the force: {data['reason']}"
        )
        for k, v in convert.contract_fields(closed).items():
            setattr(rec, k, v)
        rec.row_version += 1
        self.audit.append(("contract.close", "contract", rec.id, rec.person_id, "withdrawn (by the force)"))

    def _apply_decision(self, change: Change) -> None:
        """The force's decision goes on the person's latest referral; an open contract closes on it (withdrawn,
        with the decision as the reason: the provider did not see it completed or failed)."""
        data, pid = change.record.data, change.person_id or ""
        ref = self.s.scalar(
            select(ReferralRecord)
            .where(ReferralRecord.person_id == pid)
            .order_by(ReferralRecord.created_at.desc())
            .limit(1)
        )
        if ref is not None:
            ref.decision, ref.decided_on = str(data["decision"]), _d(data["decided_on"])
            ref.decision_note = str(data.get("note") or "")
            ref.row_version = (ref.row_version or 0) + 1
        label = DECISION_LABELS[str(data["decision"])].lower()
        self.audit.append(
            (
                "referral.decision",
                "referral",
                ref.id if ref else change.record.id,
                pid,
                f"the force decided {label} on {data['decided_on']}, bundle #{self.sequence}",
            )
        )
        if change.target_id is None:
            return
        rec = self.s.get(ContractRecord, change.target_id)
        assert rec is not None
        closed = convert.contract(rec).transition(
            ContractState.WITHDRAWN, _d(data["decided_on"]), f"closed on the force's decision: {label}"
        )
        for k, v in convert.contract_fields(closed).items():
            setattr(rec, k, v)
        rec.row_version += 1
        self.audit.append(
            ("contract.close", "contract", rec.id, pid, f"withdrawn (the force decided {label})")
        )

    def _apply_note(self, change: Change) -> None:
        if change.person_id:
            self.audit.append(
                (
                    "referral.withdrawn",
                    "referral",
                    change.record.id,
                    change.person_id,
                    f"withdrawn by the force before a contract, bundle #{self.sequence}",
                )
            )

    def _apply_ack(self, change: Change) -> None:
        data = change.record.data
        received_at = datetime.fromisoformat(str(data["received_at"])[:-1])
        self.s.execute(
            update(SyncBundleRecord)
            .where(SyncBundleRecord.id == change.target_id, SyncBundleRecord.acknowledged_at.is_(None))
            .values(
                acknowledged_at=received_at,
                ack_result=str(data["result"]),
                ack_conflicts_json=json.dumps(data.get("conflicts") or []),
            )
        )

    # -- what was received ---------------------------------------------------------------------------------
    def _received(self, record: Record, person_id: str | None, state: str, reason: str) -> None:
        self.received[record.id] = {
            "partner_id": self.partner_id,
            "record_type": record.type,
            "record_id": record.id,
            "record_version": record.version,
            "referral_id": record.id if record.type == "referral" else record.data.get("referral_id"),
            "person_id": person_id or self.links.get(str(record.data.get("referral_id"))) or None,
            "bundle_id": self.bundle_id,
            "data_json": json.dumps(record.data, ensure_ascii=False, sort_keys=True),
            "state": state,
            "reason": reason,
        }

    def _write_received(self) -> None:
        if not self.received:
            return
        t = SyncReceivedRecord
        existing = (
            dict(self.s.execute(select(t.record_id, t.id).where(t.partner_id == self.partner_id)).all())
            if len(self.received) > 50
            else dict(
                self.s.execute(
                    select(t.record_id, t.id).where(
                        t.partner_id == self.partner_id, t.record_id.in_(list(self.received))
                    )
                ).all()
            )
        )
        new_rows, stamp = [], {"created_at": self.now, "updated_at": self.now, "row_version": 1}
        for rid, row in self.received.items():
            if rid in existing:
                self.s.execute(
                    update(t)
                    .where(t.id == existing[rid])
                    .values(**row, updated_at=self.now, row_version=t.row_version + 1)
                )
            else:
                new_rows.append({"id": new_id(), **row, **stamp})
        if new_rows:
            self.s.execute(insert(cast(Table, SyncReceivedRecord.__table__)), new_rows)


def naive_utc(moment: datetime) -> datetime:
    """UTC without tzinfo, as the store's DateTime columns hold it (a naive moment is taken as local time)."""
    return moment.astimezone(UTC).replace(tzinfo=None)
