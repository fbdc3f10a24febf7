"""`send`: a bundle now, of the reports queued for one provider (else they go with the next referral or
acknowledgement bundle to it)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from .outgoing import Outgoing, lock_partner, queued_reports, stage_bundle
from .session import ForceContext


def send_queued(ctx: ForceContext, partner_name: str, out_dir: Path, now: datetime) -> Outgoing | None:
    ctx.require("send")
    partner_id = ctx.store.partner(partner_name).id
    ident = ctx.identity
    out: Outgoing | None = None
    try:
        with ctx.store.transaction() as s:
            partner = lock_partner(s, partner_id)
            if not queued_reports(s, ctx.keys, partner_id)[0]:
                return None
            out = stage_bundle(s, partner, ident, ctx.name, [], "report", now, out_dir, ctx.keys)
            ctx.audit(
                s,
                "report.send",
                "bundle",
                out.bundle_id,
                f"{out.reports} report(s) to partner {partner_id}, sequence {out.sequence}",
            )
    except BaseException:
        if out is not None:
            out.file.discard()
        raise
    out.file.commit()
    return out
