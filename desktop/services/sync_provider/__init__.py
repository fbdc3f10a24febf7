"""The provider's side of file-based sync with the force (no Qt): identity and partners, export, import.

add_partner(store, name, cert_pem, now)                 pin the force's certificate (our identity made once)
export_bundle(store, partner, out_dir, now)            changes since the last bundle, one signed file
incoming = open_incoming(store, data)                  every check; a BundleError names what is wrong
preview_import(store, incoming)                        dry run: planned changes and conflicts
apply_import(store, incoming, now)                     one transaction, all or nothing
"""

from __future__ import annotations

from .export import ExportResult, export_bundle, pending_count
from .identity import (
    SyncSetupError,
    add_partner,
    ensure_identity,
    load_identity,
    partner_cert,
    partner_fingerprint,
    read_certificate,
)
from .importer import (
    ImportResult,
    Incoming,
    Preview,
    apply_import,
    open_incoming,
    preview_import,
    refusal_text,
)
from .inbox import InboxItem, InboxRead, apply_items, export_all, read_inboxes
from .plan import Change, Conflict
from .status import SyncStatus, Unacknowledged, sync_status

__all__ = [
    "InboxItem",
    "InboxRead",
    "SyncStatus",
    "Unacknowledged",
    "apply_items",
    "export_all",
    "read_inboxes",
    "sync_status",
    "Change",
    "Conflict",
    "ExportResult",
    "ImportResult",
    "Incoming",
    "Preview",
    "SyncSetupError",
    "add_partner",
    "apply_import",
    "ensure_identity",
    "export_bundle",
    "load_identity",
    "open_incoming",
    "partner_cert",
    "partner_fingerprint",
    "pending_count",
    "preview_import",
    "read_certificate",
    "refusal_text",
]
