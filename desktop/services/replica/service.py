"""Store replicas: make one for a desk or a laptop, exchange bundles with the others, resolve, revoke.

See docs/replicas.md. Each replica is a whole case store folder (its own SQLCipher database, data key and vault,
the same users and passphrases) holding a device key (RSA, inside the encrypted database). `export_bundles`
writes, for each peer, every change that peer has not acknowledged, signed by this device and encrypted to the
peer's certificate; `import_bundles` reads the ones addressed to this device. Making a replica is create.py,
the exchange exchange.py; this module holds revocation and conflicts. The queries are storage's
(desktop.storage.replica_ops, replica_repo).
"""

from __future__ import annotations

import json

from desktop.domain.replicas import JsonValue
from desktop.storage.errors import PermissionDenied
from desktop.storage.replica_ops import ReplicaStorage
from desktop.storage.replica_records import ReplicaDeviceRecord
from desktop.storage.replica_repo import Conflict
from desktop.storage.store import CaseStore

from .common import (
    MANAGING_ROLES,
    ImportReport,
    ReplicaError,
    ReplicaMade,
    now_of,
    signing_refusal,
    this_device,
)
from .create import create_replica
from .exchange import export_bundles, import_bundles


def revoke(store: CaseStore, device: str) -> ReplicaDeviceRecord:
    """Refuse `device`'s bundles from now on (name or id). Managers only, on the manager's replica; the other
    replicas learn it from the manager's next bundle."""
    store.require_role(*MANAGING_ROLES)
    now = now_of(store)
    with ReplicaStorage(store).writing(now) as repo:
        me = repo.me_or_none()
        if me is None or not me.is_manager:
            raise PermissionDenied("devices are revoked on the manager's replica")
        found = [d for d in repo.devices() if device in (d.id, d.name)]
        if not found:
            raise ReplicaError(f"no device named {device!r}; `replica devices` lists them")
        rec = found[0]
        if rec.is_self:
            raise ReplicaError("this device cannot revoke itself")
        if rec.revoked_at is None:
            repo.set_revoked(rec, now, store.user.username)
            repo.audit("replica.revoke", "replica_device", rec.id, detail=rec.name)
        return rec


def devices(store: CaseStore) -> list[ReplicaDeviceRecord]:
    with ReplicaStorage(store).reading() as repo:
        return repo.devices()


def conflicts(store: CaseStore, *, everything: bool = False) -> list[Conflict]:
    with ReplicaStorage(store).reading() as repo:
        return repo.conflicts(unresolved_only=not everything)


def resolve(store: CaseStore, conflict_id: str, keep: str) -> Conflict:
    """`keep`: a (the first value listed), b (the second) or the value itself."""
    with ReplicaStorage(store).writing(now_of(store)) as repo:
        open_ = {c.id: c for c in repo.conflicts()}
        matches = [c for cid, c in open_.items() if cid == conflict_id or cid.startswith(conflict_id)]
        if len(matches) != 1:
            raise ReplicaError(f"no single open conflict {conflict_id!r}; `replica conflicts` lists them")
        c = matches[0]
        value: JsonValue
        if keep in ("a", "b"):
            value = c.values[0 if keep == "a" else 1]
        elif all(isinstance(v, str) or v is None for v in c.values):
            value = keep
        else:
            try:
                value = json.loads(keep)
            except ValueError:
                raise ReplicaError(f"{keep!r} is not a value for {c.field}; give a, b or a number") from None
        done = repo.resolve(c.id, value, store.user.username)
        repo.audit("replica.resolve", c.table, c.record_id, detail=json.dumps({"field": c.field}))
        return done


__all__ = [
    "ImportReport",
    "ReplicaError",
    "ReplicaMade",
    "conflicts",
    "create_replica",
    "devices",
    "export_bundles",
    "import_bundles",
    "resolve",
    "revoke",
    "signing_refusal",
    "this_device",
]
