"""Onward referrals and victim contacts: read as domain objects, written with an audit entry (no content).

Reached through `store.cases` (CaseRepository delegates here, as it does for scans); the caseload rules apply:
a keyworker sees and writes only their own people's records. Audit details name what changed, never the agency
note, the victim's name, contact details or the outcome's words.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from desktop.domain import ConditionType, Pathway
from desktop.domain.errors import DomainError
from desktop.domain.onward import Accepted, OnwardReferral, checked
from desktop.domain.victims import VICTIM_CONDITIONS, ContactHow, VictimContact, VictimWishes
from desktop.domain.victims import checked as checked_victim

from .errors import NotFound
from .onward_records import OnwardReferralRecord, VictimContactRecord
from .records import ConditionRecord, ContractRecord


def _referral(r: OnwardReferralRecord) -> OnwardReferral:
    return OnwardReferral(
        r.person_id,
        Pathway(r.pathway),
        r.agency,
        r.referred_on,
        Accepted(r.accepted),
        r.accepted_on,
        r.first_attended_on,
        r.note,
        id=r.id,
        row_version=r.row_version,
        recorded_by=r.recorded_by,
    )


def _victim(r: VictimContactRecord) -> VictimContact:
    return VictimContact(
        r.condition_id,
        r.person_id,
        VictimWishes(r.wishes),
        r.wishes_on,
        r.contact_on,
        ContactHow(r.contact_how) if r.contact_how else None,
        r.outcome,
        r.outcome_on,
        r.victim_name,
        r.victim_contact,
        id=r.id,
        row_version=r.row_version,
    )


def _today(store: Any) -> date:
    return store.clock().date()  # type: ignore[no-any-return]


def onward_referrals(store: Any, person_id: str) -> list[OnwardReferral]:
    """The person's onward referrals, oldest first."""
    with store.session() as s:
        store.cases._visible(s, person_id)
        rows = s.scalars(
            select(OnwardReferralRecord)
            .where(OnwardReferralRecord.person_id == person_id)
            .order_by(OnwardReferralRecord.referred_on, OnwardReferralRecord.created_at)
        )
        return [_referral(r) for r in rows]


def save_onward_referral(store: Any, referral: OnwardReferral) -> OnwardReferral:
    """Record a new referral or update one (its row version must match: someone else may have changed it)."""
    cases = store.cases
    r = checked(referral, _today(store))
    with store.write() as s:
        cases._visible(s, r.person_id)
        rec = s.get(OnwardReferralRecord, r.id)
        values = {
            "pathway": r.pathway.value,
            "agency": r.agency,
            "referred_on": r.referred_on,
            "accepted": r.accepted.value,
            "accepted_on": r.accepted_on,
            "first_attended_on": r.first_attended_on,
            "note": r.note,
        }
        if rec is None:
            rec = OnwardReferralRecord(
                id=r.id, person_id=r.person_id, recorded_by=cases._user.username, **values
            )
            s.add(rec)
            action, detail = "onward.create", f"{r.pathway.value}: referred {r.referred_on.isoformat()}"
        else:
            if rec.person_id != r.person_id:
                raise NotFound("no such onward referral for this person")
            changed = sorted(k for k, v in values.items() if getattr(rec, k) != v)
            cases._bump(rec, r.row_version, "onward referral")
            for k, v in values.items():
                setattr(rec, k, v)
            action, detail = "onward.update", "changed " + (", ".join(changed) or "nothing")
        s.flush()
        detail += f"; accepted {r.accepted.value}" + (
            f" on {r.accepted_on.isoformat()}" if r.accepted_on else ""
        )
        if r.first_attended_on:
            detail += f"; first attended {r.first_attended_on.isoformat()}"
        cases._audit(s, action, "onward_referral", rec.id, r.person_id, detail)
        return _referral(rec)


def victim_contacts(store: Any, person_id: str) -> dict[str, VictimContact]:
    """The person's victim records by condition id."""
    with store.session() as s:
        store.cases._visible(s, person_id)
        rows = s.scalars(select(VictimContactRecord).where(VictimContactRecord.person_id == person_id))
        return {r.condition_id: _victim(r) for r in rows}


def save_victim_contact(store: Any, contact: VictimContact) -> VictimContact:
    """Record or update the victim side of one victim-related condition of the person's contract."""
    cases = store.cases
    v = checked_victim(contact, _today(store))
    with store.write() as s:
        cond = s.get(ConditionRecord, v.condition_id)
        contract = s.get(ContractRecord, cond.contract_id) if cond is not None else None
        if cond is None or contract is None or contract.person_id != v.person_id:
            raise NotFound("no such condition on this person's contract")
        cases._visible(s, v.person_id)
        if ConditionType(cond.type) not in VICTIM_CONDITIONS:
            raise DomainError("victim.not_victim_condition")
        values = {
            "wishes": v.wishes.value,
            "wishes_on": v.wishes_on,
            "contact_on": v.contact_on,
            "contact_how": v.contact_how.value if v.contact_how else None,
            "outcome": v.outcome,
            "outcome_on": v.outcome_on,
            "victim_name": v.victim_name,
            "victim_contact": v.victim_contact,
        }
        rec = s.scalars(
            select(VictimContactRecord).where(VictimContactRecord.condition_id == v.condition_id)
        ).first()
        if rec is None:
            rec = VictimContactRecord(id=v.id, condition_id=v.condition_id, person_id=v.person_id, **values)
            s.add(rec)
            changed = sorted(k for k, val in values.items() if val not in (None, ""))
            action = "victim.create"
        else:
            changed = sorted(k for k, val in values.items() if getattr(rec, k) != val)
            cases._bump(rec, v.row_version, "victim record")
            for k, val in values.items():
                setattr(rec, k, val)
            action = "victim.update"
        s.flush()
        detail = f"wishes {v.wishes.value}; changed {', '.join(changed) or 'nothing'}"  # names fields only
        cases._audit(s, action, "victim_contact", rec.id, v.person_id, detail)
        return _victim(rec)


def onward_and_victims_for(
    store: Any, person_ids: list[str]
) -> tuple[dict[str, list[OnwardReferral]], dict[str, dict[str, VictimContact]]]:
    """Both, for many people in two queries (a batch of returns); people not visible to the user are left out."""
    referrals: dict[str, list[OnwardReferral]] = {}
    victims: dict[str, dict[str, VictimContact]] = {}
    with store.session() as s:
        wanted = set(person_ids) & set(store.cases.visible_person_ids(s))
        ids = sorted(wanted)
        for r in s.scalars(
            select(OnwardReferralRecord)
            .where(OnwardReferralRecord.person_id.in_(ids))
            .order_by(OnwardReferralRecord.referred_on, OnwardReferralRecord.created_at)
        ):
            referrals.setdefault(r.person_id, []).append(_referral(r))
        for v in s.scalars(select(VictimContactRecord).where(VictimContactRecord.person_id.in_(ids))):
            victims.setdefault(v.person_id, {})[v.condition_id] = _victim(v)
    return referrals, victims
