"""Safe operations under faults: backup and restore need the right role, take the lock, are audited and appear
in one rename; `users add` killed at any named point can be finished by running it again. Processes are killed
by CHECKPOINT_CRASH_AT (os._exit at a named point, as kill -9 would) and the store is then opened and checked."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from store_fixtures import PASS, make_store

from desktop.domain import Role
from desktop.storage.errors import PermissionDenied, StoreInUse
from desktop.storage.restore import restore_store
from desktop.storage.store import CaseStore

KW_PASS = "keyworker own passphrase"


def run(*args, passphrase=PASS, crash=None, new_passphrase=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHECKPOINT_")}
    env["CHECKPOINT_PASSPHRASE"] = passphrase
    if crash:
        env["CHECKPOINT_CRASH_AT"] = crash
    if new_passphrase:
        env["CHECKPOINT_NEW_PASSPHRASE"] = new_passphrase
    return subprocess.run(
        [sys.executable, "-m", "desktop", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


@pytest.fixture()
def store_with_keyworker(tmp_path) -> Path:
    folder = tmp_path / "store"
    store = make_store(folder)
    store.add_user("kim", "Kim Keyworker", Role.KEYWORKER, KW_PASS)
    store.close()
    return folder


def _checks_clean(folder: Path) -> bool:
    with CaseStore.open(folder, "admin", PASS) as store:
        return not store.integrity_problems() and store.audit_check().ok


def _actions(folder: Path) -> list[str]:
    with CaseStore.open(folder, "admin", PASS) as store, store.session() as s:
        from sqlalchemy import select

        from desktop.storage.records import AuditRecord

        return list(s.scalars(select(AuditRecord.action).order_by(AuditRecord.seq)))


def test_a_keyworker_may_neither_back_up_nor_restore(store_with_keyworker, tmp_path):
    folder = store_with_keyworker
    with (
        CaseStore.open(folder, "kim", KW_PASS) as kim,
        pytest.raises(PermissionDenied, match="kim is a keyworker"),
    ):
        kim.backup_to(tmp_path / "copy")
    assert not (tmp_path / "copy").exists()
    with CaseStore.open(folder, "admin", PASS) as admin:
        admin.backup_to(tmp_path / "backup")
    with pytest.raises(PermissionDenied, match="restoring a store needs an admin"):
        restore_store(tmp_path / "backup", folder, "kim", KW_PASS, force=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup", "store"]


def test_restore_refuses_a_store_that_is_open_and_swaps_in_one_step_when_it_is_not(
    store_with_keyworker, tmp_path
):
    folder = store_with_keyworker
    with CaseStore.open(folder, "admin", PASS) as admin:
        admin.backup_to(tmp_path / "backup")
        admin.record_event("after.backup", "store")
        with pytest.raises(StoreInUse, match="in use by admin"):
            restore_store(tmp_path / "backup", folder, "admin", PASS, force=True)
    kept = restore_store(tmp_path / "backup", folder, "admin", PASS, force=True)
    assert kept is not None and kept.name.startswith("store.before-restore-")
    actions = _actions(folder)
    assert actions[-2:] == ["store.backup", "store.restore"] and "after.backup" not in actions
    assert "after.backup" in _actions(kept)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no staging left behind


@pytest.mark.parametrize("point", ["restore.after-staging", "restore.before-swap", "restore.after-swap"])
def test_restore_killed_at_any_point_leaves_a_store_that_opens_and_checks(
    store_with_keyworker, tmp_path, point
):
    folder = store_with_keyworker
    with CaseStore.open(folder, "admin", PASS) as admin:
        admin.backup_to(tmp_path / "backup")
    proc = run("restore", tmp_path / "backup", folder, "--user", "admin", "--force", crash=point)
    assert proc.returncode == 137, proc.stderr
    assert _checks_clean(folder)  # the old store or the restored one


@pytest.mark.parametrize("point", ["users.add.after-vault", "users.add.after-db"])
def test_users_add_killed_at_any_point_is_finished_by_running_it_again(store_with_keyworker, point):
    folder = store_with_keyworker
    add = ("users", "add", folder, "--user", "admin", "lee", "--role", "manager")
    proc = run(*add, crash=point, new_passphrase="lee first passphrase")
    assert proc.returncode == 137, proc.stderr
    again = run(*add, new_passphrase="lee second passphrase")
    if (
        point == "users.add.after-db"
    ):  # it had finished: the second add is refused, the first passphrase stands
        assert again.returncode == 2 and "already exists" in again.stderr
        CaseStore.open(folder, "lee", "lee first passphrase").close()
    else:
        assert again.returncode == 0, again.stderr
        with CaseStore.open(folder, "lee", "lee second passphrase") as lee:
            assert lee.user.role is Role.MANAGER
    assert _checks_clean(folder)


def test_backup_killed_before_its_rename_leaves_no_backup(store_with_keyworker, tmp_path):
    proc = run(
        "backup", store_with_keyworker, tmp_path / "b", "--user", "admin", crash="backup.before-rename"
    )
    assert proc.returncode == 137
    assert not (tmp_path / "b").exists()
    assert _checks_clean(store_with_keyworker)


WRITER = """
import sys
from desktop.storage.store import CaseStore
store = CaseStore.open(sys.argv[1], "admin", sys.argv[2])
for n in range(100000):
    store.record_event("fault.write", "store", detail=f"n={n}")
    print(n, flush=True)
"""


@pytest.mark.parametrize("delay", [0.9, 1.4, 2.0])
def test_kill_9_at_a_moment_loses_no_reported_commit(store_with_keyworker, delay):
    import signal
    import time

    from sqlalchemy import select

    from desktop.storage.records import AuditRecord

    folder = store_with_keyworker
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(folder), PASS],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate()
    reported = {f"n={line}" for line in out.split()}
    assert _checks_clean(folder)
    with CaseStore.open(folder, "admin", PASS) as store, store.session() as s:
        held = set(s.scalars(select(AuditRecord.detail).where(AuditRecord.action == "fault.write")))
    assert reported <= held
