"""The returns feature as the UI sees it: one object over the `ReturnWorkflow` whose every write returns what it
touched (a `Changes`, or a `Written` when the caller needs what was saved), so the review queue and the "Returns
due" tile refresh from the change bus and no widget says it again.

Reads pass through. Writes name `returns` (the queue and the figure may differ) and, for the outbox folder, the
setting they wrote. Printing changes nothing a view shows (its audit line only): an empty `Changes`. Drafting
names `returns` only when it drafted, refreshed or withdrew something. The CLI uses `ReturnWorkflow` itself.
"""

from __future__ import annotations

import threading
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.changes import Changes, Written
from desktop.domain.returns import OUTBOX_SETTING
from desktop.storage.returns_repo import StoredReturn

from .returns.identity import SigningIdentity
from .returns.model import ReturnContent
from .returns_drafting import UNSIGNED
from .returns_review import SigningReview, StaleReturn
from .returns_workflow import ReturnWorkflow

if TYPE_CHECKING:
    from desktop.storage.return_rows import ForceReceipt

    from .returns.signing import SignedReturn

RETURNS = Changes(returns=True)


@dataclass(frozen=True, slots=True)
class PreparedBatch:
    """Approved contents to sign as `signer` (name, role); or, when the facts moved since the review, `stale`
    (the one-line reason, fit to show) and nothing approved."""

    contents: tuple[ReturnContent, ...]
    signer: tuple[str, str]
    stale: str = ""
    at: datetime | None = None  # the signing moment, the store's clock: on every PDF and in the store


@dataclass(frozen=True, slots=True)
class ReturnsService:
    workflow: ReturnWorkflow

    # -- reads ---------------------------------------------------------------------------------------------
    @property
    def can_sign(self) -> bool:
        """Managers and admins sign, print, export and correct; keyworkers edit narratives."""
        return self.workflow.repo.user_can_sign

    def queue(self, limit: int, offset: int = 0) -> list[StoredReturn]:
        return self.workflow.repo.list(limit=limit, offset=offset)

    def counts(self) -> dict[str, int]:
        return self.workflow.repo.counts()

    def get(self, return_id: str) -> StoredReturn:
        return self.workflow.repo.get(return_id)

    def identity(self) -> SigningIdentity | None:
        return self.workflow.identity()

    def due_count(self) -> int:
        """Returns still to sign (the dashboard's figure): a count, no drafting and no write."""
        return self.workflow.repo.count(state=UNSIGNED)

    def preview_pdf(self, return_id: str) -> bytes:
        return self.workflow.preview_pdf(return_id)

    def force_receipts(self, return_id: str) -> list[ForceReceipt]:
        return self.workflow.repo.force_receipts(return_id)

    # -- drafting ------------------------------------------------------------------------------------------
    def draft_due_steps(
        self, now: datetime, cancel: threading.Event | None = None
    ) -> Generator[None, None, Written[int]]:
        """Draft what is due and keep the drafts true, in steps (background work); the value is how many
        drafts were added or changed, and `returns` is named only when that is not none."""
        changed = yield from self.workflow.draft_due_steps(now, cancel)
        return Written(changed, RETURNS if changed else Changes())

    # -- writes --------------------------------------------------------------------------------------------
    def set_narrative(self, return_id: str, text: str, version: int | None = None) -> Written[StoredReturn]:
        return Written(self.workflow.repo.set_narrative(return_id, text, version), RETURNS)

    def review_for_signing(self, return_ids: Sequence[str], now: datetime) -> Written[SigningReview]:
        """Re-check before the manager confirms: refreshing or withdrawing a draft is a write the queue shows."""
        review = self.workflow.review_for_signing(return_ids, now)
        return Written(review, RETURNS if review.changes or review.withdrawn else Changes())

    def prepare(
        self,
        return_ids: Sequence[str],
        now: datetime,
        expected: dict[str, str] | None = None,
        narratives: dict[str, str] | None = None,
        versions: dict[str, int] | None = None,
    ) -> Written[PreparedBatch]:
        """Save the narratives typed and not saved yet, then approve `return_ids` as the signed-in manager
        (`ReturnWorkflow.prepare`). A return that changed since `expected` was reviewed is refreshed or
        withdrawn and nothing is approved: the answer's `stale` says why, and the queue still reloads."""
        versions = versions or {}
        for return_id, text in (narratives or {}).items():
            self.workflow.repo.set_narrative(return_id, text, versions.get(return_id))
        try:
            contents = self.workflow.prepare(return_ids, now, expected)
        except StaleReturn as stale:
            return Written(PreparedBatch((), ("", ""), str(stale) or "stale"), RETURNS)
        return Written(
            PreparedBatch(tuple(contents), self.workflow.signer(), at=self.workflow.store.now()), RETURNS
        )

    def store_signed(
        self, signed: Sequence[SignedReturn], at: datetime | None = None
    ) -> Written[list[StoredReturn]]:
        """Keep the signed PDFs, stamped `at` (the moment they carry), else the store's now."""
        stored = self.workflow.store_signed(signed, at)
        return Written(stored, RETURNS if stored else Changes())

    def export(self, return_ids: Sequence[str], folder: Path) -> Written[list[Path]]:
        """Write the signed PDFs into `folder`, remembered as the outbox (setting `outbox_dir`)."""
        store = self.workflow.store
        written = RETURNS
        if store.setting(OUTBOX_SETTING) != str(folder):
            store.set_setting(OUTBOX_SETTING, str(folder))
            written = RETURNS | Changes(settings=frozenset([OUTBOX_SETTING]))
        return Written([self.workflow.export(i, folder) for i in return_ids], written)

    def record_print(self, return_id: str, pages: int, printer: str) -> Changes:
        """Audited; no view shows it."""
        self.workflow.repo.record_print(return_id, pages, printer)
        return Changes()

    def correct(self, return_id: str, reason: str, now: datetime) -> Written[str]:
        """A new draft replacing the signed return; its ID."""
        return Written(self.workflow.correct(return_id, reason, now), RETURNS)

    def create_self_signed(self, organisation: str, now: datetime) -> Written[SigningIdentity]:
        """A signing key: the queue can sign now (its banner and session follow the reload)."""
        return Written(self.workflow.create_self_signed(organisation, now), RETURNS)

    def import_pkcs12(self, data: bytes, password: bytes | None) -> Written[SigningIdentity]:
        return Written(self.workflow.import_pkcs12(data, password), RETURNS)
