"""Check a signed return: is it intact, does the signature cover the whole file, is the signer trusted?

Uses pyHanko's validation with no network access. Trust is only what the caller passes (the organisation's
certificate the force was given, or a CA's): without a trust list nothing is trusted, but integrity is still
checked. Poppler's `pdfsig` is the independent check (see the tests).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import PdfSignatureStatus
from pyhanko_certvalidator import ValidationContext

from .canonical import parse_qr_payload, short_code
from .signing import FIELD_NAME

_log = logging.getLogger(__name__)


class UnreadablePdfError(ValueError):
    """The bytes are not a PDF we can open; the message is one line fit to show a user."""


@dataclass(frozen=True, slots=True)
class VerificationResult:
    signer: str  # "Dana Whitfield for Wearside Recovery Partnership": the /Name and the certificate's CN
    certificate_subject: str
    signing_time: datetime | None
    intact: bool  # the signed bytes are unchanged and the signature over them is valid
    covers_whole_document: bool  # nothing was added after signing
    trusted: bool  # the certificate chains to the trust list given (False when none was given)
    problems: tuple[str, ...]
    signature_count: int = 1  # a return carries exactly one signature
    document_id: str = ""  # from the signed file's metadata, to match a printed copy's code
    code: str = ""

    def acceptable(self, *, require_trust: bool) -> bool:
        return (
            self.intact
            and self.covers_whole_document
            and self.signature_count == 1
            and (self.trusted or not require_trust)
        )


def verify_pdf(data: bytes, trust: Sequence[x509.Certificate] | None = None) -> VerificationResult:
    """Verify the return's signature. Raises UnreadablePdfError if `data` cannot be opened as a PDF at all."""
    if not data.lstrip()[:5] == b"%PDF-":
        raise UnreadablePdfError("not a PDF file")
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except (PdfError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise UnreadablePdfError(f"cannot read the PDF: {exc}") from None
    if not signatures:
        return VerificationResult("", "", None, False, False, False, ("the PDF is not signed",), 0)
    problems: list[str] = []
    if len(signatures) > 1:
        problems.append(f"the PDF has {len(signatures)} signatures; a return has exactly one")
    sig = next((s for s in signatures if s.field_name == FIELD_NAME), signatures[0])
    manager = str(sig.sig_object.get("/Name", "")).strip()
    try:
        subject = sig.signer_cert.subject.human_friendly
        cn = _common_name(sig.signer_cert) or subject
    except (ValueError, KeyError, TypeError):
        subject = cn = ""
    signer = f"{manager} for {cn}" if manager and cn else manager or cn
    when = _self_reported_time(sig)
    context = ValidationContext(
        trust_roots=[_asn1(c) for c in (trust or [])],
        allow_fetching=False,
        revocation_mode="soft-fail",
    )
    try:
        status = validate_pdf_signature(
            sig,
            context,
            key_usage_settings=KeyUsageConstraints(key_usage={"non_repudiation"}),
        )
    except Exception as exc:  # noqa: BLE001  a damaged signature raises many kinds of errors: all mean "not valid"
        _log.debug("signature validation failed: %s", type(exc).__name__)
        return VerificationResult(
            signer,
            subject,
            when,
            False,
            False,
            False,
            (*problems, f"the signature cannot be checked ({type(exc).__name__})"),
            len(signatures),
        )
    document_id, code = _identifiers(reader)
    return replace(
        _result(status, signer, subject, when, problems, trust is not None),
        signature_count=len(signatures),
        document_id=document_id,
        code=code,
    )


def _result(
    status: PdfSignatureStatus,
    signer: str,
    subject: str,
    when: datetime | None,
    problems: list[str],
    trust_given: bool,
) -> VerificationResult:
    intact = bool(status.intact and status.valid)
    whole = status.coverage is not None and status.coverage.name == "ENTIRE_FILE"
    trusted = bool(status.trusted) and trust_given
    if not status.intact:
        problems.append("the document was changed after it was signed")
    elif not status.valid:
        problems.append("the signature does not match the signer's certificate")
    if not whole:
        problems.append("the signature does not cover the whole file: something was added after signing")
    if trust_given and not trusted and intact:  # a broken signature is not checked for trust at all
        problems.append("the signer's certificate is not in the trust list given")
    if status.signer_reported_dt is not None:
        when = status.signer_reported_dt
    return VerificationResult(signer, subject, when, intact, whole, trusted, tuple(problems))


def _identifiers(reader: PdfFileReader) -> tuple[str, str]:
    """Document ID and printed code from the metadata the renderer wrote (inside the signed bytes)."""
    try:
        keywords = str(reader.trailer["/Info"].get_object().get("/Keywords", ""))
        document_id, digest = parse_qr_payload(keywords)
    except (KeyError, ValueError, TypeError, PdfError):
        return "", ""
    return document_id, short_code(document_id, digest)


def _asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def _common_name(cert: asn1_x509.Certificate) -> str:
    value = cert.subject.native.get("common_name", "")
    return str(value[0] if isinstance(value, list) else value)


def _self_reported_time(sig: object) -> datetime | None:
    try:
        value = getattr(sig, "self_reported_timestamp", None)
    except (ValueError, KeyError, TypeError):
        return None
    return value if isinstance(value, datetime) else None
