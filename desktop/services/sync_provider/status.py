"""What the status bar says about sync: the last sync, what waits to go or to be read, and unacknowledged
bundles older than a week. Read only."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desktop.domain.clock import aware_utc
from desktop.storage.store import CaseStore
from desktop.storage.sync_repo import Partner, SyncRepository

from .collect import collect

ACK_WAIT = timedelta(days=7)
BUNDLE_SUFFIX = ".cpbundle"


@dataclass(frozen=True, slots=True)
class Unacknowledged:
    partner: str
    sequence: int
    sent_at: datetime  # aware UTC
    days: int


@dataclass(frozen=True, slots=True)
class SyncStatus:
    partners: int
    last_sync: datetime | None  # aware UTC
    waiting: int  # records the next exports would carry
    inbox_new: int  # bundle files in the inboxes not imported yet
    overdue: tuple[Unacknowledged, ...]  # sent more than a week ago, no acknowledgement
    open_conflicts: int


def new_inbox_files(partner: Partner, received: set[str]) -> list[Path]:
    """Bundle files in the partner's inbox whose SHA-256 is not among the bundles received (any order)."""
    folder = Path(partner.inbox) if partner.inbox else None
    if folder is None or not folder.is_dir():
        return []
    out = []
    for path in sorted(folder.glob(f"*{BUNDLE_SUFFIX}")):
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            continue
        if digest not in received:
            out.append(path)
    return out


def sync_status(store: CaseStore, now: datetime) -> SyncStatus:
    repo = SyncRepository(store)
    partners = repo.partners()
    when = aware_utc(now)
    received = repo.received_hashes()
    waiting = inbox = 0
    overdue: list[Unacknowledged] = []
    with repo.reading() as reads:
        for p in partners:
            waiting += len(collect(reads, store, p.id, when).records)
            inbox += len(new_inbox_files(p, received))
        names = {p.id: p.name for p in partners}
        for row in reads.unacknowledged_sent(when - ACK_WAIT):
            if set(json.loads(row.counts_json)) <= {"ack"}:
                continue  # a bundle of acknowledgements is never acknowledged
            overdue.append(
                Unacknowledged(names.get(row.partner_id, "?"), row.sequence, row.at, (when - row.at).days)
            )
    last = max((p.last_sync_at for p in partners if p.last_sync_at), default=None)
    return SyncStatus(len(partners), last, waiting, inbox, tuple(overdue), len(repo.open_conflicts()))
