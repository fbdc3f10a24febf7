"""The caseload query alone (what the dashboard waits for after unlock) and the first keystroke's filtering.

Times `load_caseload` on a copy of the cached service-like store (benchmarks/service_store.py) at each size:
the first run and min / median / max of N, plus the store's four SQL statements alone as the baseline
(the floor no Python work can go under). `--profile` prints the top cProfile entries of one run.

`--against TREE` (another checkout, e.g. /work/main) also times that tree's code on the same store copy,
interleaved round by round with this one's, each round in a fresh process right after unlock (the cold
query the dashboard waits for): the baseline in the same run, as a ratio.

.venv/bin/python benchmarks/caseload.py --people 1000 10000 [--rounds 5] [--profile] [--against /work/main]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from service_store import NOW, PASS, copy_of  # noqa: E402

from desktop.app.root import build_services  # noqa: E402
from desktop.services.features import Services  # noqa: E402
from desktop.storage.store import CaseStore  # noqa: E402
from desktop.ui.caseload.loader import load_caseload  # noqa: E402


def spread(values: list[float], digits: int = 0) -> str:
    ms = [v * 1000 for v in values]
    return " ".join(f"{x:8.{digits}f}" for x in (ms[0], min(ms), statistics.median(ms), max(ms)))


def sql_only(store: CaseStore) -> float:
    """The caseload's statements read to the last row, no Python work on them: the floor."""
    from sqlalchemy import text

    t = time.perf_counter()
    with store.session() as s:
        conn = s.connection()
        for sql in (
            "SELECT id, first_name, last_name, date_of_birth, force_reference, keyworker_id, pnc_id FROM people",
            "SELECT id, person_id, state, offered_on, signed_on, end_date, closed_on FROM contracts",
            "SELECT id, contract_id, type, target, unit, progress, status, counts_kind FROM conditions",
            "SELECT person_id, planned_at, outcome, absence_reason, kind FROM appointments",
        ):
            conn.execute(text(sql)).all()
    return time.perf_counter() - t


def filter_keystroke(services: Services, snapshot: object) -> tuple[float, float]:
    """One letter's search (FTS on the store) and the proxy narrowed to its results, as the controller does."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.caseload.loader import search_caseload
    from desktop.ui.caseload.model import CaseloadTableModel
    from desktop.ui.caseload.proxy import CaseloadFilterProxy

    app = QApplication.instance() or QApplication([])
    model = CaseloadTableModel()
    model.set_rows(snapshot.rows)  # type: ignore[attr-defined]
    proxy = CaseloadFilterProxy()
    proxy.setSourceModel(model)
    t = time.perf_counter()
    proxy.set_search_ids(search_caseload(services, "b", 100_000))
    proxy.rowCount()
    took = time.perf_counter() - t
    from desktop.ui.caseload.proxy import ComplianceFilter, StateFilter

    t = time.perf_counter()
    proxy.set_search_ids(None)
    proxy.set_state_filter(StateFilter.CURRENT)
    proxy.set_compliance_filter(ComplianceFilter.AT_RISK_OR_WORSE)
    proxy.set_mine_ids(frozenset(r.person_id for r in snapshot.rows[::2]))  # type: ignore[attr-defined]
    proxy.rowCount()
    filters = (time.perf_counter() - t) / 4
    app.processEvents()
    return took, filters


COLD = """
import sys, time
from datetime import datetime
sys.path.insert(0, sys.argv[1])
from desktop.storage.store import CaseStore
from desktop.ui.caseload.loader import load_caseload
now = datetime.fromisoformat(sys.argv[4])
store = CaseStore.open(sys.argv[2], "manager", sys.argv[3], clock=lambda: now)
source = store
if "services" in __import__("inspect").signature(load_caseload).parameters:  # trees since the typed services
    from desktop.app.root import build_services
    source = build_services(store)
t = time.perf_counter()
snap = load_caseload(source, now)
print(time.perf_counter() - t, len(snap.rows))
store.close()
"""


def cold(tree: Path, folder: Path) -> tuple[float, int]:
    """One cold `load_caseload` in a fresh process running `tree`'s code, right after unlock."""
    out = subprocess.run(
        [sys.executable, "-c", COLD, str(tree), str(folder), PASS, NOW.isoformat()],
        cwd=tree,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return float(out[0]), int(out[1])


def interleaved(folder: Path, against: Path, rounds: int, n: int) -> None:
    here = Path(__file__).resolve().parent.parent
    mine: list[float] = []
    theirs: list[float] = []
    for _ in range(rounds):
        took, rows = cold(against, folder)
        theirs.append(took)
        took2, rows2 = cold(here, folder)
        mine.append(took2)
        if rows != rows2:
            raise SystemExit(f"row counts differ: {rows} against {rows2}")
    print(
        f"\n{n:,} people, cold load_caseload after unlock, {rounds} interleaved rounds (ms)"
        "   first      min   median      max"
    )
    print(f"  {str(against):<28} {spread(theirs)}")
    print(f"  {'this tree':<28} {spread(mine)}")
    print(
        f"  this / that: first {mine[0] / theirs[0]:.2f}x, worst {max(mine) / max(theirs):.2f}x, "
        f"median {statistics.median(mine) / statistics.median(theirs):.2f}x",
        flush=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--people", type=int, nargs="+", default=[1000, 10_000])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--against", type=Path, help="another checkout to time interleaved with this one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="checkpoint-caseload-bench-") as tmp:
        for n in args.people:
            folder = copy_of(n, Path(tmp))
            if args.against is not None:
                interleaved(folder, args.against.resolve(), args.rounds, n)
            store = CaseStore.open(folder, "manager", PASS, clock=lambda: NOW)
            services = build_services(store)
            try:
                if args.profile:
                    prof = cProfile.Profile()
                    prof.enable()
                    load_caseload(services, NOW)
                    prof.disable()
                    print(f"--- cProfile, {n:,} people")
                    pstats.Stats(prof).sort_stats("tottime").print_stats(25)
                runs, floor, keys, filters = [], [], [], []
                for _ in range(args.rounds):
                    t = time.perf_counter()
                    snap = load_caseload(services, NOW)
                    runs.append(time.perf_counter() - t)
                    floor.append(sql_only(store))
                    key, fil = filter_keystroke(services, snap)
                    keys.append(key)
                    filters.append(fil)
            finally:
                store.close()
            print(f"\n{n:,} people, {args.rounds} rounds (ms)   first      min   median      max")
            print(f"  load_caseload (rows+alerts) {spread(runs)}")
            print(f"  its SQL alone (floor)       {spread(floor)}")
            print(f"  key: search + proxy narrowed {spread(keys, 1)}")
            print(f"  one filter change (of 4)    {spread(filters, 1)}")
            print(f"  worst / floor: {max(runs) / statistics.median(floor):.1f}x", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
