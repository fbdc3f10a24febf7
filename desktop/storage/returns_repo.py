"""Returns to the force in the case store: drafts, narrative, approval, signed PDFs, corrections, exports.

No PDF or cryptography here (storage sits below the services): the returns service builds, renders and signs;
this module keeps what it made, enforces who may do what, and writes an audit entry for every step. A signed
return is never changed: every write below refuses one (`ReturnLocked`), and a trigger in the database refuses
too. Keyworkers see and edit the narrative of their own people's returns; only managers and admins approve,
sign, set up the signing identity and correct.
"""

from __future__ import annotations

import builtins
import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from desktop.domain import Case, Evidence, Role
from desktop.domain.ids import new_id
from desktop.domain.returns import Month, ReturnKind

from . import audit, convert
from .errors import ConcurrentEdit, NotFound, PermissionDenied, StoreError
from .records import (
    AuditRecord,
    ConsentRecord,
    EvidenceRecord,
    PersonRecord,
    ReferralRecord,
    UserRecord,
    utcnow,
)
from .replica_repo import signing_refusal as replica_signing_refusal
from .return_records import (
    APPROVED,
    DRAFT,
    LOCKED_STATES,
    SIGNED,
    STATES,
    SUPERSEDED,
    WITHDRAWN,
    ReturnIdentityRecord,
    ReturnRecord,
)
from .return_rows import (
    ForceReceipt,
    NewDraft,
    SignedReturnRow,
    StoredIdentity,
    StoredReturn,
    month_range,
    months_of,
    plain_code,
)
from .vault import MANAGER_TIER

if TYPE_CHECKING:
    from .store import CaseStore

SIGNING_ROLES = (Role.ADMIN, Role.MANAGER)
WATERMARK_SETTINGS = (
    "returns_drafted:"  # the workflow's drafting watermarks (settings), not changes of a case
)
QUEUE_ORDER = (DRAFT, APPROVED, SIGNED, SUPERSEDED, WITHDRAWN)  # the review queue's order: what to do first
NON_COMPLIANCE = ReturnKind.NON_COMPLIANCE


class ReturnLocked(StoreError):
    """The return is signed (or superseded) and so can never change."""


_Cases = list[Case]
_Ids = list[str]
_Rows = list[StoredReturn]

SIGNING_KEY_PURPOSE = "organisation signing key"

__all__ = [
    "NewDraft",
    "ReturnLocked",
    "ReturnRepository",
    "SignedReturnRow",
    "StoredIdentity",
    "StoredReturn",
    "month_range",
    "months_of",
    "plain_code",
]


class ReturnRepository:
    def __init__(self, store: CaseStore) -> None:
        self._store = store

    @property
    def _user(self) -> Any:
        return self._store.user

    @property
    def user_can_sign(self) -> bool:
        return bool(self._user.active and self._user.role in SIGNING_ROLES)

    # -- access --------------------------------------------------------------------------------------------
    def require_signer(self, what: str) -> None:
        if not self.user_can_sign:
            raise PermissionDenied(
                f"only a manager can {what}; {self._user.display_name} is a {self._user.role.value}"
            )
        with self._store.session() as s:
            refusal = replica_signing_refusal(s)  # replicas: returns are signed on the manager's only
        if refusal:
            raise PermissionDenied(refusal)

    def _visible(self, s: Session, return_id: str) -> ReturnRecord:
        rec = s.get(ReturnRecord, return_id)
        if rec is None:
            raise NotFound("no such return in this case store")
        if not self._user.role.sees_everyone:
            person = s.get(PersonRecord, rec.person_id)
            if person is None or person.keyworker_id != self._user.id:
                raise PermissionDenied("this return is for a person on another keyworker's caseload")
        return rec

    def _unlocked(self, s: Session, return_id: str) -> ReturnRecord:
        rec = self._visible(s, return_id)
        if rec.state in LOCKED_STATES:
            raise ReturnLocked("a signed return is never changed; issue a correction instead")
        if rec.state == WITHDRAWN:
            raise ReturnLocked(f"this return was withdrawn and is never signed: {rec.withdrawn_reason}")
        return rec

    def _audit(self, s: Session, action: str, rec: ReturnRecord, detail: str = "") -> None:
        audit.append(s, self._user.username, action, "return", rec.id, rec.person_id, detail)

    def _query(self) -> Select[Any]:
        t, p, u = ReturnRecord.__table__.c, PersonRecord.__table__.c, UserRecord.__table__.c
        cols = [c for c in ReturnRecord.__table__.c if c.name not in ("pdf", "content_json")]
        q = (
            select(
                *cols, p.first_name, p.last_name, p.force_reference, u.display_name.label("keyworker_name")
            )
            .join(PersonRecord.__table__, p.id == t.person_id)
            .outerjoin(UserRecord.__table__, u.id == p.keyworker_id)
        )
        if not self._user.role.sees_everyone:
            q = q.where(p.keyworker_id == self._user.id)
        return q

    @staticmethod
    def _row(r: Any, content_json: str = "", pdf: bytes | None = None) -> StoredReturn:
        return StoredReturn(
            r.id,
            r.person_id,
            f"{r.first_name} {r.last_name}",
            r.force_reference,
            r.keyworker_name or "unassigned",
            r.contract_id,
            r.kind,
            r.period_start,
            r.period_end,
            r.state,
            r.narrative,
            r.compliance,
            r.content_hash,
            r.short_code,
            r.sha256,
            r.approved_by,
            r.signed_by,
            r.signed_role,
            r.signed_at,
            r.replaces_id,
            r.correction_reason,
            r.superseded_by,
            r.exported_at,
            tuple(json.loads(r.export_paths or "[]")),
            r.created_at,
            r.row_version,
            content_json,
            pdf,
            r.withdrawn_reason or "",
        )

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
        if not self._user.role.sees_everyone:
            p = PersonRecord.__table__.c
            q = q.join(PersonRecord.__table__, p.id == t.person_id).where(p.keyworker_id == self._user.id)
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

    # -- drafts --------------------------------------------------------------------------------------------
    def add_drafts(
        self,
        drafts: Iterable[NewDraft],
        replaces_id: str | None = None,
        reason: str = "",
        settings: dict[str, str] | None = None,
    ) -> _Ids:
        """Store new drafts in one transaction with one batch of audit entries (one per draft); with
        `replaces_id`, one correction of that signed return. `settings` (a drafting watermark) are written in
        the same transaction, so they never claim drafts that were not stored."""
        wanted = builtins.list(drafts)
        if not wanted and not settings:
            return []
        with self._store.write() as s:
            ids = sorted({d.person_id for d in wanted})
            keyworkers = {
                pid: kw
                for pid, kw in s.execute(
                    select(PersonRecord.id, PersonRecord.keyworker_id).where(PersonRecord.id.in_(ids))
                )
            }
            for d in wanted:
                if d.person_id not in keyworkers:
                    raise NotFound("no such person in this case store")
                if not self._user.role.sees_everyone and keyworkers[d.person_id] != self._user.id:
                    raise PermissionDenied("this person is on another keyworker's caseload")
            s.add_all(
                ReturnRecord(
                    id=d.document_id,
                    person_id=d.person_id,
                    contract_id=d.contract_id,
                    kind=d.kind,
                    period_start=d.period_start,
                    period_end=d.period_end,
                    state=DRAFT,
                    content_json=d.content_json,
                    narrative="",
                    compliance=d.compliance,
                    content_hash=d.content_hash,
                    short_code="",
                    sha256="",
                    approved_by="",
                    signed_by="",
                    signed_role="",
                    replaces_id=replaces_id,
                    correction_reason=reason.strip(),
                    export_paths="[]",
                )
                for d in wanted
            )
            s.flush()
            suffix = f", corrects {replaces_id}: {reason.strip()}" if replaces_id else ""
            action = "return.correct" if replaces_id else "return.draft"
            audit.append_many(
                s,
                self._user.username,
                [
                    (
                        action,
                        "return",
                        d.document_id,
                        d.person_id,
                        f"{d.kind} {d.period_start}..{d.period_end}{suffix}",
                    )
                    for d in wanted
                ],
            )
            for key, value in (settings or {}).items():
                self._store.stage_setting(s, key, value)
        return [d.document_id for d in wanted]

    def audit_head(self) -> int:
        with self._store.session() as s:
            return int(s.scalar(select(func.max(AuditRecord.seq))) or 0)

    def count(self, state: str | Iterable[str]) -> int:
        """How many visible returns are in `state`: the dashboard's figure, without reading the rows."""
        t = ReturnRecord.__table__.c
        states = [state] if isinstance(state, str) else builtins.list(state)
        q = select(func.count()).select_from(ReturnRecord.__table__).where(t.state.in_(states))
        if not self._user.role.sees_everyone:
            p = PersonRecord.__table__.c
            q = q.join(PersonRecord.__table__, p.id == t.person_id).where(p.keyworker_id == self._user.id)
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

    def start_correction(self, return_id: str, reason: str, draft: NewDraft) -> str:
        """A new draft replacing the signed return `return_id`; the signed one is not touched until the
        correction is signed. One correction at a time."""
        self.require_signer("correct a signed return")
        if not reason.strip():
            raise ValueError("give the reason for the correction")
        with self._store.session() as s:
            old = self._visible(s, return_id)
            if old.state != SIGNED:
                raise ReturnLocked(
                    "only the current signed version of a return can be corrected"
                    if old.state == SUPERSEDED
                    else "only a signed return needs a correction: edit the draft instead"
                )
        if self.pending_correction(return_id) is not None:
            raise ValueError("a correction of this return is already in draft: review and sign that one")
        return self.add_drafts([draft], replaces_id=return_id, reason=reason)[0]

    def refresh_draft(self, return_id: str, content_json: str, content_hash: str, compliance: str) -> bool:
        """Replace a draft's content with a fresh build (the case changed); an approval is undone. Audited."""
        with self._store.write() as s:
            rec = self._unlocked(s, return_id)
            if rec.content_json == content_json:
                return False
            rec.content_json, rec.content_hash, rec.compliance = content_json, content_hash, compliance
            rec.state, rec.approved_by = DRAFT, ""
            rec.row_version += 1
            self._audit(s, "return.refresh", rec, "content rebuilt from the case")
        return True

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

    def withdraw(self, return_id: str, reason: str) -> bool:
        """Take an unsigned return out of the queue for good (its kind no longer applies), with the reason shown
        in its place; it can never be signed. Audited. False when it was already withdrawn."""
        if not reason.strip():
            raise ValueError("a withdrawal needs a reason")
        with self._store.write() as s:
            rec = self._visible(s, return_id)
            if rec.state == WITHDRAWN:
                return False
            if rec.state in LOCKED_STATES:
                raise ReturnLocked("a signed return is never withdrawn; issue a correction instead")
            rec.state, rec.approved_by, rec.withdrawn_reason = WITHDRAWN, "", reason.strip()
            rec.row_version += 1
            self._audit(s, "return.withdraw", rec, reason.strip())
        return True

    def set_narrative(self, return_id: str, text: str, expected_version: int | None = None) -> StoredReturn:
        """The keyworker's narrative on a draft (an approved return goes back to draft); signed: refused."""
        with self._store.write() as s:
            rec = self._unlocked(s, return_id)
            if expected_version is not None and rec.row_version != expected_version:
                raise ConcurrentEdit(
                    "the return was changed by someone else since you opened it; reopen and retry"
                )
            rec.narrative = text.strip()
            rec.state, rec.approved_by = DRAFT, ""
            rec.row_version += 1
            self._audit(s, "return.narrative", rec, f"{len(rec.narrative)} characters")
        return self.get(return_id)

    # -- approval, signature -------------------------------------------------------------------------------
    def approve(self, approved: dict[str, tuple[str, str]]) -> None:
        """Mark returns approved: `{id: (content JSON with the sign-off, content hash)}`. Managers only."""
        self.require_signer("approve returns")
        with self._store.write() as s:
            for return_id, (content_json, content_hash) in approved.items():
                rec = self._unlocked(s, return_id)
                rec.content_json, rec.content_hash = content_json, content_hash
                rec.state, rec.approved_by = APPROVED, self._user.username
                rec.row_version += 1
                self._audit(s, "return.approve", rec, f"{rec.kind} {rec.period_start}..{rec.period_end}")

    def record_signed(
        self,
        return_id: str,
        *,
        pdf: bytes,
        sha256: str,
        content_json: str,
        content_hash: str,
        short_code: str,
        signed_by: str,
        signed_role: str,
        signed_at: datetime,
    ) -> StoredReturn:
        """Keep the signed PDF; the state becomes "signed" for good. A correction supersedes what it replaces."""
        self.require_signer("sign returns")
        if hashlib.sha256(pdf).hexdigest() != sha256:
            raise ValueError("the signed PDF does not match its SHA-256; nothing was stored")
        with self._store.write() as s:
            rec = self._unlocked(s, return_id)
            if rec.state != APPROVED:
                raise ValueError("a return is approved before it is signed")
            rec.pdf, rec.sha256, rec.content_json, rec.content_hash = pdf, sha256, content_json, content_hash
            rec.short_code, rec.signed_by, rec.signed_role, rec.signed_at = (
                short_code,
                signed_by,
                signed_role,
                signed_at,
            )
            rec.state = SIGNED
            rec.row_version += 1
            self._audit(s, "return.sign", rec, f"sha256 {sha256}, code {short_code}, signed by {signed_by}")
            if rec.replaces_id:
                old = s.get(ReturnRecord, rec.replaces_id)
                if old is not None and old.state == SIGNED:
                    old.state, old.superseded_by = SUPERSEDED, rec.id
                    old.row_version += 1
                    self._audit(s, "return.supersede", old, f"replaced by {rec.id}")
        return self.get(return_id)

    # -- exports and printing ------------------------------------------------------------------------------
    def record_export(self, return_id: str, path: str) -> None:
        """A signed return was written to `path` (the outbox, sign-batch --out): remembered and audited."""
        with self._store.write() as s:
            rec = self._visible(s, return_id)
            if rec.state not in LOCKED_STATES:
                raise ValueError("only a signed return can be exported")
            paths = json.loads(rec.export_paths or "[]")
            if path not in paths:
                paths.append(path)
            rec.export_paths, rec.exported_at = json.dumps(paths), utcnow()
            # the folder, not the file: its name carries the force reference, which an erasure must be able to
            # remove (export_paths keeps the file, and goes with the return); the entry already names the return
            self._audit(s, "return.export", rec, f"to {PurePath(path).parent} sha256 {rec.sha256}")

    def record_print(self, return_id: str, pages: int, printer: str = "") -> None:
        with self._store.write() as s:
            rec = self._visible(s, return_id)
            self._audit(
                s, "return.print", rec, f"{pages} pages to {printer or 'printer'}, sha256 {rec.sha256}"
            )

    # -- the signing identity ------------------------------------------------------------------------------
    def identity(self) -> StoredIdentity | None:
        with self._store.session() as s:
            rec = s.scalar(
                select(ReturnIdentityRecord).order_by(ReturnIdentityRecord.created_at.desc()).limit(1)
            )
        if rec is None:
            return None
        # the key is sealed under the manager role key: a keyworker's entry cannot release it, whatever the
        # users table says their role is
        return StoredIdentity(
            rec.name,
            rec.cert_pem.encode("ascii"),
            self._store.open_secret(rec.key_pem, SIGNING_KEY_PURPOSE),
            rec.fingerprint,
            rec.source,
            rec.created_at,
        )

    def save_identity(
        self, name: str, identity_pem: bytes, cert_pem: bytes, fingerprint: str, source: str
    ) -> None:
        """The organisation's key and certificate (PEM, key unencrypted: the store is encrypted). Managers only."""
        self.require_signer("set up the signing key")
        with self._store.write() as s:
            sealed = self._store.seal_secret(MANAGER_TIER, identity_pem, SIGNING_KEY_PURPOSE)
            rec = ReturnIdentityRecord(
                id=new_id(),
                name=name,
                cert_pem=cert_pem.decode("ascii"),
                key_pem=sealed,
                fingerprint=fingerprint,
                source=source,
            )
            s.add(rec)
            s.flush()
            audit.append(
                s,
                self._user.username,
                "returns.identity",
                "return_identity",
                rec.id,
                detail=f"{source}: {name}, fingerprint {fingerprint}",
            )

    def record_certificate_export(self, path: str, fingerprint: str) -> None:
        self._store.record_event(
            "returns.cert_export", "return_identity", detail=f"{path} fingerprint {fingerprint}"
        )
