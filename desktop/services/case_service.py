"""The cases feature as the UI sees it: one object over the case repository whose every write returns what it
touched (a `Changes`, or a `Written` when the caller needs what was saved), so the window refreshes exactly the
views a save affects and no dialog or controller has to say it again.

Reads pass straight through to `CaseRepository`; writes call it and name the people (and whether the returns
due or a person's needs coverage may differ) in the result."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.domain import (
    Appointment,
    AppointmentOutcome,
    Case,
    CaseloadRow,
    Condition,
    ConditionStatus,
    Consent,
    Contract,
    ContractState,
    Evidence,
    Person,
    Referral,
)
from desktop.domain.changes import Changes, Written
from desktop.domain.onward import OnwardReferral
from desktop.domain.variations import Variation
from desktop.domain.victims import VictimContact
from desktop.storage.audit import AuditEntry
from desktop.storage.cases import CaseRepository


def case_changes(person_id: str) -> Changes:
    """Contract, conditions, keyworker, safety, details: the row, the record, the needs coverage (conditions
    decide which needs are covered) and the returns due (a contract start or final notice) may differ."""
    return Changes(people=frozenset([person_id]), assessments=frozenset([person_id]), returns=True)


def session_changes(person_id: str) -> Changes:
    """An outcome changes the row, the record and perhaps the returns due (a missed session can make a
    non-compliance notice due); the assessments stay as they were."""
    return Changes.for_people([person_id], returns=True)


@dataclass(frozen=True, slots=True)
class CaseService:
    repo: CaseRepository

    # -- reads ---------------------------------------------------------------------------------------------
    def caseload(self, now: datetime | None = None, only: Collection[str] | None = None) -> list[CaseloadRow]:
        return self.repo.caseload(now, only)

    def force_decisions(self, only: Collection[str] | None = None) -> dict[str, str]:
        return self.repo.force_decisions(only)

    def search(self, query: str, limit: int = 200) -> list[str]:
        return self.repo.search(query, limit=limit)

    def load_case(self, person_id: str) -> Case:
        return self.repo.load_case(person_id)

    def open_case(self, person_id: str) -> Case:
        """The audited opening of a record (a read: its audit line changes no view but the timeline it loads)."""
        return self.repo.open_case(person_id)

    def timeline(self, person_id: str) -> list[AuditEntry]:
        return self.repo.timeline(person_id)

    def appointments_between(self, start: datetime, end: datetime) -> list[tuple[Appointment, Person]]:
        return self.repo.appointments_between(start, end)

    def scans(self, contract_id: str) -> list[Any]:
        return self.repo.scans(contract_id)

    def onward_referrals(self, person_id: str) -> list[OnwardReferral]:
        return list(self.repo.onward_referrals(person_id))

    def victim_contacts(self, person_id: str) -> dict[str, VictimContact]:
        return dict(self.repo.victim_contacts(person_id))

    def variations(self, contract_id: str) -> list[Variation]:
        return self.repo.variations(contract_id)

    # -- writes --------------------------------------------------------------------------------------------
    def add_referral(self, person: Person, referral: Referral, consent: Consent) -> Written[Person]:
        added = self.repo.add_referral(person, referral, consent)
        return Written(added, Changes.for_people([added.id]))

    def update_person(self, person: Person) -> Written[Person]:
        return Written(self.repo.update_person(person), case_changes(person.id))

    def save_consent(self, consent: Consent) -> Written[Consent]:
        return Written(self.repo.save_consent(consent), case_changes(consent.person_id))

    def sign_contract(
        self,
        person_id: str,
        signed_on: date,
        conditions: list[Condition],
        end_date: date | None,
        max_conditions: int,
    ) -> Written[Contract]:
        contract = self.repo.sign_contract(person_id, signed_on, conditions, end_date, max_conditions)
        return Written(contract, case_changes(person_id))

    def close_contract(
        self, contract: Contract, state: ContractState, on: date, reason: str
    ) -> Written[Contract]:
        return Written(
            self.repo.close_contract(contract, state, on, reason), case_changes(contract.person_id)
        )

    def record_variation(
        self,
        person_id: str,
        variation: Variation,
        *,
        contract: Contract | None = None,
        condition: Condition | None = None,
        new_condition: bool = False,
    ) -> Written[Variation]:
        kept = self.repo.record_variation(
            variation, contract=contract, condition=condition, new_condition=new_condition
        )
        return Written(kept, case_changes(person_id))

    def change_condition_status(
        self, person_id: str, condition: Condition, status: ConditionStatus, evidence: Evidence
    ) -> Written[Condition]:
        return Written(
            self.repo.change_condition_status(condition, status, evidence), case_changes(person_id)
        )

    def add_condition_progress(
        self, person_id: str, condition: Condition, amount: float, evidence: Evidence
    ) -> Written[Condition]:
        return Written(self.repo.add_condition_progress(condition, amount, evidence), case_changes(person_id))

    def schedule_appointment(self, appt: Appointment) -> Written[Appointment]:
        return Written(self.repo.schedule_appointment(appt), case_changes(appt.person_id))

    def record_outcome(
        self, appt: Appointment, outcome: AppointmentOutcome, notes: str
    ) -> Written[Appointment]:
        return Written(self.repo.record_outcome(appt, outcome, notes), session_changes(appt.person_id))

    def record_walk_in(
        self, appt: Appointment, outcome: AppointmentOutcome, notes: str
    ) -> Written[Appointment]:
        """A session nobody booked: scheduled and its outcome recorded, one save for the person at the desk."""
        booked = self.repo.schedule_appointment(appt)
        return Written(self.repo.record_outcome(booked, outcome, notes), session_changes(appt.person_id))

    def assign_keyworker(self, person_id: str, keyworker_id: str | None) -> Written[Person]:
        return Written(self.repo.assign_keyworker(person_id, keyworker_id), case_changes(person_id))

    def transfer_caseload(self, from_id: str, to_id: str) -> Written[list[str]]:
        """Everyone on one caseload to another: the moved rows, both keyworkers' lists and the returns."""
        moved = self.repo.transfer_caseload(from_id, to_id)
        return Written(moved, Changes(all_people=True, staff=True, returns=True))

    def save_onward_referral(self, referral: OnwardReferral) -> Written[OnwardReferral]:
        return Written(self.repo.save_onward_referral(referral), case_changes(referral.person_id))

    def save_victim_contact(self, contact: VictimContact) -> Written[VictimContact]:
        return Written(self.repo.save_victim_contact(contact), case_changes(contact.person_id))

    def attach_scan(self, person_id: str, contract_id: str, file_name: str, data: bytes) -> Written[Any]:
        return Written(self.repo.attach_scan(contract_id, file_name, data), case_changes(person_id))

    def export_scan(self, person_id: str, scan_id: str, path: Path, purpose: str = "saved") -> Written[Any]:
        """A decrypted copy (0600), audited: the record's timeline shows who took it."""
        return Written(self.repo.export_scan(scan_id, path, purpose), case_changes(person_id))
