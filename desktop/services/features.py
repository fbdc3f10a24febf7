"""The typed bundle of one service object per feature, built once after unlock by the composition root
(`desktop/app/root.py`) and handed to the UI inside its `AppContext`. The UI reads these; it never builds a
repository or a workflow itself.

Staff, safety and privacy are functions over the store in their own modules; the small objects here bind them to
the unlocked store (and safety to the catalogue loaded once), so a widget needs no store to call them."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop.domain import Role, User
from desktop.domain.safety import SafetyAcknowledgement, SafetyAction, SafetyConcern
from desktop.storage.assessments import AssessmentRepository
from desktop.storage.cases import CaseRepository
from desktop.storage.store import CaseStore
from desktop.storage.sync_repo import SyncRepository

from . import assignments, safety, users
from .instruments import InstrumentCatalogue
from .privacy import retention, sar
from .reports import ReportService
from .returns_workflow import ReturnWorkflow


@dataclass(frozen=True, slots=True)
class StaffService:
    store: CaseStore

    def members(self) -> list[users.StaffMember]:
        return users.list_staff(self.store)

    def add(self, username: str, display_name: str, role: Role, passphrase: str) -> User:
        return users.add_staff(self.store, username, display_name, role, passphrase)

    def disable(self, username: str, transfer_to: str | None = None) -> list[str]:
        return users.disable_staff(self.store, username, transfer_to)

    def change_role(self, username: str, role: Role, new_passphrase: str) -> None:
        users.change_staff_role(self.store, username, role, new_passphrase)

    def reset_passphrase(self, username: str, new_passphrase: str) -> None:
        users.reset_passphrase(self.store, username, new_passphrase)

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
    ) -> SafetyAcknowledgement:
        return safety.acknowledge(self.store, person_id, concerns, action, text, now)


@dataclass(frozen=True, slots=True)
class PrivacyService:
    store: CaseStore

    def retention_plan(self, today: date) -> retention.Plan:
        return retention.plan(self.store, today)

    def apply_retention(self, the_plan: retention.Plan) -> tuple[int, int]:
        return retention.apply(self.store, the_plan)

    def subject_access_export(self, reference: str, out_dir: Path) -> sar.SarFiles:
        return sar.export(self.store, reference, out_dir)


@dataclass(frozen=True, slots=True)
class Services:
    store: CaseStore  # the unlocked store (its user, settings, folder); every feature below shares it
    cases: CaseRepository
    assessments: AssessmentRepository  # knows the catalogue's definitions (scores, follow-ups)
    returns: ReturnWorkflow  # drafting, the queue, signing; its compliance rules load once, on first use
    sync: SyncRepository
    staff: StaffService
    safety: SafetyService
    privacy: PrivacyService
    reports: ReportService
    catalogue: InstrumentCatalogue  # the shipped instruments and the store's own, loaded once
    max_conditions: int  # the compliance scheme's cap on a contract's conditions, read once
