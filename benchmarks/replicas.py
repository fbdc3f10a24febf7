"""Replica exchange: 1,000 changed records taken from one replica to another through a signed, encrypted bundle,
against the same 1,000 writes made locally through the app (CaseRepository.update_person), in the same run.

Run: .venv/bin/python benchmarks/replicas.py [--people 1000] [--changed 1000]

Exchange = export on the desk (change capture over every replicated row, registers, sign, encrypt, write) plus
import on the manager's store (decrypt, verify, merge field by field, write rows, re-index names). Also printed:
the Argon2id cost of one passphrase guess with the store's parameters (what docs/replicas.md quotes).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bulk import populate  # noqa: E402

from desktop.domain import Role  # noqa: E402
from desktop.services import replica  # noqa: E402
from desktop.storage.store import CaseStore  # noqa: E402
from desktop.storage.vault import KdfParams  # noqa: E402

PASS = "benchmark passphrase"
NOW = datetime(2026, 11, 26, 12, 0)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=1000)
    ap.add_argument("--changed", type=int, default=1000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        admin, _ = CaseStore.create(root / "main", "admin", PASS, "Admin")
        admin.add_user("mia", "Mia", Role.MANAGER, PASS)
        kim = admin.add_user("kim", "Kim", Role.KEYWORKER, PASS)
        populate(admin, args.people, [kim.id], NOW, appointments_each=2)
        admin.close()
        main = CaseStore.open(root / "main", "mia", PASS)
        t0 = time.perf_counter()
        replica.create_replica(main, root / "desk", "desk", PASS)
        made = time.perf_counter() - t0
        desk = CaseStore.open(root / "desk", "mia", PASS)
        people = [c.person for c in desk.cases.load_cases()][: args.changed]

        t0 = time.perf_counter()
        for i, p in enumerate(people):
            desk.cases.update_person(replace(p, phone=f"07700 {i:06d}"))
        local = time.perf_counter() - t0

        share = root / "share"
        t0 = time.perf_counter()
        (path,) = replica.export_bundles(desk, share)
        exported = time.perf_counter() - t0
        t0 = time.perf_counter()
        report = replica.import_bundles(main, share)
        imported = time.perf_counter() - t0
        assert report.stats.rows_changed == len(people), report.stats
        size = path.stat().st_size
        desk.close()
        main.close()

        kdf = KdfParams()
        t0 = time.perf_counter()
        for _ in range(3):
            kdf.derive("a guess", b"0123456789abcdef")
        guess = (time.perf_counter() - t0) / 3

    exchange = exported + imported
    print(f"store: {args.people} people; replica made in {made:.1f} s")
    print(f"baseline, {len(people)} writes made locally (update_person): {local:8.2f} s")
    print(f"exchange of {len(people)} changed records:               {exchange:8.2f} s")
    print(f"  export (capture + sign + encrypt):  {exported:8.2f} s, bundle {size / 1e3:.0f} kB")
    print(f"  import (verify + merge + write):    {imported:8.2f} s")
    print(f"ratio exchange / local writes: {exchange / local:.2f}x")
    print(
        f"Argon2id per passphrase guess ({kdf.memory_kib // 1024} MiB, {kdf.iterations} passes, "
        f"{kdf.lanes} lanes): {guess * 1000:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
