"""Restore a backup folder into a store's place: admins only, under the store's lock, audited, ONE swap.

The backup is checked (it opens as this user, its pages and its audit chain are intact) and copied into a hidden
staging folder beside the store; the restore is recorded in the copy's own audit log; then the staging folder
and the store folder trade places in one `renameat2(RENAME_EXCHANGE)` on Linux (one `rename` when there was no
store): at every moment the store's path holds either the old store or the restored one, never nothing. The old
store then moves aside under a dated name (that second rename only renames the kept copy). Where the exchange
call does not exist (macOS, Windows) the old store is renamed aside first: a crash in between leaves the
restored copy complete in the staging folder and `restore` names it.

Who may restore is read from the store's key vault, where the role is sealed into the user's own entry (the
database may be the damaged thing being replaced), and again from the backup's vault.
"""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from desktop.domain import Role

from .atomic import fsync_dir, fsync_tree
from .crash import crash_point
from .engine import DB_NAME
from .errors import NotAStore, PermissionDenied, StoreDamaged, StoreError
from .lock import StoreLock
from .perms import private_file
from .vault import KeyVault

RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically; False when this system has no such call."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    fn = getattr(libc, "renameat2", None)
    if fn is None:
        return False
    at_fdcwd = -100
    if fn(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), RENAME_EXCHANGE) != 0:
        err = ctypes.get_errno()
        if err in (errno.ENOSYS, errno.EINVAL):
            return False
        raise OSError(err, os.strerror(err), str(a))
    return True


def _require_admin(folder: Path, username: str, passphrase: str, what: str) -> None:
    vault = KeyVault.load(folder)
    _key, role = vault.unlock(username, passphrase)
    if role is not Role.ADMIN:
        raise PermissionDenied(f"{username} is a {role.value} in {what}; restoring a store needs an admin")


def restore_store(
    src: Path,
    target: Path,
    username: str,
    passphrase: str,
    *,
    force: bool = False,
    now: datetime | None = None,
) -> Path | None:
    """Put the backup in `src` in `target`'s place; return where the replaced store was kept (None if none)."""
    from .store import CaseStore

    src, target = Path(src), Path(target)
    now = now or datetime.now()
    existing = target.exists() and any(target.iterdir())
    if existing and not force:
        raise NotAStore(
            f"{target} already holds a store; add --force to replace it (the old one is kept aside)"
        )
    _require_admin(src, username, passphrase, f"the backup {src}")
    lock: StoreLock | None = None
    if existing:
        if (target / KeyVault.FILE_NAME).exists():
            _require_admin(target, username, passphrase, f"the store {target}")
        elif not (target / DB_NAME).exists():
            raise NotAStore(f"{target} is not a case store; nothing was restored")
        lock = StoreLock(target, username)
        lock.acquire()  # StoreInUse when a process has it open: its commits would land in the kept copy
    try:
        try:
            with CaseStore.open(src, username, passphrase) as backup:
                if backup.integrity_problems() or not backup.audit_check().ok:
                    raise StoreDamaged(f"the backup in {src} fails its checks; nothing was restored")
        except StoreError as exc:
            raise type(exc)(f"cannot restore from {src}: {exc}") from None
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.restore-", dir=target.parent))
        swapped = False  # once true, `staging` holds the OLD store: never delete it
        try:
            for name in (DB_NAME, KeyVault.FILE_NAME):
                shutil.copy2(src / name, staging / name)
                private_file(staging / name)
            with CaseStore.open(staging, username, passphrase) as restored:  # its own lock, in staging
                restored.record_event(
                    "store.restore",
                    "store",
                    restored.vault.store_id,
                    detail=f"restored from {src}" + (f", replacing {target}" if existing else ""),
                )
            fsync_tree(staging)
            crash_point("restore.after-staging")
            kept = target.with_name(f"{target.name}.before-restore-{now:%Y%m%d-%H%M%S}") if existing else None
            crash_point("restore.before-swap")
            if not target.exists():
                os.rename(staging, target)
            elif _exchange(staging, target):
                swapped = True
                crash_point("restore.after-swap")
                assert kept is not None
                os.rename(staging, kept)  # staging now holds the old store
            else:
                assert kept is not None
                os.rename(target, kept)
                os.rename(staging, target)
            fsync_dir(target.parent)
        except BaseException:
            if not swapped:
                shutil.rmtree(staging, ignore_errors=True)
            raise
        return kept
    finally:
        if lock is not None:
            lock.release()
