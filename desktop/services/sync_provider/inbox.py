""" "Sync now" without Qt: export to every partner's outbox, read what is new in its inbox, apply what the user
confirmed. The GUI runs each step on the database thread and shows the previews in between."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.services.sync import DEFAULT_MAX_SIZE, BundleError, read_bundle_file, sha256_hex
from desktop.storage.store import CaseStore
from desktop.storage.sync_repo import SyncRepository

from .export import ExportResult, export_bundle
from .importer import (
    ImportResult,
    Incoming,
    Preview,
    apply_import,
    open_incoming,
    preview_import,
    refusal_text,
)
from .status import new_inbox_files


@dataclass(frozen=True, slots=True)
class InboxItem:
    path: Path
    incoming: Incoming
    preview: Preview


@dataclass(frozen=True, slots=True)
class InboxRead:
    items: tuple[InboxItem, ...]  # in each partner's sequence order
    refused: tuple[tuple[Path, str], ...]  # file, one line naming the kind of problem


def export_all(store: CaseStore, now: datetime) -> list[ExportResult]:
    """One bundle per partner with an outbox folder, when something changed."""
    return [
        export_bundle(store, p.name, Path(p.outbox), now)
        for p in SyncRepository(store).partners()
        if p.outbox
    ]


def read_inboxes(store: CaseStore, max_size: int = DEFAULT_MAX_SIZE) -> InboxRead:
    repo = SyncRepository(store)
    received = repo.received_hashes()
    items: list[InboxItem] = []
    refused: list[tuple[Path, str]] = []
    seen: set[str] = set()
    for partner in repo.partners():
        for path in new_inbox_files(partner, received):
            try:
                data = read_bundle_file(path, max_size)
                digest = sha256_hex(data)
                if digest in seen:
                    continue  # the same file twice in the inbox
                seen.add(digest)
                incoming = open_incoming(store, data, max_size)
            except BundleError as exc:
                refused.append((path, refusal_text(exc)))
                continue
            except OSError as exc:
                refused.append((path, f"cannot read it ({exc.strerror})"))
                continue
            items.append(InboxItem(path, incoming, preview_import(store, incoming)))
    items.sort(key=lambda i: (i.incoming.partner.name, i.incoming.sequence))
    return InboxRead(tuple(items), tuple(refused))


def apply_items(
    store: CaseStore, items: list[InboxItem], now: datetime
) -> tuple[list[ImportResult], list[tuple[Path, str]]]:
    """Apply each confirmed bundle in its own transaction; a refusal stops only that bundle."""
    done: list[ImportResult] = []
    refused: list[tuple[Path, str]] = []
    for item in items:
        try:
            done.append(apply_import(store, item.incoming, now, item.path.name))
        except BundleError as exc:
            refused.append((item.path, refusal_text(exc)))
    return done, refused
