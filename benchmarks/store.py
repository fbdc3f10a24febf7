"""Encrypted store vs plain SQLite through the same repository code: unlock, inserts, caseload, search.

Run: .venv/bin/python benchmarks/store.py [--people 10000]
Prints each figure for SQLCipher and for plain SQLite, and the ratio. Goal: at most 1.3x on every figure except
the deliberate Argon2id unlock.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bulk import populate  # noqa: E402

from desktop.domain import Appointment, Role, User  # noqa: E402
from desktop.storage import (
    convert,  # noqa: E402
    migrate,  # noqa: E402
)
from desktop.storage.engine import plain_engine  # noqa: E402
from desktop.storage.lock import StoreLock  # noqa: E402
from desktop.storage.records import AppointmentRecord, UserRecord  # noqa: E402
from desktop.storage.store import CaseStore  # noqa: E402
from desktop.storage.vault import KeyVault  # noqa: E402

PASS = "benchmark passphrase"
NOW = datetime(2026, 11, 26, 12, 0)


def timed(fn, repeat: int = 1) -> float:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def open_plain(folder: Path, vault: KeyVault) -> CaseStore:
    engine = plain_engine(folder / "plain.db")
    migrate.upgrade(engine)
    lock = StoreLock(folder, "admin")
    lock.acquire()
    store = CaseStore(folder, vault, b"", engine, lock, User("admin", "admin", Role.ADMIN), lambda: NOW)
    return store


def run(kind: str, root: Path, people: int, results: dict[str, dict[str, float]]) -> None:
    folder = root / kind
    if kind == "sqlcipher":
        store, _ = CaseStore.create(folder, "admin", PASS, clock=lambda: NOW)
    else:
        folder.mkdir()
        vault, _key, _ = KeyVault.create(folder, "admin", PASS)
        store = open_plain(folder, vault)
        with store.write() as s:
            s.add(UserRecord(id=store.user.id, username="admin", display_name="admin", role="admin"))
    admin_id = store._load_user("admin").id
    store.user = store._load_user("admin")
    r = results.setdefault(kind, {})

    ids = populate(store, people, [admin_id], NOW, appointments_each=0)
    for cmd in ("PRAGMA wal_checkpoint(TRUNCATE)",):
        with store.engine.connect() as conn:
            conn.exec_driver_sql(cmd)

    def insert_batch() -> None:
        rows = [Appointment(ids[i % len(ids)], NOW + timedelta(minutes=i)) for i in range(10_000)]
        with store.write() as s:
            s.add_all([AppointmentRecord(id=a.id, **convert.appointment_fields(a)) for a in rows])

    r["insert 10,000 sessions (one transaction)"] = timed(insert_batch)

    def insert_single() -> None:
        for i in range(500):
            store.cases.schedule_appointment(Appointment(ids[i], NOW + timedelta(days=1, minutes=i)))

    r["record 500 sessions (a transaction and audit entry each)"] = timed(insert_single)
    store.close()

    if kind == "sqlcipher":

        def unlock() -> None:
            CaseStore.open(folder, "admin", PASS, clock=lambda: NOW).close()
    else:

        def unlock() -> None:
            open_plain(folder, KeyVault.load(folder)).close()

    r["unlock and open (deliberate Argon2id on SQLCipher)"] = timed(unlock, 3)

    store = (
        CaseStore.open(folder, "admin", PASS, clock=lambda: NOW)
        if kind == "sqlcipher"
        else open_plain(folder, KeyVault.load(folder))
    )
    store.user = store._load_user("admin")
    rows: list[object] = []
    r[f"load the {people:,}-person caseload (cold)"] = timed(lambda: rows.append(store.cases.caseload(NOW)))
    r[f"load the {people:,}-person caseload (warm)"] = timed(lambda: store.cases.caseload(NOW), 3)
    assert len(rows[0]) == people  # type: ignore[arg-type]
    queries = ["Aa", "Beth", "Call", "Hall", "Jade1", "NS/26/0042", "Irv", "Fenw"]
    r["search by name (median of 8 prefixes)"] = statistics.median(
        timed(lambda q=q: store.cases.search(q), 5) for q in queries
    )
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    args = parser.parse_args()
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for kind in ("sqlite", "sqlcipher"):
            run(kind, Path(tmp), args.people, results)
    print(f"{'figure':<58} {'SQLite':>10} {'SQLCipher':>10} {'ratio':>7}")
    for name, plain in results["sqlite"].items():
        enc = results["sqlcipher"][name]
        print(f"{name:<58} {plain * 1000:>8.1f}ms {enc * 1000:>8.1f}ms {enc / plain:>6.2f}x")


if __name__ == "__main__":
    main()
