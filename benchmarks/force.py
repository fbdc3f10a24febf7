"""Force benchmark: receive 100 bundles of 100 records each (one provider), on SQLite (SQLCipher) and on
PostgreSQL, against raw inserts of the same rows into the same table on the same engine in the same run.

    .venv/bin/python benchmarks/force.py [--bundles 100] [--records 100] [--runs 3] [--pg URL]

Without --pg a throwaway PostgreSQL cluster is started (scripts/pg_test_cluster.py) and stopped afterwards.
"receive" is the force's whole per-bundle work: decrypt, verify, parse, check the sequence, apply in one
transaction with its audit entry, seal the return PDFs, stage and sign the acknowledgement. The baseline writes
the same provider_records rows, one transaction per bundle, with one executemany each (no decryption, no
checks, no acknowledgement). The ratio is receive / baseline on the same engine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import create_engine, insert, text

from desktop.force.keys import ForceKeys
from desktop.force.models import Base, PartnerRecord, ProviderRecord
from desktop.force.receive import receive_bundle
from desktop.force.session import ForceContext, create_force
from desktop.force.store import ForceStore, database_url, engine_url, make_engine, partner_cert
from desktop.services.sync import (
    Attachment,
    BundleHeader,
    Direction,
    Record,
    build_bundle,
    cert_pem,
    new_identity,
    open_bundle,
    sha256_hex,
)
from desktop.storage.vault import KdfParams

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
PASSPHRASE = "benchmark passphrase"
ROOT = Path(__file__).resolve().parent.parent
PDF = b"%PDF-1.7\n" + b"0" * 40_000 + b"\n%%EOF\n"  # about the size of a signed return


def make_records(bundle: int, count: int) -> tuple[list[Record], list[Attachment]]:
    """A provider's month: contract states, conditions, attendance and a few signed returns with their PDFs."""
    records: list[Record] = []
    attachments: list[Attachment] = []
    for n in range(count):
        person = bundle * count + n
        ref = {"referral_id": str(uuid.UUID(int=person + 1)), "force_reference": f"BEN/26/{person:06d}"}
        kind = n % 10
        if kind == 0:
            pdf = Attachment(f"returns/{person}.pdf", PDF + str(person).encode())
            attachments.append(pdf)
            records.append(
                Record(
                    "return",
                    str(uuid.uuid4()),
                    1,
                    {
                        **ref,
                        "contract_id": str(uuid.uuid4()),
                        "period_start": "2026-10-01",
                        "period_end": "2026-10-31",
                        "signed_on": "2026-11-03",
                        "signed_by": "A Manager",
                        "compliance": "on_track",
                        "attachment": pdf.name,
                        "attachment_sha256": sha256_hex(pdf.data),
                    },
                )
            )
        elif kind < 4:
            records.append(
                Record(
                    "contract_state",
                    str(uuid.uuid4()),
                    1,
                    {**ref, "state": "active", "signed_on": "2026-10-01"},
                )
            )
        elif kind < 8:
            records.append(
                Record(
                    "condition_status",
                    str(uuid.uuid4()),
                    1,
                    {
                        **ref,
                        "contract_id": str(uuid.uuid4()),
                        "condition_type": "pathway",
                        "title": "Attend drug treatment sessions",
                        "status": "in_progress",
                        "changed_on": "2026-11-01",
                    },
                )
            )
        else:
            records.append(
                Record(
                    "attendance_summary",
                    str(uuid.uuid4()),
                    1,
                    {
                        **ref,
                        "period_start": "2026-10-01",
                        "period_end": "2026-10-31",
                        "offered": 4,
                        "attended": 3,
                        "missed": 1,
                        "cancelled": 0,
                    },
                )
            )
    return records, attachments


def _row(record: Record, partner_id: int, bundle_id: str) -> dict[str, Any]:
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
        "received_at": None,
        "read_at": None,
        "read_by": None,
    }


class Postgres:
    """A server for the run: the one given, else a throwaway cluster; one new schema per measurement."""

    def __init__(self, url: str | None) -> None:
        self.folder: str | None = None
        if url is None:
            proc = subprocess.run(
                [
                    sys.executable,
                    str(ROOT / "scripts" / "pg_test_cluster.py"),
                    "start",
                    "--owner-pid",
                    str(os.getpid()),
                ],
                capture_output=True,
                text=True,
            )
            if proc.returncode != 0:
                raise SystemExit(f"force benchmark: PostgreSQL: {proc.stderr.strip()}")
            info = json.loads(proc.stdout)
            os.environ["PGPASSFILE"] = info["passfile"]
            self.folder = info["folder"]
            url = f"postgresql://{info['user']}@{info['host']}:{info['port']}/postgres"
        self.url = url
        self.admin = create_engine(engine_url(url))

    def schema(self) -> str:
        name = f"bench_{uuid.uuid4().hex[:10]}"
        with self.admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{name}"'))
        sep = "&" if "?" in self.url else "?"
        return f"{self.url}{sep}options={quote(f'-csearch_path={name}')}"

    def close(self) -> None:
        self.admin.dispose()
        if self.folder:
            subprocess.run(
                [sys.executable, str(ROOT / "scripts" / "pg_test_cluster.py"), "stop", self.folder],
                capture_output=True,
            )


def _force(workdir: Path, url: str | None) -> ForceContext:
    ctx, _ = create_force(
        workdir / "force",
        "Bench Force",
        "bench",
        PASSPHRASE,
        url=database_url(url, workdir / "force" / "force.db"),
        bits=3072,
        kdf=KdfParams(iterations=1, lanes=1),
        clock=lambda: NOW,
    )
    return ctx


def _bundles(provider: Any, force_cert: Any, count: int, per: int) -> list[tuple[bytes, list[Record]]]:
    out: list[tuple[bytes, list[Record]]] = []
    previous = None
    for b in range(count):
        records, attachments = make_records(b, per)
        header = BundleHeader(Direction.PROVIDER_TO_FORCE, "Provider", "Bench Force", b + 1, previous, NOW)
        data = build_bundle(header, records, attachments, provider.key, provider.cert, force_cert)
        previous = sha256_hex(data)
        out.append((data, records))
    return out


def run_once(
    url: str | None,
    raw_url: str | None,
    workdir: Path,
    provider: Any,
    count: int,
    per: int,
) -> dict[str, float]:
    ctx = _force(workdir, url)
    try:
        ctx.store.add_partner("Provider", cert_pem(provider.cert), NOW, "bench")
        bundles = _bundles(provider, ctx.identity.cert, count, per)  # the key file opens once per command
        pinned = [partner_cert(p) for p in ctx.store.partners()]
        start = time.perf_counter()
        for (
            data,
            _records,
        ) in bundles:  # decrypt, verify, parse and check alone: the part no database can speed
            open_bundle(data, ctx.identity.key, ctx.identity.cert, pinned)
        opening = time.perf_counter() - start
        start = time.perf_counter()
        for data, _records in bundles:
            receive_bundle(ctx, data, NOW)
        receive = time.perf_counter() - start
    finally:
        ctx.close()
    keys = ForceKeys(os.urandom(32))
    raw = ForceStore(make_engine(database_url(raw_url, workdir / "raw.db"), keys), keys)  # the same engine
    try:
        Base.metadata.create_all(raw.engine)
        with raw.transaction() as s:
            s.add(PartnerRecord(name="raw", cert_pem="", cert_sha256="0" * 64, added_at="", out_sequence=0))
        with raw.transaction() as s:
            partner_id = int(s.query(PartnerRecord.id).scalar())
        rows = [[_row(r, partner_id, str(uuid.uuid4())) for r in records] for _data, records in bundles]
        start = time.perf_counter()
        for batch in rows:
            with raw.transaction() as s:
                s.execute(insert(ProviderRecord.__table__), batch)
        baseline = time.perf_counter() - start
    finally:
        raw.close()
    return {"receive": receive, "raw": baseline, "open": opening}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundles", type=int, default=100)
    parser.add_argument("--records", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pg", metavar="URL", help="a PostgreSQL server (password from ~/.pgpass)")
    args = parser.parse_args(argv)
    provider = new_identity("Provider", NOW, bits=3072)
    pg = Postgres(args.pg)
    results: dict[str, list[dict[str, float]]] = {"SQLite (SQLCipher)": [], "PostgreSQL": []}
    try:
        for _ in range(args.runs):
            for label, runs in results.items():
                with tempfile.TemporaryDirectory(prefix="cp-force-bench-") as tmp:
                    pg_run = label == "PostgreSQL"
                    url, raw_url = (pg.schema(), pg.schema()) if pg_run else (None, None)
                    runs.append(run_once(url, raw_url, Path(tmp), provider, args.bundles, args.records))
    finally:
        pg.close()
    total = args.bundles * args.records
    print(
        f"force benchmark: {args.bundles} bundles x {args.records} records = {total} records "
        f"(1 in 10 a return with a 40 kB PDF), median of {args.runs} runs"
    )
    for label, runs in results.items():
        receive = statistics.median(r["receive"] for r in runs)
        raw = statistics.median(r["raw"] for r in runs)
        opening = statistics.median(r["open"] for r in runs)
        print(
            f"  {label:20s} receive {receive:7.2f} s ({receive / args.bundles * 1000:6.1f} ms a bundle, "
            f"{total / receive:6.0f} records/s)   raw inserts {raw:6.2f} s   ratio {receive / raw:5.2f} x"
        )
        print(
            f"  {'':20s} of which opening the bundles {opening:5.2f} s; the rest (apply, audit, seal and fsync "
            f"the PDFs, sign the ack) {(receive - opening) / raw:5.2f} x raw"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
