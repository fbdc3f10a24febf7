"""Bundles the force sends: the next sequence number, the chain hash, the sent-bundle row, the staged file.

The file is staged under a temporary name inside the transaction that allocates its sequence number and made
visible (os.replace) only after that transaction commits, so a number is never used twice or left unrecorded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.services.sync import BundleHeader, Direction, Identity, Record, build_bundle, sha256_hex
from desktop.services.sync.manifest import utc_text

from .home import StagedFile, slug
from .models import PartnerRecord, SentBundleRecord
from .store import partner_cert


@dataclass(frozen=True, slots=True)
class Outgoing:
    bundle_id: str
    sequence: int
    file: StagedFile


def stage_bundle(session: Session, partner: PartnerRecord, ident: Identity, force_name: str,
                 records: Sequence[Record], kind: str, now: datetime, out_dir: Path) -> Outgoing:
    sequence = partner.out_sequence + 1
    header = BundleHeader(Direction.FORCE_TO_PROVIDER, force_name, partner.name, sequence,
                          partner.out_last_sha256, now)
    data = build_bundle(header, records, [], ident.key, ident.cert, partner_cert(partner))
    digest = sha256_hex(data)
    file_name = f"{slug(force_name)}-to-{slug(partner.name)}-{sequence:06d}.cpbundle"
    session.add(SentBundleRecord(bundle_id=header.bundle_id, partner_id=partner.id, sequence=sequence,
                                 sha256=digest, kind=kind, file_name=file_name, created_at=utc_text(now)))
    partner.out_sequence = sequence
    partner.out_last_sha256 = digest
    return Outgoing(header.bundle_id, sequence, StagedFile(out_dir / file_name, data))
