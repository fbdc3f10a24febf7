"""`report`: what the force tells a provider about one of its referrals, queued for the next bundle to it.

- reoffended: a `reoffending` record (the provider fails the offending condition at once);
- withdrawn: a `referral_withdrawn` record (the provider closes the contract), and the referral is marked;
- correction: the referral itself with a higher version and the corrected facts (the provider updates its copy);
- decision: a `force_decision` record, the force's decision after the contract (nfa, charge or other), once per
  referral (`checkpoint-force decide`); the provider records it and closes any contract still open.
Each is checked as the provider will check it before anything is stored, and audited (field names, no values).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from desktop.domain.ids import new_id
from desktop.services.sync import Direction, MalformedRecord, Record, parse_records
from desktop.services.sync.manifest import utc_text
from desktop.services.sync.records import dump_records

from .errors import ForceStoreError
from .limits import FORCE_REFERENCE
from .models import PartnerRecord, ReferralRecord, ReportRecord
from .people import PERSON_FIELDS, referral_data, seal_person
from .session import ForceContext

KINDS = {
    "reoffended": "reoffending",
    "withdrawn": "referral_withdrawn",
    "correction": "correction",
    "decision": "force_decision",
}
DECISIONS = ("nfa", "charge", "other")
CORRECTABLE = ("offence", "offence_date", "referral_date", "officer", "officer_contact")


@dataclass(frozen=True, slots=True)
class Queued:
    kind: str
    force_reference: str
    partner: str
    record_id: str
    version: int
    fields: tuple[str, ...] = ()


def _validated(record: Record) -> None:
    try:
        parse_records(dump_records([record]), Direction.FORCE_TO_PROVIDER)
    except MalformedRecord as exc:
        raise ForceStoreError(str(exc).split("line 1: ", 1)[-1]) from None


def _referral(ctx: ForceContext, reference: str, provider: str | None) -> tuple[ReferralRecord, str]:
    with ctx.store.transaction() as s:
        query = (
            select(ReferralRecord, PartnerRecord.name)
            .join(PartnerRecord)
            .where(ReferralRecord.force_reference == reference)
        )
        if provider:
            query = query.where(PartnerRecord.name == provider)
        rows = s.execute(query).all()
    if not rows:
        where = f" sent to {provider!r}" if provider else ""
        raise ForceStoreError(f"no referral {reference!r}{where}")
    if len(rows) > 1:
        names = ", ".join(sorted(name for _r, name in rows))
        raise ForceStoreError(
            f"{reference!r} was referred to more than one provider ({names}): give --provider"
        )
    return rows[0][0], rows[0][1]


def _corrected(data: dict[str, Any], changes: dict[str, str]) -> tuple[dict[str, Any], tuple[str, ...]]:
    person = dict(data["person"])
    facts = {k: v for k, v in data.items() if k != "person"}
    names = []
    for name, value in changes.items():
        field = name.removeprefix("person.")
        value = value.strip()
        if field in PERSON_FIELDS:
            if value:
                person[field] = value
            else:
                person.pop(field, None)
            names.append(f"person.{field}")
        elif field in CORRECTABLE:
            if value:
                facts[field] = value
            else:
                facts.pop(field, None)
            names.append(field)
        elif field == "force_reference":
            raise ForceStoreError(
                "the force reference names the referral and cannot be corrected: withdraw it and refer again"
            )
        else:
            raise ForceStoreError(
                f"cannot correct {name!r}: fields are "
                + ", ".join([*(f"person.{f}" for f in PERSON_FIELDS), *CORRECTABLE])
            )
    if not names:
        raise ForceStoreError("a correction needs at least one --set FIELD=VALUE")
    return {**facts, "person": person}, tuple(names)


def report(
    ctx: ForceContext,
    kind: str,
    reference: str,
    *,
    provider: str | None = None,
    offence: str = "",
    offence_date: str = "",
    new_reference: str = "",
    on: str = "",
    reason: str = "",
    changes: dict[str, str] | None = None,
    decision: str = "",
    note: str = "",
) -> Queued:
    ctx.require("report")
    if kind not in KINDS:
        raise ForceStoreError(f"unknown kind {kind!r}: " + ", ".join(KINDS))
    if len(reference) > FORCE_REFERENCE:
        raise ForceStoreError(f"--ref is longer than {FORCE_REFERENCE} characters")
    needed = {
        "reoffended": (("--offence", offence), ("--offence-date", offence_date)),
        "withdrawn": (("--reason", reason),),
        "decision": (("--decision", decision), ("--date", on)),
    }.get(kind, ())
    missing = [flag for flag, value in needed if not value.strip()]
    if missing:
        raise ForceStoreError(f"--kind {kind} needs " + " and ".join(missing))
    if kind == "decision" and decision not in DECISIONS:
        raise ForceStoreError(f"--decision must be one of {', '.join(DECISIONS)}")
    now = ctx.clock()
    today = on or now.date().isoformat()
    if kind == "decision" and today > now.date().isoformat():
        raise ForceStoreError("--date is in the future")
    referral, partner = _referral(ctx, reference, provider)
    ref = {"referral_id": referral.id, "force_reference": referral.force_reference}
    fields: tuple[str, ...] = ()
    if kind == "reoffended":
        record = Record(
            "reoffending",
            new_id(),
            1,
            {
                **ref,
                "offence": offence,
                "offence_date": offence_date,
                "reported_on": today,
                **({"new_reference": new_reference} if new_reference else {}),
            },
        )
    elif kind == "withdrawn":
        if referral.withdrawn_on:
            raise ForceStoreError(f"{reference!r} was withdrawn already, on {referral.withdrawn_on}")
        record = Record("referral_withdrawn", new_id(), 1, {**ref, "withdrawn_on": today, "reason": reason})
    elif kind == "decision":
        with ctx.store.transaction() as s:
            earlier = s.scalar(
                select(ReportRecord.data)
                .where(ReportRecord.referral_id == referral.id, ReportRecord.kind == KINDS["decision"])
                .limit(1)
            )
        if earlier is not None:
            raise ForceStoreError(
                f"{reference!r} has a decision already ({earlier['decision']} on {earlier['decided_on']})"
            )
        record = Record(
            "force_decision",
            new_id(),
            1,
            {
                **ref,
                "decision": decision,
                "decided_on": today,
                **({"note": note.strip()} if note.strip() else {}),
            },
        )
    else:
        data, fields = _corrected(referral_data(ctx.keys, referral), changes or {})
        record = Record("referral", referral.id, referral.version + 1, data)
    _validated(record)
    if kind == "correction" and date.fromisoformat(record.data["offence_date"]) > date.fromisoformat(
        record.data["referral_date"]
    ):
        raise ForceStoreError("offence_date would be after referral_date")
    with ctx.store.transaction() as s:
        row = s.get_one(ReferralRecord, referral.id)
        if row.version != referral.version:
            raise ForceStoreError("the referral changed while this report was made: run it again")
        if kind == "withdrawn":
            row.withdrawn_on = today
        if kind == "correction":
            row.version = record.version
            row.data = {k: v for k, v in record.data.items() if k != "person"}
            for column, value in seal_person(ctx.keys, row.id, record.data["person"]).items():
                setattr(row, column, value)
            report_id = new_id()
        else:
            report_id = record.id
        s.add(
            ReportRecord(
                id=report_id,
                partner_id=row.partner_id,
                referral_id=row.id,
                kind=KINDS[kind],
                version=record.version,
                data={} if kind == "correction" else record.data,
                made_at=utc_text(now),
                made_by=ctx.user.username,
            )
        )
        detail = (
            f"{reference}; queued for {partner}"
            + (f"; fields {', '.join(fields)}" if fields else "")
            + (f"; {decision} on {today}" if kind == "decision" else "")
        )
        ctx.audit(s, f"report.{kind}", "referral", referral.id, detail)
    return Queued(KINDS[kind], referral.force_reference, partner, record.id, record.version, fields)
