"""A printed return can be matched to its signed file: every page's QR code scans to the ID and content hash."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from returns_helpers import content_for, identity, pdf_text

from desktop.services.returns import (
    ReturnSigner,
    approve,
    content_hash,
    normalise_code,
    parse_qr_payload,
    short_code,
    sign_return,
)
from desktop.services.returns.example import example_case

pytestmark = pytest.mark.skipif(
    shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
    reason="needs zbarimg (zbar-tools) and pdftoppm (poppler-utils)",
)


def test_every_page_qr_scans_to_the_document_id_and_content_hash(tmp_path: Path) -> None:
    content = content_for(example_case(clinical_consent=True), narrative="Account. " * 300)
    signed = sign_return(content, ReturnSigner(identity()), "Dana Whitfield", "Service Manager")
    pdf = tmp_path / "return.pdf"
    pdf.write_bytes(signed.pdf)
    # 150 dpi: a modest office scan or photo of the printed page.
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", str(pdf), str(tmp_path / "page")], check=True, timeout=120
    )
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 2
    for page in pages:
        done = subprocess.run(
            ["zbarimg", "--quiet", "--raw", str(page)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, f"no QR code read on {page.name}"
        document_id, digest = parse_qr_payload(done.stdout.strip())
        assert document_id == signed.document_id
        assert digest == signed.content_hash
    # The hash in the QR code is the hash of what was signed, and the printed code derives from both.
    assert content_hash(approve(content, "Dana Whitfield", "Service Manager")) == signed.content_hash
    assert (
        content_hash(approve(content, "Someone Else", "Manager")) != signed.content_hash
    )  # sign-off is hashed
    code = short_code(signed.document_id, signed.content_hash)
    assert code == signed.short_code == normalise_code(code)
    assert f"Code {code}" in pdf_text(signed.pdf)
