"""The two CMS layers of a bundle: EnvelopedData (AES-256-CBC, RSA key transport) around SignedData.

`cryptography` builds both layers and decrypts the envelope; it has no CMS signature verification, so the
SignedData is parsed with asn1crypto and checked here with cryptography's primitives: exactly one signer, that
signer found among the pinned certificates (never trusted from the certificate embedded in the file), the
signed attributes' message digest equal to the content's digest, and the RSA signature over those attributes.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from typing import Any, cast

from asn1crypto import cms as asn1_cms
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.exceptions import UnsupportedAlgorithm as CryptoUnsupported
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.serialization import pkcs7

from .errors import (
    NotABundle,
    TamperedBundle,
    TruncatedBundle,
    UnpinnedSigner,
    UnsupportedAlgorithm,
    WrongRecipient,
)

_HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
}


def fingerprint(cert: x509.Certificate) -> str:
    """SHA-256 of the certificate's DER, lower-case hex without separators (as in the manifest)."""
    return cert.fingerprint(hashes.SHA256()).hex()


def display_fingerprint(cert: x509.Certificate) -> str:
    """The fingerprint in colon-separated upper-case pairs, as `openssl x509 -fingerprint -sha256` shows it."""
    raw = fingerprint(cert).upper()
    return ":".join(raw[i : i + 2] for i in range(0, len(raw), 2))


def sign(content: bytes, key: rsa.RSAPrivateKey, cert: x509.Certificate) -> bytes:
    """DER SignedData over `content` (embedded, binary, SHA-256, PKCS#1 v1.5, signer certificate included)."""
    return (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(content)
        .add_signer(cert, key, hashes.SHA256())
        .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])
    )


def envelope(content: bytes, recipient: x509.Certificate) -> bytes:
    """DER EnvelopedData of `content` for one RSA recipient, AES-256-CBC."""
    return (
        pkcs7.PKCS7EnvelopeBuilder()
        .set_data(content)
        .add_recipient(recipient)
        .set_content_encryption_algorithm(algorithms.AES256)
        .encrypt(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])
    )


def _outer_length(data: bytes) -> int | None:
    """Total length the outer DER SEQUENCE declares, None for BER indefinite length."""
    if data[:1] == b"\x30" and len(data) < 2:
        raise TruncatedBundle("truncated bundle: the file is only 1 byte long")
    if len(data) < 2 or data[0] != 0x30:
        if data.lstrip()[:10] in (b"-----BEGIN", b"MIME-Versi"):
            raise NotABundle(
                "not a bundle: this is PEM or S/MIME text; a bundle is binary DER "
                "(convert with `openssl cms -outform DER`)"
            )
        raise NotABundle("not a bundle: the file does not start with a DER SEQUENCE")
    first = data[1]
    if first == 0x80:
        return None
    if first < 0x80:
        return 2 + first
    count = first & 0x7F
    if count > 8:
        raise NotABundle("not a bundle: impossible DER length")
    if len(data) < 2 + count:
        raise TruncatedBundle(f"truncated bundle: the file is only {len(data)} bytes long")
    return 2 + count + int.from_bytes(data[2 : 2 + count], "big")


def load_envelope(data: bytes) -> Any:
    """Parse the outer ContentInfo; refuse anything that is not a complete EnvelopedData."""
    declared = _outer_length(data)
    if declared is not None and declared > len(data):
        raise TruncatedBundle(f"truncated bundle: the file is {len(data)} bytes but declares {declared}")
    if declared is not None and declared < len(data):
        raise NotABundle(f"not a bundle: {len(data) - declared} unexpected bytes after the CMS structure")
    try:
        info = asn1_cms.ContentInfo.load(data, strict=True)
        kind = info["content_type"].native
        if kind != "enveloped_data":
            raise NotABundle(
                f"not a bundle: a CMS {kind} where an encrypted bundle (enveloped_data) was expected"
            )
        enveloped = info["content"]
        enveloped["recipient_infos"].native  # noqa: B018 - forces a full parse of the recipients
        enveloped["encrypted_content_info"]["content_encryption_algorithm"].native  # noqa: B018
        _check_envelope_fields(enveloped)
    except NotABundle:
        raise
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as exc:
        if "nsufficient data" in str(exc):
            raise TruncatedBundle("truncated bundle: the CMS structure ends early") from None
        raise NotABundle("not a bundle: the file is not a valid CMS structure") from None
    return enveloped


def _check_envelope_fields(enveloped: Any) -> None:
    """The unencrypted fields nothing else checks: versions (RFC 5652 6.1, 6.2.1) and the content type."""
    if enveloped["version"].native not in ("v0", "v2"):
        raise NotABundle("not a bundle: unexpected EnvelopedData version")
    for recipient in enveloped["recipient_infos"]:
        if recipient.name == "ktri":
            wanted = "v0" if recipient.chosen["rid"].name == "issuer_and_serial_number" else "v2"
            if recipient.chosen["version"].native != wanted:
                raise NotABundle("not a bundle: unexpected recipient version")
    if enveloped["encrypted_content_info"]["content_type"].native != "data":
        raise NotABundle("not a bundle: the encrypted content type is not id-data")


def _issuer_serial_matches(rid: Any, cert: x509.Certificate) -> bool:
    return bool(
        rid["issuer"].dump() == cert.issuer.public_bytes()
        and rid["serial_number"].native == cert.serial_number
    )


def _ski(cert: x509.Certificate) -> bytes | None:
    try:
        return cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    except x509.ExtensionNotFound:
        return None


def _identifier_matches(sid: Any, cert: x509.Certificate) -> bool:
    if sid.name == "issuer_and_serial_number":
        return _issuer_serial_matches(sid.chosen, cert)
    if sid.name == "subject_key_identifier":
        return bool(sid.chosen.native == _ski(cert))
    return False


def check_recipient(enveloped: Any, my_cert: x509.Certificate) -> None:
    """Refuse an envelope with no key-transport recipient matching `my_cert`."""
    algorithm = enveloped["encrypted_content_info"]["content_encryption_algorithm"]["algorithm"].native
    for recipient in enveloped["recipient_infos"]:
        if recipient.name == "ktri" and _identifier_matches(recipient.chosen["rid"], my_cert):
            if algorithm != "aes256_cbc":
                raise UnsupportedAlgorithm(
                    f"unsupported algorithm: bundle encrypted with {algorithm}; AES-256-CBC is required"
                )
            key_transport = recipient.chosen["key_encryption_algorithm"]["algorithm"].native
            if key_transport != "rsaes_pkcs1v15":
                raise UnsupportedAlgorithm(
                    f"unsupported algorithm: content key wrapped with {key_transport}; "
                    "RSA PKCS#1 v1.5 key transport is required"
                )
            return
    raise WrongRecipient(
        f"wrong recipient: the bundle is encrypted for {len(enveloped['recipient_infos'])} "
        f"recipient(s), none of them this certificate ({fingerprint(my_cert)[:16]}…)"
    )


def decrypt(data: bytes, key: rsa.RSAPrivateKey, cert: x509.Certificate) -> bytes:
    """The envelope's content; any failure after the recipient check means the file was changed."""
    try:
        return pkcs7.pkcs7_decrypt_der(data, cert, key, [])
    except (ValueError, TypeError, CryptoUnsupported) as exc:
        raise TamperedBundle(
            f"tampered bundle: it cannot be decrypted with this key ({type(exc).__name__})"
        ) from None


@dataclass(frozen=True, slots=True)
class Verified:
    content: bytes
    signer: x509.Certificate


def _load_signed(signed: bytes) -> tuple[Any, bytes]:
    try:
        info = asn1_cms.ContentInfo.load(signed, strict=True)
        if info["content_type"].native != "signed_data":
            raise TamperedBundle("tampered bundle: the decrypted content is not a CMS SignedData")
        sd = info["content"]
        encap = sd["encap_content_info"]
        if encap["content_type"].native != "data":
            raise TamperedBundle("tampered bundle: the signed content type is not id-data")
        content = encap["content"].native
        sd["signer_infos"].native  # noqa: B018 - forces a full parse
        for choice in sd["certificates"] or []:
            choice.dump(force=False)
            choice.chosen.native  # noqa: B018 - a damaged certificate fails here, not later
    except TamperedBundle:
        raise
    except (ValueError, TypeError, KeyError, IndexError, OverflowError):
        raise TamperedBundle("tampered bundle: the decrypted content is not a valid CMS SignedData") from None
    if not isinstance(content, bytes):
        raise TamperedBundle("tampered bundle: the signature is detached; the payload must be embedded")
    return sd, content


def _embedded_signer(sd: Any, sid: Any) -> x509.Certificate | None:
    for choice in sd["certificates"] or []:
        if choice.name != "certificate":
            continue
        try:
            cert = x509.load_der_x509_certificate(choice.chosen.dump())
        except ValueError:
            continue
        if _identifier_matches(sid, cert):
            return cert
    return None


def _signed_attribute(attrs: Any, name: str) -> Any:
    values = [a["values"] for a in attrs if a["type"].native == name]
    if len(values) != 1 or len(values[0]) != 1:
        raise TamperedBundle(f"tampered bundle: the signature needs exactly one {name} attribute")
    return values[0][0].native


def _padding(signature_algorithm: Any, digest: hashes.HashAlgorithm) -> padding.AsymmetricPadding:
    algo = signature_algorithm.signature_algo
    if algo == "rsassa_pkcs1v15":
        return padding.PKCS1v15()
    if algo == "rsassa_pss":
        params = signature_algorithm["parameters"]
        if params["hash_algorithm"]["algorithm"].native != digest.name:
            raise UnsupportedAlgorithm(
                "unsupported algorithm: RSA-PSS with a hash other than the digest algorithm"
            )
        return padding.PSS(mgf=padding.MGF1(digest), salt_length=int(params["salt_length"].native))
    raise UnsupportedAlgorithm(
        f"unsupported algorithm: signature algorithm {algo} is not accepted; RSA is required"
    )


def verify(signed: bytes, pinned: list[x509.Certificate]) -> Verified:
    """Check the SignedData against the pinned certificates; return its content and the pinned signer."""
    sd, content = _load_signed(signed)
    signers = list(sd["signer_infos"])
    if len(signers) != 1:
        raise TamperedBundle(f"tampered bundle: {len(signers)} signers where exactly one is required")
    si = signers[0]
    signer = next((c for c in pinned if _identifier_matches(si["sid"], c)), None)
    if signer is None:
        embedded = _embedded_signer(sd, si["sid"])
        who = f"SHA-256 {display_fingerprint(embedded)}" if embedded else "certificate not included"
        raise UnpinnedSigner(
            f"unpinned signer: signed by a certificate that is not a pinned partner ({who}); "
            "add the partner's certificate after checking its fingerprint"
        )
    expected = signer.public_bytes(serialization.Encoding.DER)
    if any(choice.dump() != expected for choice in sd["certificates"] or []):
        raise TamperedBundle("tampered bundle: a certificate in the file differs from the pinned signer's")
    try:
        digest_name = si["digest_algorithm"]["algorithm"].native
        digest_cls = _HASHES.get(digest_name)
        if digest_cls is None:
            raise UnsupportedAlgorithm(
                f"unsupported algorithm: digest algorithm {digest_name} is not accepted; SHA-256 or better"
            )
        attrs = si["signed_attrs"]
        if not len(attrs):
            raise TamperedBundle("tampered bundle: the signature has no signed attributes")
        if _signed_attribute(attrs, "content_type") != "data":
            raise TamperedBundle("tampered bundle: the signed content-type attribute is not id-data")
        claimed = _signed_attribute(attrs, "message_digest")
        to_verify = b"\x31" + attrs.dump()[1:]  # signed over the attributes as a SET OF, not [0] IMPLICIT
        signature = si["signature"].native
        pad = _padding(si["signature_algorithm"], digest_cls())
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        raise TamperedBundle("tampered bundle: the signer information is malformed") from None
    actual = hashlib.new(digest_name, content).digest()
    if not isinstance(claimed, bytes) or not hmac.compare_digest(claimed, actual):
        raise TamperedBundle("tampered bundle: the payload does not match the signed message digest")
    public = signer.public_key()
    if not isinstance(public, rsa.RSAPublicKey):
        raise UnsupportedAlgorithm("unsupported algorithm: the pinned certificate does not hold an RSA key")
    try:
        public.verify(cast(bytes, signature), to_verify, pad, digest_cls())
    except InvalidSignature:
        raise TamperedBundle("tampered bundle: the sender's signature does not verify") from None
    return Verified(content=content, signer=signer)
