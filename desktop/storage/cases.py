"""People, referrals, contracts, conditions and appointments: read as domain objects, written with an audit entry."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop.domain import (
    Appointment,
    AppointmentOutcome,
    Consent,
    Person,
    Referral,
)

from . import convert
from .case_reads import CaseReads
from .caseload_query import CaseloadQueries
from .contract_writes import ContractWrites
from .errors import NotFound, PermissionDenied
from .privacy import keep_old_values
from .records import (
    AppointmentRecord,
    ConsentRecord,
    PersonRecord,
    ReferralRecord,
    Tracked,
    UserRecord,
)
from .search_index import SearchEntry, index_people, reindex_all
from .visibility import caseload_owner


class CaseRepository(CaseloadQueries, CaseReads, ContractWrites):
    """People, referrals, contracts, conditions and appointments of the visible caseload; the reads and the
    contract writes live in the classes it is made of (caseload_query, case_reads, contract_writes)."""

    # -- writing -------------------------------------------------------------------------------------------
    def _index(self, s: Session, p: Person) -> None:
        index_people(s, [SearchEntry(p.id, p.first_name, p.last_name, p.force_reference, p.pnc_id)])

    def add_referral(self, person: Person, referral: Referral, consent: Consent) -> Person:
        """A new person with their referral and consent; a keyworker's own referrals land on their caseload."""
        owner = caseload_owner(self._user)
        if person.keyworker_id is None and owner is not None:
            person = replace(person, keyworker_id=owner)
        if referral.overrides and not self._user.role.sees_everyone:
            raise PermissionDenied("only a manager can override a failed eligibility criterion")
        with self._store.write() as s:
            s.add(PersonRecord(id=person.id, **convert.person_fields(person)))
            s.flush()
            s.add(ReferralRecord(id=referral.id, **convert.referral_fields(referral)))
            s.add(ConsentRecord(id=consent.id, **convert.consent_fields(consent)))
            self._index(s, person)
            detail = (
                "eligible"
                if referral.eligible
                else "failed eligibility: "
                + ", ".join(a.question_id for a in referral.failed_eligibility if not a.overridden)
            )
            if referral.overrides:
                detail += "; manager override: " + "; ".join(
                    f"{a.question_id} ({a.override_reason})" for a in referral.overrides
                )
            self._audit(s, "referral.create", "referral", referral.id, person.id, detail)
        return person

    def update_person(self, person: Person) -> Person:
        with self._store.write() as s:
            rec = self._visible(s, person.id)
            self._bump(rec, person.version, "person's details")
            fields = convert.person_fields(person)
            old = {k: getattr(rec, k) for k, v in fields.items() if getattr(rec, k) != v}
            for k, v in fields.items():
                setattr(rec, k, v)
            self._index(s, person)
            detail = ""
            if old:  # the old values go to a row an erasure can remove, never into the chained entry
                kept = keep_old_values(s, person.id, old, self._user.username, self._store.now())
                detail = f"changed {', '.join(sorted(old))}; old values kept in person_history {kept}"
            self._audit(s, "person.update", "person", person.id, person.id, detail)
            return convert.person(rec)

    def save_consent(self, consent: Consent) -> Consent:
        with self._store.write() as s:
            self._visible(s, consent.person_id)
            rec = s.scalar(select(ConsentRecord).where(ConsentRecord.person_id == consent.person_id))
            if rec is None:
                rec = ConsentRecord(id=consent.id, **convert.consent_fields(consent))
                s.add(rec)
            else:
                self._bump(rec, consent.version, "consent")
                for k, v in convert.consent_fields(consent).items():
                    setattr(rec, k, v)
            s.flush()
            self._audit(
                s, "consent.update", "consent", rec.id, consent.person_id, consent.police_sharing.value
            )
            return convert.consent(rec)

    def schedule_appointment(self, appt: Appointment) -> Appointment:
        with self._store.write() as s:
            self._visible(s, appt.person_id)
            s.add(AppointmentRecord(id=appt.id, **convert.appointment_fields(appt)))
            s.flush()
            self._audit(s, "appointment.schedule", "appointment", appt.id, appt.person_id, appt.kind.value)
        return appt

    def record_outcome(self, appt: Appointment, outcome: AppointmentOutcome, notes: str) -> Appointment:
        after = appt.record(outcome, notes, self._user.username, self._store.clock())
        with self._store.write() as s:
            rec = s.get(AppointmentRecord, appt.id)
            if rec is None:
                raise NotFound("no such appointment")
            self._visible(s, rec.person_id)
            self._bump(rec, appt.version, "appointment")
            for k, v in convert.appointment_fields(after).items():
                setattr(rec, k, v)
            self._audit(s, "appointment.outcome", "appointment", appt.id, appt.person_id, outcome.value)
            return replace(after, version=rec.row_version)

    def accept_absence(self, appt: Appointment, reason: str, text_: str = "") -> Appointment:
        """Mark a missed or cancelled appointment as an acceptable absence (reason code of
        `compliance.ACCEPTABLE_REASONS`; "other" needs `text_`); "" takes the acceptance back. Audited."""
        from desktop.domain.compliance import ACCEPTABLE_REASONS

        if reason and reason not in ACCEPTABLE_REASONS:
            raise ValueError(f"unknown absence reason {reason!r}: one of {', '.join(ACCEPTABLE_REASONS)}")
        if reason == "other" and not text_.strip():
            raise ValueError("an absence accepted for another reason needs that reason in words")
        if reason and (appt.outcome is None or appt.outcome.counts_as_attended):
            raise ValueError("only a missed or cancelled appointment can be an accepted absence")
        code = f"other: {' '.join(text_.split())}" if reason == "other" else reason
        with self._store.write() as s:
            rec = s.get(AppointmentRecord, appt.id)
            if rec is None:
                raise NotFound("no such appointment")
            self._visible(s, rec.person_id)
            self._bump(rec, appt.version, "appointment")
            rec.absence_reason = code
            self._audit(
                s,
                "appointment.absence_accepted" if code else "appointment.absence_unaccepted",
                "appointment",
                appt.id,
                appt.person_id,
                reason,
            )
            return replace(appt, absence_reason=code, version=rec.row_version)

    def _assignable(self, s: Session, keyworker_id: str | None) -> UserRecord | None:
        if not self._user.role.sees_everyone:
            raise PermissionDenied(
                f"{self._user.username} is a {self._user.role.value}; only a manager or an "
                "admin assigns keyworkers"
            )
        if keyworker_id is None:
            return None
        user = s.get(UserRecord, keyworker_id)
        if user is None or not user.active:
            raise NotFound("no such keyworker (or their account is disabled)")
        return user

    def assign_keyworker(self, person_id: str, keyworker_id: str | None) -> Person:
        """Managers and admins: give the person a keyworker (None: unassigned), audited as person.assign with
        both names, which is what tells the new keyworker at their next sign-in."""
        with self._store.write() as s:
            user = self._assignable(s, keyworker_id)
            rec = self._visible(s, person_id)
            if rec.keyworker_id == keyworker_id:
                return convert.person(rec)
            old = s.get(UserRecord, rec.keyworker_id) if rec.keyworker_id else None
            rec.keyworker_id = keyworker_id
            rec.row_version += 1
            self._audit(
                s,
                "person.assign",
                "person",
                person_id,
                person_id,
                f"to {user.username if user else 'unassigned'} (was {old.username if old else 'unassigned'})",
            )
            return convert.person(rec)

    def transfer_caseload(self, from_id: str, to_id: str) -> list[str]:
        """Everyone on one keyworker's caseload to another (a member of staff leaving): one person.assign entry
        each, in one transaction. Returns the ids of the people moved."""
        with self._store.write() as s:
            to = self._assignable(s, to_id)
            assert to is not None
            old = s.get(UserRecord, from_id)
            if old is None:
                raise NotFound("no such keyworker")
            moved = list(s.scalars(select(PersonRecord).where(PersonRecord.keyworker_id == from_id)))
            for rec in moved:
                rec.keyworker_id = to_id
                rec.row_version += 1
                self._audit(
                    s,
                    "person.assign",
                    "person",
                    rec.id,
                    rec.id,
                    f"to {to.username} (was {old.username}; caseload transferred)",
                )
            return [r.id for r in moved]

    # -- bulk (demo data, benchmarks, sync imports) --------------------------------------------------------
    def bulk_insert(self, s: Session, record_cls: type[Tracked], rows: list[dict[str, Any]]) -> None:
        if rows:
            s.execute(insert(record_cls), rows)

    def reindex_all(self, s: Session) -> None:
        reindex_all(s)
