"""Erasing one referral and all the force holds on it: the referral (sealed person fields and blind indexes),
the provider's records about it, queued news, conflicts and the sealed return PDFs under returns/.

One transaction; on SQLCipher with `secure_delete` on, then VACUUM so no freed page keeps a copy (on PostgreSQL
the rows are deleted and VACUUM reclaims them later: the docs say so). The audit chain gets a tombstone with
the rule, the reason and the counts, not the person's fields.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from .errors import ForceStoreError
from .legacy import SEALED_SUFFIX
from .models import ConflictRecord, ProviderRecord, ReferralRecord, ReportRecord
from .reports import _referral
from .session import ForceContext


@dataclass(frozen=True, slots=True)
class ForceErased:
    referral_id: str
    partner: str
    counts: dict[str, int]
    files_removed: int


def forget_provider_records(
    s: Session, ctx: ForceContext, partner_id: int, referral_id: str
) -> tuple[int, list[Path]]:
    """Delete what a provider sent about one referral; returns how many rows and the sealed return files to
    delete once the transaction has committed (so a rollback loses nothing)."""
    rows = s.execute(
        select(ProviderRecord.id, ProviderRecord.file_name).where(
            ProviderRecord.partner_id == partner_id, ProviderRecord.referral_id == referral_id
        )
    ).all()
    ids = [r[0] for r in rows]
    if not ids:
        return 0, []
    s.execute(
        delete(ConflictRecord).where(
            ConflictRecord.partner_id == partner_id, ConflictRecord.record_id.in_(ids)
        )
    )
    s.execute(
        delete(ProviderRecord).where(ProviderRecord.partner_id == partner_id, ProviderRecord.id.in_(ids))
    )
    return len(ids), [ctx.home.returns_dir / (name + SEALED_SUFFIX) for name in {r[1] for r in rows if r[1]}]


def erase_referral(
    ctx: ForceContext, reference: str, reason: str, provider: str | None = None
) -> ForceErased:
    ctx.require("erase")
    reason = " ".join(reason.split())
    if not reason:
        raise ForceStoreError("give a reason (--reason): it is kept in the audit log")
    referral, partner = _referral(ctx, reference, provider)
    sqlite = ctx.store.dialect == "sqlite"
    with ctx.store.transaction() as s:
        if sqlite:
            s.connection().exec_driver_sql("PRAGMA secure_delete = ON")
        records = s.execute(
            select(ProviderRecord.id, ProviderRecord.file_name).where(
                ProviderRecord.partner_id == referral.partner_id,
                or_(ProviderRecord.referral_id == referral.id, ProviderRecord.force_reference == reference),
            )
        ).all()
        ids = [referral.id, *(r[0] for r in records)]
        files = [r[1] for r in records if r[1]]
        steps = (
            (
                "conflicts",
                delete(ConflictRecord).where(
                    ConflictRecord.partner_id == referral.partner_id, ConflictRecord.record_id.in_(ids)
                ),
            ),
            ("force_reports", delete(ReportRecord).where(ReportRecord.referral_id == referral.id)),
            (
                "provider_records",
                delete(ProviderRecord).where(
                    ProviderRecord.partner_id == referral.partner_id, ProviderRecord.id.in_(ids[1:])
                ),
            ),
            ("referrals", delete(ReferralRecord).where(ReferralRecord.id == referral.id)),
        )
        counts = {}
        for table, stmt in steps:
            n = int(getattr(s.execute(stmt), "rowcount", 0) or 0)
            if n:
                counts[table] = n
        ctx.audit(
            s,
            "referral.erase",
            "referral",
            referral.id,
            json.dumps({"rule": "decision", "reason": reason, "removed": counts}, sort_keys=True),
        )
    removed = 0
    for name in files:
        path = ctx.home.returns_dir / (name + SEALED_SUFFIX)
        if path.exists():
            path.unlink()
            removed += 1
    if sqlite:
        with ctx.store.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            cur = raw.cursor()
            try:
                cur.execute("VACUUM")
                cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                cur.close()
    return ForceErased(referral.id, partner, counts, removed)
