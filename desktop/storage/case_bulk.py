"""Whole new cases as plain inserts in the caller's one transaction: a sync import's new referrals (10,000 in
one bundle) and the demo's invented caseload. The rows are what `convert` gives for the domain objects; every
person goes into the search index and every entry into the one audit writer.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from desktop.domain import Appointment, Condition, Consent, Contract, EligibilityAnswer, Person, Referral

from . import audit, convert
from .records import (
    AppointmentRecord,
    ConditionRecord,
    ConsentRecord,
    ContractRecord,
    EvidenceRecord,
    PersonRecord,
    ReferralRecord,
)
from .search_index import SearchEntry, index_people

if TYPE_CHECKING:
    from .store import CaseStore


class ReferredPerson(NamedTuple):
    """A new person, their referral and progress-only consent, as plain values: the fast form for a sync
    import of thousands (a frozen domain object per row costs more than the insert itself)."""

    person_id: str
    referral_id: str
    consent_id: str
    first_name: str
    last_name: str
    date_of_birth: date
    force_reference: str
    pnc_id: str | None
    phone: str
    email: str
    address: str
    preferred_language: str
    keyworker_id: str | None
    force: str
    officer: str
    offence: str
    offence_date: date
    referral_date: date
    eligibility: tuple[EligibilityAnswer, ...]


_PROGRESS_ONLY = convert.consent_fields(Consent(""))


def _insert(s: Session, record: type, rows: list[dict[str, Any]]) -> None:
    if rows:
        s.execute(insert(cast(Table, record.__table__)), rows)  # type: ignore[attr-defined]


class CaseBulkWriter:
    def __init__(self, session: Session, stamp: datetime | None = None) -> None:
        """`stamp` (aware UTC): created_at and updated_at of every row; None: the columns' own default."""
        self._s = session
        self._stamp: dict[str, Any] = (
            {"created_at": stamp, "updated_at": stamp, "row_version": 1} if stamp else {"row_version": 1}
        )

    def add_people(
        self, people: Sequence[Person], referrals: Sequence[Referral], consents: Sequence[Consent]
    ) -> None:
        st = self._stamp
        _insert(self._s, PersonRecord, [{"id": p.id, **convert.person_fields(p), **st} for p in people])
        _insert(
            self._s, ReferralRecord, [{"id": r.id, **convert.referral_fields(r), **st} for r in referrals]
        )
        _insert(self._s, ConsentRecord, [{"id": c.id, **convert.consent_fields(c), **st} for c in consents])
        index_people(
            self._s,
            (SearchEntry(p.id, p.first_name, p.last_name, p.force_reference, p.pnc_id) for p in people),
            new=True,
        )

    def add_referred_people(self, rows: Sequence[ReferredPerson]) -> None:
        """The same rows `add_people` writes for Person, Referral and Consent(progress only) objects."""
        st = self._stamp
        people, referrals, consents = [], [], []
        for r in rows:
            people.append(
                {
                    "id": r.person_id,
                    "first_name": r.first_name,
                    "last_name": r.last_name,
                    "date_of_birth": r.date_of_birth,
                    "force_reference": r.force_reference,
                    "pnc_id": r.pnc_id,
                    "phone": r.phone,
                    "email": r.email,
                    "address": r.address,
                    "preferred_language": r.preferred_language,
                    "keyworker_id": r.keyworker_id,
                    **st,  # sex and ethnicity: the columns' default, "not recorded"
                }
            )
            answers = (
                json.dumps(
                    [
                        {"question_id": a.question_id, "answer": a.answer, "note": a.note}
                        for a in r.eligibility
                    ]
                )
                if r.eligibility
                else "[]"
            )
            referrals.append(
                {
                    "id": r.referral_id,
                    "person_id": r.person_id,
                    "force": r.force,
                    "officer": r.officer,
                    "offence": r.offence,
                    "offence_date": r.offence_date,
                    "referral_date": r.referral_date,
                    "eligibility_json": answers,
                    **st,
                }
            )
            consents.append({"id": r.consent_id, **_PROGRESS_ONLY, "person_id": r.person_id, **st})
        _insert(self._s, PersonRecord, people)
        _insert(self._s, ReferralRecord, referrals)
        _insert(self._s, ConsentRecord, consents)
        index_people(
            self._s,
            (SearchEntry(r.person_id, r.first_name, r.last_name, r.force_reference, r.pnc_id) for r in rows),
            new=True,
        )

    def add_contract(self, contract: Contract, conditions: Sequence[Condition] = ()) -> None:
        """A contract with its conditions and their evidence."""
        st = self._stamp
        _insert(self._s, ContractRecord, [{"id": contract.id, **convert.contract_fields(contract), **st}])
        _insert(
            self._s, ConditionRecord, [{"id": c.id, **convert.condition_fields(c), **st} for c in conditions]
        )
        _insert(
            self._s,
            EvidenceRecord,
            [
                {
                    "id": e.id,
                    "condition_id": c.id,
                    "on": e.on,
                    "text": e.text,
                    "recorded_by": e.recorded_by,
                    "amount": e.amount,
                    "status": e.status.value if e.status else None,
                    **st,
                }
                for c in conditions
                for e in c.evidence
            ],
        )

    def add_appointments(self, appointments: Sequence[Appointment]) -> None:
        st = self._stamp
        _insert(
            self._s,
            AppointmentRecord,
            [{"id": a.id, **convert.appointment_fields(a), **st} for a in appointments],
        )

    def audit(self, actor: str, entries: Sequence[audit.Entry], at: datetime | None = None) -> None:
        audit.append_many(self._s, actor, entries, at)


@contextmanager
def bulk_writes(store: CaseStore, stamp: datetime | None = None) -> Iterator[CaseBulkWriter]:
    """One transaction of plain inserts (the demo's caseload): all of it lands, or none of it."""
    with store.write() as s:
        yield CaseBulkWriter(s, stamp)
