"""Export: what changed since the last bundle to a partner, as one signed bundle for it.

Only people referred by that partner are exported. For each record the partner holds a version: a record goes
again only when its row version rose or its content changed (then its version is raised past the one sent),
so exporting twice in a row sends nothing the second time. Acknowledgements of the partner's bundles ride
along in the next bundle. The file is written under a temporary name inside the transaction that takes its
sequence number and made visible only after that transaction commits.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.domain.clock import aware_utc
from desktop.services.sync import BundleHeader, Direction, build_bundle, sha256_hex
from desktop.services.sync.manifest import AuditHead
from desktop.storage.store import CaseStore
from desktop.storage.sync_apply import BundleLog, Sent
from desktop.storage.sync_repo import SENT, SYNC_ROLES, SyncRepository

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
    when = aware_utc(now)
    staged: _Staged | None = None
    try:
        with SyncRepository(store).writing() as s:
            prec = s.partner_state(partner.id)
            assert prec is not None
            out = collect(s, store, prec.id, when)
            if not out.records:
                return ExportResult(prec.name, None, prec.out_sequence, {}, 0)
            sequence = prec.out_sequence + 1
            last = s.audit_head()  # the force echoes it in its acknowledgement: a later rollback shows
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
            s.log_bundle(
                BundleLog(
                    prec.id,
                    SENT,
                    header.bundle_id,
                    sequence,
                    digest,
                    prec.out_last_sha256,
                    counts,
                    len(records),
                    when,
                    file_name,
                )
            )
            s.remember_sent(prec.id, header.bundle_id, _sent(out.records), when)
            s.mark_acks_sent(out.acked_bundles, header.bundle_id)
            s.partner_sent(prec.id, sequence, digest, when)
            people = sorted({o.person_id for o in out.records if o.person_id})
            summary = ", ".join(f"{v} {k}" for k, v in sorted(counts.items()))
            s.audit(
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


def _sent(records: list[Outgoing]) -> list[Sent]:
    """What the partner will hold from us (acknowledgements are not kept: each is sent once)."""
    return [
        Sent(o.record.type, o.record.id, o.record.version, o.data_sha256)
        for o in records
        if o.record.type != "ack"
    ]


def pending_count(store: CaseStore, partner_name: str, now: datetime) -> int:
    """How many records the next export to this partner would carry (read only)."""
    partner = SyncRepository(store).partner(partner_name)
    with SyncRepository(store).reading() as reads:
        return len(collect(reads, store, partner.id, aware_utc(now)).records)
