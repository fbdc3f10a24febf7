"""Progress returns to the force: content from a case, PDF drawing, signing, verification, batches. No Qt.

The usual path: `build_return_content(case, kind, ...)` -> draft (store its `canonical_json`) -> a manager
approves -> `sign_return(content, ReturnSigner(identity), manager, role)` (or `sign_batch` for many) -> store
`SignedReturn.pdf` with its `sha256`, `content_hash` and `short_code`, never to change again. A correction is a
new return built with `replaces_document_id`.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .batch import BatchResult, BatchSigner, approve, sign_batch, sign_return
    from .build import build_return_content
    from .canonical import (
        canonical_json,
        content_from_dict,
        content_hash,
        content_to_dict,
        normalise_code,
        parse_qr_payload,
        qr_payload,
        short_code,
    )
    from .export import ExportError, export_name, export_signed
    from .identity import IdentityError, SigningIdentity, load_certificates
    from .model import ClinicalScore, EvidenceLine, ReturnContent, ReturnKind
    from .render import RenderedReturn, SignatureBox, render_return
    from .schedule import DueReturn, due_in_month, month_bounds
    from .signing import ReturnSigner, SignedReturn, authorised_signer
    from .verify import UnreadablePdfError, VerificationResult, verify_pdf

# Lazy (PEP 562): importing one part (the compliance rules, the schedule) must not load ReportLab, pyHanko and
# aiohttp (over a second): the GUI imports the rules on its own thread when a record or the diary opens.
_WHERE = {
    "BatchResult": "batch",
    "BatchSigner": "batch",
    "approve": "batch",
    "sign_batch": "batch",
    "sign_return": "batch",
    "build_return_content": "build",
    "canonical_json": "canonical",
    "content_from_dict": "canonical",
    "content_hash": "canonical",
    "content_to_dict": "canonical",
    "normalise_code": "canonical",
    "parse_qr_payload": "canonical",
    "qr_payload": "canonical",
    "short_code": "canonical",
    "ExportError": "export",
    "export_name": "export",
    "export_signed": "export",
    "IdentityError": "identity",
    "SigningIdentity": "identity",
    "load_certificates": "identity",
    "ClinicalScore": "model",
    "EvidenceLine": "model",
    "ReturnContent": "model",
    "ReturnKind": "model",
    "RenderedReturn": "render",
    "SignatureBox": "render",
    "render_return": "render",
    "DueReturn": "schedule",
    "due_in_month": "schedule",
    "month_bounds": "schedule",
    "ReturnSigner": "signing",
    "SignedReturn": "signing",
    "authorised_signer": "signing",
    "UnreadablePdfError": "verify",
    "VerificationResult": "verify",
    "verify_pdf": "verify",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "BatchResult",
    "BatchSigner",
    "ClinicalScore",
    "DueReturn",
    "ExportError",
    "EvidenceLine",
    "IdentityError",
    "RenderedReturn",
    "ReturnContent",
    "ReturnKind",
    "ReturnSigner",
    "SignatureBox",
    "SignedReturn",
    "SigningIdentity",
    "UnreadablePdfError",
    "VerificationResult",
    "approve",
    "authorised_signer",
    "build_return_content",
    "canonical_json",
    "content_from_dict",
    "content_hash",
    "content_to_dict",
    "due_in_month",
    "export_name",
    "export_signed",
    "load_certificates",
    "month_bounds",
    "normalise_code",
    "parse_qr_payload",
    "qr_payload",
    "render_return",
    "short_code",
    "sign_batch",
    "sign_return",
    "verify_pdf",
]
