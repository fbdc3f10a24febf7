"""Scans of signed paper contracts: kept inside the encrypted database, audited, visible as the person is."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from .errors import NotFound
from .records import ContractRecord, ContractScanRecord

MAX_SCAN_BYTES = 20 * 1024 * 1024
_KINDS = ((b"%PDF-", "application/pdf"), (b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"))


@dataclass(frozen=True, slots=True)
class ContractScan:
    id: str
    contract_id: str
    file_name: str
    media_type: str
    sha256: str
    size: int
    attached_by: str
    attached_at: datetime


def media_type_of(data: bytes) -> str:
    """PDF, PNG or JPEG by their first bytes; anything else is refused (a scan is one of these)."""
    for magic, kind in _KINDS:
        if data.startswith(magic):
            return kind
    raise ValueError("a scan must be a PDF, PNG or JPEG file")


def _scan(r: ContractScanRecord) -> ContractScan:
    return ContractScan(
        r.id, r.contract_id, r.file_name, r.media_type, r.sha256, r.size, r.attached_by, r.created_at
    )


def attach_scan(store: object, contract_id: str, file_name: str, data: bytes) -> ContractScan:
    """Attach a scan of the signed contract (the caseload rules of `store.cases` apply); audited, no content."""
    from desktop.domain.ids import new_id

    cases = store.cases  # type: ignore[attr-defined]
    if len(data) > MAX_SCAN_BYTES:
        raise ValueError(f"a scan can be at most {MAX_SCAN_BYTES // (1024 * 1024)} MB")
    kind = media_type_of(data)
    name = file_name.replace("\\", "/").rsplit("/", 1)[-1][:200] or "scan"
    with store.write() as s:  # type: ignore[attr-defined]
        contract = s.get(ContractRecord, contract_id)
        if contract is None:
            raise NotFound("no such contract")
        cases._visible(s, contract.person_id)
        rec = ContractScanRecord(
            id=new_id(),
            contract_id=contract_id,
            file_name=name,
            media_type=kind,
            sha256=hashlib.sha256(data).hexdigest(),
            size=len(data),
            data=data,
            attached_by=cases._user.username,
        )
        s.add(rec)
        s.flush()
        cases._audit(
            s,
            "contract.scan",
            "contract",
            contract_id,
            contract.person_id,
            f"{kind}, {len(data)} bytes, sha256 {rec.sha256[:16]}",
        )
        return _scan(rec)


def scans(store: object, contract_id: str) -> list[ContractScan]:
    cases = store.cases  # type: ignore[attr-defined]
    with store.session() as s:  # type: ignore[attr-defined]
        contract = s.get(ContractRecord, contract_id)
        if contract is None:
            raise NotFound("no such contract")
        cases._visible(s, contract.person_id)
        return [
            _scan(r)
            for r in s.scalars(
                select(ContractScanRecord)
                .where(ContractScanRecord.contract_id == contract_id)
                .order_by(ContractScanRecord.created_at)
            )
        ]


def export_scan(store: object, scan_id: str, path: Path, purpose: str = "saved") -> ContractScan:
    """Decrypt one scan out of the store into `path` (temp file + rename, mode 0600), audited with its hash.

    `purpose` says why in the audit entry ("opened" for a temporary copy the viewer reads, "saved" for a
    copy the user chose to keep); never the file's content."""
    from .atomic import atomic_write_bytes
    from .perms import private_file

    cases = store.cases  # type: ignore[attr-defined]
    with store.write() as s:  # type: ignore[attr-defined]
        rec = s.get(ContractScanRecord, scan_id)
        contract = s.get(ContractRecord, rec.contract_id) if rec is not None else None
        if rec is None or contract is None:
            raise NotFound("no such scan")
        cases._visible(s, contract.person_id)
        if hashlib.sha256(rec.data).hexdigest() != rec.sha256:
            raise ValueError("the stored scan does not match its hash; it was not written out")
        atomic_write_bytes(path, rec.data)
        private_file(path)
        cases._audit(
            s,
            "contract.scan_export",
            "contract",
            contract.id,
            contract.person_id,
            f"{purpose}: scan {rec.id}, sha256 {rec.sha256[:16]}",  # not the path: it may name the person
        )
        return _scan(rec)
