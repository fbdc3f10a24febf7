"""Provider-side sync benchmark: import a force bundle of 10,000 referrals into an encrypted case store, and
export a bundle of about 10,000 records from it, against raw inserts of the same rows in the same run.

    .venv/bin/python benchmarks/sync_provider.py [--records N] [--runs 3]

Figures (median of the runs):
- open: decrypt, verify the signature, unzip and validate every record, check the sequence;
- preview: the dry run (bulk look-ups, planning in words);
- apply: the one transaction (plans again inside it, then people, referrals, consents, search index,
  received-record rows, the bundle log and one audit entry per person);
- raw (domain rows): the same people, referral and consent rows plus the search index, one Core executemany
  per table (`insert(Record.__table__)`, as the import itself does) in one transaction, into a fresh store
  of the same kind (SQLCipher);
- raw (every row): all the rows the import writes, audit entries included, inserted the same way.
The issue's goal: import at most 2x the raw inserts.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, text

from desktop.domain import Consent, Person, Referral, default_conditions
from desktop.services.sync import BundleHeader, Direction, Record, build_bundle, new_identity
from desktop.services.sync_provider import (
    add_partner,
    apply_import,
    export_bundle,
    load_identity,
    open_incoming,
    preview_import,
)
from desktop.storage import convert
from desktop.storage.records import (
    AuditRecord,
    ConditionRecord,
    ConsentRecord,
    ContractRecord,
    PersonRecord,
    ReferralRecord,
)
from desktop.storage.store import CaseStore
from desktop.storage.sync_records import SyncPartnerRecord, SyncReceivedRecord

NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
PASSPHRASE = "benchmark passphrase"
FORCE = "Bench Constabulary"
PER_PERSON = 7  # exported per person with a contract: contract, 5 conditions, attendance


def referrals(count: int) -> list[Record]:
    return [
        Record(
            "referral",
            str(uuid.uuid4()),
            1,
            {
                "force_reference": f"BEN/26/{n:06d}",
                "force": FORCE,
                "person": {
                    "first_name": f"Given{n}",
                    "last_name": f"Family{n}",
                    "date_of_birth": "1990-04-02",
                },
                "offence": "Possession of cannabis",
                "offence_date": "2026-11-01",
                "referral_date": "2026-11-03",
                "officer": "PC 1234 Jones",
            },
        )
        for n in range(count)
    ]


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def _store(folder: Path) -> CaseStore:
    store, _ = CaseStore.create(folder, "admin", PASSPHRASE, "Admin")
    return store


def raw_rows(records: list[Record]) -> dict[str, list[dict[str, Any]]]:
    """The rows an import of these records writes, built the same way, ready for executemany."""
    stamp = {"created_at": NOW, "updated_at": NOW, "row_version": 1}
    rows: dict[str, list[dict[str, Any]]] = {
        "people": [],
        "referrals": [],
        "consents": [],
        "search": [],
        "received": [],
        "audit": [],
    }
    for n, r in enumerate(records):
        d, p = r.data, r.data["person"]
        person = Person(p["first_name"], p["last_name"], date(1990, 4, 2), d["force_reference"])
        referral = Referral(
            person.id, d["force"], d["officer"], d["offence"], date(2026, 11, 1), date(2026, 11, 3)
        )
        consent = Consent(person.id)
        rows["people"].append({"id": person.id, **convert.person_fields(person), **stamp})
        rows["referrals"].append({"id": referral.id, **convert.referral_fields(referral), **stamp})
        rows["consents"].append({"id": consent.id, **convert.consent_fields(consent), **stamp})
        rows["search"].append({"id": person.id, "name": person.full_name, "ref": person.force_reference})
        rows["received"].append(
            {
                "id": str(uuid.uuid4()),
                "partner_id": "p",
                "record_type": "referral",
                "record_id": r.id,
                "record_version": 1,
                "referral_id": r.id,
                "person_id": person.id,
                "bundle_id": "b",
                "data_json": "{}",
                "state": "applied",
                "reason": "",
                **stamp,
            }
        )
        rows["audit"].append(
            {
                "seq": 10_000_000 + n,
                "id": str(uuid.uuid4()),
                "at": "",
                "actor": "admin",
                "action": "referral.create",
                "entity": "referral",
                "entity_id": referral.id,
                "person_id": person.id,
                "detail": "",
                "prev_hash": "0" * 64,
                "hash": "0" * 64,
            }
        )
    return rows


def raw_insert(store: CaseStore, rows: dict[str, list[dict[str, Any]]], every: bool) -> float:
    with store.write() as s:  # setup: the partner the received rows belong to
        s.add(
            SyncPartnerRecord(
                id="p",
                name="raw",
                cert_pem="",
                cert_sha256="0" * 64,
                inbox="",
                outbox="",
                out_sequence=0,
                in_last_sequence=0,
            )
        )

    def work() -> None:
        with store.write() as s:
            s.execute(insert(PersonRecord.__table__), rows["people"])
            s.execute(insert(ReferralRecord.__table__), rows["referrals"])
            s.execute(insert(ConsentRecord.__table__), rows["consents"])
            s.execute(
                text("INSERT INTO person_search (person_id, name, reference) VALUES (:id, :name, :ref)"),
                rows["search"],
            )
            if every:
                s.execute(insert(SyncReceivedRecord.__table__), rows["received"])
                s.execute(insert(AuditRecord.__table__), rows["audit"])

    seconds, _ = timed(work)
    return seconds


def give_contracts(store: CaseStore, people: int) -> None:
    """Signed contracts with the default conditions for `people` imported people (setup, not timed)."""
    with store.write() as s:
        ids = list(s.scalars(select(PersonRecord.id).limit(people)))
        contracts, conditions = [], []
        stamp = {"created_at": NOW, "updated_at": NOW, "row_version": 1}
        for pid in ids:
            cid = str(uuid.uuid4())
            contracts.append(
                {
                    "id": cid,
                    "person_id": pid,
                    "state": "active",
                    "offered_on": date(2026, 11, 10),
                    "signed_on": date(2026, 11, 10),
                    "end_date": date(2027, 3, 10),
                    "closed_on": None,
                    "outcome_reason": "",
                    **stamp,
                }
            )
            for c in default_conditions(cid):
                conditions.append({"id": c.id, **convert.condition_fields(c), **stamp})
        s.execute(insert(ContractRecord), contracts)
        s.execute(insert(ConditionRecord), conditions)


def run_once(count: int, workdir: Path, force: Any) -> dict[str, float]:
    store = _store(workdir / "store")
    try:
        store.set_setting("organisation", "Bench Provider")
        add_partner(store, FORCE, force_pem(force), NOW)
        ours = load_identity(store)
        header = BundleHeader(Direction.FORCE_TO_PROVIDER, FORCE, "Bench Provider", 1, None, NOW)
        records = referrals(count)
        t_build, data = timed(lambda: build_bundle(header, records, [], force.key, force.cert, ours.cert))
        t_open, incoming = timed(lambda: open_incoming(store, data))
        t_preview, preview = timed(lambda: preview_import(store, incoming))
        assert len(preview.changes) == count
        t_apply, result = timed(lambda: apply_import(store, incoming, NOW))
        assert len(result.person_ids) == count
        give_contracts(store, -(-count // PER_PERSON))
        t_export, exported = timed(lambda: export_bundle(store, FORCE, workdir / "out", NOW))
        exported_records = sum(exported.counts.values())
    finally:
        store.close()
    rows = raw_rows(records)
    figures: dict[str, float] = {}
    for every in (False, True):
        raw = _store(workdir / f"raw-{every}")
        try:
            figures["raw_every" if every else "raw_domain"] = raw_insert(raw, rows, every)
        finally:
            raw.close()
    return {
        "size_mb": len(data) / 1e6,
        "build": t_build,
        "open": t_open,
        "preview": t_preview,
        "apply": t_apply,
        "export": t_export,
        "exported": exported_records,
        **figures,
    }


def force_pem(force: Any) -> bytes:
    from desktop.services.sync import cert_pem

    return cert_pem(force.cert)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    force = new_identity(FORCE, NOW, bits=3072)
    results = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="cp-sync-provider-bench-") as tmp:
            results.append(run_once(args.records, Path(tmp), force))
    med = {k: statistics.median(r[k] for r in results) for k in results[0]}
    imp = med["open"] + med["apply"]
    print(
        f"provider sync benchmark: {args.records} referrals in, {med['exported']:.0f} records out, bundle "
        f"{med['size_mb']:.2f} MB, SQLCipher store, median of {args.runs} runs"
    )
    print(f"  force builds the bundle (not ours; for scale)         {med['build'] * 1000:8.1f} ms")
    print(f"  open (decrypt, verify, parse, sequence)               {med['open'] * 1000:8.1f} ms")
    print(f"  preview (dry run)                                     {med['preview'] * 1000:8.1f} ms")
    print(f"  apply (one transaction)                               {med['apply'] * 1000:8.1f} ms")
    print(f"  import = open + apply                                 {imp * 1000:8.1f} ms")
    print(f"  raw inserts, same domain rows + search index          {med['raw_domain'] * 1000:8.1f} ms")
    print(f"  raw inserts, every row the import writes              {med['raw_every'] * 1000:8.1f} ms")
    print(
        f"  export ({med['exported']:.0f} records: collect, sign, encrypt, log)  {med['export'] * 1000:8.1f} ms"
    )
    print(f"  ratio import / raw domain rows     {imp / med['raw_domain']:5.2f}x  (goal <= 2x)")
    print(f"  ratio import / raw every row       {imp / med['raw_every']:5.2f}x")
    print(f"  ratio apply only / raw every row   {med['apply'] / med['raw_every']:5.2f}x")
    print(f"  ratio export / raw domain rows     {med['export'] / med['raw_domain']:5.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
