"""`status`: per provider, the last bundle, the people, overdue returns, gaps, unacknowledged bundles."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select

from desktop.services.sync import display_fingerprint

from .models import (
    ConflictRecord,
    PartnerRecord,
    ProviderRecord,
    ReceivedBundleRecord,
    ReferralRecord,
    SentBundleRecord,
)
from .store import ForceStore, partner_cert

OVERDUE_AFTER_DAYS = 35  # a monthly return, with a few days' grace


@dataclass
class Overdue:
    force_reference: str
    since: date  # the last return's signing date, or the contract's start when there is none
    days: int


@dataclass
class PartnerStatus:
    name: str
    fingerprint: str
    last_sequence: int | None = None
    last_received_at: str | None = None
    missing: tuple[int, ...] = ()
    referred: int = 0
    people: int = 0
    active: int = 0
    unmatched: int = 0
    overdue: list[Overdue] = field(default_factory=list)
    unacknowledged: list[tuple[int, str]] = field(default_factory=list)
    conflicts: int = 0


def _latest(rows: list[ProviderRecord]) -> dict[str, ProviderRecord]:
    """Per referral, the contract state with the highest version (then the latest signing)."""
    best: dict[str, ProviderRecord] = {}
    for row in rows:
        key = row.referral_id or ""
        cur = best.get(key)
        if cur is None or (row.version, str(row.data.get("signed_on") or "")) > (
                cur.version, str(cur.data.get("signed_on") or "")):
            best[key] = row
    return best


def partner_status(store: ForceStore, partner: PartnerRecord, today: date) -> PartnerStatus:
    status = PartnerStatus(partner.name, display_fingerprint(partner_cert(partner)))
    with store.transaction() as session:
        received = session.execute(select(ReceivedBundleRecord.sequence, ReceivedBundleRecord.received_at).where(
            ReceivedBundleRecord.partner_id == partner.id).order_by(ReceivedBundleRecord.sequence)).all()
        if received:
            status.last_sequence, status.last_received_at = received[-1][0], max(r[1] for r in received)
            seen = {r[0] for r in received}
            status.missing = tuple(n for n in range(1, received[-1][0]) if n not in seen)
        referrals = {r.id: r for r in session.scalars(select(ReferralRecord).where(
            ReferralRecord.partner_id == partner.id))}
        status.referred = len(referrals)
        rows = list(session.scalars(select(ProviderRecord).where(
            ProviderRecord.partner_id == partner.id, ProviderRecord.type.in_(("contract_state", "return")))))
        referral_ids = {r for r in session.scalars(select(ProviderRecord.referral_id).distinct().where(
            ProviderRecord.partner_id == partner.id)) if r is not None}
        status.people = len(set(referrals) | referral_ids)
        status.unmatched = len(referral_ids - set(referrals))
        last_return: dict[str, date] = {}
        for row in rows:
            if row.type == "return" and row.referral_id:
                signed = date.fromisoformat(str(row.data["signed_on"]))
                last_return[row.referral_id] = max(signed, last_return.get(row.referral_id, signed))
        for referral_id, state in _latest([r for r in rows if r.type == "contract_state"]).items():
            if state.data.get("state") != "active":
                continue
            status.active += 1
            started = state.data.get("signed_on")
            since = last_return.get(referral_id) or (date.fromisoformat(str(started)) if started else None)
            if since is not None and (today - since).days > OVERDUE_AFTER_DAYS:
                reference = referrals[referral_id].force_reference if referral_id in referrals else (
                    state.force_reference or "?")
                status.overdue.append(Overdue(reference, since, (today - since).days))
        status.overdue.sort(key=lambda o: -o.days)
        status.unacknowledged = [(int(seq), str(at)) for seq, at in session.execute(
            select(SentBundleRecord.sequence, SentBundleRecord.created_at).where(
                SentBundleRecord.partner_id == partner.id, SentBundleRecord.kind == "referral",
                SentBundleRecord.acked_at.is_(None)).order_by(SentBundleRecord.sequence))]
        status.conflicts = session.scalar(select(func.count()).select_from(ConflictRecord).where(
            ConflictRecord.partner_id == partner.id)) or 0
    return status


def render(status: PartnerStatus) -> str:
    lines = [f"{status.name}  (certificate SHA-256 {status.fingerprint})"]
    if status.last_sequence is None:
        lines.append("  last bundle: none received yet")
    else:
        lines.append(f"  last bundle: #{status.last_sequence}, received {status.last_received_at}")
    if status.missing:
        lines.append("  missing bundles: " + ", ".join(map(str, status.missing[:20])))
    lines.append(f"  people: {status.people} ({status.referred} referred by the force, {status.active} active"
                 + (f", {status.unmatched} not matched to a referral" if status.unmatched else "") + ")")
    lines.append(f"  overdue returns: {len(status.overdue)}")
    lines.extend(f"    {o.force_reference}: nothing since {o.since.isoformat()} ({o.days} days)"
                 for o in status.overdue)
    if status.unacknowledged:
        oldest = status.unacknowledged[0][1]
        lines.append(f"  waiting for acknowledgement: {len(status.unacknowledged)} bundle(s), oldest sent {oldest}")
    if status.conflicts:
        lines.append(f"  conflicts to review: {status.conflicts}")
    return "\n".join(lines)
