"""`checkpoint-desk partner` and `checkpoint-desk sync` on a real store, against the real force code."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from store_fixtures import PASS, make_store
from sync_provider_support import FORCE, WHEN, ForceSide, csv_rows

from desktop.cli.main import main
from desktop.domain import Role, default_conditions
from desktop.services.sync import cert_pem, display_fingerprint, load_cert
from desktop.services.sync_provider import ensure_identity
from desktop.storage.store import CaseStore


@pytest.fixture
def setup(tmp_path: Path):
    """A closed provider store (admin, keyworker kim, identity made), the force, its certificate file."""
    folder = tmp_path / "store"
    with make_store(folder) as store:
        store.add_user("kim", "Kim", Role.KEYWORKER, "kim passphrase")
        ensure_identity(store, WHEN, bits=2048)
    force = ForceSide(tmp_path / "force")
    (tmp_path / "force.pem").write_bytes(cert_pem(force.ident.cert))
    (tmp_path / "pass.txt").write_text(PASS)
    (tmp_path / "kim.txt").write_text("kim passphrase")
    yield folder, force, tmp_path
    force.close()


def _run(folder: Path, tmp: Path, *args: str | Path, user: str = "admin") -> int:
    command, action, *rest = args
    passfile = tmp / ("pass.txt" if user == "admin" else "kim.txt")
    return main(
        [
            str(command),
            str(action),
            str(folder),
            "--user",
            user,
            "--passphrase-file",
            str(passfile),
            *map(str, rest),
        ]
    )


def test_partner_add_prints_both_fingerprints_and_list_shows_the_partner(setup, capsys):
    folder, force, tmp = setup
    assert (
        _run(
            folder,
            tmp,
            "partner",
            "add",
            "--cert",
            tmp / "force.pem",
            "--name",
            FORCE,
            "--inbox",
            tmp / "in",
            "--outbox",
            tmp / "out",
        )
        == 0
    )
    out = capsys.readouterr().out
    assert f"Their certificate's SHA-256 fingerprint: {display_fingerprint(force.ident.cert)}" in out
    assert "by phone" in out and "Our certificate's fingerprint" in out
    assert _run(folder, tmp, "partner", "list") == 0
    listed = capsys.readouterr().out
    assert FORCE in listed and display_fingerprint(force.ident.cert) in listed and str(tmp / "in") in listed
    assert _run(folder, tmp, "partner", "add", "--cert", tmp / "force.pem", "--name", "Again") == 2
    assert f"already pinned as '{FORCE}'" in capsys.readouterr().err


def test_partner_add_is_for_managers_and_admins(setup, capsys):
    folder, _force, tmp = setup
    assert _run(folder, tmp, "partner", "add", "--cert", tmp / "force.pem", "--name", FORCE, user="kim") == 2
    assert "kim is a keyworker" in capsys.readouterr().err


def test_partner_add_refuses_a_file_that_is_not_a_certificate(setup, capsys):
    folder, _force, tmp = setup
    (tmp / "junk.pem").write_text("hello")
    assert _run(folder, tmp, "partner", "add", "--cert", tmp / "junk.pem", "--name", FORCE) == 2
    assert capsys.readouterr().err.strip() == "checkpoint-desk: the file is not a certificate (PEM or DER)"


def test_identity_writes_our_certificate(setup, capsys):
    folder, _force, tmp = setup
    assert _run(folder, tmp, "sync", "identity", "--out", tmp / "ours.pem") == 0
    cert = load_cert((tmp / "ours.pem").read_bytes())
    assert display_fingerprint(cert) in capsys.readouterr().out
    with CaseStore.open(folder, "admin", PASS) as store:
        assert cert == ensure_identity(store, WHEN).cert


def test_export_then_import_with_the_force_in_between(setup, capsys):
    folder, force, tmp = setup
    assert _run(folder, tmp, "partner", "add", "--cert", tmp / "force.pem", "--name", FORCE) == 0
    assert _run(folder, tmp, "sync", "identity", "--out", tmp / "ours.pem") == 0
    force.pin((tmp / "ours.pem").read_bytes())
    bundle = force.refer(csv_rows(("DUR/24/0001", "Sam", "Taylor")))
    capsys.readouterr()
    assert _run(folder, tmp, "sync", "import", bundle) == 0
    assert "+ New referral: Sam Taylor (DUR/24/0001)" in capsys.readouterr().out
    with CaseStore.open(folder, "admin", PASS) as store:
        [row] = store.cases.caseload()
        store.cases.sign_contract(row.person_id, date(2026, 11, 10), default_conditions(""))
    assert _run(folder, tmp, "sync", "export", "--to", FORCE, "--out", tmp / "out") == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Wrote {tmp / 'out'}") and "bundle #1 for Durham Constabulary" in out
    [ours] = (tmp / "out").glob("*.cpbundle")
    received = force.receive(ours)
    assert received.applied == 7 and received.acks == 1
    assert _run(folder, tmp, "sync", "export", "--to", FORCE, "--out", tmp / "out") == 0
    assert "Nothing to send to Durham Constabulary" in capsys.readouterr().out
    assert _run(folder, tmp, "sync", "export", "--to", "Nobody", "--out", tmp / "out") == 2
    assert "no sync partner named 'Nobody'" in capsys.readouterr().err
