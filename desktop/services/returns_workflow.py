"""The returns workflow over the case store: draft what is due, approve and sign, correct, export.

Joins the returns service (content, PDF, signatures: `desktop.services.returns`) to the store
(`desktop.storage.returns_repo.ReturnRepository`, which keeps the rows, enforces roles and immutability and audits
every step). Storage may not import services, so the steps that need both live here and beside it: a return's
content from the store in `returns_content.py` (`ReturnBuilder`), drafting what is due and keeping drafts true in
`returns_drafting.py` (`Drafter`), what a review before signing found in `returns_review.py`. No Qt: the GUI
runs these on its database thread and signs on a `BatchSigner` off the GUI thread; the CLI calls
`approve_and_sign`.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable, Generator, Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.domain import Case, Role
from desktop.domain.compliance import ComplianceRules
from desktop.domain.returns import (
    ReturnState,
    not_complying_since,  # noqa: F401  (re-exported: callers and tests import it from here)
)
from desktop.storage.returns_repo import NewDraft, ReturnRepository, StoredReturn
from desktop.storage.store import CaseStore

from .returns.canonical import canonical_json, content_from_dict, content_hash
from .returns.identity import SigningIdentity
from .returns.model import ReturnContent, ReturnKind
from .returns_content import ReturnBuilder
from .returns_drafting import UNSIGNED, Drafter, month_of, previous_month
from .returns_review import SigningOutcome, SigningReview, StaleReturn, bare_content, describe_changes

if TYPE_CHECKING:
    from .returns.batch import BatchSigner
    from .returns.signing import SignedReturn

__all__ = [
    "UNSIGNED",
    "ReturnWorkflow",
    "SigningOutcome",
    "SigningReview",
    "StaleReturn",
    "describe_changes",
    "month_of",
    "previous_month",
]

ROLE_TITLES = {Role.MANAGER: "Service Manager", Role.ADMIN: "Service Administrator"}
ProgressCallback = Callable[[int, int], None]


class ReturnWorkflow:
    def __init__(self, store: CaseStore) -> None:
        self.store = store
        self.repo = ReturnRepository(store)
        # what a return says (returns_content.py); what is due, and drafts kept true (returns_drafting.py)
        self.content = ReturnBuilder(store, self.repo)
        self.drafting = Drafter(store, self.repo, self.content)

    # -- the signing identity ------------------------------------------------------------------------------
    def identity(self) -> SigningIdentity | None:
        stored = self.repo.identity()
        return SigningIdentity.from_bytes(stored.key_pem, None) if stored else None

    def _save(self, identity: SigningIdentity, source: str) -> SigningIdentity:
        self.repo.save_identity(
            identity.subject_name,
            identity.to_bytes(None),
            identity.certificate_pem(),
            identity.fingerprint,
            source,
        )
        return identity

    def create_self_signed(
        self, organisation: str = "", now: datetime | None = None, key_size: int | None = None
    ) -> SigningIdentity:
        """A new key and certificate for the organisation (the `organisation` setting unless given)."""
        self.repo.require_signer("set up the signing key")
        name = organisation.strip() or self.store.setting("organisation")
        extra = {"key_size": key_size} if key_size else {}
        return self._save(
            SigningIdentity.create_self_signed(name, now or self.store.clock(), **extra), "self-signed"
        )

    def import_pkcs12(self, data: bytes, password: bytes | None) -> SigningIdentity:
        self.repo.require_signer("set up the signing key")
        return self._save(SigningIdentity.from_pkcs12(data, password), "pkcs12")

    def export_certificate(self, path: Path) -> Path:
        """Write the certificates (public, PEM) for the force to trust, its trust anchor (the organisation's CA)
        first; audited."""
        stored = self.repo.identity()
        if stored is None:
            raise LookupError("no signing key is set up yet: run 'checkpoint-desk cert create' first")
        identity = self.identity()
        path.write_bytes(identity.certificates_for_force_pem() if identity else stored.cert_pem)
        self.repo.record_certificate_export(str(path), stored.fingerprint)
        return path

    # -- content and drafting (returns_content.py, returns_drafting.py) ------------------------------------
    @property
    def rules(self) -> ComplianceRules:
        """The scheme's compliance rules (setting `compliance_scheme`), loaded once, on first use."""
        return self.content.rules

    def build(
        self, case: Case, kind: ReturnKind, start: date, end: date, now: datetime, **options: Any
    ) -> ReturnContent:
        """One return's content (`ReturnBuilder.build`)."""
        return self.content.build(case, kind, start, end, now, **options)

    def language_for(self, case: Case, force: str) -> str:
        return self.content.language_for(case, force)

    def ensure_drafts(
        self, month: str, now: datetime, *, incremental: bool = True, cancel: threading.Event | None = None
    ) -> list[str]:
        """Draft every return due in `month` ("YYYY-MM") for the visible cases (`Drafter.ensure_drafts_steps`)."""
        return self.drafting.ensure_drafts(month, now, incremental=incremental, cancel=cancel)

    def ensure_drafts_steps(
        self, month: str, now: datetime, *, incremental: bool = True, cancel: threading.Event | None = None
    ) -> Generator[None, None, list[str]]:
        return self.drafting.ensure_drafts_steps(month, now, incremental=incremental, cancel=cancel)

    def refresh_drafts(
        self,
        now: datetime,
        month: str | None = None,
        *,
        incremental: bool = True,
        cancel: threading.Event | None = None,
    ) -> int:
        """Rebuild unsigned returns from the case as it is now (`Drafter.refresh_drafts_steps`)."""
        return self.drafting.refresh_drafts(now, month, incremental=incremental, cancel=cancel)

    def refresh_drafts_steps(
        self,
        now: datetime,
        month: str | None = None,
        *,
        incremental: bool = True,
        cancel: threading.Event | None = None,
    ) -> Generator[None, None, int]:
        return self.drafting.refresh_drafts_steps(now, month, incremental=incremental, cancel=cancel)

    def draft_due(self, now: datetime, cancel: threading.Event | None = None) -> int:
        """Draft what is due last month and this month and refresh the unsigned drafts."""
        return self.drafting.draft_due(now, cancel)

    def draft_due_steps(
        self, now: datetime, cancel: threading.Event | None = None
    ) -> Generator[None, None, int]:
        """The same in steps: the GUI runs it as background work that interactive work overtakes."""
        return self.drafting.draft_due_steps(now, cancel)

    # -- review, approval and signature --------------------------------------------------------------------
    def review_for_signing(self, return_ids: Sequence[str], now: datetime) -> SigningReview:
        """Re-check returns against the case now, before the manager confirms: what changed since each was
        drafted (or last refreshed), and which were withdrawn. Pass `hashes` back to `prepare`."""
        rows = [r for r in (self.repo.get(i) for i in return_ids) if r.state in UNSIGNED]
        found = self.drafting.recheck(rows, now) if rows else {}
        withdrawn = {i: c[1] for i, c in found.items() if c[:1] == (ReturnState.WITHDRAWN,)}
        changes = {i: c for i, c in found.items() if c and i not in withdrawn}
        hashes = {r.id: self._signing_hash(r.id) for r in rows if r.id not in withdrawn}
        return SigningReview(changes, withdrawn, hashes)

    def _signing_hash(self, return_id: str) -> str:
        return hashlib.sha256(bare_content(self.content_of(self.repo.get(return_id)))).hexdigest()

    def content_of(self, row: StoredReturn) -> ReturnContent:
        """What the return says now: the stored content with the current narrative."""
        data = row.content_json or self.repo.get(row.id).content_json
        content = content_from_dict(json.loads(data))
        return content if row.is_locked else replace(content, narrative=row.narrative)

    def preview_pdf(self, return_id: str) -> bytes:
        """The signed PDF, or for a draft an unsigned rendering of what would be signed."""
        row = self.repo.get(return_id)
        if row.pdf is not None:
            return row.pdf
        banner = (
            f"WITHDRAWN, NEVER SIGNED OR SENT: {row.withdrawn_reason}"
            if row.state == ReturnState.WITHDRAWN
            else ""
        )
        from .returns.render import render_return

        return render_return(self.content_of(row), banner).pdf

    def correct(self, return_id: str, reason: str, now: datetime) -> str:
        """A new draft that replaces the signed return `return_id`, rebuilt from the case as it is now."""
        old = self.repo.get(return_id)
        previous = content_from_dict(json.loads(old.content_json))
        content = self.content.build(
            self.content.case(old.person_id),
            previous.kind,
            old.period_start,
            old.period_end,
            now,
            replaces=old.id,
        )
        draft = NewDraft(
            old.person_id,
            old.contract_id,
            old.kind,
            old.period_start,
            old.period_end,
            content.document_id,
            canonical_json(content).decode("utf-8"),
            content_hash(content),
            content.compliance_level,
        )
        new_id = self.repo.start_correction(return_id, reason, draft)
        if old.narrative:
            self.repo.set_narrative(new_id, old.narrative)
        return new_id

    def signer(self) -> tuple[str, str]:
        user = self.store.user
        from .returns.signing import authorised_signer

        return authorised_signer(user), ROLE_TITLES.get(user.role, "Manager")

    def prepare(
        self, return_ids: Sequence[str], now: datetime | None = None, expected: dict[str, str] | None = None
    ) -> list[ReturnContent]:
        """Approve unsigned returns as the signed-in manager: the contents to sign, sign-off filled in.

        The facts are re-checked first, from the case as it is at `now`: a return whose kind no longer applies is
        withdrawn, and one whose content differs from what the manager reviewed (`expected`, the hashes from
        `review_for_signing`) is refreshed; either way StaleReturn is raised and nothing is approved."""
        self.repo.require_signer("approve and sign returns")
        name, role = self.signer()
        rows = [r for r in (self.repo.get(i) for i in return_ids) if not r.is_locked]
        withdrawn_rows = [r for r in rows if r.state == ReturnState.WITHDRAWN]
        if withdrawn_rows:
            raise StaleReturn(
                f"{withdrawn_rows[0].person_name}'s {ReturnKind(withdrawn_rows[0].kind).label.lower()} "
                f"was withdrawn: {withdrawn_rows[0].withdrawn_reason}. Nothing was signed."
            )
        found = self.drafting.recheck(rows, now or self.store.clock())
        for row in rows:
            change = found.get(row.id, ())
            if change[:1] == (ReturnState.WITHDRAWN,):
                raise StaleReturn(
                    f"{row.person_name}'s {ReturnKind(row.kind).label.lower()} no longer applies: "
                    f"{change[1]}. Nothing was signed."
                )
            if expected is not None and expected.get(row.id) != self._signing_hash(row.id):
                what = "; ".join(change) or "its content was refreshed"
                raise StaleReturn(
                    f"{row.person_name}'s {ReturnKind(row.kind).label.lower()} changed since you "
                    f"reviewed it ({what}). Review it again, then sign. Nothing was signed."
                )
        from .returns.batch import approve

        contents: dict[str, ReturnContent] = {}
        for row in rows:
            contents[row.id] = approve(self.content_of(self.repo.get(row.id)), name, role)
        self.repo.approve(
            {i: (canonical_json(c).decode("utf-8"), content_hash(c)) for i, c in contents.items()}
        )
        return list(contents.values())

    def store_signed(self, signed: Sequence[SignedReturn], at: datetime | None = None) -> list[StoredReturn]:
        """Keep the signed PDFs; `signed_at` is `at` (the moment they were signed with), else the store's now."""
        name, role = self.signer()
        at = at or self.store.now()
        return [
            self.repo.record_signed(
                s.document_id,
                pdf=s.pdf,
                sha256=s.sha256,
                content_json=s.content_json.decode("utf-8"),
                content_hash=s.content_hash,
                short_code=s.short_code,
                signed_by=name,
                signed_role=role,
                signed_at=at,
            )
            for s in signed
        ]

    def approve_and_sign(
        self,
        return_ids: Sequence[str],
        *,
        pool: BatchSigner | None = None,
        workers: int = 2,
        progress_callback: ProgressCallback | None = None,
        cancel_event: threading.Event | None = None,
    ) -> SigningOutcome:
        """Approve, sign (on `pool`, else a pool of `workers` processes) and store. Managers only."""
        identity = self.identity()
        if identity is None:
            raise LookupError("no signing key is set up yet: create one or import a PKCS#12 file first")
        contents = self.prepare(return_ids)
        name, role = self.signer()
        at = self.store.now()  # one moment, the store's: on every PDF and in the store
        if pool is not None:
            result = pool.sign(
                contents,
                name,
                role,
                progress_callback=progress_callback,
                cancel_event=cancel_event,
                signed_at=at,
            )
        else:
            from .returns.batch import sign_batch

            result = sign_batch(
                contents,
                identity,
                name,
                role,
                workers=workers,
                progress_callback=progress_callback,
                cancel_event=cancel_event,
                signed_at=at,
            )
        return SigningOutcome(tuple(self.store_signed(result.signed, at)), result.failed, result.cancelled)

    # -- exports -------------------------------------------------------------------------------------------
    def export(self, return_id: str, folder: Path) -> Path:
        """Write the signed PDF into `folder` (atomic, never over another file); audited."""
        row = self.repo.get(return_id)
        if not row.is_locked or row.pdf is None:
            raise ValueError("only a signed return can be exported")
        from .returns.export import export_signed
        from .returns.signing import SignedReturn

        path = export_signed(
            SignedReturn(
                row.id,
                row.pdf,
                row.sha256,
                row.content_hash,
                row.short_code,
                row.content_json.encode("utf-8"),
            ),
            folder,
        )
        self.repo.record_export(row.id, str(path))
        return path

    def due_count(self, now: datetime) -> int:
        """Returns still to sign, the dashboard's figure: a count, no drafting and no write (`draft_due` drafts,
        as background work; opening the review queue and `returns sign-batch` draft first)."""
        del now  # the figure is what is stored; kept for callers that pass the clock
        return self.repo.count(state=UNSIGNED)
