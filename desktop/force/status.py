"""`status`: per provider, the last bundle, the people and each one's latest compliance from returns, overdue
returns, returns not read yet, gaps, unacknowledged bundles and reports waiting to be sent. Force references
only: no names (an analyst may run it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.services.sync import display_fingerprint

from .models import (
    ConflictRecord,
    PartnerRecord,
    ProviderRecord,
    ReceivedBundleRecord,
    ReferralRecord,
    ReportRecord,
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
class PersonStatus:
    force_reference: str
    state: str | None = None  # the latest contract state, None before the provider sent one
    compliance: str | None = None  # the latest return's recommendation
    period_end: str | None = None
    signed_on: str | None = None
    withdrawn_on: str | None = None
    reoffending: int = 0  # reports of reoffending the force made

    @property
    def not_complying(self) -> bool:
        return self.compliance == "not_complying"


@dataclass
class PartnerStatus:
    name: str
    fingerprint: str
    last_sequence: int | None = None
    last_received_at: str | None = None
    missing: tuple[int, ...] = ()  # the first few
    missing_count: int = 0
    referred: int = 0
    people: int = 0
    active: int = 0
    unmatched: int = 0
    overdue: list[Overdue] = field(default_factory=list)
    unacknowledged: list[tuple[int, str]] = field(default_factory=list)
    conflicts: int = 0
    unread_returns: int = 0
    queued_reports: int = 0
    persons: list[PersonStatus] = field(default_factory=list)


def _latest(rows: list[ProviderRecord]) -> dict[str, ProviderRecord]:
    """Per referral, the contract state with the highest version (then the latest signing)."""
    best: dict[str, ProviderRecord] = {}
    for row in rows:
        key = row.referral_id or ""
        cur = best.get(key)
        if cur is None or (row.version, str(row.data.get("signed_on") or "")) > (
            cur.version,
            str(cur.data.get("signed_on") or ""),
        ):
            best[key] = row
    return best


def partner_status(store: ForceStore, partner: PartnerRecord, today: date) -> PartnerStatus:
    status = PartnerStatus(partner.name, display_fingerprint(partner_cert(partner)))
    with store.transaction() as session:
        received = session.execute(
            select(ReceivedBundleRecord.sequence, ReceivedBundleRecord.received_at)
            .where(ReceivedBundleRecord.partner_id == partner.id)
            .order_by(ReceivedBundleRecord.sequence)
        ).all()
        if received:
            status.last_sequence, status.last_received_at = received[-1][0], max(r[1] for r in received)
            status.missing, status.missing_count = _missing([int(r[0]) for r in received])
        referrals = {
            r.id: r
            for r in session.scalars(select(ReferralRecord).where(ReferralRecord.partner_id == partner.id))
        }
        status.referred = len(referrals)
        rows = list(
            session.scalars(
                select(ProviderRecord).where(
                    ProviderRecord.partner_id == partner.id,
                    ProviderRecord.type.in_(("contract_state", "return")),
                )
            )
        )
        referral_ids = {
            r
            for r in session.scalars(
                select(ProviderRecord.referral_id).distinct().where(ProviderRecord.partner_id == partner.id)
            )
            if r is not None
        }
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
                reference = (
                    referrals[referral_id].force_reference
                    if referral_id in referrals
                    else (state.force_reference or "?")
                )
                status.overdue.append(Overdue(reference, since, (today - since).days))
        status.overdue.sort(key=lambda o: -o.days)
        status.persons = _persons(session, partner.id, referrals, rows)
        status.unacknowledged = [
            (int(seq), str(at))
            for seq, at in session.execute(
                select(SentBundleRecord.sequence, SentBundleRecord.created_at)
                .where(
                    SentBundleRecord.partner_id == partner.id,
                    SentBundleRecord.kind != "ack",
                    SentBundleRecord.acked_at.is_(None),
                )
                .order_by(SentBundleRecord.sequence)
            )
        ]
        status.conflicts = (
            session.scalar(
                select(func.count())
                .select_from(ConflictRecord)
                .where(ConflictRecord.partner_id == partner.id)
            )
            or 0
        )
        status.unread_returns = (
            session.scalar(
                select(func.count())
                .select_from(ProviderRecord)
                .where(
                    ProviderRecord.partner_id == partner.id,
                    ProviderRecord.type == "return",
                    ProviderRecord.read_at.is_(None),
                )
            )
            or 0
        )
        status.queued_reports = (
            session.scalar(
                select(func.count())
                .select_from(ReportRecord)
                .where(ReportRecord.partner_id == partner.id, ReportRecord.sent_in.is_(None))
            )
            or 0
        )
    return status


def _missing(sequences: list[int], shown: int = 20) -> tuple[tuple[int, ...], int]:
    """The first `shown` numbers missing below the highest, and how many are missing (without listing them all:
    a provider's sequence may be any count up to 2^53)."""
    seen = sorted(set(sequences))
    count = seen[-1] - len(seen)
    first: list[int] = []
    expected = 1
    for number in seen:
        while expected < number and len(first) < shown:
            first.append(expected)
            expected += 1
        if len(first) >= shown:
            break
        expected = number + 1
    return tuple(first), count


def _latest_return(rows: list[ProviderRecord]) -> dict[str, ProviderRecord]:
    """Per referral, the return covering the latest period (then the latest signing, then the highest version)."""
    best: dict[str, ProviderRecord] = {}
    for row in rows:
        key = row.referral_id or ""
        rank = (str(row.data.get("period_end")), str(row.data.get("signed_on")), row.version)
        cur = best.get(key)
        if cur is None or rank > (
            str(cur.data.get("period_end")),
            str(cur.data.get("signed_on")),
            cur.version,
        ):
            best[key] = row
    return best


def _persons(
    session: Session, partner_id: int, referrals: dict[str, ReferralRecord], rows: list[ProviderRecord]
) -> list[PersonStatus]:
    people: dict[str, PersonStatus] = {
        rid: PersonStatus(r.force_reference, withdrawn_on=r.withdrawn_on) for rid, r in referrals.items()
    }
    for rid, state in _latest([r for r in rows if r.type == "contract_state"]).items():
        person = people.setdefault(rid, PersonStatus(state.force_reference or "?"))
        person.state = str(state.data.get("state"))
    for rid, ret in _latest_return([r for r in rows if r.type == "return"]).items():
        person = people.setdefault(rid, PersonStatus(ret.force_reference or "?"))
        person.compliance = str(ret.data["compliance"])
        person.period_end, person.signed_on = str(ret.data["period_end"]), str(ret.data["signed_on"])
    for rid, count in session.execute(
        select(ReportRecord.referral_id, func.count())
        .where(ReportRecord.partner_id == partner_id, ReportRecord.kind == "reoffending")
        .group_by(ReportRecord.referral_id)
    ).all():
        if rid in people:
            people[rid].reoffending = int(count)
    return sorted(people.values(), key=lambda p: p.force_reference)
