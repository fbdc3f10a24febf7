"""What the report figures read, in five plain SQL queries: every visible person with all their referrals,
contracts, conditions and appointments as desktop.domain.reports.ReportCase (no ORM objects: a 10,000-person
store is read in well under a second; benchmarks/reports.py)."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from desktop.domain import ELIGIBILITY_QUESTIONS, EligibilityAnswer, Referral
from desktop.domain.demographics import Ethnicity, Sex
from desktop.domain.reports import ReportCase, ReportCondition, ReportContract, ReportReferral

from . import convert
from .visibility import visible_sql

if TYPE_CHECKING:
    from .store import CaseStore

_KNOWN = {q.id for q in ELIGIBILITY_QUESTIONS}


@lru_cache(maxsize=256)
def eligible(eligibility_json: str) -> bool:
    """desktop.domain.Referral.eligible for the stored answers (most referrals carry the same answers, so each
    distinct set is judged once)."""
    answers = tuple(
        EligibilityAnswer(a["question_id"], bool(a["answer"]), a.get("note", ""))
        for a in json.loads(eligibility_json or "[]")
        if a.get("question_id") in _KNOWN
    )
    return Referral("", "", "", "", date.min, date.min, answers).eligible


class _Days(dict[str, date]):
    """ISO text -> date, each distinct day parsed once (a year of records has a few hundred)."""

    def __missing__(self, key: str) -> date:
        value = self[key] = date.fromisoformat(key[:10])
        return value


def load_report_cases(store: CaseStore) -> list[ReportCase]:
    condition, params = visible_sql(store.user, "p.keyworker_id")
    where = f" WHERE {condition}" if condition else ""
    only = f" WHERE person_id IN (SELECT p.id FROM people p{where})" if where else ""
    sql = {
        "people": f"SELECT p.id, p.keyworker_id, p.date_of_birth, p.sex, p.ethnicity FROM people p{where}",
        "referrals": f"SELECT person_id, referral_date, eligibility_json FROM referrals{only}",
        "contracts": f"SELECT id, person_id, state, signed_on, closed_on FROM contracts{only}",
        "conditions": "SELECT c.contract_id, c.type, c.status, c.pathway FROM conditions c"
        + (
            f" JOIN contracts k ON k.id = c.contract_id WHERE k.person_id IN "
            f"(SELECT p.id FROM people p{where})"
            if where
            else ""
        ),
        "appointments": f"SELECT person_id, planned_at, outcome FROM appointments{only}",
    }
    with store.session() as s:
        # The DBAPI cursor itself: plain tuples, none of SQLAlchemy's Row objects (a third of the time otherwise)
        cursor = s.connection().connection.cursor()
        try:
            rows = {name: cursor.execute(q, params).fetchall() for name, q in sql.items()}
        finally:
            cursor.close()
    days = _Days()
    refs: dict[str, list[ReportReferral]] = defaultdict(list)
    for pid, day, answers in rows["referrals"]:
        refs[pid].append(ReportReferral(days[day], eligible(answers)))
    by_person: dict[str, list[ReportContract]] = defaultdict(list)
    owner: dict[str, str] = {}
    states = convert.CONTRACT_STATES
    for cid, pid, state, signed, closed in rows["contracts"]:
        by_person[pid].append(
            ReportContract(
                cid, states[state], days[signed] if signed else None, days[closed] if closed else None
            )
        )
        owner[cid] = pid
    conds: dict[str, list[ReportCondition]] = defaultdict(list)
    types, statuses, pathways = convert.CONDITION_TYPES, convert.CONDITION_STATUSES, convert.PATHWAYS
    for cid, type_, status, pathway in rows["conditions"]:
        if cid in owner:
            conds[owner[cid]].append(
                ReportCondition(cid, types[type_], statuses[status], pathways[pathway] if pathway else None)
            )
    events: dict[str, list[tuple[date, Any]]] = defaultdict(list)
    outcome_of = convert.APPOINTMENT_OUTCOMES
    for pid, planned, outcome in rows["appointments"]:
        events[pid].append((days[str(planned)[:10]], outcome_of[outcome] if outcome else None))
    sexes, ethnicities = convert.SEXES, convert.ETHNICITIES
    empty: tuple[Any, ...] = ()
    return [
        ReportCase(
            pid,
            kw,
            days[dob],
            sexes.get(sex, Sex.NOT_RECORDED),
            ethnicities.get(eth, Ethnicity.NOT_RECORDED),
            tuple(refs.get(pid, empty)),
            tuple(by_person.get(pid, empty)),
            tuple(conds.get(pid, empty)),
            tuple(events.get(pid, empty)),
        )
        for pid, kw, dob, sex, eth in rows["people"]
    ]


def load_reoffences(store: CaseStore, known_by: date) -> dict[str, list[date]]:
    """Offence dates of the reoffending the force reported (sync bundles), per visible person, counting only
    news reported on or before `known_by`; whatever the sync state (a conflict is still the force's word)."""
    sql = (
        "SELECT r.person_id, r.data_json FROM sync_received_records r JOIN people p ON p.id = r.person_id "
        "WHERE r.record_type = 'reoffending'"
    )
    condition, params = visible_sql(store.user, "p.keyworker_id")
    if condition:
        sql += f" AND {condition}"
    with store.session() as s:
        cursor = s.connection().connection.cursor()
        try:
            rows = cursor.execute(sql, params).fetchall()
        finally:
            cursor.close()
    out: dict[str, list[date]] = defaultdict(list)
    for pid, data_json in rows:
        data = json.loads(data_json)
        try:
            offence, reported = (
                date.fromisoformat(data["offence_date"]),
                date.fromisoformat(data["reported_on"]),
            )
        except (KeyError, TypeError, ValueError):
            continue  # checked on import; a record without them says nothing we can count
        if reported <= known_by:
            out[pid].append(offence)
    return dict(out)
