"""The returns store's reads: the queue (paged, counted), one return, signed ones, what each person already
has, the details a draft needs, and what changed since drafting last ran (from the audit chain)."""

from __future__ import annotations

import builtins
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from sqlalchemy import case, func, select

from desktop.domain import Case, Evidence
from desktop.domain.returns import Month, ReturnKind

from . import convert
from .records import (
    AuditRecord,
    ConsentRecord,
    EvidenceRecord,
    PersonRecord,
    ReferralRecord,
)
from .return_access import ReturnAccess
from .return_records import (
    APPROVED,
    DRAFT,
    LOCKED_STATES,
    SIGNED,
    STATES,
    SUPERSEDED,
    WITHDRAWN,
    ReturnRecord,
)
from .return_rows import (
    ForceReceipt,
    SignedReturnRow,
    StoredReturn,
    plain_code,
)
from .visibility import caseload_owner, visible_filter

WATERMARK_SETTINGS = (
    "returns_drafted:"  # the workflow's drafting watermarks (settings), not changes of a case
)
QUEUE_ORDER = (DRAFT, APPROVED, SIGNED, SUPERSEDED, WITHDRAWN)  # the review queue's order: what to do first
NON_COMPLIANCE = ReturnKind.NON_COMPLIANCE

_Cases = list[Case]
_Rows = list[StoredReturn]


class ReturnReads(ReturnAccess):
    # -- reading -------------------------------------------------------------------------------------------
    def list(
        self,
        state: str | Iterable[str] | None = None,
        person_id: str | None = None,
        month: str | None = None,
        *,
        limit: int | None = None,
        offset: int = 0,
    ) -> _Rows:
        """Visible returns, newest period first; `month` ("YYYY-MM") matches the month the period ends in.
        With `limit`, one page in the review queue's order (drafts, approved, signed, superseded, withdrawn;
        newest period first within each) from `offset`: the queue never reads every return at once."""
        t = ReturnRecord.__table__.c
        q = self._query()
        if state is not None:
            states = [state] if isinstance(state, str) else list(state)
            unknown = set(states) - set(STATES)
            if unknown:
                raise ValueError(f"unknown return state {sorted(unknown)[0]!r}")
            q = q.where(t.state.in_(states))
        if person_id is not None:
            q = q.where(t.person_id == person_id)
        if month is not None:
            first, last = Month.parse(month).range()
            q = q.where(t.period_end >= first, t.period_end <= last)
        if limit is not None:
            order = case({s: i for i, s in enumerate(QUEUE_ORDER)}, value=t.state, else_=len(QUEUE_ORDER))
            q = q.order_by(order, t.period_end.desc(), t.created_at, t.id).limit(limit).offset(offset)
        else:
            q = q.order_by(t.period_end.desc(), t.created_at)
        with self._store.session() as s:
            rows = s.execute(q).all()
        return [self._row(r) for r in rows]

    def counts(self) -> dict[str, int]:
        """How many visible returns are in each state (the queue's status line and its paging)."""
        t = ReturnRecord.__table__.c
        q = select(t.state, func.count()).select_from(ReturnRecord.__table__)
        if caseload_owner(self._user) is not None:
            p = PersonRecord.__table__.c
            q = q.join(PersonRecord.__table__, p.id == t.person_id).where(
                visible_filter(self._user, p.keyworker_id)
            )
        with self._store.session() as s:
            return {state: int(n) for state, n in s.execute(q.group_by(t.state))}

    def get(self, return_id: str) -> StoredReturn:
        """One return with its content JSON and (once signed) its PDF."""
        t = ReturnRecord.__table__.c
        with self._store.session() as s:
            self._visible(s, return_id)
            row = s.execute(self._query().where(t.id == return_id)).one()
            blobs = s.execute(select(t.content_json, t.pdf).where(t.id == return_id)).one()
        return self._row(row, blobs.content_json, blobs.pdf)

    def find_by_code(self, code: str) -> StoredReturn | None:
        """The signed (or superseded) return whose pages carry `code`, as typed from paper; None if none."""
        wanted = plain_code(code)
        if len(wanted) != 10:
            return None
        t = ReturnRecord.__table__.c
        formatted = f"{wanted[:4]}-{wanted[4:8]}-{wanted[8:]}"
        with self._store.session() as s:
            found = s.scalar(select(t.id).where(t.short_code == formatted, t.state.in_(LOCKED_STATES)))
        return self.get(found) if found else None

    def list_signed(self) -> builtins.list[SignedReturnRow]:
        """Every signed return (and each since superseded, with its state), oldest first, with its PDF."""
        t = ReturnRecord.__table__.c
        with self._store.session() as s:
            rows = s.execute(
                select(ReturnRecord.__table__).where(t.state.in_(LOCKED_STATES)).order_by(t.signed_at, t.id)
            ).all()
        return [
            SignedReturnRow(
                r.id,
                r.person_id,
                r.contract_id,
                r.kind,
                r.period_start,
                r.period_end,
                r.state,
                r.replaces_id,
                r.signed_at,
                r.signed_by,
                r.compliance,
                r.pdf,
                r.sha256,
                r.row_version,
            )
            for r in rows
        ]

    def history(self, person_ids: Iterable[str]) -> dict[str, set[tuple[str, date, date]]]:
        """(kind, start, end) of every return each person already has, in any state: nothing is drafted twice."""
        t = ReturnRecord.__table__.c
        ids = list(person_ids)
        out: dict[str, set[tuple[str, date, date]]] = {i: set() for i in ids}
        with self._store.session() as s:
            for pid, kind, start, end in s.execute(
                select(t.person_id, t.kind, t.period_start, t.period_end).where(t.person_id.in_(ids))
            ):
                out[pid].add((kind, start, end))
        return out

    def latest_notices(self) -> dict[str, date]:
        """For each contract with a non-compliance notice (in any state), the end of its latest notice's period:
        the day it was drafted, so the workflow can tell whether it was sent since the case last turned."""
        t = ReturnRecord.__table__.c
        latest: dict[str, date] = {}
        with self._store.session() as s:
            for contract_id, end in s.execute(
                select(t.contract_id, t.period_end).where(t.kind == NON_COMPLIANCE)
            ):
                if contract_id and (contract_id not in latest or end > latest[contract_id]):
                    latest[contract_id] = end
        return latest

    def with_details(self, cases: _Cases) -> _Cases:
        """`cases` (from `CaseRepository.load_cases`) with the referral, consent and condition evidence a return
        needs, read in bulk. Not audited as an opening: each return drafted from them is audited instead."""
        ids = [c.person.id for c in cases]
        cond_ids = [k.id for c in cases for k in c.conditions]
        evidence: dict[str, list[Evidence]] = defaultdict(list)
        with self._store.session() as s:
            consents = {
                r.person_id: convert.consent(r)
                for r in s.scalars(select(ConsentRecord).where(ConsentRecord.person_id.in_(ids)))
            }
            referrals = {
                r.person_id: convert.referral(r)
                for r in s.scalars(
                    select(ReferralRecord)
                    .where(ReferralRecord.person_id.in_(ids))
                    .order_by(ReferralRecord.created_at)
                )
            }  # the latest wins
            for e in s.scalars(
                select(EvidenceRecord)
                .where(EvidenceRecord.condition_id.in_(cond_ids))
                .order_by(EvidenceRecord.on, EvidenceRecord.created_at)
            ):
                evidence[e.condition_id].append(convert.evidence(e))
        return [
            replace(
                c,
                referral=referrals.get(c.person.id),
                consent=consents.get(c.person.id),
                conditions=tuple(replace(k, evidence=tuple(evidence[k.id])) for k in c.conditions),
            )
            for c in cases
        ]

    def pending_correction(self, return_id: str) -> StoredReturn | None:
        t = ReturnRecord.__table__.c
        with self._store.session() as s:
            found = s.scalar(select(t.id).where(t.replaces_id == return_id, t.state.in_((DRAFT, APPROVED))))
        return self.get(found) if found else None

    def audit_head(self) -> int:
        with self._store.session() as s:
            return int(s.scalar(select(func.max(AuditRecord.seq))) or 0)

    def count(self, state: str | Iterable[str]) -> int:
        """How many visible returns are in `state`: the dashboard's figure, without reading the rows."""
        t = ReturnRecord.__table__.c
        states = [state] if isinstance(state, str) else builtins.list(state)
        q = select(func.count()).select_from(ReturnRecord.__table__).where(t.state.in_(states))
        if caseload_owner(self._user) is not None:
            p = PersonRecord.__table__.c
            q = q.join(PersonRecord.__table__, p.id == t.person_id).where(
                visible_filter(self._user, p.keyworker_id)
            )
        with self._store.session() as s:
            return int(s.scalar(q) or 0)

    def staleness(self) -> tuple[dict[str, int], dict[str, int], int]:
        """What refreshing drafts needs to know, from the audit chain in three grouped queries: the entry that
        last built each return (drafted, refreshed or corrected), the last entry that changed each person's case,
        and the last store-wide change (a setting other than drafting's watermarks, a user)."""
        t = AuditRecord.__table__.c
        reads = (
            t.action.like("return.%"),
            t.action.like("%.open"),
            t.action.like("%.view"),
            t.action.like("%.list"),
        )
        with self._store.session() as s:
            built = {
                rid: int(seq)
                for rid, seq in s.execute(
                    select(t.entity_id, func.max(t.seq))
                    .where(
                        t.entity == "return",
                        t.action.in_(("return.draft", "return.refresh", "return.correct")),
                    )
                    .group_by(t.entity_id)
                )
            }
            changed = {
                pid: int(seq)
                for pid, seq in s.execute(
                    select(t.person_id, func.max(t.seq))
                    .where(t.person_id != "", *(~r for r in reads))
                    .group_by(t.person_id)
                )
            }
            store_wide = s.scalar(
                select(func.max(t.seq)).where(
                    t.person_id == "",
                    t.entity.in_(("setting", "user", "users")),
                    ~((t.entity == "setting") & t.detail.like(WATERMARK_SETTINGS + "%")),
                )
            )
        return built, changed, int(store_wide or 0)

    def changed_people(self, after_seq: int) -> tuple[set[str], bool, int]:
        """Who had something written about them after audit entry `after_seq` (drafting's watermark): their
        IDs, whether anything store-wide changed too (a setting, a user: every return may read differently),
        and the chain's head now. Returns' own entries and openings of records are not changes of a case."""
        t = AuditRecord.__table__.c
        people: set[str] = set()
        store_wide = False
        with self._store.session() as s:
            head = s.scalar(select(func.max(t.seq))) or 0
            for person_id, action, entity, detail in s.execute(
                select(t.person_id, t.action, t.entity, t.detail).where(t.seq > after_seq)
            ):
                if action.startswith("return.") or action.endswith((".open", ".view", ".list")):
                    continue
                if entity == "setting" and detail.startswith(WATERMARK_SETTINGS):
                    continue  # drafting's own watermark
                if person_id:
                    people.add(person_id)
                elif entity in ("setting", "user", "users"):
                    store_wide = True
        return people, store_wide, head

    def force_receipts(self, return_id: str) -> builtins.list[ForceReceipt]:
        """Each force a signed return went to by sync, with the force's acknowledgement of that bundle."""
        from .sync_records import SyncBundleRecord, SyncPartnerRecord, SyncSentRecord

        sent, bundle, partner = (
            SyncSentRecord.__table__.c,
            SyncBundleRecord.__table__.c,
            SyncPartnerRecord.__table__.c,
        )
        with self._store.session() as s:
            self._visible(s, return_id)
            rows = s.execute(
                select(partner.name, bundle.sequence, bundle.at, bundle.acknowledged_at, bundle.ack_result)
                .select_from(SyncSentRecord.__table__)
                .join(
                    SyncBundleRecord.__table__,
                    (bundle.bundle_id == sent.bundle_id)
                    & (bundle.partner_id == sent.partner_id)
                    & (bundle.direction == "sent"),
                )
                .join(SyncPartnerRecord.__table__, partner.id == sent.partner_id)
                .where(sent.record_type == "return", sent.record_id == return_id)
                .order_by(bundle.at)
            ).all()
        return [ForceReceipt(r[0], r[1], r[2], r[3], r[4] or "") for r in rows]
