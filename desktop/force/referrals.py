"""`refer`: referrals from a CSV file, sent as one bundle to one provider.

Columns (header row required, UTF-8, Excel's BOM accepted; dates YYYY-MM-DD or DD/MM/YYYY):
required  force_reference, first_name, last_name, date_of_birth, offence, offence_date, referral_date, officer
optional  officer_contact, pnc_id, phone, email, address, preferred_language
optional  eligibility, yes or no: in_area, admission, hate_crime, held_for_court, court_order, co_accused, on_bail
The bundle carries the eligibility facts: the answers given, plus "Aged 18 or over" and "Offence less than
3 months old" worked out from the dates. An ineligible row is sent (the provider decides, a manager may
override) but warned about by row number and criterion, never by value.
A force_reference already referred to that provider is skipped, so running the same file twice sends nothing new.
The person's fields are stored sealed (people.py); the bundle carries them to the provider as the CSV gave them.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from desktop.domain import EligibilityAnswer
from desktop.domain.eligibility import facts_from, ineligible_criteria, parse_yes_no, with_facts
from desktop.domain.ids import new_id
from desktop.services.sync import Direction, Identity, MalformedRecord, Record, parse_records
from desktop.services.sync.records import dump_records

from .limits import FORCE_REFERENCE
from .models import ReferralRecord
from .outgoing import Outgoing, lock_partner, stage_bundle
from .people import seal_person
from .session import ForceContext
from .store import ForceStoreError

REQUIRED = (
    "force_reference",
    "first_name",
    "last_name",
    "date_of_birth",
    "offence",
    "offence_date",
    "referral_date",
    "officer",
)
PERSON_OPTIONAL = ("pnc_id", "phone", "email", "address", "preferred_language")
DATES = ("date_of_birth", "offence_date", "referral_date")
ELIGIBILITY_COLUMNS = (
    "in_area",
    "admission",
    "hate_crime",
    "held_for_court",
    "court_order",
    "co_accused",
    "on_bail",
)


@dataclass(frozen=True, slots=True)
class ReferResult:
    bundle: Path | None
    referred: int
    skipped: int
    warnings: tuple[str, ...] = ()  # "row N: <criterion>" for each ineligible row in the file


def _date(text: str) -> str:
    text = text.strip()
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            continue
    return text  # left as typed: the record check names the column


def _answers(number: int, values: dict[str, str], problems: list[str]) -> tuple[EligibilityAnswer, ...]:
    out = []
    for column in ELIGIBILITY_COLUMNS:
        try:
            answer = parse_yes_no(values.get(column, ""))
        except ValueError as exc:
            problems.append(f"row {number}: {column} {exc}")
            continue
        if answer is not None:
            out.append(EligibilityAnswer(column, answer))
    return tuple(out)


def _eligibility(
    number: int, values: dict[str, str], problems: list[str], warnings: list[str]
) -> list[dict[str, object]]:
    answers = _answers(number, values, problems)
    facts = facts_from(*(date.fromisoformat(values[c]) for c in DATES))
    warnings.extend(f"row {number}: not eligible: {why}" for why in ineligible_criteria(facts, answers))
    return [
        {"question_id": a.question_id, "answer": a.answer, **({"note": a.note} if a.note else {})}
        for a in with_facts(answers, facts)
    ]


def read_referral_csv(data: bytes, force_name: str, warnings: list[str] | None = None) -> list[Record]:
    """One referral record per row; every problem named by row and column (never by value).

    Ineligible rows are kept; each failed criterion is added to `warnings` as "row N: not eligible: ..."."""
    warnings = [] if warnings is None else warnings
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ForceStoreError("the CSV file is not UTF-8 (save it as 'CSV UTF-8')") from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:  # the header row is read here: a field over csv's limit (131,072 characters) fails on it too
        fieldnames = reader.fieldnames or []
    except csv.Error as exc:
        raise ForceStoreError(f"the CSV file was not used: line {reader.line_num}: {exc}") from None
    missing = [c for c in REQUIRED if c not in fieldnames]
    if missing:
        raise ForceStoreError("the CSV file lacks column(s): " + ", ".join(missing))
    records: list[Record] = []
    problems: list[str] = []
    seen: set[str] = set()
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise ForceStoreError(f"the CSV file was not used: line {reader.line_num}: {exc}") from None
    for number, row in enumerate(rows, start=2):
        values = {k: (v or "").strip() for k, v in row.items() if isinstance(k, str)}
        for column in DATES:
            values[column] = _date(values.get(column, ""))
        person = {
            "first_name": values["first_name"],
            "last_name": values["last_name"],
            "date_of_birth": values["date_of_birth"],
        }
        person.update({c: values[c] for c in PERSON_OPTIONAL if values.get(c)})
        data_fields = {
            "force_reference": values["force_reference"],
            "force": force_name,
            "person": person,
            "offence": values["offence"],
            "offence_date": values["offence_date"],
            "referral_date": values["referral_date"],
            "officer": values["officer"],
        }
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
        else:
            eligibility = _eligibility(number, values, problems, warnings)
            if eligibility:
                record.data["eligibility"] = eligibility
        if len(values["force_reference"]) > FORCE_REFERENCE:
            problems.append(f"row {number}: force_reference is longer than {FORCE_REFERENCE} characters")
        if values["force_reference"] in seen:
            problems.append(f"row {number}: force_reference repeats an earlier row")
        seen.add(values["force_reference"])
        records.append(record)
    if problems:
        raise ForceStoreError("the CSV file was not used:\n  " + "\n  ".join(problems))
    return records


def refer(ctx: ForceContext, partner_name: str, csv_data: bytes, out_dir: Path, now: datetime) -> ReferResult:
    ctx.require("refer")
    force_name = ctx.name
    warnings: list[str] = []
    records = read_referral_csv(csv_data, force_name, warnings)
    partner_id = ctx.store.partner(partner_name).id
    ident: Identity = ctx.identity
    out: Outgoing | None = None
    try:
        with ctx.store.transaction() as session:
            partner = lock_partner(session, partner_id)
            known = set(
                session.scalars(
                    select(ReferralRecord.force_reference).where(ReferralRecord.partner_id == partner_id)
                )
            )
            fresh = [r for r in records if r.data["force_reference"] not in known]
            if not fresh:
                return ReferResult(None, 0, len(records), tuple(warnings))
            out = stage_bundle(session, partner, ident, force_name, fresh, "referral", now, out_dir, ctx.keys)
            for r in fresh:
                facts = {k: v for k, v in r.data.items() if k != "person"}
                session.add(
                    ReferralRecord(
                        id=r.id,
                        partner_id=partner_id,
                        force_reference=r.data["force_reference"],
                        version=r.version,
                        data=facts,
                        sent_in=out.bundle_id,
                        **seal_person(ctx.keys, r.id, r.data["person"]),
                    )
                )
            ctx.audit(
                session,
                "referral.send",
                "bundle",
                out.bundle_id,
                f"{len(fresh)} referral(s) to partner {partner_id}, sequence {out.sequence}",
            )
    except BaseException:
        if out is not None:
            out.file.discard()
        raise
    out.file.commit()
    return ReferResult(out.file.path, len(fresh), len(records) - len(fresh), tuple(warnings))
