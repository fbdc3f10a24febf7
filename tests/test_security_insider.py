"""The insider attacks of issue 12, as tests that must fail to succeed: a keyworker with their own passphrase and
Python, reading keys, changing their role in the database or in the vault, planting a key or a user."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from store_fixtures import PASS, make_store, raw_connection

from desktop.cli.main import main
from desktop.domain import Role
from desktop.services.sync_provider.identity import ensure_identity
from desktop.storage.errors import PermissionDenied, StoreDamaged, UsersTampered
from desktop.storage.returns_repo import ReturnRepository
from desktop.storage.store import CaseStore
from desktop.storage.sync_repo import SyncRepository
from desktop.storage.vault import KdfParams, KeyVault

KW, KW_PASS = "kim", "kim keyworker passphrase"
MGR, MGR_PASS = "morgan", "morgan manager passphrase"


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("insider") / "store"
    store = make_store(folder)
    store.set_setting("organisation", "Northshire Recovery")
    store.add_user(KW, "Kim", Role.KEYWORKER, KW_PASS)
    store.add_user(MGR, "Morgan", Role.MANAGER, MGR_PASS)
    ensure_identity(store, datetime(2026, 11, 1, tzinfo=UTC), bits=2048)
    from desktop.services.returns_workflow import ReturnWorkflow

    ReturnWorkflow(store).create_self_signed(now=datetime(2026, 11, 1, tzinfo=UTC), key_size=2048)
    store.close()
    return folder


@pytest.fixture()
def folder(template, tmp_path) -> Path:
    import shutil

    copy = tmp_path / "store"
    shutil.copytree(template, copy)
    return copy


def test_a_keyworkers_entry_releases_no_role_key_and_no_secret(folder):
    vault = KeyVault.load(folder)
    assert vault.unlock_all(KW, KW_PASS)[2] == {}
    assert set(vault.unlock_all(MGR, MGR_PASS)[2]) == {"manager"}
    with CaseStore.open(folder, KW, KW_PASS) as kim:
        with pytest.raises(PermissionDenied, match="only a manager or an admin can use the sync key"):
            SyncRepository(kim).identity()
        with pytest.raises(PermissionDenied, match="organisation signing key"):
            ReturnRepository(kim).identity()
    with CaseStore.open(folder, MGR, MGR_PASS) as morgan:  # a manager's entry does release them
        assert b"PRIVATE KEY" in SyncRepository(morgan).identity().key_pem
        assert b"PRIVATE KEY" in ReturnRepository(morgan).identity().key_pem


def test_the_keys_in_the_database_are_sealed_not_pem(folder):
    conn = raw_connection(folder, KW, KW_PASS)  # a keyworker's own data key: they can read every row
    stored = [r[0] for r in conn.execute("SELECT key_pem FROM sync_identity")]
    stored += [r[0] for r in conn.execute("SELECT key_pem FROM return_identity")]
    conn.close()
    assert len(stored) == 2 and all(v.startswith("sealed-v1:manager:") and "PRIVATE" not in v for v in stored)


def test_a_role_changed_in_the_database_is_refused_at_open_and_named_by_check(folder, monkeypatch, capsys):
    conn = raw_connection(folder, KW, KW_PASS)
    conn.execute("UPDATE users SET role = 'manager' WHERE username = ?", (KW,))
    conn.commit()
    conn.close()
    for who, passphrase in ((KW, KW_PASS), ("admin", PASS)):
        with pytest.raises(
            UsersTampered, match="'kim' is a manager in the database but a keyworker in the signed"
        ):
            CaseStore.open(folder, who, passphrase)
    monkeypatch.setenv("CHECKPOINT_PASSPHRASE", PASS)
    assert main(["check", str(folder), "--user", "admin"]) == 1
    assert "the role was changed outside the app" in capsys.readouterr().err


def test_a_user_planted_in_the_database_is_refused(folder):
    conn = raw_connection(folder, KW, KW_PASS)
    conn.execute("CREATE TEMP TABLE planted AS SELECT * FROM users WHERE username = 'admin'")
    conn.execute("UPDATE planted SET id = '00000000-0000-4000-8000-000000000001', username = 'mallory'")
    conn.execute("INSERT INTO users SELECT * FROM planted")
    conn.commit()
    conn.close()
    with pytest.raises(UsersTampered, match="'mallory' is in the database but not in the signed list"):
        CaseStore.open(folder, "admin", PASS)


def test_a_vault_entry_resealed_with_a_higher_role_opens_nothing(folder):
    vault = KeyVault.load(folder)
    key, _role = vault.unlock(KW, KW_PASS)
    data = json.loads(vault.path.read_text())
    data["users"] = [u for u in data["users"] if u["username"] != KW]
    vault.path.write_text(json.dumps(data))
    vault = KeyVault.load(folder)
    with pytest.raises(PermissionDenied, match="needs a user who holds it"):  # no manager key to grant
        vault.put_user(key, KW, Role.MANAGER, KW_PASS, KdfParams())
    entry = vault._seal_user(key, KW, Role.MANAGER, KW_PASS, KdfParams(), {"manager": b"\0" * 32})
    data["users"].append(
        entry
    )  # sealed with a made-up manager key: the grant opens, but nothing under it does
    vault.path.write_text(json.dumps(data))
    with pytest.raises(StoreDamaged, match="names another role than the signed list"):
        CaseStore.open(folder, "admin", PASS)


def test_a_signing_key_planted_in_the_clear_is_refused(folder):
    conn = raw_connection(folder, KW, KW_PASS)
    conn.execute(
        "UPDATE return_identity SET key_pem = '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----'"
    )
    conn.commit()
    conn.close()
    with (
        CaseStore.open(folder, MGR, MGR_PASS) as morgan,
        pytest.raises(StoreDamaged, match="stored unsealed"),
    ):
        ReturnRepository(morgan).identity()


def test_a_user_list_signed_by_another_key_is_refused(folder):
    data = json.loads((folder / "vault.json").read_text())
    sig = bytearray(base64.b64decode(data["user_list"]["signature"]))
    sig[0] ^= 1
    data["user_list"]["signature"] = base64.b64encode(bytes(sig)).decode()
    (folder / "vault.json").write_text(json.dumps(data))
    with pytest.raises(UsersTampered, match="not signed by this store's admin key"):
        CaseStore.open(folder, KW, KW_PASS)


def test_a_keyworker_cannot_add_a_user_through_the_api(folder):
    with CaseStore.open(folder, KW, KW_PASS) as kim:
        with pytest.raises(PermissionDenied):
            kim.add_user("eve", "Eve", Role.MANAGER, "eve own passphrase")
        kim.user = type(kim.user)(kim.user.username, kim.user.display_name, Role.ADMIN, kim.user.id)  # lie
        with pytest.raises(PermissionDenied, match="needs a user who holds it"):
            kim.add_user("eve", "Eve", Role.MANAGER, "eve own passphrase")
    assert "eve" not in {u.username for u in KeyVault.load(folder).users()}


def test_deleting_entries_and_rechaining_the_log_is_named_by_check(folder):
    with CaseStore.open(folder, KW, KW_PASS) as kim:
        kim.record_event("caseload.list", "caseload", detail="kim looked at every person")
        kim.record_event("note", "store", detail="a later entry")
    with CaseStore.open(folder, "admin", PASS) as admin:
        admin.record_event("note", "store", detail="after kim")
    from desktop.storage import audit

    conn = raw_connection(folder, KW, KW_PASS)
    target = conn.execute("SELECT seq FROM audit_log WHERE detail = 'kim looked at every person'").fetchone()[
        0
    ]
    conn.execute("DELETE FROM audit_log WHERE seq = ?", (target,))
    rows = conn.execute(
        "SELECT seq, id, at, actor, action, entity, entity_id, person_id, detail FROM audit_log "
        "WHERE seq > ? ORDER BY seq",
        (target,),
    ).fetchall()
    prev = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (target - 1,)).fetchone()[0]
    for row in rows:  # move every later entry down one and recompute its hash: the chain is whole again
        from collections import namedtuple

        Row = namedtuple("Row", "seq id at actor action entity entity_id person_id detail")
        moved = Row(row[0] - 1, *row[1:])
        digest = audit._digest(prev, moved)
        conn.execute(
            "UPDATE audit_log SET seq = ?, prev_hash = ?, hash = ? WHERE id = ?",
            (moved.seq, prev, digest, moved.id),
        )
        prev = digest
    conn.commit()
    conn.close()
    (folder / "audit.anchor").unlink()  # and the anchor "lost"
    with CaseStore.open(folder, "admin", PASS) as admin:
        check = admin.audit_check()
    assert not check.ok and "does not carry a valid signature" in check.problem
