"""Shared set-up for the returns tests: cases built from domain dataclasses, contents, PDF text, keys."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import UTC, date, datetime
from functools import cache

from pypdf import PdfReader

from desktop.domain import Case
from desktop.services.returns import (
    ClinicalScore,
    ReturnContent,
    ReturnKind,
    SigningIdentity,
    build_return_content,
)

PROVIDER = "Wearside Recovery Partnership"
FORCE = "Durham Constabulary"
GENERATED = datetime(2026, 4, 1, 9, 30, tzinfo=UTC)
CLINICAL = (
    ClinicalScore("PHQ-9", 14, "Moderate", date(2026, 1, 14)),
    ClinicalScore("AUDIT", 17, "Higher risk", date(2026, 3, 11)),
)


def content_for(
    case: Case,
    kind: ReturnKind = ReturnKind.MONTHLY_PROGRESS,
    *,
    start: date = date(2026, 3, 1),
    end: date = date(2026, 3, 31),
    **extra: object,
) -> ReturnContent:
    args: dict[str, object] = {
        "provider": PROVIDER,
        "force_name": FORCE,
        "keyworker": "Sam Okafor",
        "period_start": start,
        "period_end": end,
        "generated_at": GENERATED,
        "clinical": CLINICAL,
        "sign_off_name": "Dana Whitfield",
        "sign_off_role": "Service Manager",
    }
    args.update(extra)
    return build_return_content(case, kind, **args)  # type: ignore[arg-type]


def pdf_text(data: bytes) -> str:
    """All the text pypdf extracts, with runs of whitespace folded so phrases can be matched across lines."""
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


@cache
def identity(organisation: str = PROVIDER) -> SigningIdentity:
    """A fresh key per test session (2048-bit to keep the suite quick); nothing is ever committed."""
    return SigningIdentity.create_self_signed(organisation, datetime.now(UTC), key_size=2048)


def pdfsig(path: str) -> str:
    """poppler's pdfsig report (its exit code is not used: it is 1 for any problem, 0 with none)."""
    exe = shutil.which("pdfsig")
    assert exe is not None
    done = subprocess.run([exe, path], capture_output=True, text=True, timeout=60, check=False)
    return done.stdout + done.stderr
