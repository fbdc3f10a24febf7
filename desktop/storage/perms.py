"""Owner-only modes for everything a store writes: folders 0700, files 0600 (the database, its WAL and shared
memory files, the vault, the lock, the anchor, backups). Set on creation and tightened again at every open, so a
store copied with a loose umask is corrected the next time it is used. No-ops where POSIX modes do not exist."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700
_POSIX = os.name == "posix"


def private_dir(path: Path) -> Path:
    """Create `path` (and parents) if needed; the folder itself ends up 0700."""
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    if _POSIX:
        os.chmod(path, DIR_MODE)
    return path


def private_file(path: Path) -> None:
    """Make an existing file 0600 (nothing when it does not exist)."""
    if _POSIX:
        with contextlib.suppress(FileNotFoundError):
            os.chmod(path, FILE_MODE)


def create_private_file(path: Path) -> None:
    """Create an empty file born 0600 (never readable by others, not even for a moment), or tighten it."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    os.close(fd)
    private_file(path)


def tighten_store(folder: Path) -> None:
    """The store folder 0700 and every file directly in it (and in backups/) 0600."""
    if not _POSIX:
        return
    _chmod(folder, DIR_MODE)
    for entry in folder.iterdir():
        if entry.is_symlink():
            continue
        if entry.is_dir():
            _chmod(entry, DIR_MODE)
            for inner in entry.iterdir():
                if inner.is_file() and not inner.is_symlink():
                    _chmod(inner, FILE_MODE)
        elif entry.is_file():
            _chmod(entry, FILE_MODE)


def _chmod(path: Path, mode: int) -> None:
    with contextlib.suppress(OSError):  # not ours to change (another owner): leave it, never refuse to open
        if (path.stat().st_mode & 0o777) != mode:
            os.chmod(path, mode)
