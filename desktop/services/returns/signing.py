"""Sign a rendered return with pyHanko: PAdES baseline B-B, the certificate embedded, a visible signature.

The signature is the last thing written: one incremental update adds the field, its appearance (naming the
manager and the time) and the CMS container, and the signed byte ranges cover the whole file.

Cost: build a `ReturnSigner` once and reuse it: it keeps the loaded key, reserves the container size itself
and, after its first signature, fills a checked CMS template (fastcms.py); everything happens in memory.
Plain pyHanko took about 250 ms a signature here, this about 4 ms, and about 20 ms with the embedded stamp font
(fontTools subsets it for each signature; benchmarks/returns.py).
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from asn1crypto import cms
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from pyhanko.pdf_utils import text
from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore

from desktop.domain import DomainError, User
from desktop.resources import resource

from .fastcms import CmsTemplate, build_template
from .identity import SigningIdentity, SigningKey
from .render import RenderedReturn

FIELD_NAME = "ManagerSignature"
_STAMP_TEXT = "Digitally signed for %(organisation)s\nby %(manager)s\n%(role)s\nSigned %(ts)s"


@dataclass(frozen=True, slots=True)
class SignedReturn:
    document_id: str
    pdf: bytes
    sha256: str  # of the signed PDF file: what the store keeps and the audit log records
    content_hash: str = ""  # SHA-256 of the canonical content JSON (printed in the QR code)
    short_code: str = ""  # the code printed on every page, for `verify --code`
    content_json: bytes = b""  # the canonical JSON of exactly what was signed, for the store


def authorised_signer(user: User) -> str:
    """The name a return is signed under, for a user allowed to sign; DomainError for anyone else."""
    if not user.active:
        raise DomainError("returns.signer_inactive", name=user.display_name)
    if not user.role.can_sign_returns:
        raise DomainError("returns.signer_not_manager", name=user.display_name, role=user.role.value)
    return user.display_name


class ReturnSigner:
    """The organisation's identity made ready for pyHanko. Build once, sign many; not shared across threads."""

    def __init__(self, identity: SigningIdentity) -> None:
        key_der = identity.private_key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        cert = asn1_x509.Certificate.load(identity.certificate.public_bytes(serialization.Encoding.DER))
        chain = [
            asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in identity.chain
        ]
        self._signer = _LoadedKeySigner(
            identity.private_key,
            signing_cert=cert,
            signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
            cert_registry=SimpleCertificateStore.from_certs(chain),  # type: ignore[no-untyped-call]
        )
        # Room for the CMS container (as hex, so twice its size): the certificates, one signature and the
        # signed attributes, with 2 KB to spare. Giving it skips pyHanko's estimate, which signs a dummy first.
        certs = len(cert.dump()) + sum(len(c.dump()) for c in chain)
        self._reserve = 2 * (certs + _signature_size(identity) + 2048)
        self.organisation = identity.subject_name
        # The stamp is set in the shipped DejaVu Sans, embedded as a subset through pyHanko's TrueType engine
        # (uharfbuzz and fontTools): every name prints as spelt (Ŵ, ŷ), and no font is left unembedded.
        self._style = TextStampStyle(
            stamp_text=_STAMP_TEXT,
            text_box_style=text.TextBoxStyle(
                font=GlyphAccumulatorFactory(str(resource("fonts", "CheckpointStamp.ttf")), font_size=8),
                font_size=8,
                leading=10,
            ),
            timestamp_format="%d %b %Y %H:%M:%S %Z (this PC's clock)",
            border_width=0,
        )

    def sign(
        self,
        rendered: RenderedReturn,
        document_id: str,
        manager: str,
        role: str = "",
        at: datetime | None = None,
    ) -> SignedReturn:
        """Sign `rendered` as `manager`: returns the signed PDF and its SHA-256.

        `at` is the signing moment (the store's clock, aware UTC): the PDF's /M and the stamp's time. Without
        it pyHanko reads this machine's wall clock."""
        if not manager.strip():
            raise ValueError("A return must be signed by a named manager")
        box = rendered.signature_box
        meta = signers.PdfSignatureMetadata(
            field_name=FIELD_NAME,
            md_algorithm="sha256",
            subfilter=fields.SigSeedSubFilter.PADES,
            name=manager,
            reason=f"Approved for the force by {manager}" + (f", {role}" if role else ""),
            location=self.organisation,
        )
        spec = fields.SigFieldSpec(
            sig_field_name=FIELD_NAME,
            on_page=box.page_index,
            box=tuple(round(v) for v in box.rect),  # type: ignore[arg-type]
        )
        pdf_signer = _PdfSignerAt(
            meta, signer=self._signer, stamp_style=self._style, new_field_spec=spec, at=at
        )
        writer = IncrementalPdfFileWriter(io.BytesIO(rendered.pdf), strict=False)
        out = io.BytesIO()
        pdf_signer.sign_pdf(
            writer,
            output=out,
            bytes_reserved=self._reserve,
            appearance_text_params={
                "organisation": self.organisation,
                "manager": manager,
                "role": role or "Manager",
            },
        )
        data = out.getvalue()
        return SignedReturn(document_id, data, hashlib.sha256(data).hexdigest())


class _PdfSignerAt(signers.PdfSigner):
    """pyHanko's PdfSigner with the signing moment given: its session's `system_time` (the signature
    dictionary's /M, the stamp's time and the CMS signing-time setting) is otherwise `datetime.now()`."""

    def __init__(self, *args: Any, at: datetime | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._at = at

    def init_signing_session(self, *args: Any, **kwargs: Any) -> Any:
        session = super().init_signing_session(*args, **kwargs)
        if self._at is not None:
            session.system_time = self._at
        return session


class _LoadedKeySigner(signers.SimpleSigner):
    """pyHanko's SimpleSigner, made cheap for many signatures by one key (measured in benchmarks/returns.py):

    - it re-parses the DER key on every signature (about 135 ms for RSA-3072 with OpenSSL 3's key checks,
      twice per PDF): this one signs with the key object loaded once;
    - it rebuilds the same CMS structure with asn1crypto each time: this one fills a checked template.
    """

    def __init__(self, key: SigningKey, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._key = key
        self._templates: dict[str, CmsTemplate | None] = {}

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        digest = _HASHES.get(digest_algorithm)
        if digest is not None and mechanism == "rsassa_pkcs1v15" and isinstance(self._key, rsa.RSAPrivateKey):
            return self._key.sign(data, PKCS1v15(), digest)
        if digest is not None and mechanism == "ecdsa" and isinstance(self._key, ec.EllipticCurvePrivateKey):
            return self._key.sign(data, ec.ECDSA(digest))
        result: bytes = super().sign_raw(data, digest_algorithm)  # PSS and the rest: pyHanko's own path
        return result

    async def async_sign(
        self,
        data_digest: bytes,
        digest_algorithm: str,
        dry_run: bool = False,
        use_pades: bool = False,
        timestamper: Any = None,
        signed_attr_settings: PdfCMSSignedAttributes | None = None,
        is_pdf_sig: bool = True,
        encap_content_info: Any = None,
    ) -> cms.ContentInfo:
        """A PAdES B-B container from the checked template (see fastcms), else pyHanko's own."""

        async def pyhanko(digest: bytes, settings: PdfCMSSignedAttributes | None) -> cms.ContentInfo:
            info: cms.ContentInfo = await super(_LoadedKeySigner, self).async_sign(
                digest,
                digest_algorithm,
                dry_run=dry_run,
                use_pades=use_pades,
                timestamper=timestamper,
                signed_attr_settings=settings,
                is_pdf_sig=is_pdf_sig,
                encap_content_info=encap_content_info,
            )
            return info

        plain = (
            not dry_run
            and use_pades
            and timestamper is None
            and is_pdf_sig
            and encap_content_info is None
            and isinstance(self._key, rsa.RSAPrivateKey)
            and digest_algorithm in _HASHES
            and (
                signed_attr_settings is None
                or (
                    signed_attr_settings.cades_signed_attrs is None
                    and signed_attr_settings.adobe_revinfo_attr is None
                )
            )
        )
        if not plain:
            return await pyhanko(data_digest, signed_attr_settings)
        if digest_algorithm not in self._templates:
            base = signed_attr_settings or PdfCMSSignedAttributes()
            when = base.signing_time or datetime.now(UTC)
            variants = (
                replace(base, signing_time=when),
                replace(base, signing_time=when + timedelta(days=1)),
            )
            self._templates[digest_algorithm] = await build_template(
                lambda digest, v: pyhanko(digest, variants[v]),
                _HASHES[digest_algorithm].digest_size,
                lambda data: self.sign_raw(data, digest_algorithm),
            )
        template = self._templates[digest_algorithm]
        if template is None:
            return await pyhanko(data_digest, signed_attr_settings)
        return cms.ContentInfo.load(
            template.fill(data_digest, lambda data: self.sign_raw(data, digest_algorithm))
        )


_HASHES: dict[str, hashes.HashAlgorithm] = {
    "sha256": hashes.SHA256(),
    "sha384": hashes.SHA384(),
    "sha512": hashes.SHA512(),
}


def _signature_size(identity: SigningIdentity) -> int:
    key = identity.private_key
    return key.key_size // 8 if isinstance(key, rsa.RSAPrivateKey) else 2 * (key.curve.key_size // 8) + 16
