"""The CMS template used to sign cheaply must give exactly pyHanko's bytes, and refuse when it cannot."""

from __future__ import annotations

import asyncio
import hashlib
import os
from datetime import UTC, datetime, timedelta

from asn1crypto import cms
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from pyhanko.sign import signers
from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes
from pyhanko_certvalidator.registry import SimpleCertificateStore
from returns_helpers import identity

from desktop.services.returns.fastcms import build_template

WHEN = datetime(2026, 4, 1, 9, 30, tzinfo=UTC)


def _pyhanko_signer() -> tuple[signers.SimpleSigner, RSAPrivateKey]:
    ident = identity()
    key = ident.private_key
    assert isinstance(key, RSAPrivateKey)
    der = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    cert = asn1_x509.Certificate.load(ident.certificate.public_bytes(serialization.Encoding.DER))
    signer = signers.SimpleSigner(cert, asn1_keys.PrivateKeyInfo.load(der), SimpleCertificateStore())
    return signer, key


def _produce(signer: signers.SimpleSigner, pades: bool):  # type: ignore[no-untyped-def]
    async def produce(digest: bytes, variant: int) -> cms.ContentInfo:
        settings = PdfCMSSignedAttributes(signing_time=WHEN + timedelta(days=variant))
        info: cms.ContentInfo = await signer.async_sign(
            digest, "sha256", use_pades=pades, signed_attr_settings=settings
        )
        return info

    return produce


def test_template_reproduces_pyhankos_pades_container_for_a_new_digest() -> None:
    signer, key = _pyhanko_signer()

    def sign(data: bytes) -> bytes:
        return key.sign(data, PKCS1v15(), hashes.SHA256())

    template = asyncio.run(build_template(_produce(signer, True), 32, sign))
    assert template is not None
    digest = hashlib.sha256(os.urandom(64)).digest()
    ours = template.fill(digest, sign)
    theirs = asyncio.run(_produce(signer, True)(digest, 0)).dump()
    assert ours == theirs
    attrs = cms.ContentInfo.load(ours)["content"]["signer_infos"][0]["signed_attrs"]
    assert {a["type"].native for a in attrs} == {"content_type", "message_digest", "signing_certificate_v2"}


def test_no_template_when_the_container_carries_a_signing_time() -> None:
    # Without PAdES, pyHanko adds a signing-time attribute: containers then differ beyond the digest.
    signer, key = _pyhanko_signer()
    template = asyncio.run(
        build_template(_produce(signer, False), 32, lambda data: key.sign(data, PKCS1v15(), hashes.SHA256()))
    )
    assert template is None


def test_no_template_when_the_signing_function_does_not_match() -> None:
    signer, _key = _pyhanko_signer()
    other = identity("Some Other Organisation").private_key
    assert isinstance(other, RSAPrivateKey)
    template = asyncio.run(
        build_template(_produce(signer, True), 32, lambda data: other.sign(data, PKCS1v15(), hashes.SHA256()))
    )
    assert template is None
