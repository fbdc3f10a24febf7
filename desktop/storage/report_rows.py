"""What the report figures read, in five plain SQL queries: every visible person with all their referrals,
contracts, conditions and appointments as desktop.domain.reports.ReportCase (no ORM objects: a 10,000-person
store is read in well under a second; benchmarks/reports.py)."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from desktop.domain import ELIGIBILITY_QUESTIONS, Condition, Contract
from desktop.domain.compliance import AttendanceEvent
from desktop.domain.demographics import Ethnicity, Sex
from desktop.domain.reports import ReportCase, ReportReferral

from . import convert

if TYPE_CHECKING:
    from .store import CaseStore

_EXPECTED = {q.id: q.expected for q in ELIGIBILITY_QUESTIONS}


def eligible(eligibility_json: str) -> bool:
    """The rule of desktop.domain.Referral.eligible, read straight from the stored answers."""
    answers = {a["question_id"]: bool(a["answer"]) for a in json.loads(eligibility_json or "[]")}
    return answers.keys() >= _EXPECTED.keys() and all(answers[q] == want for q, want in _EXPECTED.items())


def load_report_cases(store: CaseStore) -> list[ReportCase]:
    user = store.user
    where, params = "", {}
    if not user.role.sees_everyone:
        where, params = " WHERE p.keyworker_id = :kw", {"kw": user.id}
    visible = f"SELECT p.id FROM people p{where}"
    with store.session() as s:
        conn = s.connection()
        people = conn.execute(text(
            f"SELECT p.id, p.keyworker_id, p.date_of_birth, p.sex, p.ethnicity FROM people p{where}"), params).all()
        referrals = conn.execute(text(
            f"SELECT person_id, referral_date, eligibility_json FROM referrals WHERE person_id IN ({visible})"),
            params).all()
        contracts = conn.execute(text(
            "SELECT id, person_id, state, offered_on, signed_on, end_date, closed_on, outcome_reason, row_version "
            f"FROM contracts WHERE person_id IN ({visible}) ORDER BY created_at"), params).all()
        conditions = conn.execute(text(
            "SELECT id, contract_id, type, title, target, unit, progress, status, pathway, position, row_version "
            f"FROM conditions WHERE contract_id IN (SELECT id FROM contracts WHERE person_id IN ({visible}))"),
            params).all()
        appointments = conn.execute(text(
            f"SELECT person_id, planned_at, outcome FROM appointments WHERE person_id IN ({visible})"), params).all()
    refs: dict[str, list[ReportReferral]] = defaultdict(list)
    for pid, day, answers in referrals:
        refs[pid].append(ReportReferral(_day(day), eligible(answers)))
    by_person: dict[str, list[Contract]] = defaultdict(list)
    owner: dict[str, str] = {}
    for r in contracts:
        by_person[r[1]].append(convert.contract_from_row(r))
        owner[r[0]] = r[1]
    conds: dict[str, list[Condition]] = defaultdict(list)
    for r in conditions:
        conds[owner[r[1]]].append(convert.condition_from_row(r))
    events: dict[str, list[AttendanceEvent]] = defaultdict(list)
    outcome_of, parse = convert.APPOINTMENT_OUTCOMES, datetime.fromisoformat
    for pid, planned, outcome in appointments:
        events[pid].append((parse(planned), outcome_of[outcome] if outcome else None))
    sexes, ethnicities = convert.SEXES, convert.ETHNICITIES
    return [ReportCase(pid, kw, _day(dob), sexes.get(sex, Sex.NOT_RECORDED),
                       ethnicities.get(eth, Ethnicity.NOT_RECORDED), tuple(refs[pid]), tuple(by_person[pid]),
                       tuple(conds[pid]), tuple(events[pid]))
            for pid, kw, dob, sex, eth in people]


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
