"""Re-key on compromise: removing a user or resetting someone's passphrase gives the database a new key, so an
old copy of vault.json (with an old passphrase in it) stops opening it; everyone else still opens it with their
own passphrase, and a re-key killed at any point is finished (or forgotten) by the next open."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from store_fixtures import PASS, make_store

from desktop.domain import Role
from desktop.services.sync_provider.identity import ensure_identity
from desktop.storage.errors import StoreDamaged, UnknownUser
from desktop.storage.store import CaseStore
from desktop.storage.sync_repo import SyncRepository

KW, KW_PASS = "kim", "kim keyworker passphrase"
MGR, MGR_PASS = "morgan", "morgan manager passphrase"


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("rekey") / "store"
    store = make_store(folder)
    store.add_user(KW, "Kim", Role.KEYWORKER, KW_PASS)
    store.add_user(MGR, "Morgan", Role.MANAGER, MGR_PASS)
    ensure_identity(store, datetime(2026, 11, 1, tzinfo=UTC), bits=2048)
    store.close()
    recovery_store, recovery = CaseStore.create(folder.parent / "with-recovery", "admin", PASS)
    recovery_store.close()
    return folder, recovery


@pytest.fixture()
def folder(template, tmp_path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(template[0], copy)
    return copy


def _old_vault_opens(folder: Path, saved: Path, who: str, passphrase: str) -> bool:
    current = folder / "vault.json"
    kept = current.read_bytes()
    shutil.copy2(saved, current)
    try:
        CaseStore.open(folder, who, passphrase).close()
        return True
    except StoreDamaged:
        return False
    finally:
        current.write_bytes(kept)


def test_a_passphrase_reset_rekeys_so_the_old_vault_and_passphrase_stop_working(folder, tmp_path):
    saved = tmp_path / "old-vault.json"
    shutil.copy2(folder / "vault.json", saved)
    assert _old_vault_opens(folder, saved, KW, KW_PASS)  # before: an old vault copy opens the database
    with CaseStore.open(folder, "admin", PASS) as admin:
        admin.change_passphrase(KW, "kim new passphrase 2")
        assert admin.audit_check().ok and not admin.integrity_problems()
    assert not _old_vault_opens(folder, saved, KW, KW_PASS)
    CaseStore.open(folder, KW, "kim new passphrase 2").close()
    with CaseStore.open(folder, MGR, MGR_PASS) as morgan:  # delivered the new key without their passphrase
        assert b"PRIVATE KEY" in SyncRepository(morgan).identity().key_pem
        assert morgan.audit_check().ok
        morgan.change_passphrase(MGR, "morgan second passphrase")
    CaseStore.open(folder, MGR, "morgan second passphrase").close()


def test_removing_a_user_rekeys_and_keeps_their_row(folder, tmp_path):
    saved = tmp_path / "old-vault.json"
    shutil.copy2(folder / "vault.json", saved)
    with CaseStore.open(folder, "admin", PASS) as admin:
        admin.remove_user(KW)
        assert [u.active for u in admin.users() if u.username == KW] == [False]
    with pytest.raises(UnknownUser):
        CaseStore.open(folder, KW, KW_PASS)
    assert not _old_vault_opens(folder, saved, KW, KW_PASS)
    with CaseStore.open(folder, "admin", PASS) as admin:
        assert admin.audit_check().ok


def test_the_recovery_key_still_opens_after_a_rekey(template, tmp_path):
    folder = tmp_path / "r"
    shutil.copytree(template[0].parent / "with-recovery", folder)
    with CaseStore.open(folder, "admin", PASS) as admin:
        admin.add_user(KW, "Kim", Role.KEYWORKER, KW_PASS)
        admin.remove_user(KW)
    CaseStore.open_with_recovery(folder, template[1], "admin", "admin after recovery").close()
    with CaseStore.open(folder, "admin", "admin after recovery") as admin:
        assert admin.audit_check().ok


@pytest.mark.parametrize("point", ["rekey.after-vault", "rekey.after-db"])
def test_a_rekey_killed_at_any_point_is_finished_by_the_next_open(folder, point):
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHECKPOINT_")}
    env.update(
        CHECKPOINT_PASSPHRASE=PASS,
        CHECKPOINT_NEW_PASSPHRASE="kim new passphrase 2",
        CHECKPOINT_CRASH_AT=point,
    )
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "users", "passwd", str(folder), KW, "--user", "admin"],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert proc.returncode == 137, proc.stderr
    for who, passphrase in (("admin", PASS), (MGR, MGR_PASS), (KW, "kim new passphrase 2")):
        with CaseStore.open(folder, who, passphrase) as store:
            assert not store.integrity_problems() and store.audit_check().ok
    assert not (folder / "cases.db.rekey").exists()


def test_users_remove_on_the_command_line(folder, monkeypatch, capsys):
    from desktop.cli.main import main

    monkeypatch.setenv("CHECKPOINT_PASSPHRASE", KW_PASS)
    assert main(["users", "remove", str(folder), KW, "--user", KW]) == 2
    assert "kim is a keyworker; this needs admin" in capsys.readouterr().err
    monkeypatch.setenv("CHECKPOINT_PASSPHRASE", PASS)
    assert main(["users", "remove", str(folder), KW, "--user", "admin"]) == 0
    assert "re-keyed" in capsys.readouterr().out
    assert main(["users", "remove", str(folder), "nobody", "--user", "admin"]) == 2
    assert "no user named 'nobody'" in capsys.readouterr().err
    assert main(["check", str(folder), "--user", "admin"]) == 0
