"""The person on a referral, sealed field by field, and found again through keyed blind indexes.

A database dump (or a DBA) sees for each referral: the force reference, offence, dates, officer, provider, and
for the person only AES-GCM tokens plus three HMAC values (last name, date of birth, PNC ID). An HMAC shows
that two referrals share a value, never the value itself; without the force's data key it cannot be tested
against a guess.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .keys import ForceKeys
from .models import PartnerRecord, ReferralRecord

PERSON_FIELDS = (
    "first_name",
    "last_name",
    "date_of_birth",
    "pnc_id",
    "phone",
    "email",
    "address",
    "preferred_language",
)
INDEXED = ("last_name", "date_of_birth", "pnc_id")


def normalise(field: str, value: str) -> str:
    """Names: accents, case, spaces, hyphens and apostrophes do not matter. PNC IDs: case and spaces do not."""
    if field == "last_name":
        text = unicodedata.normalize("NFKD", value)
        return "".join(ch for ch in text if ch.isalnum()).casefold()
    if field == "pnc_id":
        return "".join(value.split()).upper()
    return value.strip()


def where(field: str, referral_id: str) -> str:
    return f"referrals.{field}:{referral_id}"


def seal_person(keys: ForceKeys, referral_id: str, person: dict[str, Any]) -> dict[str, str | None]:
    """Column values for a person dict (as a referral record carries it)."""
    values: dict[str, str | None] = {}
    for field in PERSON_FIELDS:
        raw = person.get(field)
        value = str(raw) if raw not in (None, "") else None
        values[field] = keys.seal(value, where(field, referral_id)) if value is not None else None
        if field in INDEXED:
            values[f"{field}_index"] = (
                keys.blind(field, normalise(field, value)) if value is not None else None
            )
    return values


def unseal_person(keys: ForceKeys, row: ReferralRecord) -> dict[str, str]:
    person: dict[str, str] = {}
    for field in PERSON_FIELDS:
        token = getattr(row, field)
        if token is not None:
            person[field] = keys.unseal(token, where(field, row.id))
    return person


def referral_data(keys: ForceKeys, row: ReferralRecord) -> dict[str, Any]:
    """The referral record's data as the provider received it: the stored facts with the person put back."""
    return {**row.data, "person": unseal_person(keys, row)}


@dataclass(frozen=True, slots=True)
class Found:
    referral_id: str
    force_reference: str
    partner: str
    person: dict[str, str]
    withdrawn_on: str | None


def find(
    session: Session,
    keys: ForceKeys,
    *,
    last_name: str | None = None,
    date_of_birth: str | None = None,
    pnc_id: str | None = None,
) -> list[Found]:
    """Referrals whose person matches every value given (exactly, after `normalise`)."""
    query = select(ReferralRecord, PartnerRecord.name).join(PartnerRecord)
    for field, value in (("last_name", last_name), ("date_of_birth", date_of_birth), ("pnc_id", pnc_id)):
        if value:
            column = getattr(ReferralRecord, f"{field}_index")
            query = query.where(column == keys.blind(field, normalise(field, value)))
    rows = session.execute(query.order_by(ReferralRecord.force_reference)).all()
    return [Found(r.id, r.force_reference, name, unseal_person(keys, r), r.withdrawn_on) for r, name in rows]
