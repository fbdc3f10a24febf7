"""What safety alerts add to the caseload load: `load_caseload` (rows + open alerts) against the rows alone,
in the same run, on a store where everyone has two completed PHQ-9s (one in ten with item 9 above 0, one in
twenty declined) and a third of the alerts acknowledged.

Run: .venv/bin/python benchmarks/safety.py [--people 10000]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bulk import populate  # noqa: E402

from desktop.app.root import build_services  # noqa: E402
from desktop.domain import Role  # noqa: E402
from desktop.domain.clock import aware_utc
from desktop.domain.ids import new_id  # noqa: E402
from desktop.services.safety import open_alerts  # noqa: E402
from desktop.storage.assessment_records import AssessmentRecord  # noqa: E402
from desktop.storage.safety import SafetyActionRecord  # noqa: E402
from desktop.storage.store import CaseStore  # noqa: E402
from desktop.ui.caseload.loader import load_caseload  # noqa: E402

PASS = "benchmark passphrase"
NOW = datetime(2026, 11, 26, 12, 0)


def build(folder: Path, people: int) -> None:
    store, _ = CaseStore.create(folder, "admin", PASS, clock=lambda: NOW)
    store.add_user("manager", "Morgan Manager", Role.MANAGER, PASS)
    kws = [store.add_user(f"kw{i}", f"Keyworker {i}", Role.KEYWORKER, PASS).id for i in range(3)]
    ids = populate(store, people, kws, NOW)
    rng = random.Random(7)
    rows, acks = [], []
    for pid in ids:
        for days in (60, 10):
            r = rng.random()
            q9: object = "2" if r < 0.1 else ({"declined": True} if r < 0.15 else "0")
            answers = {**{f"q{i}": str(rng.randint(0, 3)) for i in range(1, 9)}, "q9": q9}
            aid = new_id()
            rows.append(
                {
                    "id": aid,
                    "person_id": pid,
                    "instrument_id": "phq9",
                    "instrument_version": 1,
                    "stage": "start",
                    "administered_on": (NOW - timedelta(days=days)).date(),
                    "administered_by": kws[0],
                    "answers_json": json.dumps(answers, sort_keys=True),
                    "total": None,
                    "band_id": None,
                    "flag_ids": "self_harm_thoughts" if r < 0.1 else "",
                    "completed": True,
                    "completed_at": aware_utc(NOW - timedelta(days=days)),
                    "correction_reason": "",
                }
            )
            if r < 0.15 and rng.random() < 0.33:
                acks.append(
                    {
                        "id": new_id(),
                        "person_id": pid,
                        "action": "safety_plan",
                        "text": "plan",
                        "assessment_ids": json.dumps([aid]),
                        "recorded_at": aware_utc(NOW),
                        "recorded_by": "kw0",
                    }
                )
    with store.write() as s:
        store.cases.bulk_insert(s, AssessmentRecord, rows)
        store.cases.bulk_insert(s, SafetyActionRecord, acks)
    store.close()


def best(fn, repeat: int = 3) -> float:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return min(runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=10_000)
    people = parser.parse_args().people
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "store"
        t = time.perf_counter()
        build(folder, people)
        print(f"built {people:,} people with {2 * people:,} PHQ-9s in {time.perf_counter() - t:.1f} s")
        store = CaseStore.open(folder, "manager", PASS, clock=lambda: NOW)
        try:
            rows_only = best(lambda: store.cases.caseload(NOW))
            alerts_only = best(lambda: open_alerts(store))
            services = build_services(store)
            full = best(lambda: load_caseload(services, NOW))
            someone = [store.cases.caseload(NOW)[0].person_id]
            one = best(lambda: open_alerts(store, someone), 5)
            found = len(open_alerts(store))
        finally:
            store.close()
    print(f"caseload rows alone (baseline)     {rows_only * 1000:8.1f} ms")
    print(
        f"open safety alerts alone           {alerts_only * 1000:8.1f} ms  ({found:,} people with an alert)"
    )
    print(
        f"load_caseload (rows + alerts)      {full * 1000:8.1f} ms  ratio {full / rows_only:.2f}x the baseline"
    )
    print(f"one person's alerts (record load)  {one * 1000:8.1f} ms  (includes loading the instrument files)")


if __name__ == "__main__":
    main()
