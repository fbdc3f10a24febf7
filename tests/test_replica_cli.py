"""`checkpoint-desk replica ...` as separate processes: a laptop replica with one keyworker's caseload, an
exchange through a shared folder, the audit check on every replica, signing refused off the manager's store,
and a revoked laptop's bundles refused."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from replica_support import origin, people, set_phone
from store_fixtures import PASS

from desktop.storage.store import CaseStore
from desktop.storage.vault import KeyVault


def run(*args: object, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHECKPOINT_")}
    env["CHECKPOINT_PASSPHRASE"] = PASS
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def decrypted_bytes(folder: Path, user: str) -> bytes:
    """The replica's whole database decrypted (sqlcipher_export to a plain file), plus its vault file."""
    import sqlcipher3

    key, _role = KeyVault.load(folder).unlock(user, PASS)
    plain = folder.parent / f"{folder.name}-plain.db"
    conn = sqlcipher3.connect(str(folder / "cases.db"))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()
    db = sqlite3.connect(plain)
    assert db.execute("SELECT count(*) FROM people").fetchone()[0] > 0
    assert db.execute("SELECT count(*) FROM return_identity").fetchone()[0] == 0  # no returns signing key
    db.close()
    data = plain.read_bytes() + (folder / KeyVault.FILE_NAME).read_bytes()
    plain.unlink()
    return data


@pytest.fixture(scope="module")
def laptop(tmp_path_factory):
    root = tmp_path_factory.mktemp("replica-cli")
    main, _ids = origin(root / "main")
    main.close()
    run("cert", "create", root / "main", "--user", "mia", "--organisation", "Northshire Recovery")
    out = run(
        "replica", "create", root / "main", "--user", "mia", "--for", "Kim laptop",
        "--out", root / "laptop", "--caseload", "kim",
    )  # fmt: skip
    assert "kim's caseload, 2 people" in out.stdout
    return root


def test_the_laptop_holds_kims_clients_only(laptop: Path) -> None:
    store = CaseStore.open(laptop / "laptop", "kim", PASS)
    try:
        assert sorted(people(store)) == ["Alma Kimclient", "Boris Kimclient"]
    finally:
        store.close()
    store = CaseStore.open(laptop / "laptop", "mia", PASS)  # the manager, who sees everyone, sees them too
    try:
        assert sorted(people(store)) == ["Alma Kimclient", "Boris Kimclient"]
    finally:
        store.close()
    data = decrypted_bytes(laptop / "laptop", "kim")
    assert b"Kimclient" in data  # the grep below can find a name when one is there
    for name in (b"Leeclient", b"Cyrus", b"Dagny", b"NS/26/000003"):
        assert name not in data, name
    assert b"Leeclient" not in (laptop / "laptop" / "cases.db").read_bytes()


def test_an_exchange_and_the_audit_check_on_both(laptop: Path) -> None:
    share = laptop / "share"
    store = CaseStore.open(laptop / "laptop", "kim", PASS)
    try:
        set_phone(store, "Boris Kimclient", "07700 900777")
    finally:
        store.close()
    exported = run("replica", "export", laptop / "laptop", "--user", "kim", "--out", share)
    assert "kim-laptop-to-manager-s-store-000001.cprbundle" in exported.stdout
    imported = run("replica", "import", laptop / "main", share, "--user", "mia")
    assert "applied 1 bundle:" in imported.stdout
    again = run("replica", "import", laptop / "main", share, "--user", "mia", check=False)
    assert again.returncode == 0 and "a replay" in again.stdout
    store = CaseStore.open(laptop / "main", "mia", PASS)
    try:
        assert people(store)["Boris Kimclient"] == "07700 900777"
    finally:
        store.close()
    run("replica", "export", laptop / "main", "--user", "mia", "--out", share)
    back = run("replica", "import", laptop / "laptop", share, "--user", "kim")
    assert "applied 1 bundle:" in back.stdout
    for folder, user in (("main", "mia"), ("laptop", "kim")):
        check = run("check", laptop / folder, "--user", user)
        assert "audit chain of" in check.stdout and "intact" in check.stdout


def test_returns_are_signed_on_the_managers_replica_only(laptop: Path) -> None:
    refused = run("cert", "create", laptop / "laptop", "--user", "mia", check=False)
    assert refused.returncode == 2
    assert refused.stderr.strip().count("\n") == 0
    assert "returns are signed on the manager's replica only" in refused.stderr


def test_a_revoked_laptop_is_refused(laptop: Path) -> None:
    share = laptop / "share-revoked"
    refused = run("replica", "revoke", laptop / "laptop", "Kim laptop", "--user", "mia", check=False)
    assert refused.returncode == 2 and "manager's replica" in refused.stderr
    run("replica", "revoke", laptop / "main", "Kim laptop", "--user", "mia")
    store = CaseStore.open(laptop / "laptop", "kim", PASS)
    try:
        set_phone(store, "Alma Kimclient", "07700 900999")
    finally:
        store.close()
    run("replica", "export", laptop / "laptop", "--user", "kim", "--out", share)
    result = run("replica", "import", laptop / "main", share, "--user", "mia", check=False)
    assert result.returncode == 1 and "was revoked on" in result.stdout
    devices = run("replica", "devices", laptop / "main", "--user", "mia")
    assert "Kim laptop" in devices.stdout and "revoked" in devices.stdout
    listed = run("replica", "export", laptop / "main", "--user", "mia", "--out", share)
    assert "no peers to write to" in listed.stdout  # nothing is encrypted to a revoked device


def test_bad_input_is_one_line_and_exit_2(laptop: Path) -> None:
    out = run(
        "replica",
        "create",
        laptop / "main",
        "--user",
        "kim",
        "--for",
        "X",
        "--out",
        laptop / "x",
        check=False,
    )
    assert out.returncode == 2 and "kim is a keyworker" in out.stderr and not (laptop / "x").exists()
    out = run("replica", "resolve", laptop / "main", "nope", "--keep", "a", "--user", "mia", check=False)
    assert out.returncode == 2 and out.stderr.count("\n") == 1
