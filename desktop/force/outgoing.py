"""Bundles the force sends: the next sequence number, the chain hash, the sent-bundle row, the staged file.

The file is staged under a temporary name inside the transaction that allocates its sequence number and made
visible (os.replace) only after that transaction commits, so a number is never used twice or left unrecorded.
Every bundle to a provider also carries the reports queued for it (reoffending, withdrawals, corrections), which
are marked sent in the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.services.sync import BundleHeader, Direction, Identity, Record, build_bundle, sha256_hex
from desktop.services.sync.manifest import utc_text

from .home import StagedFile, slug
from .keys import ForceKeys
from .models import PartnerRecord, ReferralRecord, ReportRecord, SentBundleRecord
from .people import referral_data
from .store import partner_cert


@dataclass(frozen=True, slots=True)
class Outgoing:
    bundle_id: str
    sequence: int
    file: StagedFile
    reports: int = 0


def queued_reports(
    session: Session, keys: ForceKeys, partner_id: int
) -> tuple[list[ReportRecord], list[Record]]:
    """The reports not sent yet, as records: a correction sends the referral as it is now (its latest version)."""
    rows = list(
        session.scalars(
            select(ReportRecord)
            .where(ReportRecord.partner_id == partner_id, ReportRecord.sent_in.is_(None))
            .order_by(ReportRecord.made_at)
        )
    )
    records: list[Record] = []
    corrected: set[str] = set()
    for row in rows:
        if row.kind != "correction":
            records.append(Record(row.kind, row.id, row.version, dict(row.data)))
        elif row.referral_id not in corrected:
            corrected.add(row.referral_id)
            referral = session.get_one(ReferralRecord, row.referral_id)
            records.append(Record("referral", referral.id, referral.version, referral_data(keys, referral)))
    return rows, records


def stage_bundle(
    session: Session,
    partner: PartnerRecord,
    ident: Identity,
    force_name: str,
    records: Sequence[Record],
    kind: str,
    now: datetime,
    out_dir: Path,
    keys: ForceKeys | None = None,
) -> Outgoing:
    """With `keys`, the reports queued for the partner go in too (and an acknowledgement then awaits one)."""
    reports, extra = queued_reports(session, keys, partner.id) if keys is not None else ([], [])
    if extra and kind == "ack":
        kind = "report"
    sequence = partner.out_sequence + 1
    header = BundleHeader(
        Direction.FORCE_TO_PROVIDER, force_name, partner.name, sequence, partner.out_last_sha256, now
    )
    data = build_bundle(header, [*records, *extra], [], ident.key, ident.cert, partner_cert(partner))
    digest = sha256_hex(data)
    file_name = f"{slug(force_name)}-to-{slug(partner.name)}-{sequence:06d}.cpbundle"
    session.add(
        SentBundleRecord(
            bundle_id=header.bundle_id,
            partner_id=partner.id,
            sequence=sequence,
            sha256=digest,
            kind=kind,
            file_name=file_name,
            created_at=utc_text(now),
        )
    )
    for row in reports:
        row.sent_in = header.bundle_id
    partner.out_sequence = sequence
    partner.out_last_sha256 = digest
    return Outgoing(header.bundle_id, sequence, StagedFile(out_dir / file_name, data), len(reports))


def lock_partner(session: Session, partner_id: int) -> PartnerRecord:
    """The partner's row, locked until the transaction ends on PostgreSQL: one sequence number per bundle even
    when two team members send or receive at once (SQLite writers are serialised by the file lock)."""
    row = session.scalar(select(PartnerRecord).where(PartnerRecord.id == partner_id).with_for_update())
    assert row is not None
    return row
