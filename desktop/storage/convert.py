"""Mapping between ORM records and detached domain objects, both ways."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from desktop.domain import (
    Appointment,
    AppointmentKind,
    AppointmentOutcome,
    Condition,
    ConditionStatus,
    ConditionType,
    Consent,
    Contract,
    ContractState,
    EligibilityAnswer,
    Evidence,
    Pathway,
    Person,
    PoliceSharing,
    Referral,
    Role,
    User,
)
from desktop.domain.demographics import Disability, Ethnicity, GenderIdentity, Sex

from .records import (
    AppointmentRecord,
    ConditionRecord,
    ConsentRecord,
    ContractRecord,
    EvidenceRecord,
    PersonRecord,
    ReferralRecord,
    UserRecord,
)

# Plain dict look-ups: calling an Enum class per row is the slowest part of reading a large caseload.
APPOINTMENT_OUTCOMES = {e.value: e for e in AppointmentOutcome}
_KINDS = {e.value: e for e in AppointmentKind}
_CONDITION_TYPES = {e.value: e for e in ConditionType}
_CONDITION_STATUSES = {e.value: e for e in ConditionStatus}
_CONTRACT_STATES = {e.value: e for e in ContractState}
_PATHWAYS = {e.value: e for e in Pathway}
CONTRACT_STATES, CONDITION_TYPES, CONDITION_STATUSES, PATHWAYS = (
    _CONTRACT_STATES,
    _CONDITION_TYPES,
    _CONDITION_STATUSES,
    _PATHWAYS,
)
SEXES = {e.value: e for e in Sex}
ETHNICITIES = {e.value: e for e in Ethnicity}
GENDER_IDENTITIES = {e.value: e for e in GenderIdentity}
DISABILITIES = {e.value: e for e in Disability}


def user(rec: UserRecord) -> User:
    return User(rec.username, rec.display_name, Role(rec.role), id=rec.id, active=rec.active)


def person(rec: PersonRecord) -> Person:
    return Person(
        rec.first_name,
        rec.last_name,
        rec.date_of_birth,
        rec.force_reference,
        rec.keyworker_id,
        rec.pnc_id,
        rec.phone,
        rec.email,
        rec.address,
        rec.preferred_language,
        id=rec.id,
        version=rec.row_version,
        sex=SEXES.get(rec.sex, Sex.NOT_RECORDED),
        ethnicity=ETHNICITIES.get(rec.ethnicity, Ethnicity.NOT_RECORDED),
        gender_identity=GENDER_IDENTITIES.get(rec.gender_identity, GenderIdentity.NOT_RECORDED),
        disability=DISABILITIES.get(rec.disability, Disability.NOT_RECORDED),
        gp_practice=rec.gp_practice or "",
        emergency_name=rec.emergency_name or "",
        emergency_phone=rec.emergency_phone or "",
        emergency_relationship=rec.emergency_relationship or "",
    )


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def person_from_row(r: Any) -> Person:
    """From (id, first_name, last_name, date_of_birth, force_reference, keyworker_id, pnc_id, row_version) as text."""
    return Person(r[1], r[2], date.fromisoformat(r[3]), r[4], r[5], r[6], id=r[0], version=r[7])


def contract_from_row(r: Any) -> Contract:
    """From (id, person_id, state, offered_on, signed_on, end_date, closed_on, outcome_reason, row_version)."""
    return Contract(
        r[1],
        _CONTRACT_STATES[r[2]],
        _day(r[3]),
        _day(r[4]),
        _day(r[5]),
        _day(r[6]),
        r[7],
        id=r[0],
        version=r[8],
    )


def condition_from_row(r: Any) -> Condition:
    """From (id, contract_id, type, title, target, unit, progress, status, pathway, position, row_version
    [, counts_kind])."""
    kind = r[11] if len(r) > 11 else None
    return Condition(
        r[1],
        _CONDITION_TYPES[r[2]],
        r[3],
        "",
        r[4],
        r[5],
        r[6],
        _CONDITION_STATUSES[r[7]],
        _PATHWAYS[r[8]] if r[8] else None,
        (),
        r[9],
        id=r[0],
        version=r[10],
        counts_kind=_KINDS[kind] if kind else None,
    )


def person_fields(p: Person) -> dict[str, object]:
    return {
        "first_name": p.first_name,
        "last_name": p.last_name,
        "date_of_birth": p.date_of_birth,
        "force_reference": p.force_reference,
        "pnc_id": p.pnc_id,
        "phone": p.phone,
        "email": p.email,
        "address": p.address,
        "preferred_language": p.preferred_language,
        "keyworker_id": p.keyworker_id,
        "sex": p.sex.value,
        "ethnicity": p.ethnicity.value,
        "gender_identity": p.gender_identity.value,
        "disability": p.disability.value,
        "gp_practice": p.gp_practice,
        "emergency_name": p.emergency_name,
        "emergency_phone": p.emergency_phone,
        "emergency_relationship": p.emergency_relationship,
    }


def referral(rec: ReferralRecord) -> Referral:
    answers = tuple(
        EligibilityAnswer(a["question_id"], bool(a["answer"]), a.get("note", ""))
        for a in json.loads(rec.eligibility_json)
    )
    return Referral(
        rec.person_id,
        rec.force,
        rec.officer,
        rec.offence,
        rec.offence_date,
        rec.referral_date,
        answers,
        id=rec.id,
        version=rec.row_version,
        decision=rec.decision or "",
        decided_on=rec.decided_on,
        decision_note=rec.decision_note or "",
    )


def referral_fields(r: Referral) -> dict[str, object]:
    answers = [{"question_id": a.question_id, "answer": a.answer, "note": a.note} for a in r.eligibility]
    return {
        "person_id": r.person_id,
        "force": r.force,
        "officer": r.officer,
        "offence": r.offence,
        "offence_date": r.offence_date,
        "referral_date": r.referral_date,
        "eligibility_json": json.dumps(answers),
    }


def consent(rec: ConsentRecord) -> Consent:
    return Consent(
        rec.person_id,
        PoliceSharing(rec.police_sharing),
        rec.national_reporting,
        rec.recorded_on,
        rec.sharing_agreement_ref,
        id=rec.id,
        version=rec.row_version,
    )


def consent_fields(c: Consent) -> dict[str, object]:
    return {
        "person_id": c.person_id,
        "police_sharing": c.police_sharing.value,
        "national_reporting": c.national_reporting,
        "recorded_on": c.recorded_on,
        "sharing_agreement_ref": c.sharing_agreement_ref,
    }


def contract(rec: ContractRecord) -> Contract:
    return Contract(
        rec.person_id,
        _CONTRACT_STATES[rec.state],
        rec.offered_on,
        rec.signed_on,
        rec.end_date,
        rec.closed_on,
        rec.outcome_reason,
        id=rec.id,
        version=rec.row_version,
        paused_on=getattr(rec, "paused_on", None),
    )


def contract_fields(c: Contract) -> dict[str, object]:
    return {
        "person_id": c.person_id,
        "state": c.state.value,
        "offered_on": c.offered_on,
        "signed_on": c.signed_on,
        "end_date": c.end_date,
        "closed_on": c.closed_on,
        "outcome_reason": c.outcome_reason,
        "paused_on": c.paused_on,
    }


def evidence(rec: EvidenceRecord) -> Evidence:
    return Evidence(
        rec.on,
        rec.text,
        rec.recorded_by,
        id=rec.id,
        amount=rec.amount,
        status=ConditionStatus(rec.status) if rec.status else None,
        recorded_at=rec.created_at,
    )


def condition(rec: ConditionRecord, evidence_items: tuple[Evidence, ...] = ()) -> Condition:
    return Condition(
        rec.contract_id,
        _CONDITION_TYPES[rec.type],
        rec.title,
        rec.description,
        rec.target,
        rec.unit,
        rec.progress,
        _CONDITION_STATUSES[rec.status],
        _PATHWAYS[rec.pathway] if rec.pathway else None,
        evidence_items,
        rec.position,
        id=rec.id,
        version=rec.row_version,
        counts_kind=_KINDS[rec.counts_kind] if rec.counts_kind else None,
    )


def condition_fields(c: Condition) -> dict[str, object]:
    return {
        "contract_id": c.contract_id,
        "type": c.type.value,
        "title": c.title,
        "description": c.description,
        "target": c.target,
        "unit": c.unit,
        "progress": c.progress,
        "status": c.status.value,
        "pathway": c.pathway.value if c.pathway else None,
        "position": c.position,
        "counts_kind": c.counts_kind.value if c.counts_kind else None,
    }


def appointment(rec: AppointmentRecord) -> Appointment:
    return Appointment(
        rec.person_id,
        rec.planned_at,
        _KINDS[rec.kind],
        rec.with_whom,
        rec.duration_minutes,
        APPOINTMENT_OUTCOMES[rec.outcome] if rec.outcome else None,
        rec.notes,
        rec.recorded_by,
        id=rec.id,
        version=rec.row_version,
        absence_reason=rec.absence_reason or "",
    )


def appointment_fields(a: Appointment) -> dict[str, object]:
    return {
        "person_id": a.person_id,
        "planned_at": a.planned_at,
        "kind": a.kind.value,
        "with_whom": a.with_whom,
        "duration_minutes": a.duration_minutes,
        "outcome": a.outcome.value if a.outcome else None,
        "notes": a.notes,
        "recorded_by": a.recorded_by,
        "absence_reason": a.absence_reason,
    }
