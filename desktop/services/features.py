"""The typed bundle of one service object per feature, built once after unlock by the composition root
(`desktop/app/root.py`) and handed to the UI inside its `AppContext`. The UI reads these; it never builds a
repository or a workflow itself.

Staff, safety and privacy are functions over the store in their own modules; the small objects here bind them to
the unlocked store (and safety to the catalogue loaded once), so a widget needs no store to call them. Every write
returns what it touched (`desktop.domain.changes`): a `Changes`, or a `Written` with the saved value beside it."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop.domain import Condition, Role, User
from desktop.domain.assessments import Assessment
from desktop.domain.changes import Changes, Written
from desktop.domain.pathway_needs import NeedCoverage
from desktop.domain.safety import SafetyAcknowledgement, SafetyAction, SafetyConcern
from desktop.storage.store import CaseStore

from . import assignments, safety, users
from .assessment_service import AssessmentService
from .case_service import CaseService, case_changes
from .instruments import InstrumentCatalogue
from .pathway_conditions import coverage_for_person, suggested_pathway_conditions
from .privacy import retention, sar
from .replica.feature import ReplicaService
from .reports import ReportService
from .returns_service import ReturnsService
from .sync_service import SyncService

ACCOUNTS = Changes(staff=True)  # names and roles in pickers and records; nobody's case


@dataclass(frozen=True, slots=True)
class StaffService:
    store: CaseStore

    def members(self) -> list[users.StaffMember]:
        return users.list_staff(self.store)

    def users(self) -> list[User]:
        """Every account (the keyworker pickers and the names shown beside people)."""
        return self.store.users()

    def add(self, username: str, display_name: str, role: Role, passphrase: str) -> Written[User]:
        return Written(users.add_staff(self.store, username, display_name, role, passphrase), ACCOUNTS)

    def disable(self, username: str, transfer_to: str | None = None) -> Written[list[str]]:
        """The people moved to `transfer_to`, if any: then every row may show someone else."""
        moved = users.disable_staff(self.store, username, transfer_to)
        return Written(moved, Changes(all_people=True, staff=True, returns=True) if moved else ACCOUNTS)

    def change_role(self, username: str, role: Role, new_passphrase: str) -> Changes:
        users.change_staff_role(self.store, username, role, new_passphrase)
        return ACCOUNTS

    def reset_passphrase(self, username: str, new_passphrase: str) -> Changes:
        users.reset_passphrase(self.store, username, new_passphrase)
        return ACCOUNTS

    def take_assignment_notice(self) -> list[assignments.NewlyAssigned]:
        return assignments.take_assignment_notice(self.store)


@dataclass(frozen=True, slots=True)
class SafetyService:
    store: CaseStore
    catalogue: InstrumentCatalogue

    def open_alerts(self, person_ids: Collection[str] | None = None) -> dict[str, list[SafetyConcern]]:
        return safety.open_alerts(self.store, person_ids, self.catalogue)

    def acknowledge(
        self,
        person_id: str,
        concerns: Collection[SafetyConcern],
        action: SafetyAction,
        text: str,
        now: datetime,
    ) -> Written[SafetyAcknowledgement]:
        """What was done about the concerns: the record's alert closes, and the row's flag with it."""
        ack = safety.acknowledge(self.store, person_id, concerns, action, text, now)
        return Written(ack, case_changes(person_id))


@dataclass(frozen=True, slots=True)
class NeedsService:
    """A person's assessed needs against their contract's conditions (reads only)."""

    store: CaseStore

    def coverage(
        self, person_id: str, assessments: Iterable[Assessment] | None = None
    ) -> tuple[NeedCoverage, ...] | None:
        return coverage_for_person(self.store, person_id, assessments)

    def suggested_conditions(self, person_id: str, contract_id: str = "") -> list[Condition]:
        """One pathway condition per high or medium need, for the contract to sign."""
        return suggested_pathway_conditions(self.store, person_id, contract_id)


@dataclass(frozen=True, slots=True)
class PrivacyService:
    store: CaseStore

    def retention_plan(self, today: date) -> retention.Plan:
        return retention.plan(self.store, today)

    def apply_retention(self, the_plan: retention.Plan) -> Written[tuple[int, int]]:
        """(people erased, backups deleted); erased people leave the caseload, tabs and returns."""
        return Written(retention.apply(self.store, the_plan), Changes.everything())

    def subject_access_export(self, reference: str, out_dir: Path) -> sar.SarFiles:
        return sar.export(self.store, reference, out_dir)


@dataclass(frozen=True, slots=True)
class Services:
    store: CaseStore  # the unlocked store every feature below shares; the UI reaches it only through them
    cases: CaseService
    assessments: AssessmentService  # knows the catalogue's definitions (scores, follow-ups)
    returns: ReturnsService  # the queue, drafting, signing (writes return Changes); rules load once, on use
    sync: SyncService
    staff: StaffService
    safety: SafetyService
    needs: NeedsService
    privacy: PrivacyService
    reports: ReportService
    catalogue: InstrumentCatalogue  # the shipped instruments and the store's own, loaded once
    max_conditions: int  # the compliance scheme's cap on a contract's conditions, read once

    @property
    def replicas(self) -> ReplicaService:
        """Replicas of this store: make one, exchange bundles, conflicts, devices (docs/replicas.md)."""
        return ReplicaService(self.store)

    @property
    def user(self) -> User:
        """Who signed in (their role decides what the window offers)."""
        return self.store.user

    @property
    def folder(self) -> Path:
        """The store's folder (the window title, the About box)."""
        return self.store.folder

    def setting(self, key: str, default: str = "") -> str:
        """A store setting (read from memory after the first read)."""
        return self.store.setting(key, default)

    def set_setting(self, key: str, value: str) -> Changes:
        self.store.set_setting(key, value)
        return Changes(settings=frozenset([key]))
