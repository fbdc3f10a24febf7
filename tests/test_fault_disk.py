"""A full disk: every command on a store whose filesystem is full ends in one line naming the full disk (or
succeeds, for one that writes nothing new), never a traceback nor "damaged"; freeing space, the store checks
clean and holds everything reported committed. Uses a small tmpfs, so it needs root (skipped otherwise)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from store_fixtures import PASS, make_store

from desktop.domain import Role
from desktop.storage.store import CaseStore

FS_SIZE = 6 * 1024 * 1024


@pytest.fixture()
def small_fs(tmp_path):
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a full disk is made with a small tmpfs: needs root")
    mount = tmp_path / "fs"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={FS_SIZE}", "tmpfs", str(mount)], capture_output=True, text=True
    )
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def _fill(folder: Path, leave: int) -> Path:
    """A filler file taking all the free space but `leave` bytes."""
    filler = folder / "filler"
    with open(filler, "wb") as fh, contextlib.suppress(OSError):
        while True:
            st = os.statvfs(folder)
            free = st.f_bavail * st.f_frsize - leave
            if free <= 0:
                break
            fh.write(b"\0" * min(free, 1 << 20))
            fh.flush()
    return filler


def _run(*args, new_passphrase=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHECKPOINT_")}
    env["CHECKPOINT_PASSPHRASE"] = PASS
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


@pytest.mark.parametrize("leave", [0, 16 * 1024])
def test_a_full_disk_is_named_and_loses_nothing(small_fs, leave):
    folder = small_fs / "store"
    store = make_store(folder)
    for n in range(20):
        store.record_event("test", "store", detail=f"committed {n}")
    store.close()
    filler = _fill(small_fs, leave)
    commands = [
        ("caseload", folder, "--user", "admin"),
        ("users", "add", folder, "--user", "admin", "lee", "--role", "keyworker"),
        ("backup", folder, small_fs / "backup", "--user", "admin"),
        ("check", folder, "--user", "admin"),
    ]
    for argv in commands:
        proc = _run(*argv, new_passphrase="lee own passphrase")
        assert "Traceback" not in proc.stderr, (argv, proc.stderr)
        assert proc.returncode in (0, 1, 2), (argv, proc.returncode, proc.stderr)
        if proc.returncode:
            assert proc.stderr.strip().count("\n") == 0, (argv, proc.stderr)
            assert "disk is full" in proc.stderr and "damaged" not in proc.stderr, (argv, proc.stderr)
    filler.unlink()
    with CaseStore.open(folder, "admin", PASS) as store:
        assert not store.integrity_problems() and store.audit_check().ok
        from sqlalchemy import select

        from desktop.storage.records import AuditRecord

        with store.session() as s:
            details = set(s.scalars(select(AuditRecord.detail)))
        assert {f"committed {n}" for n in range(20)} <= details
        names = {u.username for u in store.users()}
        if "lee" in names:  # the add went through before the disk filled
            assert {u.username: u.role for u in store.users()}["lee"] is Role.KEYWORKER
    assert not (small_fs / "backup").exists() or (small_fs / "backup" / "cases.db").exists()
