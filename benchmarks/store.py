"""The encrypted store against the same SQLite without encryption, interleaved in one run, same code, same data.

Run: .venv/bin/python benchmarks/store.py [--people 1000 10000] [--rounds 5]

Both sides are copies of the cached service store (benchmarks/service_store.py); the plain side is that
database exported by SQLCipher itself to an empty key and opened through the same sqlcipher3 module, with the
same page cache, as the same user with the same audit key, so the only difference is encryption. Each round
runs every figure on the plain side and then on the encrypted side (alternating which goes first), so a
change in the machine's load hits both. Prints, per figure and side, the first run and min, median and max of
the rounds, and the ratio of the medians. Goal (issue 14): every ratio at most 1.3x.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from service_store import NOW, PASS, copy_of, open_plain  # noqa: E402
from sqlalchemy import select, text  # noqa: E402

from desktop.domain import Appointment  # noqa: E402
from desktop.storage import convert  # noqa: E402
from desktop.storage.records import AppointmentRecord, PersonRecord  # noqa: E402
from desktop.storage.store import CaseStore  # noqa: E402

QUERIES = ("Aa", "Beth", "Call", "Hall", "Jade1", "Irv", "Fenw", "Ow")


def figures(store: CaseStore, ids: list[str], shift: int) -> dict[str, Callable[[], object]]:
    """Each figure as a function of the open store; `shift` keeps every round's inserts new."""

    def insert_batch() -> None:
        rows = [
            Appointment(ids[i % len(ids)], NOW + timedelta(days=400 + shift, minutes=i)) for i in range(5000)
        ]
        with store.write() as s:
            s.add_all([AppointmentRecord(id=a.id, **convert.appointment_fields(a)) for a in rows])

    def audited_writes() -> None:
        for i in range(100):
            store.cases.schedule_appointment(
                Appointment(ids[i], NOW + timedelta(days=200 + shift, minutes=i))
            )

    def lookups() -> None:
        with store.session() as s:
            for pid in ids[:2000]:
                s.get(PersonRecord, pid)
            s.expunge_all()

    def open_records() -> None:
        for pid in ids[:20]:
            store.cases.load_case(pid)

    def search() -> None:
        for q in QUERIES:
            store.cases.search(q)

    def scan() -> None:
        with store.session() as s:  # no index helps: every page of the audit log is read
            s.execute(text("SELECT count(*) FROM audit_log WHERE detail LIKE '%zzz%'")).scalar()

    return {
        "insert 5,000 sessions (one transaction)": insert_batch,
        "100 single audited writes": audited_writes,
        "2,000 key lookups": lookups,
        "open 20 records (audited)": open_records,
        "full-text search (8 prefixes)": search,
        "caseload query": lambda: store.cases.caseload(NOW),
        "unindexed scan of the audit log": scan,
    }


def bench(people: int, rounds: int) -> None:
    with tempfile.TemporaryDirectory(prefix="checkpoint-store-bench-") as tmp:
        folder = copy_of(people, Path(tmp))
        enc = CaseStore.open(folder, "manager", PASS, clock=lambda: NOW)
        plain = open_plain(folder, "manager")
        with enc.session() as s:
            ids = list(s.scalars(select(PersonRecord.id).order_by(PersonRecord.id)))
        times: dict[str, dict[str, list[float]]] = {"SQLite": {}, "SQLCipher": {}}
        for r in range(rounds):
            sides = [("SQLite", plain), ("SQLCipher", enc)]
            for side, store in sides if r % 2 == 0 else sides[::-1]:
                for name, fn in figures(store, ids, r).items():
                    t = time.perf_counter()
                    fn()
                    times[side].setdefault(name, []).append(time.perf_counter() - t)
        enc.close()
        plain.close()
    print(f"\n{people:,} people, {rounds} rounds interleaved (ms: first / min / median / max)")
    print(f"  {'figure':<40} {'SQLite (no key)':>29}   {'SQLCipher':>29}   ratio")
    for name, plain_runs in times["SQLite"].items():
        enc_runs = times["SQLCipher"][name]
        ratio = statistics.median(enc_runs) / statistics.median(plain_runs)
        print(
            f"  {name:<40} {_spread(plain_runs)}   {_spread(enc_runs)}   {ratio:4.2f}x"
            f"{'' if ratio <= 1.3 else '  OVER 1.3x'}"
        )


def _spread(runs: list[float]) -> str:
    ms = [v * 1000 for v in runs]
    return f"{ms[0]:6.0f} {min(ms):6.0f} {statistics.median(ms):7.1f} {max(ms):6.0f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, nargs="+", default=[1000, 10_000])
    parser.add_argument("--with-50k", action="store_true")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    for people in [*args.people, *([50_000] if args.with_50k else [])]:
        bench(people, args.rounds)


if __name__ == "__main__":
    main()
