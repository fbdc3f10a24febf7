"""File-based sync with the force as the UI sees it: one object bound to the unlocked store, so the Sync menu
calls methods and never holds the store. Applying bundles returns the people it touched (a `Written`), which the
window refreshes; reading inboxes, exporting and the log change no view."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.domain.changes import Changes, Written
from desktop.storage.atomic import atomic_write_bytes
from desktop.storage.store import CaseStore
from desktop.storage.sync_repo import SYNC_ROLES, BundleLogEntry, OpenConflict, Partner, SyncRepository

from .sync import cert_pem, display_fingerprint
from .sync_provider import (
    ExportResult,
    ImportResult,
    InboxItem,
    InboxRead,
    SyncStatus,
    add_partner,
    apply_items,
    ensure_identity,
    export_all,
    read_inboxes,
    sync_status,
)

MINUTES_SETTING = "sync_minutes"
DEFAULT_MINUTES = 15


@dataclass(frozen=True, slots=True)
class Applied:
    done: list[ImportResult]
    refused: list[tuple[Path, str]]
    exports: list[ExportResult]  # the acknowledgements, sent at once

    @property
    def person_ids(self) -> list[str]:
        return sorted({pid for r in self.done for pid in r.person_ids})


@dataclass(frozen=True, slots=True)
class SyncService:
    store: CaseStore
    repo: SyncRepository

    def allowed(self) -> bool:
        """Managers and admins sync; keyworkers see the menu greyed out."""
        return self.store.user.role in SYNC_ROLES

    def minutes(self) -> float:
        """How often automatic sync runs (setting `sync_minutes`, default 15; 0 = off; unreadable: default)."""
        try:
            return float(self.store.setting(MINUTES_SETTING, str(DEFAULT_MINUTES)))
        except ValueError:
            return DEFAULT_MINUTES

    def status(self, now: datetime) -> SyncStatus:
        return sync_status(self.store, now)

    def export_and_read(self, now: datetime) -> tuple[list[ExportResult], InboxRead]:
        """Sync now, first half: what is new goes out to every partner's outbox, then their inboxes are read."""
        return export_all(self.store, now), read_inboxes(self.store)

    def apply(self, items: list[InboxItem], now: datetime) -> Written[Applied]:
        """Apply the chosen bundles (each all or nothing), then send the acknowledgements."""
        done, refused = apply_items(self.store, items, now)
        applied = Applied(done, refused, export_all(self.store, now))
        people = applied.person_ids
        return Written(applied, Changes.for_people(people, returns=True) if people else Changes())

    def save_certificate(self, path: Path, now: datetime) -> str:
        """Our certificate (made once) written for the force; its fingerprint, to read out to them."""
        ident = ensure_identity(self.store, now)
        atomic_write_bytes(path, cert_pem(ident.cert))
        return display_fingerprint(ident.cert)

    def add_partner(self, name: str, cert_data: bytes, now: datetime, inbox: str, outbox: str) -> Partner:
        return add_partner(self.store, name, cert_data, now, inbox, outbox)

    # -- the log -------------------------------------------------------------------------------------------
    def partners(self) -> list[Partner]:
        return self.repo.partners()

    def bundles(self) -> list[BundleLogEntry]:
        return self.repo.bundles()

    def open_conflicts(self) -> list[OpenConflict]:
        return self.repo.open_conflicts()

    def resolve_conflict(self, partner_id: str, record_id: str, note: str) -> None:
        self.repo.resolve_conflict(partner_id, record_id, note)
