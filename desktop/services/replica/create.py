"""Making a replica: a backup of the store, trimmed to one caseload, holding its own device key."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from desktop.domain import Role
from desktop.domain.ids import new_id
from desktop.services.sync.identity import new_identity
from desktop.storage.privacy import PersonRef, compact, erase_person
from desktop.storage.replica_ops import ReplicaStorage
from desktop.storage.store import CaseStore

from .common import (
    KEY_BITS,
    MANAGING_ROLES,
    ReplicaError,
    ReplicaMade,
    cert_text,
    ensure_self,
    now_of,
    private_pem,
    this_device,
)


def create_replica(
    store: CaseStore,
    out: Path,
    device_name: str,
    passphrase: str,
    *,
    caseload: str | None = None,
    origin_name: str = "manager's store",
    key_bits: int = KEY_BITS,
) -> ReplicaMade:
    """A new replica folder `out` for `device_name`: the whole service, or `caseload`'s clients only.

    Managers only. `passphrase` is the signed-in manager's (the copy is opened with it to be trimmed and
    re-keyed); every user's passphrase stays as it was. A replica that fails half way is removed.
    """
    store.require_role(*MANAGING_ROLES)
    out = Path(out)
    if not device_name.strip():
        raise ReplicaError("a replica needs a device name (--for)")
    now = now_of(store)
    keyworker_id: str | None = None
    storage = ReplicaStorage(store)
    with storage.writing(now) as repo:
        if any(d.name == device_name for d in repo.devices()):
            raise ReplicaError(f"a device named {device_name!r} already exists; choose another name")
        if caseload is not None:
            keyworker_id = repo.active_user_id(caseload)
            if keyworker_id is None:
                raise ReplicaError(f"no active user named {caseload!r} for --caseload")
        ensure_self(store, repo, now, origin_name)
        repo.capture(store.user.username)
        origin_seq = repo.me().change_seq
    ident = new_identity(device_name, now, bits=key_bits)
    device_id = new_id()
    store.backup_to(out)
    try:
        people = _trim_copy(
            out, store.user.username, passphrase, device_id, device_name, ident, keyworker_id, origin_seq
        )
    except BaseException:
        shutil.rmtree(out, ignore_errors=True)
        raise
    with storage.writing(now) as repo:
        repo.add_device(
            device_name,
            cert_text(ident.cert),
            id=device_id,
            caseload_user_id=keyworker_id,
            received_through=origin_seq,
            acked_through=origin_seq,
        )
        repo.audit(
            "replica.create",
            "replica_device",
            detail=json.dumps({"device": device_name, "caseload": caseload, "people": people}),
        )
    me = this_device(store)
    assert me is not None
    with storage.reading(now) as repo:
        made = repo.device_named(device_name)
        assert made is not None
    return ReplicaMade(out, made.id, device_name, caseload, people)


def _trim_copy(
    folder: Path,
    username: str,
    passphrase: str,
    device_id: str,
    device_name: str,
    ident: Any,
    keyworker_id: str | None,
    origin_seq: int,
) -> int:
    """In the fresh copy: this device's key in place of the origin's, other caseloads erased, force-sync keys
    removed, then a new data key (the database rewritten, so nothing deleted survives in a free page)."""
    copy = CaseStore.open(folder, username, passphrase)
    try:
        now = now_of(copy)
        storage = ReplicaStorage(copy)
        if keyworker_id is not None:
            with storage.reading(now) as repo:
                others = repo.people_off_caseload(keyworker_id)
            for pid, ref, name in others:
                erase_person(
                    copy,
                    PersonRef(pid, ref, name),
                    "replica.exclude",
                    {"reason": "not on the caseload this replica carries"},
                    vacuum=False,
                    tombstone=False,  # off this copy only: the other replicas keep them
                )
        with storage.writing(now) as repo:
            if keyworker_id is not None:
                repo.forget_rows_of_erased()
            repo.drop_manager_only()
            repo.hand_over_self(origin_seq)
            repo.add_device(
                device_name,
                cert_text(ident.cert),
                key_pem=private_pem(ident.key),
                id=device_id,
                is_self=True,
                caseload_user_id=keyworker_id,
                change_seq=origin_seq,
            )
            repo.audit(
                "replica.create",
                "replica_device",
                detail=json.dumps({"device": device_name, "made_at": now.isoformat()}),
            )
            people = repo.count_people()
        compact(copy)  # VACUUM with secure_delete: no erased row survives in a free page
        if copy.user.role is Role.ADMIN:  # re-keying needs every role key: an admin's vault entry
            copy.rekey(f"replica {device_name} made from another store")
        return people
    finally:
        copy.close()
