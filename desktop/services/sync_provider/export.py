"""Export: what changed since the last bundle to a partner, as one signed bundle for it.

Only people referred by that partner are exported. For each record the partner holds a version: a record goes
again only when its row version rose or its content changed (then its version is raised past the one sent),
so exporting twice in a row sends nothing the second time. Acknowledgements of the partner's bundles ride
along in the next bundle. The file is written under a temporary name inside the transaction that takes its
sequence number and made visible only after that transaction commits.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from desktop.domain.ids import new_id
from desktop.services.sync import BundleHeader, Direction, build_bundle, sha256_hex
from desktop.services.sync.manifest import AuditHead
from desktop.storage import audit
from desktop.storage.store import CaseStore
from desktop.storage.sync_records import SyncBundleRecord, SyncPartnerRecord, SyncSentRecord
from desktop.storage.sync_repo import SENT, SYNC_ROLES, SyncRepository, append_audit_many

from .apply import naive_utc
from .collect import Outgoing, collect
from .identity import load_identity, partner_cert


@dataclass(frozen=True, slots=True)
class ExportResult:
    partner: str
    path: Path | None  # None: nothing to send
    sequence: int
    counts: dict[str, int]
    people: int


def slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower()[:40] or "partner"


class _Staged:
    def __init__(self, path: Path, data: bytes) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        self.tmp = Path(tmp)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())

    def commit(self) -> None:
        os.replace(self.tmp, self.path)

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.tmp.unlink()


def export_bundle(store: CaseStore, partner_name: str, out_dir: Path, now: datetime) -> ExportResult:
    """One bundle of everything not yet sent to the partner; no file (and no write) when nothing changed."""
    store.require_role(*SYNC_ROLES)
    ident = load_identity(store)
    partner = SyncRepository(store).partner(partner_name)
    when = naive_utc(now)
    staged: _Staged | None = None
    try:
        with store.write() as s:
            prec = s.get(SyncPartnerRecord, partner.id)
            assert prec is not None
            out = collect(s, store, prec.id, when)
            if not out.records:
                return ExportResult(prec.name, None, prec.out_sequence, {}, 0)
            sequence = prec.out_sequence + 1
            last = audit.head(s)  # the force echoes it in its acknowledgement: a later rollback shows
            header = BundleHeader(
                Direction.PROVIDER_TO_FORCE,
                _our_name(ident.cert),
                prec.name,
                sequence,
                prec.out_last_sha256,
                now if now.tzinfo else now.astimezone(),
                audit_head=AuditHead(*last, store.vault.generation) if last else None,
            )
            records = [o.record for o in out.records]
            data = build_bundle(
                header, records, out.attachments, ident.key, ident.cert, partner_cert(partner)
            )
            digest = sha256_hex(data)
            file_name = f"{slug(_our_name(ident.cert))}-to-{slug(prec.name)}-{sequence:06d}.cpbundle"
            staged = _Staged(out_dir / file_name, data)
            counts: dict[str, int] = {}
            for r in records:
                counts[r.type] = counts.get(r.type, 0) + 1
            s.add(
                SyncBundleRecord(
                    id=new_id(),
                    partner_id=prec.id,
                    direction=SENT,
                    bundle_id=header.bundle_id,
                    sequence=sequence,
                    sha256=digest,
                    previous_sha256=prec.out_last_sha256,
                    counts_json=json.dumps(counts, sort_keys=True),
                    record_count=len(records),
                    at=when,
                    file_name=file_name,
                )
            )
            _remember_sent(s, prec.id, header.bundle_id, out.records, when)
            if out.acked_bundles:
                s.execute(
                    update(SyncBundleRecord)
                    .where(SyncBundleRecord.id.in_(out.acked_bundles))
                    .values(ack_sent_in=header.bundle_id)
                )
            prec.out_sequence, prec.out_last_sha256, prec.last_sync_at = sequence, digest, when
            people = sorted({o.person_id for o in out.records if o.person_id})
            summary = ", ".join(f"{v} {k}" for k, v in sorted(counts.items()))
            append_audit_many(
                s,
                store.user.username,
                [
                    *(
                        ("sync.export.person", "person", pid, pid, f"bundle #{sequence} to {prec.name}")
                        for pid in people
                    ),
                    (
                        "sync.export",
                        "sync_bundle",
                        header.bundle_id,
                        "",
                        f"bundle #{sequence} to {prec.name}: {summary}; sha256 {digest}",
                    ),
                ],
            )
    except BaseException:
        if staged is not None:
            staged.discard()
        raise
    staged.commit()
    return ExportResult(partner.name, staged.path, sequence, counts, len(people))


def _our_name(cert: Any) -> str:
    from cryptography.x509.oid import NameOID

    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else "Provider"


def _remember_sent(s: Any, partner_id: str, bundle_id: str, records: list[Outgoing], when: datetime) -> None:
    rows = [
        {
            "id": new_id(),
            "partner_id": partner_id,
            "record_type": o.record.type,
            "record_id": o.record.id,
            "record_version": o.record.version,
            "data_sha256": o.data_sha256,
            "bundle_id": bundle_id,
            "created_at": when,
            "updated_at": when,
            "row_version": 1,
        }
        for o in records
        if o.record.type != "ack"
    ]
    if not rows:
        return
    stmt = sqlite_insert(SyncSentRecord)
    stmt = stmt.on_conflict_do_update(
        index_elements=["partner_id", "record_id"],
        set_={
            "record_version": stmt.excluded.record_version,
            "data_sha256": stmt.excluded.data_sha256,
            "bundle_id": stmt.excluded.bundle_id,
            "updated_at": stmt.excluded.updated_at,
            "row_version": SyncSentRecord.row_version + 1,
        },
    )
    s.execute(stmt, rows)


def pending_count(store: CaseStore, partner_name: str, now: datetime) -> int:
    """How many records the next export to this partner would carry (read only)."""
    partner = SyncRepository(store).partner(partner_name)
    with store.session() as s:
        return len(collect(s, store, partner.id, naive_utc(now)).records)
