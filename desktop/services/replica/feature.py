"""The replica feature as the UI reaches it (`ctx.services.replicas`): bound to the unlocked store, every write
answering with what it touched (desktop.domain.changes)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.domain import Role, User
from desktop.domain.changes import Changes, Written
from desktop.storage.replica_records import ReplicaDeviceRecord
from desktop.storage.replica_repo import Conflict
from desktop.storage.store import CaseStore

from . import service
from .common import MANAGING_ROLES, ImportReport, ReplicaMade


@dataclass(frozen=True, slots=True)
class ReplicaService:
    store: CaseStore

    @property
    def may_make(self) -> bool:
        """Managers and admins make replicas (and the window offers it to them only)."""
        return self.store.user.role in MANAGING_ROLES

    def this_device(self) -> ReplicaDeviceRecord | None:
        return service.this_device(self.store)

    def devices(self) -> list[ReplicaDeviceRecord]:
        return service.devices(self.store)

    def conflicts(self) -> list[Conflict]:
        return service.conflicts(self.store)

    def person_names(self) -> dict[str, str]:
        """Person id -> name, for naming the record a conflict is on."""
        return {c.person.id: c.person.full_name for c in self.store.cases.load_cases()}

    def keyworkers(self) -> list[User]:
        """The active keyworkers a caseload replica can be made for."""
        return [u for u in self.store.users() if u.active and u.role is Role.KEYWORKER]

    def make(
        self, out: Path, device_name: str, passphrase: str, caseload: str | None = None
    ) -> Written[ReplicaMade]:
        """A new replica folder (the device list changes; no case data here changes)."""
        made = service.create_replica(self.store, out, device_name, passphrase, caseload=caseload)
        return Written(made, Changes())

    def export(self, out_dir: Path) -> list[Path]:
        return service.export_bundles(self.store, out_dir)

    def import_from(self, in_dir: Path) -> Written[ImportReport]:
        report = service.import_bundles(self.store, in_dir)
        return Written(report, Changes.everything() if report.applied else Changes())

    def resolve(self, conflict_id: str, keep: str) -> Written[Conflict]:
        return Written(service.resolve(self.store, conflict_id, keep), Changes.everything())

    def revoke(self, device: str) -> ReplicaDeviceRecord:
        return service.revoke(self.store, device)
