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
from collections.abc import Iterable
from datetime import datetime
from pathlib import PurePath

from sqlalchemy import select

from desktop.domain.ids import new_id

from . import audit
from .errors import ConcurrentEdit, NotFound, PermissionDenied
from .records import (
    PersonRecord,
)
from .return_access import SIGNING_ROLES, ReturnLocked
from .return_reads import QUEUE_ORDER, WATERMARK_SETTINGS, ReturnReads
from .return_records import (
    APPROVED,
    DRAFT,
    LOCKED_STATES,
    SIGNED,
    SUPERSEDED,
    WITHDRAWN,
    ReturnIdentityRecord,
    ReturnRecord,
)
from .return_rows import (
    NewDraft,
    SignedReturnRow,
    StoredIdentity,
    StoredReturn,
    month_range,
    months_of,
    plain_code,
)
from .vault import MANAGER_TIER
from .visibility import may_see

_Ids = list[str]

SIGNING_KEY_PURPOSE = "organisation signing key"

__all__ = [
    "QUEUE_ORDER",
    "SIGNING_ROLES",
    "WATERMARK_SETTINGS",
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


class ReturnRepository(ReturnReads):
    """Returns to the force: the reads are ReturnReads (return_reads.py) over ReturnAccess (return_access.py);
    here the writes: drafts, corrections, narrative, approval, signature, exports and the signing identity."""

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
                if not may_see(self._user, keyworkers[d.person_id]):
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
            rec.export_paths, rec.exported_at = json.dumps(paths), self._store.now()
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
