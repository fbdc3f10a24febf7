"""Write a signed return to a folder (the outbox, or `sign-batch --out`): atomically, never over another file.

The file name carries the force reference, the return type, the period end and the paper code, never the
person's name (file names travel in e-mail subjects and folder listings).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from pathlib import Path

from .signing import SignedReturn


class ExportError(OSError):
    """The return could not be written; the message is fit to show a user."""


def export_name(signed: SignedReturn) -> str:
    """`DUR-26-01041_monthly_progress_2026-03-31_K7F2-9QXA-3M.pdf` for a return's signed content."""
    data = json.loads(signed.content_json)
    reference = re.sub(r"[^A-Za-z0-9]+", "-", data["force_reference"]).strip("-") or "no-reference"
    return f"{reference}_{data['kind']}_{data['period_end']}_{signed.short_code}.pdf"


def export_signed(signed: SignedReturn, folder: Path) -> Path:
    """Write the PDF into `folder` under `export_name`; the same file already there is fine, another is not."""
    if hashlib.sha256(signed.pdf).hexdigest() != signed.sha256:
        raise ExportError("The signed return does not match its recorded SHA-256; it was not written")
    target = folder / export_name(signed)
    if target.exists():
        if hashlib.sha256(target.read_bytes()).hexdigest() == signed.sha256:
            return target
        raise ExportError(
            f"{target.name} already exists with different content; a signed return is never "
            "replaced (issue a correction instead)"
        )
    folder.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=".partial-", suffix=".pdf", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(signed.pdf)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target
