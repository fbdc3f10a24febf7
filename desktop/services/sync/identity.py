"""A partner's RSA key and self-signed certificate: made once, exchanged as PEM, pinned by fingerprint."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

KEY_BITS = 3072
CERT_YEARS = 5


@dataclass(frozen=True, slots=True)
class Identity:
    """What a sender signs with and a receiver decrypts with."""

    key: rsa.RSAPrivateKey
    cert: x509.Certificate


def new_identity(name: str, now: datetime, *, bits: int = KEY_BITS, years: int = CERT_YEARS) -> Identity:
    """A fresh RSA key and a self-signed certificate naming `name`, usable by `openssl cms` for both layers.

    keyUsage allows signing and key encipherment; extendedKeyUsage is emailProtection, the purpose
    `openssl cms -verify` checks by default.
    """
    key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name[:64]),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "Checkpoint sync"),
        ]
    )
    public = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365 * years))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=True,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    return Identity(key=key, cert=cert)


def cert_pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def key_pem(key: rsa.RSAPrivateKey, passphrase: str) -> bytes:
    """PKCS#8 PEM encrypted with the passphrase (the best scheme cryptography offers)."""
    if not passphrase:
        raise ValueError("a key file needs a passphrase")
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )


def load_key(pem: bytes, passphrase: str) -> rsa.RSAPrivateKey:
    """Raises ValueError for a wrong passphrase or a key that is not RSA."""
    key = serialization.load_pem_private_key(pem, passphrase.encode("utf-8"))
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ValueError("the key is not an RSA key")
    return key


def load_cert(pem_or_der: bytes) -> x509.Certificate:
    """Raises ValueError when the data is not a certificate."""
    if pem_or_der.lstrip().startswith(b"-----BEGIN"):
        return x509.load_pem_x509_certificate(pem_or_der)
    return x509.load_der_x509_certificate(pem_or_der)
