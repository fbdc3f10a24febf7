"""The case repository's bulk reads: the visible people, whole cases in four queries, and the caseload's hot path."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desktop.domain import (
    Appointment,
    Case,
    CaseloadRow,
    ComplianceLevel,
    Condition,
    ConditionStatus,
    Contract,
    ContractState,
)
from desktop.domain.case import caseload_row_from
from desktop.domain.compliance import Attendance, AttendanceEvent, summarise_attendance
from desktop.domain.contract import (
    counted_from_events,
    with_counted_progress,
)

from . import convert
from .case_access import CaseAccess
from .records import (
    AppointmentRecord,
    ConditionRecord,
    ContractRecord,
    PersonRecord,
)
from .visibility import visible_filter, visible_sql

_SETTLED = frozenset(s.value for s in ConditionStatus if s.is_settled)  # condition status codes


class CaseloadQueries(CaseAccess):
    # -- reading -------------------------------------------------------------------------------------------
    def visible_person_ids(self, s: Session) -> list[str]:
        return list(
            s.scalars(select(PersonRecord.id).where(visible_filter(self._user, PersonRecord.keyworker_id)))
        )

    def visible_ids(self) -> list[str]:
        """The IDs of every person this user may see, sorted (in a session of its own)."""
        with self._store.session() as s:
            return sorted(self.visible_person_ids(s))

    def load_cases(self, only: list[str] | None = None) -> list[Case]:
        """Every visible case (or those in `only`), in four bulk queries over plain rows (no ORM objects). With
        `only`, each query reads just those people's rows (incremental drafting, one person's case)."""
        people_t, contracts_t = PersonRecord.__table__, ContractRecord.__table__
        conditions_t, appts_t = ConditionRecord.__table__, AppointmentRecord.__table__
        with self._store.session() as s:
            q = select(people_t).where(visible_filter(self._user, people_t.c.keyworker_id))
            if only is not None:
                chosen = select(text("value")).select_from(func.json_each(json.dumps(list(only))))
                q = q.where(people_t.c.id.in_(chosen))
            people = [convert.person(r) for r in s.execute(q)]  # type: ignore[arg-type]
            ids = {p.id for p in people}
            cq, aq = select(contracts_t), select(appts_t)
            if only is not None:
                cq = cq.where(contracts_t.c.person_id.in_(chosen))
                aq = aq.where(appts_t.c.person_id.in_(chosen))
            contracts: dict[str, Contract] = {}
            for r in s.execute(cq.order_by(contracts_t.c.created_at)):
                if r.person_id in ids:
                    contracts[r.person_id] = convert.contract(r)  # type: ignore[arg-type]  # latest wins
            by_contract: dict[str, list[Condition]] = defaultdict(list)
            wanted = {c.id for c in contracts.values()}
            kq = select(conditions_t)
            if only is not None:
                kq = kq.where(
                    conditions_t.c.contract_id.in_(
                        select(contracts_t.c.id).where(contracts_t.c.person_id.in_(chosen))
                    )
                )
            for r in s.execute(kq.order_by(conditions_t.c.position)):
                if r.contract_id in wanted:
                    by_contract[r.contract_id].append(convert.condition(r))  # type: ignore[arg-type]
            appts: dict[str, list[Appointment]] = defaultdict(list)
            for r in s.execute(aq):
                if r.person_id in ids:
                    appts[r.person_id].append(convert.appointment(r))  # type: ignore[arg-type]
        out = []
        for p in people:
            c = contracts.get(p.id)
            conds = with_counted_progress(by_contract[c.id], appts[p.id], c) if c else ()
            out.append(Case(p, None, c, conds, tuple(appts[p.id])))
        return out

    def caseload(self, now: datetime | None = None, only: Collection[str] | None = None) -> list[CaseloadRow]:
        """The dashboard's rows (or those of `only`), most at risk first.

        This is the hot path at unlock: plain SQL, no ORM objects or type processors, and appointments read as
        (time, outcome) pairs only. `test_fast_caseload_agrees_with_rows_built_from_whole_cases` keeps it equal
        to rows built from whole cases.
        """
        now = now or self._store.clock()
        names = {u.id: u.display_name for u in self._store.users()}
        condition, params = visible_sql(self._user, "p.keyworker_id")
        where = f" WHERE {condition}" if condition else ""
        if only is not None:
            where += (" AND" if where else " WHERE") + " p.id IN (SELECT value FROM json_each(:only))"
            params["only"] = json.dumps(list(only))
        visible = f"SELECT p.id FROM people p{where}"
        # Stored times are SQLAlchemy's "YYYY-MM-DD HH:MM:SS.ffffff" text, so comparing text compares times.
        stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f")
        with self._store.session() as s:
            # The driver's own cursor: no SQLAlchemy Row per row (130 ms of 1.9 s at 10,000 people).
            raw = s.connection().connection.driver_connection
            assert raw is not None

            def fetch(sql: str, extra: dict[str, Any] | None = None) -> list[Any]:
                return list(raw.execute(sql, {**params, **(extra or {})}).fetchall())

            people = fetch(
                "SELECT p.id, p.first_name, p.last_name, p.date_of_birth, p.force_reference, p.keyworker_id, "
                f"p.pnc_id, p.row_version FROM people p{where}"
            )
            contract_rows = fetch(
                "SELECT id, person_id, state, offered_on, signed_on, end_date, closed_on, outcome_reason, row_version "
                f"FROM contracts WHERE person_id IN ({visible}) ORDER BY created_at"
            )
            condition_rows = fetch(
                "SELECT id, contract_id, type, title, target, unit, progress, status, pathway, position, row_version, "
                f"counts_kind FROM conditions WHERE contract_id IN (SELECT id FROM contracts WHERE person_id IN ({visible})) "
                "ORDER BY position"
            )
            latest: dict[str, Any] = {}
            for r in contract_rows:  # ordered by creation: the latest contract wins
                latest[r[1]] = r
            contracts = {pid: convert.contract_from_row(r) for pid, r in latest.items()}
            active = ContractState.ACTIVE
            # Conditions of each person's latest contract only. Compliance reads them only for an active
            # contract (`assess` returns before them otherwise); other rows need only how many are settled.
            # Counted conditions (progress from appointments) can settle, so their contracts are built whole.
            shown = {r[0] for r in latest.values()}
            counted_kinds = {r[1] for r in condition_rows if r[11] and r[1] in shown}
            judged = {c.id for c in contracts.values() if c.state is active} | counted_kinds
            counted_people = [pid for pid, c in contracts.items() if c.id in counted_kinds]
            # Appointments: compliance reads the past ones with an outcome, for active contracts only; every
            # row shows the next one (the earliest unrecorded from now) and the last attended, both aggregates.
            judged_people = [
                pid for pid, c in contracts.items() if c.state is active and c.id not in counted_kinds
            ]
            when = {"now": stamp, "judged": json.dumps(judged_people), "counted": json.dumps(counted_people)}
            next_rows = fetch(
                "SELECT person_id, MIN(planned_at) FROM appointments WHERE COALESCE(outcome, '') = '' AND planned_at >= :now "
                f"AND person_id IN ({visible}) GROUP BY person_id",
                when,
            )
            last_rows = fetch(
                "SELECT person_id, MAX(planned_at) FROM appointments WHERE outcome IN ('attended', 'late') "
                "AND COALESCE(absence_reason, '') = '' AND planned_at <= :now "
                f"AND person_id IN ({visible}) GROUP BY person_id",
                when,
            )
            history_rows = fetch(
                "SELECT person_id, planned_at, outcome, absence_reason FROM appointments WHERE outcome != '' "
                "AND planned_at <= :now AND person_id IN (SELECT value FROM json_each(:judged))",
                when,
            )
            counted_rows = fetch(  # every appointment of people with counted conditions, as before
                "SELECT person_id, planned_at, outcome, absence_reason, kind FROM appointments "
                "WHERE person_id IN (SELECT value FROM json_each(:counted))",
                when,
            )
        by_contract: dict[str, list[Condition]] = defaultdict(list)
        settled_of: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # contract id -> [settled, total]
        for r in condition_rows:
            cid = r[1]
            if cid in judged:
                by_contract[cid].append(convert.condition_from_row(r))
            elif cid in shown:
                tally = settled_of[cid]
                tally[0] += r[7] in _SETTLED
                tally[1] += 1
        parsed: dict[str, datetime] = {}  # many appointments share a planned time: parse each text once
        parse = datetime.fromisoformat

        def at(text_: str) -> datetime:
            t = parsed.get(text_)
            if t is None:
                t = parsed[text_] = parse(text_)
            return t

        outcome_of = convert.APPOINTMENT_OUTCOMES
        next_of = {pid: at(t) for pid, t in next_rows}
        last_of = {pid: at(t) for pid, t in last_rows}
        events: dict[str, list[AttendanceEvent]] = defaultdict(list)
        for pid, planned, outcome, accepted in history_rows:  # the bulk of the rows: `at` inlined
            t = parsed.get(planned)
            if t is None:
                t = parsed[planned] = parse(planned)
            events[pid].append((t, outcome_of[outcome], accepted or ""))
        kinds: dict[str, list[str]] = defaultdict(list)  # each event's appointment kind, for counted targets
        for pid, planned, outcome, accepted, kind in counted_rows:
            events[pid].append((at(planned), outcome_of[outcome] if outcome else None, accepted or ""))
            kinds[pid].append(kind)
        rows = []
        no_events: list[AttendanceEvent] = []
        for r in people:
            person = convert.person_from_row(r)
            pid = person.id
            c = contracts.get(pid)
            keyworker = names.get(person.keyworker_id or "", "unassigned")
            if pid in events:
                attendance = summarise_attendance(events[pid], now)
                nxt = next_of.get(pid)
                if nxt is not None and attendance.next_appointment != nxt:  # only past rows were read
                    attendance = Attendance(
                        attendance.missed_run, nxt, attendance.last_attendance, attendance.history
                    )
            else:  # nothing compliance reads: the two shown times only
                attendance = Attendance((), next_of.get(pid), last_of.get(pid), ())
            if c is not None and c.id not in by_contract and c.id in settled_of:
                met, total = settled_of[c.id]
                rows.append(
                    replace(
                        caseload_row_from(person, c, (), attendance, keyworker, now),
                        conditions_met=met,
                        conditions_total=total,
                    )
                )
                continue
            conds = tuple(by_contract[c.id]) if c is not None and c.id in by_contract else ()
            if c is not None and c.id in counted_kinds:
                conds = counted_from_events(conds, events.get(pid, no_events), kinds.get(pid, []), c)
            rows.append(caseload_row_from(person, c, conds, attendance, keyworker, now))
        rank = {level: level.rank for level in ComplianceLevel}
        rows.sort(key=lambda r: (-rank[r.compliance.level], r.name.lower()))
        return rows

    def force_decisions(self, only: Collection[str] | None = None) -> dict[str, str]:
        """Person id -> the force's decision on their latest referral (nfa, charge, other), visible people only;
        people without one are left out. For the caseload's contract column (kept out of `caseload`, the hot
        path, so its rows stay equal to rows built from whole cases)."""
        sql = (
            "SELECT r.person_id, r.decision FROM referrals r JOIN people p ON p.id = r.person_id "
            "WHERE r.decision IS NOT NULL AND r.decision != ''"
        )
        condition, params = visible_sql(self._user, "p.keyworker_id")
        if condition:
            sql += f" AND {condition}"
        if only is not None:
            sql += " AND p.id IN (SELECT value FROM json_each(:only))"
            params["only"] = json.dumps(list(only))
        with self._store.session() as s:
            rows = s.execute(text(sql + " ORDER BY r.referral_date, r.created_at"), params).all()
        return {str(pid): str(decision) for pid, decision in rows}  # the latest referral's wins
