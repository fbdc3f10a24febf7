"""One process at a time per store: an OS lock on `store.lock`, which names its holder for the message."""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
from datetime import datetime
from pathlib import Path
from typing import IO

from .errors import StoreInUse

LOCK_NAME = "store.lock"


def _try_lock(fh: IO[bytes]) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class StoreLock:
    """Held while a store is open. A lock left by a crashed process is taken over (the OS freed it)."""

    def __init__(self, folder: Path, username: str) -> None:
        self.path = folder / LOCK_NAME
        self._fh: IO[bytes] | None = None
        self._username = username

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)  # born owner-only
        fh = os.fdopen(fd, "a+b")  # held open while the store is open
        if not _try_lock(fh):
            fh.seek(0)
            holder = self._describe(fh.read())
            fh.close()
            raise StoreInUse(f"the case store is in use by {holder}; close it there first")
        info = {
            "user": self._username,
            "os_user": _os_user(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": datetime.now().isoformat(timespec="seconds"),
        }
        fh.seek(0)
        fh.truncate()
        fh.write(json.dumps(info).encode())
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is None:
            return
        with contextlib.suppress(OSError):
            self._fh.seek(0)
            self._fh.truncate()
        self._fh.close()  # the empty file stays: unlinking it would let two processes lock different inodes
        self._fh = None

    @staticmethod
    def _describe(raw: bytes) -> str:
        try:
            info = json.loads(raw)
            return (
                f"{info['user']} on {info['host']} (process {info['pid']}, since "
                f"{info['since'].replace('T', ' ')})"
            )
        except (ValueError, KeyError, TypeError):
            return "another process"


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is no reason to refuse the lock
        return "?"
