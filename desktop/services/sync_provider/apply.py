"""Carry out a plan inside the caller's one transaction: every change, the record of what was received, the
bundle log row and the audit entries land together or not at all."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from desktop.domain import (
    ELIGIBILITY_QUESTIONS,
    ConditionStatus,
    ContractState,
    EligibilityAnswer,
    Evidence,
    Referral,
    Role,
)
from desktop.domain.eligibility import facts_from, with_facts
from desktop.domain.ids import new_id
from desktop.domain.people import DECISION_LABELS, OVERRIDE_PREFIX
from desktop.services.sync import Record
from desktop.storage.case_bulk import ReferredPerson
from desktop.storage.sync_apply import Received, SyncWrites

from .plan import NEW_REFERRAL, Change, Plan

DEFAULT_KEYWORKER_SETTING = "sync_default_keyworker"
AuditRow = tuple[str, str, str, str, str]  # action, entity, entity_id, person_id, detail


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


def default_keyworker(writes: SyncWrites, username: str) -> str | None:
    """The keyworker whose caseload new referrals join (the setting names an active keyworker), else None."""
    if not username:
        return None
    user = writes.active_user(username)
    return user.id if user is not None and user.role is Role.KEYWORKER else None


class Applier:
    def __init__(
        self,
        writes: SyncWrites,
        partner_id: str,
        bundle_id: str,
        sequence: int,
        keyworker_id: str | None,
        now: datetime,
    ) -> None:
        self.s, self.partner_id, self.bundle_id, self.sequence = writes, partner_id, bundle_id, sequence
        self.keyworker_id = keyworker_id
        self.now = now  # aware UTC
        self.audit: list[AuditRow] = []
        self.received: dict[str, Received] = {}  # record id -> row (the last word per record wins)
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
        self.s.save_received(self.partner_id, list(self.received.values()), self.now)

    # -- the force's records -------------------------------------------------------------------------------
    def _create_referrals(self, changes: list[Change]) -> None:
        """New people in bulk (10,000 referrals are one bundle), each with the force's referral and
        progress-only consent."""
        if not changes:
            return
        rows = []
        note = f"from the force, bundle #{self.sequence}"
        for change in changes:
            data = change.record.data
            p = data["person"]
            pid, rid = new_id(), new_id()
            rows.append(
                ReferredPerson(
                    pid,
                    rid,
                    new_id(),
                    str(p["first_name"]),
                    str(p["last_name"]),
                    _d(p["date_of_birth"]),
                    str(data["force_reference"]),
                    p.get("pnc_id") or None,
                    p.get("phone") or "",
                    p.get("email") or "",
                    p.get("address") or "",
                    p.get("preferred_language") or "English",
                    self.keyworker_id,
                    str(data["force"]),
                    str(data["officer"]),
                    str(data["offence"]),
                    _d(data["offence_date"]),
                    _d(data["referral_date"]),
                    _eligibility(data),
                )
            )
            self.links[change.record.id] = pid
            self._received(change.record, pid, "applied", "")
            self.audit.append(("referral.create", "referral", rid, pid, note))
        self.s.add_referred_people(rows, self.now)

    def _apply_referral_update(self, change: Change) -> None:
        data, pid = change.record.data, change.person_id or ""
        person = self.s.person(pid)
        if person is None:
            return
        p = data["person"]

        def ours(name: str, held: str) -> str:  # contact details are ours once we hold them
            return held or str(p.get(name) or "")

        self.s.update_person(
            replace(
                person,
                first_name=str(p["first_name"]),
                last_name=str(p["last_name"]),
                date_of_birth=_d(p["date_of_birth"]),
                force_reference=str(data["force_reference"]),
                pnc_id=p.get("pnc_id") or person.pnc_id,
                phone=ours("phone", person.phone),
                email=ours("email", person.email),
                address=ours("address", person.address),
            )
        )
        facts = {
            "force": str(data["force"]),
            "officer": str(data["officer"]),
            "offence": str(data["offence"]),
            "offence_date": _d(data["offence_date"]),
            "referral_date": _d(data["referral_date"]),
        }
        current = self.s.latest_referral(pid)
        ref = replace(current, **facts) if current is not None else Referral(pid, **facts)  # type: ignore[arg-type]
        answers = bool(data.get("eligibility"))
        if answers:
            ref = replace(ref, eligibility=_eligibility(data))
        self.s.save_referral(ref, eligibility=answers or current is None)
        self.audit.append(
            ("referral.update", "referral", ref.id, pid, f"force's facts, bundle #{self.sequence}")
        )

    def _apply_reoffending(self, change: Change) -> None:
        data = change.record.data
        before = self.s.condition(str(change.target_id))
        new_ref = f", new reference {data['new_reference']}" if data.get("new_reference") else ""
        note = (
            f"force notified on {data['reported_on']} of an offence on {data['offence_date']}: "
            f"{data['offence']}{new_ref}"
        )
        after = before.change_status(
            ConditionStatus.NOT_MET, Evidence(_d(data["reported_on"]), note, "force")
        )
        self.s.update_condition(after, after.evidence[-1:])
        self.audit.append(
            (
                "condition.status",
                "condition",
                after.id,
                change.person_id or "",
                f"{before.status.value} -> not_met (force notified of reoffending)",
            )
        )

    def _apply_withdrawal(self, change: Change) -> None:
        data = change.record.data
        closed = self.s.contract(str(change.target_id)).transition(
            ContractState.WITHDRAWN, _d(data["withdrawn_on"]), f"withdrawn by the force: {data['reason']}"
        )
        self.s.update_contract(closed)
        self.audit.append(
            ("contract.close", "contract", closed.id, closed.person_id, "withdrawn (by the force)")
        )

    def _apply_decision(self, change: Change) -> None:
        """The force's decision goes on the person's latest referral; an open contract closes on it (withdrawn,
        with the decision as the reason: the provider did not see it completed or failed)."""
        data, pid = change.record.data, change.person_id or ""
        ref = self.s.latest_referral(pid)
        if ref is not None:
            self.s.save_referral(
                replace(
                    ref,
                    decision=str(data["decision"]),
                    decided_on=_d(data["decided_on"]),
                    decision_note=str(data.get("note") or ""),
                ),
                eligibility=False,
            )
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
        closed = self.s.contract(change.target_id).transition(
            ContractState.WITHDRAWN, _d(data["decided_on"]), f"closed on the force's decision: {label}"
        )
        self.s.update_contract(closed)
        self.audit.append(
            ("contract.close", "contract", closed.id, pid, f"withdrawn (the force decided {label})")
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
        received_at = datetime.fromisoformat(str(data["received_at"])[:-1]).replace(tzinfo=UTC)  # "...Z"
        self.s.acknowledge_sent(
            str(change.target_id), received_at, str(data["result"]), data.get("conflicts") or []
        )

    # -- what was received ---------------------------------------------------------------------------------
    def _received(self, record: Record, person_id: str | None, state: str, reason: str) -> None:
        self.received[record.id] = Received(
            record.type,
            record.id,
            record.version,
            record.id if record.type == "referral" else record.data.get("referral_id"),
            person_id or self.links.get(str(record.data.get("referral_id"))) or None,
            self.bundle_id,
            json.dumps(record.data, ensure_ascii=False, sort_keys=True),
            state,
            reason,
        )
