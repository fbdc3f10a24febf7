"""Bringing a force folder made by the first release (plain force.db, key file under its own passphrase, return
PDFs in the clear) up to the encrypted layout. Every step is atomic and can run again after a crash:

1. vault.json is created (its first user, an admin, keeps the old key passphrase): the commit point;
2. force-key.pem is re-encrypted under the key the vault unlocks;
3. force.db is exported into a new SQLCipher file (sqlcipher_export), fsynced, then renamed over the old one;
4. return PDFs under returns/ are sealed (AES-GCM) and the clear copies removed;
5. the schema migrations run (0002 seals each referral's personal fields).
Opening a folder re-runs any step a crash cut short (2-4), so no state is left that cannot be opened.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import sqlcipher3

from .home import write_atomic
from .keys import FILE_MAGIC, ForceKeys

SQLITE_HEADER = b"SQLite format 3\x00"
SEALED_SUFFIX = ".sealed"


def is_plain_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16) == SQLITE_HEADER
    except FileNotFoundError:
        return False


def encrypt_sqlite(path: Path, key: bytes) -> None:
    """Replace a plain SQLite file by an SQLCipher copy of it under `key` (raw key, as the store opens it)."""
    tmp = path.with_name(path.name + ".encrypting")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT, 0o600))
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(tmp), f"x'{key.hex()}'"))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    for extra in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + extra).unlink()
    os.replace(tmp, path)
    os.chmod(path, 0o600)


def seal_return_files(returns_dir: Path, keys: ForceKeys) -> int:
    """Seal every clear file under returns/ as <name>.sealed and remove the clear one; returns how many."""
    count = 0
    if not returns_dir.is_dir():
        return 0
    for path in sorted(returns_dir.rglob("*")):
        if not path.is_file() or path.name.endswith(SEALED_SUFFIX) or path.name.startswith("."):
            continue
        data = path.read_bytes()
        if data.startswith(FILE_MAGIC):
            continue
        name = path.relative_to(returns_dir).as_posix()
        write_atomic(path.with_name(path.name + SEALED_SUFFIX), keys.seal_file(data, name), mode=0o600)
        path.unlink()
        count += 1
    return count
