"""Sync benchmark: build and open a bundle of 10,000 records and import it into the force's store, against raw
inserts of the same rows into the same table in the same run. Prints times and ratios.

    .venv/bin/python benchmarks/sync.py [--records N] [--db postgresql://...]

The issue's goal: import at most 2x the raw inserts. Provider-side import is added at integration.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from desktop.force.keys import ForceKeys
from desktop.force.models import Base, PartnerRecord, ProviderRecord
from desktop.force.receive import receive_bundle
from desktop.force.session import create_force
from desktop.force.store import ForceStore, database_url, make_engine
from desktop.services.sync import (
    BundleHeader,
    Direction,
    Record,
    build_bundle,
    cert_pem,
    new_identity,
    open_bundle,
)

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
PASSPHRASE = "benchmark passphrase"


def make_records(count: int) -> list[Record]:
    """Contract states, condition statuses and attendance summaries for count/3 people (invented)."""
    records: list[Record] = []
    for n in range(count):
        ref = {"referral_id": str(uuid.UUID(int=n // 3 + 1)), "force_reference": f"BEN/26/{n // 3:05d}"}
        kind = n % 3
        if kind == 0:
            data = {**ref, "state": "active", "signed_on": "2026-10-01", "end_date": "2027-02-01"}
            records.append(Record("contract_state", str(uuid.uuid4()), 1, data))
        elif kind == 1:
            data = {
                **ref,
                "contract_id": str(uuid.uuid4()),
                "condition_type": "pathway",
                "title": "Attend drug treatment sessions",
                "status": "in_progress",
                "changed_on": "2026-11-01",
            }
            records.append(Record("condition_status", str(uuid.uuid4()), 1, data))
        else:
            data = {
                **ref,
                "period_start": "2026-10-01",
                "period_end": "2026-10-31",
                "offered": 8,
                "attended": 7,
                "missed": 1,
                "cancelled": 0,
            }
            records.append(Record("attendance_summary", str(uuid.uuid4()), 1, data))
    return records


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def row(record: Record, partner_id: int, bundle_id: str) -> dict[str, Any]:
    return {
        "partner_id": partner_id,
        "id": record.id,
        "type": record.type,
        "version": record.version,
        "referral_id": record.data.get("referral_id"),
        "force_reference": record.data.get("force_reference"),
        "data": record.data,
        "bundle_id": bundle_id,
        "file_name": None,
    }


def raw_sqlalchemy(url: str, records: list[Record]) -> float:
    """The same rows into the same table with one executemany, one transaction: the baseline."""
    keys = ForceKeys(uuid.uuid4().bytes * 2)
    store = ForceStore(
        make_engine(database_url(url, Path("unused")), keys), keys
    )  # SQLCipher, as the import's
    Base.metadata.create_all(store.engine)
    try:
        with store.transaction() as session:
            session.add(
                PartnerRecord(name="raw", cert_pem="", cert_sha256="0" * 64, added_at="", out_sequence=0)
            )
        with store.transaction() as session:
            partner_id = session.query(PartnerRecord.id).filter_by(name="raw").scalar()
        bundle_id = str(uuid.uuid4())
        rows = [row(r, partner_id, bundle_id) for r in records]
        seconds, _ = timed(lambda: _insert(store, rows))
        return seconds
    finally:
        if not url.startswith("sqlite"):
            Base.metadata.drop_all(store.engine)
        store.close()


def _insert(store: ForceStore, rows: list[dict[str, Any]]) -> None:
    with store.transaction() as session:
        session.execute(insert(ProviderRecord.__table__), rows)


def raw_sqlite3(path: Path, records: list[Record]) -> float:
    """Plain sqlite3 executemany of (id, type, version, json): a floor, no ORM at all."""
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE t (id TEXT PRIMARY KEY, type TEXT, version INT, data TEXT)")
    rows = [(r.id, r.type, r.version, json.dumps(r.data)) for r in records]
    start = time.perf_counter()
    with db:
        db.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", rows)
    seconds = time.perf_counter() - start
    db.close()
    return seconds


def run_once(
    count: int, db: str | None, workdir: Path, provider: Any, records: list[Record]
) -> dict[str, float]:
    ctx, _ = create_force(
        workdir / "force",
        "Bench Force",
        "bench",
        PASSPHRASE,
        url=database_url(db, workdir / "force" / "force.db"),
        bits=3072,
        clock=lambda: NOW,
    )
    store, force = ctx.store, ctx.identity  # the key file is opened once per command, outside the timing
    try:
        store.add_partner("Provider", cert_pem(provider.cert), NOW, "bench")
        header = BundleHeader(Direction.PROVIDER_TO_FORCE, "Provider", "Bench Force", 1, None, NOW)
        t_build, data = timed(
            lambda: build_bundle(header, records, [], provider.key, provider.cert, force.cert)
        )
        t_open, _ = timed(lambda: open_bundle(data, force.key, force.cert, [provider.cert]))
        t_import, result = timed(lambda: receive_bundle(ctx, data, NOW))
        assert result.applied == count, result
    finally:
        if db:
            Base.metadata.drop_all(store.engine)
            with store.engine.begin() as conn:
                conn.exec_driver_sql("DROP TABLE IF EXISTS force_alembic_version")
        ctx.close()
    raw_url = db or f"sqlite:///{workdir / 'raw.db'}"  # the import writes as a decision-maker would
    return {
        "size_mb": len(data) / 1e6,
        "build": t_build,
        "open": t_open,
        "import": t_import,
        "raw_orm": raw_sqlalchemy(raw_url, records),
        "raw_sqlite3": raw_sqlite3(workdir / "floor.db", records),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", help="an empty PostgreSQL database URL (tables are created and dropped)")
    args = parser.parse_args(argv)
    provider = new_identity("Provider", NOW, bits=3072)
    records = make_records(args.records)
    results = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="cp-sync-bench-") as tmp:
            results.append(run_once(args.records, args.db, Path(tmp), provider, records))
    med = {k: statistics.median(r[k] for r in results) for k in results[0]}
    print(
        f"sync benchmark: {args.records} records, bundle {med['size_mb']:.2f} MB, "
        f"{'PostgreSQL' if args.db else 'SQLite'}, median of {args.runs} runs"
    )
    print(f"  build bundle (validate, zip, sign, encrypt)    {med['build'] * 1000:8.1f} ms")
    print(f"  open bundle (decrypt, verify, parse, check)    {med['open'] * 1000:8.1f} ms")
    print(f"  force import (open + apply + ack, 1 txn)       {med['import'] * 1000:8.1f} ms")
    print(f"  raw inserts, same rows, same table (Core)      {med['raw_orm'] * 1000:8.1f} ms")
    print(f"  raw sqlite3 executemany (floor, no ORM)        {med['raw_sqlite3'] * 1000:8.1f} ms")
    ratio = med["import"] / med["raw_orm"]
    print(f"  import / raw inserts                           {ratio:8.2f} x  (goal <= 2.00 x)")
    print(
        f"  (import - open) / raw inserts                  {(med['import'] - med['open']) / med['raw_orm']:8.2f} x"
    )
    print(
        f"  export+import / raw inserts                    {(med['build'] + med['import']) / med['raw_orm']:8.2f} x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
