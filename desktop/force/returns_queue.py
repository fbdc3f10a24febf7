"""The read queue: per provider, the returns received and not read yet; reading one writes its PDF out (0600)
and marks it read, by whom and when, in the audit log too. A newer version of a return is unread again."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop.services.sync.manifest import utc_text

from .errors import ForceStoreError
from .home import write_atomic
from .legacy import SEALED_SUFFIX
from .models import PartnerRecord, ProviderRecord
from .session import ForceContext


@dataclass(frozen=True, slots=True)
class ReturnItem:
    id: str
    partner: str
    force_reference: str
    period_start: str
    period_end: str
    compliance: str
    signed_on: str
    received_at: str
    read_at: str | None
    read_by: str | None


def returns(ctx: ForceContext, *, provider: str | None = None, unread_only: bool = True) -> list[ReturnItem]:
    ctx.require("returns.list")
    query = (
        select(ProviderRecord, PartnerRecord.name).join(PartnerRecord).where(ProviderRecord.type == "return")
    )
    if provider:
        query = query.where(PartnerRecord.id == ctx.store.partner(provider).id)
    if unread_only:
        query = query.where(ProviderRecord.read_at.is_(None))
    with ctx.store.transaction() as s:
        rows = s.execute(query).all()
    items = [_item(r, name) for r, name in rows]
    return sorted(items, key=lambda i: (i.partner, i.received_at, i.force_reference, i.period_end))


def _item(r: ProviderRecord, partner: str) -> ReturnItem:
    return ReturnItem(
        r.id,
        partner,
        r.force_reference or "?",
        str(r.data["period_start"]),
        str(r.data["period_end"]),
        str(r.data["compliance"]),
        str(r.data["signed_on"]),
        r.received_at or "",
        r.read_at,
        r.read_by,
    )


def _find(ctx: ForceContext, return_id: str) -> ProviderRecord:
    if len(return_id) < 8:
        raise ForceStoreError("give at least the first 8 characters of the return's ID")
    with ctx.store.transaction() as s:
        rows = list(
            s.scalars(
                select(ProviderRecord).where(
                    ProviderRecord.type == "return", ProviderRecord.id.startswith(return_id.lower())
                )
            )
        )
    if not rows:
        raise ForceStoreError(f"no return with ID {return_id}")
    if len(rows) > 1:
        raise ForceStoreError(f"{return_id} matches {len(rows)} returns: give more of the ID")
    return rows[0]


def open_return(ctx: ForceContext, return_id: str, out: Path) -> ReturnItem:
    """Write the return's PDF to `out` and mark it read."""
    ctx.require("returns.open")
    row = _find(ctx, return_id)
    if not row.file_name:
        raise ForceStoreError("this return has no PDF")
    try:
        sealed = (ctx.home.returns_dir / (row.file_name + SEALED_SUFFIX)).read_bytes()
    except FileNotFoundError:
        raise ForceStoreError(f"the PDF of this return is missing from {ctx.home.returns_dir}") from None
    pdf = ctx.keys.open_file(sealed, row.file_name)
    if out.exists() and out.is_dir():
        out = out / f"{(row.force_reference or 'return').replace('/', '-')}-{row.data['period_end']}.pdf"
    write_atomic(out, pdf)
    mark_read(ctx, [row.id], action="return.open")
    with ctx.store.transaction() as s:
        fresh = s.get_one(ProviderRecord, (row.partner_id, row.id))
        return _item(fresh, s.get_one(PartnerRecord, row.partner_id).name)


def mark_read(ctx: ForceContext, return_ids: list[str], *, action: str = "return.mark_read") -> int:
    ctx.require("returns.mark-read" if action == "return.mark_read" else "returns.open")
    ids = [_find(ctx, i).id for i in return_ids]
    now = utc_text(ctx.clock())
    changed = 0
    with ctx.store.transaction() as s:
        for row in s.scalars(
            select(ProviderRecord).where(ProviderRecord.type == "return", ProviderRecord.id.in_(ids))
        ):
            if action == "return.mark_read" and row.read_at is not None:
                continue
            row.read_at, row.read_by = now, ctx.user.username
            ctx.audit(
                s, action, "return", row.id, f"{row.force_reference}, period to {row.data['period_end']}"
            )
            changed += 1
    return changed
