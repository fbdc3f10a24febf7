"""The provider's sync identity (made once, kept inside the encrypted store) and the partners it pins."""

from __future__ import annotations

from datetime import datetime

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from desktop.services.sync import (
    Identity,
    cert_pem,
    display_fingerprint,
    fingerprint,
    load_cert,
    new_identity,
)
from desktop.services.sync.identity import KEY_BITS
from desktop.storage.store import CaseStore
from desktop.storage.sync_repo import SYNC_ROLES, Partner, SyncRepository

ORGANISATION_SETTING = "organisation"


class SyncSetupError(Exception):
    """Sync cannot go ahead: no identity yet, unknown partner, a file that is not a certificate."""


def _identity_from(cert_data: bytes, key_data: bytes) -> Identity:
    key = serialization.load_pem_private_key(key_data, None)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise SyncSetupError("the stored sync key is not an RSA key")
    return Identity(key=key, cert=load_cert(cert_data))


def load_identity(store: CaseStore) -> Identity:
    stored = SyncRepository(store).identity()
    if stored is None:
        raise SyncSetupError(
            "this case store has no sync identity yet: add a partner first "
            "(`checkpoint-desk partner add`) or export our certificate"
        )
    return _identity_from(stored.cert_pem, stored.key_pem)


def ensure_identity(store: CaseStore, now: datetime, *, bits: int = KEY_BITS) -> Identity:
    """Our identity, made on first use (admin or manager) with the organisation's name."""
    repo = SyncRepository(store)
    stored = repo.identity()
    if stored is not None:
        return _identity_from(stored.cert_pem, stored.key_pem)
    store.require_role(*SYNC_ROLES)
    name = store.setting(ORGANISATION_SETTING, "") or "Treatment provider"
    ident = new_identity(name, now, bits=bits)
    key_pem = ident.key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    repo.save_identity(name, cert_pem(ident.cert), fingerprint(ident.cert), key_pem)
    return ident


def read_certificate(data: bytes) -> x509.Certificate:
    try:
        return load_cert(data)
    except ValueError:
        raise SyncSetupError("the file is not a certificate (PEM or DER)") from None


def add_partner(
    store: CaseStore,
    name: str,
    cert_data: bytes,
    now: datetime,
    inbox: str = "",
    outbox: str = "",
    *,
    bits: int = KEY_BITS,
) -> Partner:
    """Pin the force's certificate (after reading its fingerprint by phone); makes our identity if needed."""
    cert = read_certificate(cert_data)
    ensure_identity(store, now, bits=bits)
    try:
        return SyncRepository(store).add_partner(name, cert_pem(cert), fingerprint(cert), inbox, outbox)
    except ValueError as exc:
        raise SyncSetupError(str(exc)) from None


def partner_cert(partner: Partner) -> x509.Certificate:
    return load_cert(partner.cert_pem)


def partner_fingerprint(partner: Partner) -> str:
    return display_fingerprint(partner_cert(partner))
