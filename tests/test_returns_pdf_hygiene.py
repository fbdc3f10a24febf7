"""Signed returns pass the force's own tools: real dates, every font embedded (the stamp's too, with Welsh
letters), no complaint from pdffonts or qpdf, and an organisation CA that pdfsig reports Trusted once it is
imported into an NSS database (what the force does once)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography import x509
from returns_helpers import content_for, identity, pdfsig

from desktop.services.returns import render_return
from desktop.services.returns.example import example_case
from desktop.services.returns.signing import ReturnSigner, SignedReturn

TOOLS = ("pdfinfo", "pdffonts", "pdftotext", "qpdf", "certutil", "pdfsig")
pytestmark = pytest.mark.skipif(
    any(shutil.which(t) is None for t in TOOLS),
    reason="needs poppler-utils, qpdf and libnss3-tools (scripts/sysdeps.sh)",
)
MANAGER = "Siôn Ŵyn ap Ŷwain"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=60, check=False)


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> tuple[SignedReturn, Path]:
    content = replace(content_for(example_case()), generated_at=datetime(2026, 4, 1, 9, 30, tzinfo=UTC))
    result = ReturnSigner(identity()).sign(render_return(content), content.document_id, MANAGER, "Rheolwr")
    path = tmp_path_factory.mktemp("hygiene") / "signed.pdf"
    path.write_bytes(result.pdf)
    return result, path


def test_the_dates_are_real(signed: tuple[SignedReturn, Path]) -> None:
    info = run("pdfinfo", str(signed[1])).stdout
    assert "CreationDate:    Wed Apr  1 09:30:00 2026 UTC" in info  # the content's generated time
    assert "2000" not in info.split("ModDate:")[1].splitlines()[0]  # the signing time, not ReportLab's epoch


def test_every_font_is_embedded_and_pdffonts_has_no_complaint(signed: tuple[SignedReturn, Path]) -> None:
    done = run("pdffonts", str(signed[1]))
    assert done.returncode == 0 and done.stderr == ""
    rows = done.stdout.splitlines()[2:]
    assert len(rows) >= 3  # the page's two DejaVu faces and the stamp's font
    for row in rows:
        name, emb = row.split()[0], row.split()[-5]
        assert emb == "yes", f"{name} is not embedded"
    assert not any("Courier" in r or "Helvetica" in r for r in rows)


def test_qpdf_finds_nothing_wrong(signed: tuple[SignedReturn, Path]) -> None:
    done = run("qpdf", "--check", str(signed[1]))
    assert done.returncode == 0, done.stdout + done.stderr
    assert (
        "No syntax or stream encoding errors found" in done.stdout
        and "WARNING" not in done.stdout + done.stderr
    )


def test_the_stamp_prints_welsh_letters_and_says_whose_clock(signed: tuple[SignedReturn, Path]) -> None:
    text = run("pdftotext", str(signed[1]), "-").stdout
    assert f"by {MANAGER}" in text  # ŵ and ŷ, not "W" and "Y"
    assert "(this PC's clock)" in text


def test_pdfsig_reports_the_signer_trusted_once_the_ca_is_in_nss(
    signed: tuple[SignedReturn, Path], tmp_path: Path
) -> None:
    ident = identity()
    ca = ident.trust_anchor
    basic = ca.extensions.get_extension_for_class(x509.BasicConstraints).value
    assert basic.ca and ident.certificate.issuer == ca.subject and ident.certificate != ca
    assert "Certificate is Trusted" not in pdfsig(str(signed[1]))  # before the force imports anything
    pem = tmp_path / "for-the-force.pem"
    pem.write_bytes(ident.certificates_for_force_pem())
    db = tmp_path / "nss"
    db.mkdir()
    assert run("certutil", "-N", "-d", f"sql:{db}", "--empty-password").returncode == 0
    added = run(
        "certutil", "-A", "-d", f"sql:{db}", "-n", "Provider returns CA", "-t", "C,C,C", "-a", "-i", str(pem)
    )
    assert added.returncode == 0, added.stderr
    report = run("pdfsig", "-nssdir", f"sql:{db}", str(signed[1])).stdout
    assert "Signature is Valid" in report and "Certificate is Trusted" in report


def test_the_signed_return_has_pdfa_2b_structure(signed: tuple[SignedReturn, Path]) -> None:
    from io import BytesIO

    from pypdf import PdfReader

    reader = PdfReader(BytesIO(signed[0].pdf))
    root = reader.trailer["/Root"]
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert 'pdfaid:part="2"' in xmp or "<pdfaid:part>2</pdfaid:part>" in xmp
    assert 'pdfaid:conformance="B"' in xmp or "<pdfaid:conformance>B</pdfaid:conformance>" in xmp
    assert "2026-04-01T09:30:00+00:00" in xmp  # the creation date, as in the document information
    [intent] = root["/OutputIntents"]
    intent = intent.get_object()
    assert intent["/S"] == "/GTS_PDFA1" and intent["/OutputConditionIdentifier"] == "sRGB IEC61966-2.1"
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 3 and profile.get_data()[36:40] == b"acsp"  # an ICC profile
    assert run("pdfinfo", "-meta", str(signed[1])).stdout.count("pdfaid") >= 2
    info = reader.metadata
    assert info is not None and f'pdf:Producer="{info.producer}"' in xmp  # /Info and XMP agree
