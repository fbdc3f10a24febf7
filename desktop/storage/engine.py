"""SQLAlchemy engines over SQLCipher, keyed with the raw 256-bit data key (no per-connection key stretching)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.pool import SingletonThreadPool

DB_NAME = "cases.db"
# One connection per thread (SQLAlchemy's SingletonThreadPool, as its SQLite dialects choose: a nested session on
# a thread shares its connection, so a read inside a write sees the write). Its default of 5 threads is too few:
# past that it closes connections at random, even one another thread is using at that moment (a segfault in
# SQLCipher), and the GUI has the main, database, read-lane and signing threads, with new ones after each
# unlock. A dead thread's connection stays open until the engine is disposed (the store closes).
POOL_THREADS = 64


def _set_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    if _is_sqlcipher(dbapi_conn):
        cur.execute("PRAGMA cipher_log_level = NONE")  # a damaged page is reported by us, once, not logged
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()


MAX_CACHE_KIB = 262_144  # at most 256 MiB of decrypted pages per connection


def _cache_for(path: Path) -> Any:
    """A listener sizing SQLite's page cache to the store (its file size, 8 MiB to 256 MiB): SQLCipher decrypts
    and checks every page it reads, so a page cache smaller than the store makes a warm scan pay for decryption
    again (3.2-3.6x plain SQLite with the default 2 MiB cache, issue 14)."""

    def size_cache(dbapi_conn: Any, _record: Any) -> None:
        try:
            kib = path.stat().st_size // 1024
        except OSError:
            kib = 0
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA cache_size = -{min(MAX_CACHE_KIB, max(8192, kib + kib // 4))}")
        cur.close()

    return size_cache


def _is_sqlcipher(dbapi_conn: Any) -> bool:
    return type(dbapi_conn).__module__.startswith("sqlcipher3")


def encrypted_engine(path: Path, data_key: bytes) -> Engine:
    """An engine whose every connection sets the raw key (`x'<hex>'`) before anything else."""
    url = URL.create("sqlite+pysqlcipher", password=f"x'{data_key.hex()}'", database=str(path))
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False},
        pool_pre_ping=False,
        poolclass=SingletonThreadPool,
        pool_size=POOL_THREADS,
    )
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "connect", _cache_for(path))
    return engine


def plain_engine(path: Path) -> Engine:
    """The same schema on plain SQLite: the benchmarks' baseline. Never used for client data."""
    engine = create_engine(
        URL.create("sqlite", database=str(path)),
        connect_args={"check_same_thread": False},
        poolclass=SingletonThreadPool,
        pool_size=POOL_THREADS,
    )
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "connect", _cache_for(path))
    return engine
