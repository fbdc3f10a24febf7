"""Stores built like a real service's, shared by the benchmarks: built once per size, cached, copied per run.

A store here is the demo service (`create_demo_store`: staff, referrals, consents, contracts, conditions with
dated evidence, sessions, assessments, the audit trail of every write, a signing key) at N people, with the
returns a manager would have: every return due drafted, and a few signed. The real Argon2id cost is kept, so
unlock figures are honest. The plain-SQLite twin is the same file exported by SQLCipher's own library with an
empty key (`sqlcipher_export`), opened through the same sqlcipher3 module: the baseline is the same SQLite
build and the same data, without encryption.

Cache: $CHECKPOINT_BENCH_CACHE (default /work/wt/i14-bench or a folder in the temp dir) / store-<N>.
Run alone to build: .venv/bin/python benchmarks/service_store.py 1000 10000
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlcipher3  # noqa: E402
from sqlalchemy import Engine, create_engine, event  # noqa: E402
from sqlalchemy.engine import URL  # noqa: E402

from desktop.domain import Role, User  # noqa: E402
from desktop.storage.engine import DB_NAME, _cache_for, _set_pragmas  # noqa: E402
from desktop.storage.lock import StoreLock  # noqa: E402
from desktop.storage.store import CaseStore  # noqa: E402
from desktop.storage.vault import KeyVault  # noqa: E402

PASS = "benchmark passphrase"  # every account
NOW = datetime(2026, 11, 26, 12, 0)
SIGNED = 20  # returns signed in each store, so the queue and history hold signed ones too


def cache_root() -> Path:
    default = Path("/work/wt/i14-bench") if Path("/work/wt").is_dir() else Path(tempfile.gettempdir())
    root = Path(os.environ.get("CHECKPOINT_BENCH_CACHE", default))
    root.mkdir(parents=True, exist_ok=True)
    return root


def built(people: int, now: datetime = NOW) -> Path:
    """The cached store for `people` (built the first time: minutes at 10,000)."""
    folder = cache_root() / f"store-{people}"
    if (folder / "ready").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    work = folder.with_name(folder.name + ".building")
    shutil.rmtree(work, ignore_errors=True)
    from desktop.services.demo import create_demo_store

    t = time.perf_counter()
    create_demo_store(work, people=people, now=now, passphrase=PASS)
    made = time.perf_counter() - t
    from desktop.services.returns import BatchSigner
    from desktop.services.returns_workflow import UNSIGNED, ReturnWorkflow

    with CaseStore.open(work, "manager", PASS, clock=lambda: now) as store:
        wf = ReturnWorkflow(store)
        wf.draft_due(now)
        some = [r.id for r in wf.repo.list(state=UNSIGNED)[:SIGNED]]
        identity = wf.identity()
        if identity is not None and some:
            with BatchSigner(identity, workers=2) as pool:
                wf.approve_and_sign(some, pool=pool)
        drafted = wf.repo.count(UNSIGNED)
    (work / "ready").write_text(f"{people} people, {drafted} unsigned returns, built in {made:.0f} s\n")
    work.rename(folder)
    print(f"built store-{people} in {time.perf_counter() - t:.0f} s ({drafted} unsigned returns)", flush=True)
    return folder


def copy_of(people: int, into: Path, now: datetime = NOW) -> Path:
    """A fresh copy of the cached store, to change freely (the lock file is left behind)."""
    src = built(people, now)
    dst = into / f"store-{people}"
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("store.lock", "ready", "*-wal", "*-shm"))
    return dst


def plain_twin(folder: Path, key: bytes) -> Path:
    """The same database decrypted by SQLCipher itself (`sqlcipher_export` to an empty key), in a sibling
    folder with a copy of the key vault (so each side has its own lock)."""
    twin = folder.with_name(folder.name + "-plain")
    twin.mkdir(exist_ok=True)
    shutil.copy2(folder / "vault.json", twin / "vault.json")
    out = twin / DB_NAME
    if out.exists():
        return out
    conn = sqlcipher3.connect(str(folder / DB_NAME))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute(f"ATTACH DATABASE '{out}' AS plaintext KEY ''")
    conn.execute("SELECT sqlcipher_export('plaintext')")
    conn.execute("DETACH DATABASE plaintext")
    conn.close()
    return out


def unkeyed_engine(path: Path) -> Engine:
    """sqlcipher3 opened without a key: plain SQLite, the same build as the encrypted engine."""
    url = URL.create("sqlite", database=str(path))  # SQLAlchemy's SQLite dialect over the sqlcipher3 module
    engine = create_engine(url, module=sqlcipher3.dbapi2, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "connect", _cache_for(path))  # the same page cache as the encrypted engine
    return engine


def open_plain(folder: Path, username: str, clock: Any = lambda: NOW) -> CaseStore:
    """A CaseStore over the plain twin, signed in as `username` with the same audit key: the same code
    paths, the same audit signatures, only the encryption missing."""
    key, _role, tiers, audit_key = KeyVault.load(folder).unlock_all(username, PASS)
    db = plain_twin(folder, key)
    folder = db.parent
    vault = KeyVault.load(folder)
    engine = unkeyed_engine(db)
    lock = StoreLock(folder, username)
    lock.acquire()
    store = CaseStore(folder, vault, key, engine, lock, User(username, username, Role.ADMIN), clock)
    store.user = store._load_user(username)
    store._tiers, store._audit_key = tiers, audit_key
    return store


def data_key(folder: Path, username: str = "manager") -> bytes:
    return KeyVault.load(folder).unlock_all(username, PASS)[0]


if __name__ == "__main__":
    for n in sys.argv[1:] or ["1000"]:
        print(built(int(n)), flush=True)
