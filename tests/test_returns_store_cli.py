"""The returns commands over a real store: sign-batch (managers only), list, cert create/export, verify --code,
and the force's check of an exported return against the exported certificate."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from returns_store_fixtures import RET_PASS, ReturnsStore, build_returns_store, copy_store

from desktop.cli import main as cli
from desktop.storage.records import AuditRecord
from desktop.storage.store import CaseStore

pytestmark = pytest.mark.slow  # sign-batch starts worker processes


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> ReturnsStore:
    return build_returns_store(tmp_path_factory.mktemp("returns-cli") / "template")


@pytest.fixture
def rs(template: ReturnsStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ReturnsStore:
    monkeypatch.setenv("CHECKPOINT_PASSPHRASE", RET_PASS)
    return copy_store(template, tmp_path / "store")


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and err.startswith("checkpoint-desk: ")
    return err


def test_sign_batch_refuses_a_keyworker_and_changes_nothing(
    rs: ReturnsStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert (
        cli.main(
            [
                "returns",
                "sign-batch",
                str(rs.folder),
                "--user",
                "alex",
                "--month",
                "2026-10",
                "--out",
                str(out),
            ]
        )
        == 2
    )
    assert "only a manager can sign returns" in _one_line_error(capsys)
    assert not out.exists()
    assert cli.main(["returns", "list", str(rs.folder), "--user", "alex"]) == 0
    assert "No returns." in capsys.readouterr().out


def test_sign_batch_writes_the_months_pdfs_which_the_force_can_check(
    rs: ReturnsStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert (
        cli.main(
            [
                "returns",
                "sign-batch",
                str(rs.folder),
                "--user",
                "manager",
                "--month",
                "2026-10",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert "2026-10: 4 drafted, 4 signed, 0 failed; 4 PDFs written" in capsys.readouterr().out
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == 4 and all(p.name.startswith("NS-26-30000") for p in pdfs)
    assert not any("Testcase" in p.name for p in pdfs)  # names carry the reference, never the person
    # Running it again signs nothing new.
    assert (
        cli.main(
            [
                "returns",
                "sign-batch",
                str(rs.folder),
                "--user",
                "manager",
                "--month",
                "2026-10",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert "No returns to sign for 2026-10" in capsys.readouterr().out

    pem = tmp_path / "org.pem"
    assert cli.main(["cert", "export", str(rs.folder), "--user", "manager", "--out", str(pem)]) == 0
    assert pem.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
    assert b"PRIVATE KEY" not in pem.read_bytes()
    capsys.readouterr()
    assert cli.main(["verify", str(pdfs[0]), "--trust", str(pem)]) == 0
    report = capsys.readouterr().out
    assert "Trusted:       yes" in report and "Morgan Reid for Northshire Recovery Partnership" in report

    code = pdfs[0].stem.rsplit("_", 1)[1]
    assert cli.main(["verify", "--code", code.lower(), str(rs.folder), "--user", "manager"]) == 0
    found = capsys.readouterr().out
    assert f"Code:            {code}" in found and "Force reference: NS/26/30000" in found
    assert "Signed by:       Morgan Reid, Service Manager" in found and "SHA-256:" in found
    assert "Stored file:     intact, signature valid" in found
    assert cli.main(["verify", "--code", "AAAA-BBBB-CC", str(rs.folder), "--user", "manager"]) == 1
    assert "no signed return in this store has the code AAAA-BBBB-CC" in _one_line_error(capsys)
    assert cli.main(["verify", "--code", "not a code", str(rs.folder), "--user", "manager"]) == 2
    _one_line_error(capsys)

    assert (
        cli.main(
            [
                "returns",
                "list",
                str(rs.folder),
                "--user",
                "manager",
                "--month",
                "2026-10",
                "--state",
                "signed",
            ]
        )
        == 0
    )
    assert capsys.readouterr().out.count("signed") == 4
    with CaseStore.open(rs.folder, "manager", RET_PASS) as store, store.session() as s:
        actions = [r.action for r in s.query(AuditRecord)]
    assert actions.count("return.export") == 4 and actions.count("returns.cert_export") == 1


def test_cert_commands_and_errors_are_one_line(
    rs: ReturnsStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["cert", "create", str(rs.folder), "--user", "alex"]) == 2
    assert "only a manager" in _one_line_error(capsys)
    assert (
        cli.main(["cert", "import", str(rs.folder), "--user", "manager", "--p12", str(tmp_path / "no.p12")])
        == 2
    )
    assert "cannot read" in _one_line_error(capsys)
    junk = tmp_path / "junk.p12"
    junk.write_bytes(b"not a pkcs12 file")
    assert (
        cli.main(["cert", "import", str(rs.folder), "--user", "manager", "--p12", str(junk), "--replace"])
        == 2
    )
    assert "already signs" not in _one_line_error(capsys)
    assert (
        cli.main(
            [
                "returns",
                "sign-batch",
                str(rs.folder),
                "--user",
                "manager",
                "--month",
                "October",
                "--out",
                str(tmp_path),
            ]
        )
        == 2
    )
    assert "not a month" in _one_line_error(capsys)
    assert (
        cli.main(
            [
                "cert",
                "create",
                str(rs.folder),
                "--user",
                "manager",
                "--organisation",
                "Northshire Recovery CIC",
            ]
        )
        == 2
    )
    assert "already signs with" in _one_line_error(capsys)  # the force pinned the old one: never silently
    assert (
        cli.main(
            [
                "cert",
                "create",
                str(rs.folder),
                "--user",
                "manager",
                "--organisation",
                "Northshire Recovery CIC",
                "--replace",
            ]
        )
        == 0
    )
    assert "Fingerprint" in capsys.readouterr().out
    pem = tmp_path / "new.pem"
    assert cli.main(["cert", "export", str(rs.folder), "--user", "admin", "--out", str(pem)]) == 0
    assert b"BEGIN CERTIFICATE" in pem.read_bytes()


def test_an_imported_pkcs12_identity_signs_the_batch(
    rs: ReturnsStore, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

    from desktop.services.returns import SigningIdentity

    issued = SigningIdentity.create_self_signed(
        "Northshire Recovery (issued)", datetime.now(UTC), key_size=2048
    )
    p12 = tmp_path / "org.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"org", issued.private_key, issued.certificate, None, BestAvailableEncryption(b"s3cret")
        )
    )
    assert (
        cli.main(["cert", "import", str(rs.folder), "--user", "manager", "--p12", str(p12), "--replace"]) == 2
    )
    _one_line_error(capsys)  # no password given
    monkeypatch.setenv("CHECKPOINT_P12_PASSWORD", "s3cret")
    assert (
        cli.main(["cert", "import", str(rs.folder), "--user", "manager", "--p12", str(p12), "--replace"]) == 0
    )
    assert issued.fingerprint in capsys.readouterr().out
    out = tmp_path / "out"
    assert (
        cli.main(
            [
                "returns",
                "sign-batch",
                str(rs.folder),
                "--user",
                "manager",
                "--month",
                "2026-10",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == 4
    trust = tmp_path / "issued.pem"
    trust.write_bytes(issued.certificate_pem())
    capsys.readouterr()
    assert cli.main(["verify", str(pdfs[0]), "--trust", str(trust)]) == 0
    assert "for Northshire Recovery (issued)" in capsys.readouterr().out


def test_absence_accept_marks_a_missed_appointment_and_refuses_bad_input(
    rs: ReturnsStore, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["absence", "accept", str(rs.folder), "--user", "sam", "--reference", "NS/26/300002"]
    assert cli.main([*args, "--on", "2026-11-10", "--reason", "other"]) == 2
    assert "needs that reason in words" in _one_line_error(capsys)
    assert cli.main([*args, "--on", "2026-11-11", "--reason", "hospital"]) == 2
    assert "no missed or cancelled appointment on 11 Nov 2026" in _one_line_error(capsys)
    assert cli.main([*args, "--on", "10 Nov", "--reason", "hospital"]) == 2
    assert "--on must be a date" in _one_line_error(capsys)
    assert cli.main([*args, "--on", "2026-11-10", "--reason", "hospital"]) == 0
    assert "accepted (hospital)" in capsys.readouterr().out
    with CaseStore.open(rs.folder, "sam", RET_PASS) as store:
        [appt] = [a for a in store.cases.load_case(rs.ids["Noah"]).appointments if a.on.day == 10]
        assert appt.absence_reason == "hospital"
    assert (
        cli.main(
            [
                "absence",
                "clear",
                str(rs.folder),
                "--user",
                "sam",
                "--reference",
                "NS/26/300002",
                "--on",
                "2026-11-10",
            ]
        )
        == 0
    )
    assert "counted again" in capsys.readouterr().out
