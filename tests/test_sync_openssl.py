"""The force's IT can open and check a bundle with `openssl cms` alone: the two documented commands."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from sync_support import NOW, PDF, contract_state, identity, provider_bundle, referral, return_record, uid

from desktop.services.sync import (
    Attachment,
    BundleHeader,
    Direction,
    build_bundle,
    cert_pem,
    cms,
    open_bundle,
)
from desktop.services.sync.records import dump_records

pytestmark = pytest.mark.skipif(
    shutil.which("openssl") is None, reason="the openssl command is not installed"
)


def _write_identity(tmp: Path, name: str) -> tuple[Path, Path]:
    ident = identity(name)
    key = tmp / f"{name}-key.pem"
    key.write_bytes(
        ident.key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    cert = tmp / f"{name}-cert.pem"
    cert.write_bytes(cert_pem(ident.cert))
    return key, cert


def _run(*args: str | Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["openssl", *map(str, args)], capture_output=True, timeout=60, check=False)


def test_openssl_decrypts_then_verifies_a_bundle(tmp_path: Path):
    ref_id = uid()
    pdf = Attachment("returns/2026-11.pdf", PDF)
    bundle = tmp_path / "provider-to-force-000001.cpbundle"
    bundle.write_bytes(provider_bundle([contract_state(ref_id), return_record(ref_id, pdf)], [pdf]))
    force_key, force_cert = _write_identity(tmp_path, "force")
    _, provider_cert = _write_identity(tmp_path, "provider")

    # The two commands in docs/sync-format.md, verbatim apart from the file names.
    decrypt = _run(
        "cms",
        "-decrypt",
        "-binary",
        "-inform",
        "DER",
        "-in",
        bundle,
        "-recip",
        force_cert,
        "-inkey",
        force_key,
        "-out",
        tmp_path / "signed.p7m",
    )
    assert decrypt.returncode == 0, decrypt.stderr.decode()
    verify = _run(
        "cms",
        "-verify",
        "-binary",
        "-inform",
        "DER",
        "-in",
        tmp_path / "signed.p7m",
        "-CAfile",
        provider_cert,
        "-out",
        tmp_path / "payload.zip",
    )
    assert verify.returncode == 0, verify.stderr.decode()
    assert b"Verification successful" in verify.stderr

    with zipfile.ZipFile(tmp_path / "payload.zip") as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert manifest["record_counts"] == {"contract_state": 1, "return": 1}
        assert archive.read("attachments/returns/2026-11.pdf") == PDF
        assert len(archive.read("records.jsonl").splitlines()) == 2


def test_openssl_verify_fails_against_the_wrong_certificate(tmp_path: Path):
    bundle = tmp_path / "b.cpbundle"
    bundle.write_bytes(provider_bundle([contract_state(uid())], []))
    force_key, force_cert = _write_identity(tmp_path, "force")
    _, stranger_cert = _write_identity(tmp_path, "stranger")
    assert (
        _run(
            "cms",
            "-decrypt",
            "-binary",
            "-inform",
            "DER",
            "-in",
            bundle,
            "-recip",
            force_cert,
            "-inkey",
            force_key,
            "-out",
            tmp_path / "signed.p7m",
        ).returncode
        == 0
    )
    verify = _run(
        "cms",
        "-verify",
        "-binary",
        "-inform",
        "DER",
        "-in",
        tmp_path / "signed.p7m",
        "-CAfile",
        stranger_cert,
        "-out",
        tmp_path / "payload.zip",
    )
    assert verify.returncode != 0


def test_a_bundle_made_with_openssl_alone_opens_in_checkpoint(tmp_path: Path):
    """The force's side needs no code of ours: zip + `openssl cms -sign` + `openssl cms -encrypt`."""
    rec = referral()
    header = BundleHeader(Direction.FORCE_TO_PROVIDER, "Durham", "Provider Ltd", 1, None, NOW)
    ours = build_bundle(
        header, [rec], [], identity("force").key, identity("force").cert, identity("provider").cert
    )
    payload = cms.verify(
        cms.decrypt(ours, identity("provider").key, identity("provider").cert), [identity("force").cert]
    ).content
    assert zipfile.ZipFile(io.BytesIO(payload)).read("records.jsonl") == dump_records([rec])
    (tmp_path / "payload.zip").write_bytes(payload)
    force_key, force_cert = _write_identity(tmp_path, "force")
    _, provider_cert = _write_identity(tmp_path, "provider")
    signed = _run(
        "cms",
        "-sign",
        "-binary",
        "-nodetach",
        "-md",
        "sha256",
        "-in",
        tmp_path / "payload.zip",
        "-signer",
        force_cert,
        "-inkey",
        force_key,
        "-outform",
        "DER",
        "-out",
        tmp_path / "s.p7m",
    )
    assert signed.returncode == 0, signed.stderr.decode()
    enc = _run(
        "cms",
        "-encrypt",
        "-binary",
        "-aes256",
        "-in",
        tmp_path / "s.p7m",
        "-outform",
        "DER",
        "-out",
        tmp_path / "f.cpbundle",
        provider_cert,
    )
    assert enc.returncode == 0, enc.stderr.decode()
    opened = open_bundle(
        (tmp_path / "f.cpbundle").read_bytes(),
        identity("provider").key,
        identity("provider").cert,
        [identity("force").cert],
    )
    assert opened.records == [rec]


def test_a_bundle_encrypted_with_aes128_is_refused_as_unsupported(tmp_path: Path):
    from desktop.services.sync import UnsupportedAlgorithm

    (tmp_path / "payload.bin").write_bytes(b"anything")
    _, force_cert = _write_identity(tmp_path, "force")
    key, cert = _write_identity(tmp_path, "provider")
    assert (
        _run(
            "cms",
            "-sign",
            "-binary",
            "-nodetach",
            "-in",
            tmp_path / "payload.bin",
            "-signer",
            cert,
            "-inkey",
            key,
            "-outform",
            "DER",
            "-out",
            tmp_path / "s.p7m",
        ).returncode
        == 0
    )
    assert (
        _run(
            "cms",
            "-encrypt",
            "-binary",
            "-aes128",
            "-in",
            tmp_path / "s.p7m",
            "-outform",
            "DER",
            "-out",
            tmp_path / "b.cpbundle",
            force_cert,
        ).returncode
        == 0
    )
    with pytest.raises(UnsupportedAlgorithm, match="unsupported algorithm: bundle encrypted with aes128_cbc"):
        open_bundle(
            (tmp_path / "b.cpbundle").read_bytes(),
            identity("force").key,
            identity("force").cert,
            [identity("provider").cert],
        )
