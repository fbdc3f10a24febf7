"""The organisation's signing identity: a private key, its certificate and any chain above it.

Created self-signed for the organisation's name, or imported from a PKCS#12 file a CA issued. Serialised as PEM
(PKCS#8 private key, encrypted with a password unless the caller encrypts the bytes itself, then certificates);
the storage layer keeps those bytes in the encrypted case store. Keys are never logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

SigningKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
DEFAULT_KEY_SIZE = 3072
DEFAULT_YEARS = 5


class IdentityError(ValueError):
    """The key or certificate cannot be used to sign returns; the message says why, fit to show a user."""


@dataclass(frozen=True, slots=True)
class SigningIdentity:
    private_key: SigningKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()

    def __post_init__(self) -> None:
        pub = self.private_key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        cert_pub = self.certificate.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        if pub != cert_pub:
            raise IdentityError("The private key does not belong to the certificate")

    @property
    def subject_name(self) -> str:
        """The certificate's common name (else its whole subject): the organisation readers see."""
        names = self.certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        return str(names[0].value) if names else self.certificate.subject.rfc4514_string()

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the certificate, as colon-separated hex, to read out to the force over the phone."""
        return self.certificate.fingerprint(hashes.SHA256()).hex(":").upper()

    @property
    def not_valid_after(self) -> datetime:
        return self.certificate.not_valid_after_utc

    def certificate_pem(self) -> bytes:
        """The certificate (and chain) as PEM: what the force adds to its trust list."""
        return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in (self.certificate, *self.chain))

    def to_bytes(self, password: bytes | None) -> bytes:
        """PEM: the PKCS#8 key (encrypted with `password`; plain only when None) then the certificates."""
        encryption: serialization.KeySerializationEncryption = (
            serialization.BestAvailableEncryption(password) if password else serialization.NoEncryption()
        )
        key = self.private_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
        )
        return key + self.certificate_pem()

    @classmethod
    def from_bytes(cls, data: bytes, password: bytes | None) -> SigningIdentity:
        try:
            key = serialization.load_pem_private_key(data, password=password)
            certs = x509.load_pem_x509_certificates(data)
        except (ValueError, TypeError) as exc:
            raise IdentityError(f"Cannot read the signing identity: {_why(exc)}") from None
        return cls(_usable_key(key), certs[0], tuple(certs[1:]))

    @classmethod
    def from_pkcs12(cls, data: bytes, password: bytes | None) -> SigningIdentity:
        """Import a .p12/.pfx file issued to the organisation (key, certificate and any CA chain)."""
        try:
            key, cert, extra = pkcs12.load_key_and_certificates(data, password)
        except (ValueError, TypeError) as exc:
            raise IdentityError(f"Cannot read the PKCS#12 file: {_why(exc)}") from None
        if key is None or cert is None:
            raise IdentityError("The PKCS#12 file holds no private key and certificate")
        return cls(_usable_key(key), cert, tuple(extra or ()))

    @property
    def trust_anchor(self) -> x509.Certificate:
        """The certificate the force trusts: the self-signed root at the top of the chain (the organisation's
        CA), else the signing certificate itself."""
        return self.chain[-1] if self.chain else self.certificate

    def certificates_for_force_pem(self) -> bytes:
        """PEM for the force: the trust anchor first (NSS's certutil imports the first certificate of a file),
        then the signing certificate and anything between."""
        certs = [self.trust_anchor, *[c for c in (self.certificate, *self.chain) if c != self.trust_anchor]]
        return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certs)

    @classmethod
    def create_self_signed(
        cls, organisation: str, now: datetime, *, years: int = DEFAULT_YEARS, key_size: int = DEFAULT_KEY_SIZE
    ) -> SigningIdentity:
        """A small organisation CA and a signing certificate it issues, both naming `organisation`, valid from
        `now` for `years`. The CA's key signs once and is then discarded: a new signing key comes with a new
        CA for the force to import. The force trusts the CA (`trust_anchor`), so viewers such as poppler's
        pdfsig can report the signer trusted; a self-signed end-entity certificate (CA:FALSE) never can be."""
        if not organisation.strip():
            raise IdentityError("The organisation's name is required")
        org = organisation.strip()
        ca_key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
        ca_name = x509.Name(
            [
                x509.NameAttribute(NameOID.COMMON_NAME, f"{org} returns CA"),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
            ]
        )
        start, end = now - timedelta(minutes=5), now + timedelta(days=365 * years)
        ca_ski = x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key())
        ca = (
            x509.CertificateBuilder()
            .subject_name(ca_name)
            .issuer_name(ca_name)
            .public_key(ca_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(start)
            .not_valid_after(end + timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=False,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(ca_ski, critical=False)
            .sign(ca_key, hashes.SHA256())
        )
        key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
        name = x509.Name(
            [
                x509.NameAttribute(NameOID.COMMON_NAME, org),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
            ]
        )
        cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(ca_name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(start)
            .not_valid_after(end)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=True,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=False,
                    crl_sign=False,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), critical=False
            )
            .sign(ca_key, hashes.SHA256())
        )
        return cls(key, cert, (ca,))


def _usable_key(key: object) -> SigningKey:
    if isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        return key
    raise IdentityError("Only RSA and elliptic-curve keys can sign returns")


def _why(exc: Exception) -> str:
    text = str(exc).strip().rstrip(".")
    return text[:1].lower() + text[1:] if text else "unreadable or wrong password"


def load_certificates(data: bytes) -> list[x509.Certificate]:
    """Certificates from PEM (one or more) or a single DER certificate; IdentityError if none."""
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificates(data)
        return [x509.load_der_x509_certificate(data)]
    except ValueError:
        raise IdentityError("Not a certificate file (expected PEM or DER)") from None
