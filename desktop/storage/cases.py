"""People, referrals, contracts, conditions and appointments: read as domain objects, written with an audit entry."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from desktop.domain import (
    Appointment,
    AppointmentOutcome,
    Case,
    CaseloadRow,
    ComplianceLevel,
    Condition,
    ConditionStatus,
    Consent,
    Contract,
    ContractState,
    Evidence,
    Person,
    Referral,
)
from desktop.domain.case import caseload_row_from
from desktop.domain.compliance import Attendance, AttendanceEvent, summarise_attendance
from desktop.domain.contract import (
    MAX_CONDITIONS,
    check_conditions,
    counted_from_events,
    with_counted_progress,
)
from desktop.domain.variations import Variation, VariationKind

from . import audit, convert
from .errors import NotFound, PermissionDenied
from .privacy import keep_old_values
from .records import (
    AppointmentRecord,
    AuditRecord,
    ConditionRecord,
    ConsentRecord,
    ContractRecord,
    EvidenceRecord,
    PersonRecord,
    ReferralRecord,
    Tracked,
    UserRecord,
    VariationRecord,
)
from .search_index import SearchEntry, index_people, reindex_all, search_people
from .versions import bump
from .visibility import check_visible, visible_filter, visible_sql

if TYPE_CHECKING:
    from .store import CaseStore

_SETTLED = frozenset(s.value for s in ConditionStatus if s.is_settled)  # condition status codes


class CaseRepository:
    def __init__(self, store: CaseStore) -> None:
        self._store = store

    @property
    def _user(self) -> Any:
        return self._store.user

    # -- access --------------------------------------------------------------------------------------------
    def _visible(self, s: Session, person_id: str) -> PersonRecord:
        rec = s.get(PersonRecord, person_id)
        if rec is None:
            raise NotFound("no such person in this case store")
        check_visible(self._user, rec.keyworker_id)
        return rec

    def _bump(self, rec: Tracked, expected_version: int, what: str) -> None:
        bump(rec, expected_version, what)

    def _audit(
        self, s: Session, action: str, entity: str, entity_id: str, person_id: str, detail: str = ""
    ) -> None:
        audit.append(s, self._user.username, action, entity, entity_id, person_id, detail)

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
        params: dict[str, object] = {}
        if not self._user.role.sees_everyone:
            sql += " AND p.keyworker_id = :kw"
            params["kw"] = self._user.id
        if only is not None:
            sql += " AND p.id IN (SELECT value FROM json_each(:only))"
            params["only"] = json.dumps(list(only))
        with self._store.session() as s:
            rows = s.execute(text(sql + " ORDER BY r.referral_date, r.created_at"), params).all()
        return {str(pid): str(decision) for pid, decision in rows}  # the latest referral's wins

    def search(self, query: str, limit: int = 200) -> list[str]:
        """Person IDs whose name or reference starts with every word typed (FTS5), visible ones only."""
        if not query.strip():
            return []
        with self._store.session() as s:
            return search_people(s, self._user, query, limit)

    def load_case(self, person_id: str) -> Case:
        """The whole case, read only: a reload after a save is not a new look at the record (see `open_case`)."""
        with self._store.session() as s:
            return self._case_in(s, person_id)

    def open_case(self, person_id: str) -> Case:
        """The whole case for a record being opened: the opening is audited (`person.open`), once per opening."""
        with self._store.write() as s:
            case = self._case_in(s, person_id)
            self._audit(s, "person.open", "person", person_id, person_id)
        return case

    def _case_in(self, s: Session, person_id: str) -> Case:
        person = convert.person(self._visible(s, person_id))
        ref = s.scalar(
            select(ReferralRecord)
            .where(ReferralRecord.person_id == person_id)
            .order_by(ReferralRecord.created_at.desc())
            .limit(1)
        )
        con = s.scalar(select(ConsentRecord).where(ConsentRecord.person_id == person_id))
        crec = s.scalar(
            select(ContractRecord)
            .where(ContractRecord.person_id == person_id)
            .order_by(ContractRecord.created_at.desc())
            .limit(1)
        )
        conditions: tuple[Condition, ...] = ()
        if crec is not None:
            conds = list(
                s.scalars(
                    select(ConditionRecord)
                    .where(ConditionRecord.contract_id == crec.id)
                    .order_by(ConditionRecord.position)
                )
            )
            ev: dict[str, list[Evidence]] = defaultdict(list)
            for e in s.scalars(
                select(EvidenceRecord)
                .where(EvidenceRecord.condition_id.in_([c.id for c in conds]))
                .order_by(EvidenceRecord.on, EvidenceRecord.created_at)
            ):
                ev[e.condition_id].append(convert.evidence(e))
            conditions = tuple(convert.condition(c, tuple(ev[c.id])) for c in conds)
        appts = tuple(
            convert.appointment(a)
            for a in s.scalars(
                select(AppointmentRecord)
                .where(AppointmentRecord.person_id == person_id)
                .order_by(AppointmentRecord.planned_at)
            )
        )
        contract = convert.contract(crec) if crec else None
        return Case(
            person,
            convert.referral(ref) if ref else None,
            contract,
            with_counted_progress(conditions, appts, contract),
            appts,
            convert.consent(con) if con else None,
        )

    def timeline(self, person_id: str) -> list[audit.AuditEntry]:
        with self._store.session() as s:
            self._visible(s, person_id)
            q = select(AuditRecord).where(AuditRecord.person_id == person_id)
            return [audit.to_entry(r) for r in s.scalars(q.order_by(AuditRecord.seq.desc()))]

    def appointments_between(self, start: datetime, end: datetime) -> list[tuple[Appointment, Person]]:
        with self._store.session() as s:
            q = (
                select(AppointmentRecord, PersonRecord)
                .join(PersonRecord, PersonRecord.id == AppointmentRecord.person_id)
                .where(AppointmentRecord.planned_at >= start, AppointmentRecord.planned_at < end)
                .where(visible_filter(self._user, PersonRecord.keyworker_id))
            )
            rows = s.execute(q.order_by(AppointmentRecord.planned_at)).all()
            return [(convert.appointment(a), convert.person(p)) for a, p in rows]

    # -- writing -------------------------------------------------------------------------------------------
    def _index(self, s: Session, p: Person) -> None:
        index_people(s, [SearchEntry(p.id, p.first_name, p.last_name, p.force_reference, p.pnc_id)])

    def add_referral(self, person: Person, referral: Referral, consent: Consent) -> Person:
        """A new person with their referral and consent; a keyworker's own referrals land on their caseload."""
        if person.keyworker_id is None and not self._user.role.sees_everyone:
            person = replace(person, keyworker_id=self._user.id)
        if referral.overrides and not self._user.role.sees_everyone:
            raise PermissionDenied("only a manager can override a failed eligibility criterion")
        with self._store.write() as s:
            s.add(PersonRecord(id=person.id, **convert.person_fields(person)))
            s.flush()
            s.add(ReferralRecord(id=referral.id, **convert.referral_fields(referral)))
            s.add(ConsentRecord(id=consent.id, **convert.consent_fields(consent)))
            self._index(s, person)
            detail = (
                "eligible"
                if referral.eligible
                else "failed eligibility: "
                + ", ".join(a.question_id for a in referral.failed_eligibility if not a.overridden)
            )
            if referral.overrides:
                detail += "; manager override: " + "; ".join(
                    f"{a.question_id} ({a.override_reason})" for a in referral.overrides
                )
            self._audit(s, "referral.create", "referral", referral.id, person.id, detail)
        return person

    def update_person(self, person: Person) -> Person:
        with self._store.write() as s:
            rec = self._visible(s, person.id)
            self._bump(rec, person.version, "person's details")
            fields = convert.person_fields(person)
            old = {k: getattr(rec, k) for k, v in fields.items() if getattr(rec, k) != v}
            for k, v in fields.items():
                setattr(rec, k, v)
            self._index(s, person)
            detail = ""
            if old:  # the old values go to a row an erasure can remove, never into the chained entry
                kept = keep_old_values(s, person.id, old, self._user.username, self._store.clock())
                detail = f"changed {', '.join(sorted(old))}; old values kept in person_history {kept}"
            self._audit(s, "person.update", "person", person.id, person.id, detail)
            return convert.person(rec)

    def save_consent(self, consent: Consent) -> Consent:
        with self._store.write() as s:
            self._visible(s, consent.person_id)
            rec = s.scalar(select(ConsentRecord).where(ConsentRecord.person_id == consent.person_id))
            if rec is None:
                rec = ConsentRecord(id=consent.id, **convert.consent_fields(consent))
                s.add(rec)
            else:
                self._bump(rec, consent.version, "consent")
                for k, v in convert.consent_fields(consent).items():
                    setattr(rec, k, v)
            s.flush()
            self._audit(
                s, "consent.update", "consent", rec.id, consent.person_id, consent.police_sharing.value
            )
            return convert.consent(rec)

    def sign_contract(
        self,
        person_id: str,
        signed_on: date,
        conditions: list[Condition],
        end_date: date | None = None,
        max_conditions: int = MAX_CONDITIONS,
    ) -> Contract:
        """Sign a new contract with the chosen conditions (the offending condition once, at most the scheme's
        number of conditions)."""
        contract = Contract(person_id, offered_on=signed_on).sign(signed_on, end_date)
        if not any(c.mandatory for c in conditions):
            raise ValueError("the contract must include the offending condition")
        check_conditions(conditions, max_conditions)
        with self._store.write() as s:
            self._visible(s, person_id)
            current = s.scalar(
                select(ContractRecord).where(
                    ContractRecord.person_id == person_id, ContractRecord.state == ContractState.ACTIVE.value
                )
            )
            if current is not None:
                raise ValueError("this person already has an active contract")
            s.add(ContractRecord(id=contract.id, **convert.contract_fields(contract)))
            s.flush()
            for i, c in enumerate(conditions):
                c = replace(c, contract_id=contract.id, position=i)
                s.add(ConditionRecord(id=c.id, **convert.condition_fields(c)))
            self._audit(
                s,
                "contract.sign",
                "contract",
                contract.id,
                person_id,
                f"{len(conditions)} conditions, ends {contract.end_date}",
            )
        return contract

    def close_contract(self, contract: Contract, state: ContractState, on: date, reason: str) -> Contract:
        closed = contract.transition(state, on, reason)
        with self._store.write() as s:
            rec = s.get(ContractRecord, contract.id)
            if rec is None:
                raise NotFound("no such contract")
            self._visible(s, rec.person_id)
            self._bump(rec, contract.version, "contract")
            for k, v in convert.contract_fields(closed).items():
                setattr(rec, k, v)
            self._audit(s, "contract.close", "contract", contract.id, rec.person_id, state.value)
            return replace(closed, version=rec.row_version)

    # -- variations (desktop.domain.variations builds them; here they are kept and audited) ------------------
    def record_variation(
        self,
        variation: Variation,
        *,
        contract: Contract | None = None,
        condition: Condition | None = None,
        new_condition: bool = False,
    ) -> Variation:
        """Keep a variation with what it changed (the contract, or one condition: added when `new_condition`),
        in one write with its audit entry; a stale contract or condition is refused as a concurrent edit."""
        with self._store.write() as s:
            crec = s.get(ContractRecord, variation.contract_id)
            if crec is None:
                raise NotFound("no such contract")
            self._visible(s, crec.person_id)
            if crec.state != ContractState.ACTIVE.value:
                raise ValueError("only an active contract can be varied")
            if contract is not None:
                self._bump(crec, contract.version, "contract")
                for k, v in convert.contract_fields(contract).items():
                    setattr(crec, k, v)
            if condition is not None and new_condition:
                s.add(
                    ConditionRecord(
                        id=condition.id, **convert.condition_fields(replace(condition, contract_id=crec.id))
                    )
                )
            elif condition is not None:
                rec = s.get(ConditionRecord, condition.id)
                if rec is None or rec.contract_id != crec.id:
                    raise NotFound("no such condition on this contract")
                self._bump(rec, condition.version, "condition")
                for k, v in convert.condition_fields(condition).items():
                    setattr(rec, k, v)
                known = set(s.scalars(select(EvidenceRecord.id).where(EvidenceRecord.condition_id == rec.id)))
                for e in condition.evidence:
                    if e.id not in known:
                        s.add(
                            EvidenceRecord(
                                id=e.id,
                                condition_id=rec.id,
                                on=e.on,
                                text=e.text,
                                recorded_by=e.recorded_by or self._user.username,
                                amount=e.amount,
                                status=e.status.value if e.status else None,
                            )
                        )
            kept = replace(variation, recorded_by=variation.recorded_by or self._user.username)
            s.add(
                VariationRecord(
                    id=kept.id,
                    contract_id=kept.contract_id,
                    kind=kept.kind.value,
                    on=kept.on,
                    reason=kept.reason,
                    detail=kept.detail,
                    condition_id=kept.condition_id,
                    recorded_by=kept.recorded_by,
                )
            )
            self._audit(
                s,
                "contract.variation",
                "contract",
                crec.id,
                crec.person_id,
                f"{kept.kind.value}: {kept.reason}",
            )
        return kept

    def attach_scan(self, contract_id: str, file_name: str, data: bytes) -> Any:
        """A scan of the signed paper contract, kept in the encrypted store (storage/scans.py)."""
        from .scans import attach_scan

        return attach_scan(self._store, contract_id, file_name, data)

    def scans(self, contract_id: str) -> list[Any]:
        from .scans import scans

        return scans(self._store, contract_id)

    def onward_referrals(self, person_id: str) -> list[Any]:
        """Referrals to other agencies (storage/onward.py)."""
        from .onward import onward_referrals

        return onward_referrals(self._store, person_id)

    def save_onward_referral(self, referral: Any) -> Any:
        from .onward import save_onward_referral

        return save_onward_referral(self._store, referral)

    def victim_contacts(self, person_id: str) -> dict[str, Any]:
        """The victim side of the person's victim conditions, by condition id (storage/onward.py)."""
        from .onward import victim_contacts

        return victim_contacts(self._store, person_id)

    def onward_and_victims_for(self, person_ids: list[str]) -> tuple[dict[str, Any], dict[str, Any]]:
        """Onward referrals and victim contacts of many people in two queries (a batch of returns)."""
        from .onward import onward_and_victims_for

        return onward_and_victims_for(self._store, person_ids)

    def save_victim_contact(self, contact: Any) -> Any:
        from .onward import save_victim_contact

        return save_victim_contact(self._store, contact)

    def export_scan(self, scan_id: str, path: Any, purpose: str = "saved") -> Any:
        """Decrypt a scan to `path` (0600, temp file + rename), audited (storage/scans.py)."""
        from .scans import export_scan

        return export_scan(self._store, scan_id, path, purpose)

    def variations(self, contract_id: str) -> list[Variation]:
        with self._store.session() as s:
            crec = s.get(ContractRecord, contract_id)
            if crec is None:
                raise NotFound("no such contract")
            self._visible(s, crec.person_id)
            rows = s.scalars(
                select(VariationRecord)
                .where(VariationRecord.contract_id == contract_id)
                .order_by(VariationRecord.on, VariationRecord.created_at)
            )
            return [
                Variation(
                    r.contract_id,
                    VariationKind(r.kind),
                    r.on,
                    r.reason,
                    r.detail,
                    r.condition_id,
                    id=r.id,
                    recorded_by=r.recorded_by,
                )
                for r in rows
            ]

    def _update_condition(self, before: Condition, after: Condition, action: str, detail: str) -> Condition:
        with self._store.write() as s:
            rec = s.get(ConditionRecord, before.id)
            if rec is None:
                raise NotFound("no such condition")
            contract = s.get(ContractRecord, rec.contract_id)
            assert contract is not None
            self._visible(s, contract.person_id)
            self._bump(rec, before.version, "condition")
            for k, v in convert.condition_fields(after).items():
                setattr(rec, k, v)
            known = {e.id for e in before.evidence}
            for e in after.evidence:
                if e.id not in known:
                    s.add(
                        EvidenceRecord(
                            id=e.id,
                            condition_id=before.id,
                            on=e.on,
                            text=e.text,
                            recorded_by=e.recorded_by or self._user.username,
                            amount=e.amount,
                            status=e.status.value if e.status else None,
                        )
                    )
            self._audit(s, action, "condition", before.id, contract.person_id, detail)
            return replace(after, version=rec.row_version)

    def change_condition_status(
        self, condition: Condition, status: ConditionStatus, evidence: Evidence
    ) -> Condition:
        after = condition.change_status(status, evidence)
        return self._update_condition(
            condition, after, "condition.status", f"{condition.status.value} -> {status.value}"
        )

    def add_condition_progress(self, condition: Condition, amount: float, evidence: Evidence) -> Condition:
        after = condition.add_progress(amount, evidence)
        return self._update_condition(condition, after, "condition.progress", f"+{amount:g} {condition.unit}")

    def schedule_appointment(self, appt: Appointment) -> Appointment:
        with self._store.write() as s:
            self._visible(s, appt.person_id)
            s.add(AppointmentRecord(id=appt.id, **convert.appointment_fields(appt)))
            s.flush()
            self._audit(s, "appointment.schedule", "appointment", appt.id, appt.person_id, appt.kind.value)
        return appt

    def record_outcome(self, appt: Appointment, outcome: AppointmentOutcome, notes: str) -> Appointment:
        after = appt.record(outcome, notes, self._user.username, self._store.clock())
        with self._store.write() as s:
            rec = s.get(AppointmentRecord, appt.id)
            if rec is None:
                raise NotFound("no such appointment")
            self._visible(s, rec.person_id)
            self._bump(rec, appt.version, "appointment")
            for k, v in convert.appointment_fields(after).items():
                setattr(rec, k, v)
            self._audit(s, "appointment.outcome", "appointment", appt.id, appt.person_id, outcome.value)
            return replace(after, version=rec.row_version)

    def accept_absence(self, appt: Appointment, reason: str, text_: str = "") -> Appointment:
        """Mark a missed or cancelled appointment as an acceptable absence (reason code of
        `compliance.ACCEPTABLE_REASONS`; "other" needs `text_`); "" takes the acceptance back. Audited."""
        from desktop.domain.compliance import ACCEPTABLE_REASONS

        if reason and reason not in ACCEPTABLE_REASONS:
            raise ValueError(f"unknown absence reason {reason!r}: one of {', '.join(ACCEPTABLE_REASONS)}")
        if reason == "other" and not text_.strip():
            raise ValueError("an absence accepted for another reason needs that reason in words")
        if reason and (appt.outcome is None or appt.outcome.counts_as_attended):
            raise ValueError("only a missed or cancelled appointment can be an accepted absence")
        code = f"other: {' '.join(text_.split())}" if reason == "other" else reason
        with self._store.write() as s:
            rec = s.get(AppointmentRecord, appt.id)
            if rec is None:
                raise NotFound("no such appointment")
            self._visible(s, rec.person_id)
            self._bump(rec, appt.version, "appointment")
            rec.absence_reason = code
            self._audit(
                s,
                "appointment.absence_accepted" if code else "appointment.absence_unaccepted",
                "appointment",
                appt.id,
                appt.person_id,
                reason,
            )
            return replace(appt, absence_reason=code, version=rec.row_version)

    def _assignable(self, s: Session, keyworker_id: str | None) -> UserRecord | None:
        if not self._user.role.sees_everyone:
            raise PermissionDenied(
                f"{self._user.username} is a {self._user.role.value}; only a manager or an "
                "admin assigns keyworkers"
            )
        if keyworker_id is None:
            return None
        user = s.get(UserRecord, keyworker_id)
        if user is None or not user.active:
            raise NotFound("no such keyworker (or their account is disabled)")
        return user

    def assign_keyworker(self, person_id: str, keyworker_id: str | None) -> Person:
        """Managers and admins: give the person a keyworker (None: unassigned), audited as person.assign with
        both names, which is what tells the new keyworker at their next sign-in."""
        with self._store.write() as s:
            user = self._assignable(s, keyworker_id)
            rec = self._visible(s, person_id)
            if rec.keyworker_id == keyworker_id:
                return convert.person(rec)
            old = s.get(UserRecord, rec.keyworker_id) if rec.keyworker_id else None
            rec.keyworker_id = keyworker_id
            rec.row_version += 1
            self._audit(
                s,
                "person.assign",
                "person",
                person_id,
                person_id,
                f"to {user.username if user else 'unassigned'} (was {old.username if old else 'unassigned'})",
            )
            return convert.person(rec)

    def transfer_caseload(self, from_id: str, to_id: str) -> list[str]:
        """Everyone on one keyworker's caseload to another (a member of staff leaving): one person.assign entry
        each, in one transaction. Returns the ids of the people moved."""
        with self._store.write() as s:
            to = self._assignable(s, to_id)
            assert to is not None
            old = s.get(UserRecord, from_id)
            if old is None:
                raise NotFound("no such keyworker")
            moved = list(s.scalars(select(PersonRecord).where(PersonRecord.keyworker_id == from_id)))
            for rec in moved:
                rec.keyworker_id = to_id
                rec.row_version += 1
                self._audit(
                    s,
                    "person.assign",
                    "person",
                    rec.id,
                    rec.id,
                    f"to {to.username} (was {old.username}; caseload transferred)",
                )
            return [r.id for r in moved]

    # -- bulk (demo data, benchmarks, sync imports) --------------------------------------------------------
    def bulk_insert(self, s: Session, record_cls: type[Tracked], rows: list[dict[str, Any]]) -> None:
        if rows:
            s.execute(insert(record_cls), rows)

    def reindex_all(self, s: Session) -> None:
        reindex_all(s)
