"""What a real erasure costs: one person erased from an encrypted store of N people, split into the deletes and
the overwrite (VACUUM rewriting the whole file, then the WAL truncated).

Run: .venv/bin/python benchmarks/erasure.py [--people 2000] [--repeat 3] [--batch 50]
Baseline, in the same run: the deletes alone (the erasure's time less a VACUUM of the same file). The ratio says
how much the guarantee that no freed page keeps a copy costs; it grows with the store, not with the person.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bulk import populate  # noqa: E402

from desktop.storage import privacy  # noqa: E402
from desktop.storage.store import CaseStore  # noqa: E402

PASS = "benchmark passphrase"
NOW = datetime(2026, 11, 26, 12, 0)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--batch", type=int, default=50, help="people erased by one retention apply")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store, _ = CaseStore.create(Path(tmp) / "store", "admin", PASS, clock=lambda: NOW)
        try:
            ids = populate(store, args.people, [store.user.id], NOW)
            size = (Path(tmp) / "store" / "cases.db").stat().st_size
            totals, vacuums = [], []
            for pid in ids[: args.repeat]:
                person = privacy.find_person(store, pid)
                t = time.perf_counter()
                privacy.erase_person(
                    store, person, "person.erase", {"rule": "benchmark", "reason": "benchmark"}
                )
                totals.append(time.perf_counter() - t)
                t = time.perf_counter()
                privacy.compact(store)
                vacuums.append(time.perf_counter() - t)
            batch = ids[args.repeat : args.repeat + args.batch]
            t = time.perf_counter()
            for pid in batch:
                privacy.erase_person(
                    store,
                    privacy.find_person(store, pid),
                    "person.erase",
                    {"rule": "benchmark", "reason": "benchmark"},
                    vacuum=False,
                )
            privacy.compact(store)
            batched = time.perf_counter() - t
            assert store.audit_check().ok
        finally:
            store.close()
    total, vacuum = statistics.median(totals), statistics.median(vacuums)
    deletes = max(total - vacuum, 1e-6)
    print(f"store: {args.people} people, {size / 1e6:.1f} MB encrypted; median of {args.repeat} erasures")
    print(f"erase one person (deletes + secure_delete + VACUUM): {total * 1000:8.1f} ms")
    print(f"  of which VACUUM + WAL truncate:                     {vacuum * 1000:8.1f} ms")
    print(f"  baseline, the deletes alone:                        {deletes * 1000:8.1f} ms")
    print(f"ratio erase / deletes alone: {total / deletes:.1f}x")
    one_by_one = args.batch * total
    print(
        f"retention apply of {args.batch} people, one VACUUM at the end: {batched * 1000:8.1f} ms "
        f"(vs about {one_by_one * 1000:.0f} ms with a VACUUM each: {one_by_one / batched:.1f}x faster)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
