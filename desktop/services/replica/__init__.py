"""Store replicas kept in step through signed, encrypted bundles (docs/replicas.md). No Qt."""

from __future__ import annotations

from .service import (
    ImportReport,
    ReplicaError,
    ReplicaMade,
    conflicts,
    create_replica,
    devices,
    export_bundles,
    import_bundles,
    resolve,
    revoke,
    signing_refusal,
    this_device,
)

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
