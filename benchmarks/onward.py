"""Onward referrals and victim contacts on the returns path: what reading them adds to building a return.

Run: .venv/bin/python benchmarks/onward.py [--people 120]
Builds one monthly return's content per person of a demo store with the workflow's `build`, reading onward
referrals and victim contacts per person (the baseline), then with one batch read for all (as `ensure_drafts`
and the signing review do), and times the per-person reads alone: ratios in one run, not absolutes.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.services.demo import create_demo_store  # noqa: E402
from desktop.services.returns import ReturnKind  # noqa: E402
from desktop.services.returns_workflow import ReturnWorkflow  # noqa: E402
from desktop.storage.store import CaseStore  # noqa: E402

PASS = "correct horse battery staple"
NOW = datetime(2026, 11, 26, 12, 0)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=120)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "demo"
        create_demo_store(folder, people=args.people, seed=7, passphrase=PASS, now=NOW)
        with CaseStore.open(folder, "manager", PASS, clock=lambda: NOW) as store:
            wf = ReturnWorkflow(store)
            cases = [c for c in store.cases.load_cases() if c.contract and c.contract.signed_on]
            names, recorders, screens = wf.content.names(), wf.content.recorders(), wf.content.needs_screens()
            builds, batched, reads = [], [], []
            for _ in range(args.repeat):
                t = time.perf_counter()
                for c in cases:
                    wf.build(
                        c,
                        ReturnKind.MONTHLY_PROGRESS,
                        date(2026, 11, 1),
                        date(2026, 11, 25),
                        NOW,
                        names=names,
                        recorders=recorders,
                        screens=screens,
                    )
                builds.append(time.perf_counter() - t)
                t = time.perf_counter()
                side = store.cases.onward_and_victims_for([c.person.id for c in cases])
                for c in cases:
                    wf.build(
                        c,
                        ReturnKind.MONTHLY_PROGRESS,
                        date(2026, 11, 1),
                        date(2026, 11, 25),
                        NOW,
                        names=names,
                        recorders=recorders,
                        screens=screens,
                        side=side,
                    )
                batched.append(time.perf_counter() - t)
                t = time.perf_counter()
                for c in cases:
                    store.cases.onward_referrals(c.person.id)
                    store.cases.victim_contacts(c.person.id)
                reads.append(time.perf_counter() - t)
    b, bb, r = statistics.median(builds), statistics.median(batched), statistics.median(reads)
    n = len(cases)
    print(
        f"{n} returns, reading per person (median of {args.repeat}): {b * 1000:.0f} ms, {b / n * 1000:.2f} ms each"
    )
    print(f"  of which the per-person onward + victim reads: {r * 1000:.0f} ms ({r / b:.1%})")
    print(
        f"{n} returns, one batch read (as ensure_drafts does): {bb * 1000:.0f} ms, {bb / n * 1000:.2f} ms each"
    )
    print(f"batched / per-person: {bb / b:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
