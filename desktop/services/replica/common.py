"""What every part of the replica service shares: the refusal, the results, the device key, this device."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from desktop.domain import Role
from desktop.services.sync.identity import cert_pem, new_identity
from desktop.storage.errors import StoreError
from desktop.storage.replica_ops import ReplicaOps, ReplicaStorage, store_now
from desktop.storage.replica_records import ReplicaDeviceRecord
from desktop.storage.replica_repo import ApplyStats
from desktop.storage.store import CaseStore

MANAGING_ROLES = (Role.MANAGER, Role.ADMIN)
KEY_BITS = 3072


class ReplicaError(StoreError):
    """A refusal with a one-line reason (the CLI prints it and exits 2)."""


@dataclass(frozen=True, slots=True)
class ReplicaMade:
    folder: Path
    device_id: str
    device_name: str
    caseload: str | None  # the keyworker's user name, None for the whole service
    people: int


@dataclass(slots=True)
class ImportReport:
    applied: list[str] = field(default_factory=list)
    replayed: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)
    not_for_us: int = 0
    erased: list[str] = field(default_factory=list)  # person ids erased here: erased on another replica
    excluded: list[str] = field(default_factory=list)  # taken off this laptop: reassigned away
    held: list[str] = field(default_factory=list)  # erasure waiting for a legal hold here to be removed
    stats: ApplyStats = field(default_factory=ApplyStats)


def now_of(store: CaseStore) -> datetime:
    return store_now(store)


def slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower()[:40] or "device"


def private_pem(key: rsa.RSAPrivateKey) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode("ascii")


def cert_text(cert: x509.Certificate) -> str:
    return cert_pem(cert).decode("ascii")


def load_key(pem: str) -> rsa.RSAPrivateKey:
    # our own key, from our own encrypted database: the slow RSA consistency check buys nothing here
    key = serialization.load_pem_private_key(pem.encode("ascii"), None, unsafe_skip_rsa_key_validation=True)
    assert isinstance(key, rsa.RSAPrivateKey)
    return key


def this_device(store: CaseStore) -> ReplicaDeviceRecord | None:
    with ReplicaStorage(store).reading() as repo:
        return repo.me_or_none()


def signing_refusal(store: CaseStore) -> str | None:
    with ReplicaStorage(store).reading() as repo:
        return repo.signing_refusal()


def ensure_self(store: CaseStore, repo: ReplicaOps, now: datetime, name: str) -> ReplicaDeviceRecord:
    """This store's own device, made (with a new key, as the manager's) the first time a replica is made."""
    me = repo.me_or_none()
    if me is not None:
        return me
    store.require_role(*MANAGING_ROLES)
    ident = new_identity(name, now, bits=KEY_BITS)
    repo.add_device(
        name, cert_text(ident.cert), key_pem=private_pem(ident.key), is_self=True, is_manager=True
    )
    return repo.me()
