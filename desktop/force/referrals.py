"""`refer`: referrals from a CSV file, sent as one bundle to one provider.

Columns (header row required, UTF-8, Excel's BOM accepted; dates YYYY-MM-DD or DD/MM/YYYY):
required  force_reference, first_name, last_name, date_of_birth, offence, offence_date, referral_date, officer
optional  officer_contact, pnc_id, phone, email, address, preferred_language
A force_reference already referred to that provider is skipped, so running the same file twice sends nothing new.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from desktop.domain.ids import new_id
from desktop.services.sync import Direction, Identity, MalformedRecord, Record, parse_records
from desktop.services.sync.records import dump_records

from .models import PartnerRecord, ReferralRecord
from .outgoing import Outgoing, stage_bundle
from .store import ForceStore, ForceStoreError

REQUIRED = ("force_reference", "first_name", "last_name", "date_of_birth", "offence", "offence_date",
            "referral_date", "officer")
PERSON_OPTIONAL = ("pnc_id", "phone", "email", "address", "preferred_language")
DATES = ("date_of_birth", "offence_date", "referral_date")


@dataclass(frozen=True, slots=True)
class ReferResult:
    bundle: Path | None
    referred: int
    skipped: int


def _date(text: str) -> str:
    text = text.strip()
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            continue
    return text  # left as typed: the record check names the column


def read_referral_csv(data: bytes, force_name: str) -> list[Record]:
    """One referral record per row; every problem named by row and column (never by value)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ForceStoreError("the CSV file is not UTF-8 (save it as 'CSV UTF-8')") from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise ForceStoreError("the CSV file lacks column(s): " + ", ".join(missing))
    records: list[Record] = []
    problems: list[str] = []
    seen: set[str] = set()
    for number, row in enumerate(reader, start=2):
        values = {k: (v or "").strip() for k, v in row.items() if isinstance(k, str)}
        for column in DATES:
            values[column] = _date(values.get(column, ""))
        person = {"first_name": values["first_name"], "last_name": values["last_name"],
                  "date_of_birth": values["date_of_birth"]}
        person.update({c: values[c] for c in PERSON_OPTIONAL if values.get(c)})
        data_fields = {"force_reference": values["force_reference"], "force": force_name, "person": person,
                       "offence": values["offence"], "offence_date": values["offence_date"],
                       "referral_date": values["referral_date"], "officer": values["officer"]}
        if values.get("officer_contact"):
            data_fields["officer_contact"] = values["officer_contact"]
        record = Record("referral", new_id(), 1, data_fields)
        try:
            parse_records(dump_records([record]), Direction.FORCE_TO_PROVIDER)
        except MalformedRecord as exc:
            problems.append(f"row {number}: {str(exc).split('record: ', 1)[-1]}")
            continue
        if date.fromisoformat(values["offence_date"]) > date.fromisoformat(values["referral_date"]):
            problems.append(f"row {number}: offence_date is after referral_date")
        if values["force_reference"] in seen:
            problems.append(f"row {number}: force_reference repeats an earlier row")
        seen.add(values["force_reference"])
        records.append(record)
    if problems:
        raise ForceStoreError("the CSV file was not used:\n  " + "\n  ".join(problems))
    return records


def refer(store: ForceStore, force_name: str, ident: Identity, partner_name: str, csv_data: bytes,
          out_dir: Path, now: datetime) -> ReferResult:
    records = read_referral_csv(csv_data, force_name)
    partner_id = store.partner(partner_name).id
    out: Outgoing | None = None
    try:
        with store.transaction() as session:
            partner = session.get_one(PartnerRecord, partner_id)
            known = set(session.scalars(select(ReferralRecord.force_reference)
                                        .where(ReferralRecord.partner_id == partner_id)))
            fresh = [r for r in records if r.data["force_reference"] not in known]
            if not fresh:
                return ReferResult(None, 0, len(records))
            out = stage_bundle(session, partner, ident, force_name, fresh, "referral", now, out_dir)
            session.add_all(ReferralRecord(id=r.id, partner_id=partner_id,
                                           force_reference=r.data["force_reference"], version=r.version,
                                           data=r.data, sent_in=out.bundle_id) for r in fresh)
    except BaseException:
        if out is not None:
            out.file.discard()
        raise
    out.file.commit()
    return ReferResult(out.file.path, len(fresh), len(records) - len(fresh))
