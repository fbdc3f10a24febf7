"""The store keeps client data unreadable without a passphrase or the recovery key, and refuses cleanly."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest
from store_fixtures import PASS, make_store, raw_connection, snapshot

from desktop.domain import Role
from desktop.services.demo import create_demo_store
from desktop.storage.errors import NotAStore, StoreDamaged, StoreInUse, UnknownUser, WrongPassphrase
from desktop.storage.store import CaseStore
from desktop.storage.vault import KeyVault


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "store"
    create_demo_store(folder, people=12, seed=7, passphrase=PASS)
    return folder


def test_database_is_not_sqlite_readable(demo):
    head = (demo / "cases.db").read_bytes()[:16]
    assert head != b"SQLite format 3\x00"
    conn = sqlite3.connect(demo / "cases.db")
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()


def test_no_client_data_in_any_file_of_the_store(demo):
    with CaseStore.open(demo, "manager", PASS) as store:
        cases = store.cases.load_cases()
        store.backup_to(demo / "backups" / "manual")
    needles = set()
    for case in cases:
        needles |= {case.person.full_name, case.person.force_reference, case.person.last_name}
    # Ciphertext is random bytes: a 3-letter surname ("Ord") turns up by chance in about one run in twenty of a
    # megabyte file. Five bytes or more would appear by chance about once in a million such files.
    needles = {n for n in needles if len(n.encode()) >= 5}
    assert len(needles) > 12
    for path in demo.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for needle in needles:
                assert needle.encode() not in data, f"{needle!r} readable in {path.name}"
                assert needle.encode("utf-16-le") not in data


def test_wrong_passphrase_unknown_user_and_not_a_store_leave_files_unchanged(demo, tmp_path):
    before = snapshot(demo)
    with pytest.raises(WrongPassphrase, match="wrong passphrase for 'manager'"):
        CaseStore.open(demo, "manager", "not the passphrase")
    with pytest.raises(UnknownUser, match="no user named 'ghost'"):
        CaseStore.open(demo, "ghost", PASS)
    assert snapshot(demo) == before
    with pytest.raises(NotAStore):
        CaseStore.open(tmp_path, "manager", PASS)


def test_store_in_use_names_the_holder(demo):
    code = (
        "import sys,time; from desktop.storage.store import CaseStore; "
        f"s=CaseStore.open(sys.argv[1], 'alex', {PASS!r}); print('open', flush=True); time.sleep(30)"
    )
    proc = subprocess.Popen([sys.executable, "-c", code, str(demo)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
        before = snapshot(demo)
        with pytest.raises(StoreInUse, match=r"in use by alex on .* \(process \d+"):
            CaseStore.open(demo, "manager", PASS)
        assert snapshot(demo) == before
    finally:
        proc.kill()
        proc.wait()
    CaseStore.open(demo, "manager", PASS).close()  # a lock left by a killed process is taken over


def test_damaged_database_is_refused_with_a_clear_message(tmp_path):
    folder = tmp_path / "s"
    make_store(folder).close()
    db = folder / "cases.db"
    data = bytearray(db.read_bytes())
    for i in range(0, 200):
        data[i] ^= 0xFF  # scramble the first page (schema) beyond repair
    db.write_bytes(bytes(data))
    before = snapshot(folder)
    with pytest.raises(StoreDamaged, match="damaged"):
        CaseStore.open(folder, "admin", PASS)
    after = snapshot(folder)
    assert {k: v for k, v in after.items() if k != "store.lock"} == {
        k: v for k, v in before.items() if k != "store.lock"
    }


def test_role_edited_in_the_vault_breaks_that_entry_instead_of_granting_rights(tmp_path):
    folder = tmp_path / "s"
    with make_store(folder) as store:
        store.add_user("kim", "Kim", Role.KEYWORKER, "kim passphrase")
    vault = json.loads((folder / "vault.json").read_text())
    for entry in vault["users"]:
        if entry["username"] == "kim":
            entry["role"] = "manager"
    (folder / "vault.json").write_text(json.dumps(vault))
    with pytest.raises(WrongPassphrase):
        CaseStore.open(folder, "kim", "kim passphrase")


def test_passphrase_change_rewraps_only_and_recovery_sets_a_new_one(tmp_path):
    folder = tmp_path / "s"
    store, recovery = CaseStore.create(folder, "admin", PASS)
    store.add_user("kim", "Kim", Role.KEYWORKER, "kim passphrase")
    store.close()
    db_before = (folder / "cases.db").read_bytes()
    vault = KeyVault.load(folder)
    key, _ = vault.unlock("admin", PASS)
    vault.set_passphrase(key, "kim", "kim's new passphrase")
    assert (folder / "cases.db").read_bytes() == db_before
    with pytest.raises(WrongPassphrase):
        CaseStore.open(folder, "kim", "kim passphrase")
    CaseStore.open(folder, "kim", "kim's new passphrase").close()
    with pytest.raises(WrongPassphrase):
        CaseStore.open_with_recovery(folder, "AAAA-" * 7 + "AAAA", "admin", "whatever123")
    CaseStore.open_with_recovery(
        folder, recovery.lower().replace("-", " "), "admin", "brand new passphrase"
    ).close()
    with CaseStore.open(folder, "admin", "brand new passphrase") as reopened:
        assert any(e.action == "user.recover" for e in _all_audit(reopened))


def _all_audit(store):
    from sqlalchemy import select

    from desktop.storage import audit

    with store.session() as s:
        return [audit.to_entry(r) for r in s.scalars(select(audit.AuditRecord))]


def test_raw_key_opens_with_the_sqlcipher_cli_style_key(demo):
    conn = raw_connection(demo, "manager")
    assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == 12
