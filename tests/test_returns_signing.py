"""Signed returns: valid in our verify and in poppler's pdfsig, broken by one changed byte, trust, identities."""

from __future__ import annotations

import hashlib
import io
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
from pyhanko_certvalidator.registry import SimpleCertificateStore
from pypdf import PdfReader
from returns_helpers import PROVIDER, content_for, identity, pdf_text, pdfsig

from desktop.cli import main as cli
from desktop.domain import DomainError, Role, User
from desktop.services.returns import (
    IdentityError,
    ReturnSigner,
    SignedReturn,
    SigningIdentity,
    UnreadablePdfError,
    authorised_signer,
    render_return,
    sign_return,
    verify_pdf,
)
from desktop.services.returns.example import example_case

needs_pdfsig = pytest.mark.skipif(
    shutil.which("pdfsig") is None, reason="poppler-utils (pdfsig) not installed"
)


@pytest.fixture(scope="module")
def signed() -> SignedReturn:
    return sign_return(
        content_for(example_case()), ReturnSigner(identity()), "Dana Whitfield", "Service Manager"
    )


def _flip(data: bytes, at: int) -> bytes:
    changed = bytearray(data)
    changed[at] ^= 0x01
    return bytes(changed)


def test_signed_return_verifies_and_names_the_manager(signed: SignedReturn) -> None:
    result = verify_pdf(signed.pdf, [identity().certificate])
    assert result.intact and result.covers_whole_document and result.trusted, result.problems
    assert result.signer == f"Dana Whitfield for {PROVIDER}"
    assert result.document_id == signed.document_id and result.code == signed.short_code
    assert result.signing_time is not None
    assert abs(result.signing_time - datetime.now(UTC)) < timedelta(minutes=5)
    assert result.problems == ()
    assert f"Code {signed.short_code}" in pdf_text(signed.pdf)
    assert signed.sha256 == hashlib.sha256(signed.pdf).hexdigest()


def test_the_visible_signature_on_the_last_page_names_the_manager_and_time(signed: SignedReturn) -> None:
    reader = PdfReader(io.BytesIO(signed.pdf))
    last = reader.pages[-1]
    widgets = [a.get_object() for a in last.get("/Annots", [])]
    sig = [w for w in widgets if w.get("/FT") == "/Sig"]
    assert len(sig) == 1 and sig[0]["/T"] == "ManagerSignature"
    x1, y1, x2, y2 = (float(v) for v in sig[0]["/Rect"])
    assert x2 - x1 > 200 and y2 - y1 > 60  # a visible box, not a hidden field
    appearance = sig[0]["/AP"]["/N"].get_object().get_data().decode("latin-1")
    for line in (
        "Digitally signed for Wearside Recovery Partnership",
        "by Dana Whitfield",
        "Service Manager",
        "Signed ",
    ):
        assert f"({line}" in appearance
    assert sum(len(p.get("/Annots", [])) for p in reader.pages[:-1]) == 0


@needs_pdfsig
def test_pdfsig_accepts_the_signature_over_the_whole_document(signed: SignedReturn, tmp_path: Path) -> None:
    path = tmp_path / "return.pdf"
    path.write_bytes(signed.pdf)
    report = pdfsig(str(path))
    assert "Signature is Valid" in report
    assert "Total document signed" in report
    assert "ETSI.CAdES.detached" in report  # PAdES


@needs_pdfsig
@pytest.mark.parametrize("where", [0.25, 0.5, 0.75])
def test_one_changed_byte_fails_both_checks(signed: SignedReturn, tmp_path: Path, where: float) -> None:
    # A byte of the signed content (not the signature's own hex, which is outside the signed ranges).
    contents_at = signed.pdf.index(b"/Contents <")
    at = int(contents_at * where)
    tampered = _flip(signed.pdf, at)
    path = tmp_path / "tampered.pdf"
    path.write_bytes(tampered)
    report = pdfsig(str(path))
    assert "Signature is Valid" not in report
    try:
        result = verify_pdf(tampered, [identity().certificate])
    except UnreadablePdfError:
        return  # the change broke the file's structure: also a failure to verify
    assert not result.intact
    assert not result.acceptable(require_trust=False)


@needs_pdfsig
def test_a_changed_signature_byte_fails_both_checks(signed: SignedReturn, tmp_path: Path) -> None:
    start = signed.pdf.index(b"/Contents <") + len(b"/Contents <")
    end = signed.pdf.index(b">", start)
    used = signed.pdf[start:end].rstrip(b"0")  # the container, then zero padding
    at = start + len(used) - 40  # inside the signature value, the container's last field (not a certificate)
    tampered = bytearray(signed.pdf)
    tampered[at] = ord("0") if tampered[at] != ord("0") else ord("1")
    path = tmp_path / "tampered.pdf"
    path.write_bytes(bytes(tampered))
    assert "Signature is Valid" not in pdfsig(str(path))
    assert not verify_pdf(bytes(tampered)).intact


def test_anything_added_after_signing_is_reported(signed: SignedReturn) -> None:
    result = verify_pdf(signed.pdf + b"\n%% added later\n", [identity().certificate])
    assert result.intact and not result.covers_whole_document
    assert not result.acceptable(require_trust=False)


def test_unknown_signer_is_not_trusted(signed: SignedReturn) -> None:
    other = identity("Some Other Organisation")
    result = verify_pdf(signed.pdf, [other.certificate])
    assert result.intact and not result.trusted
    assert "not in the trust list" in " ".join(result.problems)
    assert not verify_pdf(signed.pdf).trusted  # no trust list: integrity only


def test_unsigned_and_non_pdf_input() -> None:
    unsigned = verify_pdf(render_return(content_for(example_case())).pdf)
    assert not unsigned.intact and unsigned.problems == ("the PDF is not signed",)
    with pytest.raises(UnreadablePdfError):
        verify_pdf(b"hello")


def test_cli_verify_exit_codes(
    signed: SignedReturn, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(signed.pdf)
    ours = tmp_path / "ours.pem"
    ours.write_bytes(identity().certificate_pem())
    theirs = tmp_path / "theirs.pem"
    theirs.write_bytes(identity("Some Other Organisation").certificate_pem())
    assert cli.main(["verify", str(pdf), "--trust", str(ours)]) == 0
    out = capsys.readouterr().out
    assert "Dana Whitfield" in out and "Intact:        yes" in out and "Trusted:       yes" in out
    assert f"(code {signed.short_code})" in out
    assert cli.main(["verify", str(pdf)]) == 0  # intact; trust not asked for
    assert "not checked" in capsys.readouterr().out
    assert cli.main(["verify", str(pdf), "--trust", str(theirs)]) == 1
    assert "Trusted:       no" in capsys.readouterr().out
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(_flip(signed.pdf, signed.pdf.index(b"/Contents <") // 2))
    assert cli.main(["verify", str(bad), "--trust", str(ours)]) == 1
    assert "Intact:        NO" in capsys.readouterr().out
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"not a pdf")
    assert cli.main(["verify", str(junk)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a PDF" in err
    assert cli.main(["verify", str(tmp_path / "missing.pdf")]) == 2
    assert cli.main(["verify", str(pdf), "--trust", str(junk)]) == 2


def test_identity_round_trips_encrypted_and_refuses_a_wrong_password() -> None:
    ident = identity()
    blob = ident.to_bytes(b"correct horse")
    assert b"ENCRYPTED PRIVATE KEY" in blob and b"BEGIN PRIVATE KEY" not in blob
    again = SigningIdentity.from_bytes(blob, b"correct horse")
    assert again.certificate == ident.certificate and again.fingerprint == ident.fingerprint
    with pytest.raises(IdentityError):
        SigningIdentity.from_bytes(blob, b"wrong")
    assert ident.subject_name == PROVIDER
    usage = ident.certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.content_commitment and usage.digital_signature


def test_pkcs12_import_with_a_ca_chain_signs_and_verifies_against_the_ca() -> None:
    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test Issuing CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(1)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Imported Provider Ltd")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(2)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True
        )
        .sign(ca_key, hashes.SHA256())
    )
    p12 = pkcs12.serialize_key_and_certificates(b"org", key, cert, [ca], BestAvailableEncryption(b"pw"))
    with pytest.raises(IdentityError):
        SigningIdentity.from_pkcs12(p12, b"nope")
    imported = SigningIdentity.from_pkcs12(p12, b"pw")
    assert imported.subject_name == "Imported Provider Ltd" and imported.chain == (ca,)
    result = sign_return(content_for(example_case()), ReturnSigner(imported), "Dana Whitfield")
    verified = verify_pdf(result.pdf, [ca])
    assert verified.intact and verified.trusted, verified.problems


def test_a_key_that_does_not_match_its_certificate_is_refused() -> None:
    with pytest.raises(IdentityError):
        SigningIdentity(identity("A").private_key, identity("B").certificate)


def test_signing_needs_a_named_manager() -> None:
    with pytest.raises(ValueError):
        sign_return(content_for(example_case()), ReturnSigner(identity()), "  ")


def test_keyworkers_and_inactive_users_cannot_sign() -> None:
    manager = User("dwhitfield", "Dana Whitfield", Role.MANAGER)
    assert authorised_signer(manager) == "Dana Whitfield"
    with pytest.raises(DomainError, match="Only a manager"):
        authorised_signer(User("sokafor", "Sam Okafor", Role.KEYWORKER))
    with pytest.raises(DomainError):
        authorised_signer(User("old", "Former Manager", Role.MANAGER, active=False))


def test_a_second_signature_added_later_is_not_accepted(signed: SignedReturn) -> None:
    other = identity("Some Other Organisation")
    key = asn1_keys.PrivateKeyInfo.load(
        other.private_key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    cert = asn1_x509.Certificate.load(other.certificate.public_bytes(serialization.Encoding.DER))
    writer = IncrementalPdfFileWriter(io.BytesIO(signed.pdf))
    out = signers.sign_pdf(
        writer,
        signers.PdfSignatureMetadata(field_name="Second"),
        signer=signers.SimpleSigner(cert, key, SimpleCertificateStore()),
    )
    result = verify_pdf(out.getvalue(), [identity().certificate])
    assert result.signature_count == 2
    assert not result.acceptable(require_trust=True)
    assert not result.covers_whole_document  # the manager's signature no longer covers the file
