"""Approve and sign in the review queue: re-check the selected returns against the case, ask (showing what changed
and any unsaved narrative), save typed narratives, prepare, sign on the SigningSession with a progress dialog
that can cancel, store what was signed. The re-check, the approval and storing what was signed are writes through
the controller's `write` (ctx.write): each returns a `Changes`, and the queue and the tile reload from the bus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.domain.returns import ReturnState
from desktop.services.returns.identity import SigningIdentity
from desktop.services.returns_review import SigningReview
from desktop.services.returns_service import PreparedBatch
from desktop.storage.returns_repo import StoredReturn

if TYPE_CHECKING:
    from desktop.services.returns.batch import BatchResult

    from .controller import ReturnsController

UNSIGNED = (ReturnState.DRAFT, ReturnState.APPROVED)


def first_line(error: BaseException) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__


class ReturnSigning(QObject):
    def __init__(self, controller: ReturnsController) -> None:
        super().__init__(controller)
        self._c = controller

    def start_session(self, identity: SigningIdentity) -> None:
        self._c._starting_session = False
        if self._c.session is not None:
            return
        from .signing import SigningSession

        self._c.session = SigningSession(identity)
        self._c.session.progressed.connect(self._on_session_progressed)
        self._c.session.batch_finished.connect(self._on_session_batch_finished)
        self._c.session.batch_failed.connect(self._on_session_batch_failed)
        self._c._update_buttons()

    def sign_selected(self) -> None:
        """Re-check the selected returns against the case now, then ask, showing what changed and any unsaved
        narrative; a return whose kind no longer applies is withdrawn, never signed."""
        rows = [r for r in self._c.selected_rows() if r.state in UNSIGNED]
        if not rows or not self._c.can_sign:
            return
        typed = self._c.unsaved_narratives([r.id for r in rows])
        returns, now, ids = self._c.returns, self._c._ctx.clock(), [r.id for r in rows]
        self._c.view.sign_button.setEnabled(False)
        self._c.view.status.setText(self.tr("Checking the returns against the case as it is now\u2026"))
        self._c.write(
            lambda: returns.review_for_signing(ids, now),
            lambda review: self._on_reviewed(rows, typed, review),
            self._on_sign_error,
        )

    def _on_reviewed(self, rows: list[StoredReturn], typed: dict[str, str], review: SigningReview) -> None:
        names = {r.id: r.person_name for r in rows}
        withdrawn = [f"{names[i]}: {why}" for i, why in review.withdrawn.items()]
        remaining = [r for r in rows if r.id not in review.withdrawn]
        if not remaining:  # the withdrawal named returns: the queue reloads from the bus
            self._c.after_write(self.tr("Not signed. Withdrawn: %1").replace("%1", "; ".join(withdrawn)))
            return
        text = self.tr(
            "Approve and sign %n return(s) as %1? A signed return can never be changed; a mistake "
            "needs a correction.",
            "",
            len(remaining),
        ).replace("%1", self._c._ctx.services.user.display_name)
        if withdrawn:
            text += "\n\n" + self.tr("Withdrawn, will not be signed:") + "\n" + "\n".join(withdrawn)
        changed = [(names[i], c) for i, c in review.changes.items() if i in {r.id for r in remaining}]
        if changed:
            text += (
                "\n\n"
                + self.tr("Changed since it was drafted (the return now says):")
                + "\n"
                + "\n".join(f"{name}: " + "; ".join(lines) for name, lines in changed)
            )
        typed = {i: t for i, t in typed.items() if i in {r.id for r in remaining}}
        if typed:
            shown = "\n\n".join(f"{names[i]}: \u201c{t.strip()}\u201d" for i, t in typed.items())
            text += (
                "\n\n"
                + self.tr("This narrative is not saved yet; it is saved and signed with the return:")
                + "\n\n"
                + shown
            )
        if self._c.confirm(text):
            self.sign([r.id for r in remaining], typed, review.hashes)
        elif changed or withdrawn:
            # the re-check's write has reloaded the queue: the preview shows the return as it is now
            self._c.after_write(
                self.tr("Not signed. The returns were re-checked against the case."),
                remaining[0].id if len(remaining) == 1 else None,
            )
        else:
            self._c._update_buttons()

    def sign(
        self,
        return_ids: list[str],
        narratives: dict[str, str] | None = None,
        expected: dict[str, str] | None = None,
    ) -> None:
        """Approve and sign `return_ids`; `narratives` (typed, not saved) are saved first and signed with them.
        `expected` (content hashes the manager reviewed) makes signing refuse a return that changed since."""
        if not self._c.can_sign or self._c.session is None or self._c.session.busy or not return_ids:
            return
        returns, typed, now = self._c.returns, dict(narratives or {}), self._c._ctx.clock()
        versions = {r.id: r.version for r in self._c.view.model.rows()}
        ids = list(return_ids)
        self._c.view.sign_button.setEnabled(False)

        def prepared(batch: PreparedBatch) -> None:
            for return_id in typed:
                self._c._typed.pop(return_id, None)
            if self._c.current is not None and self._c.current.id in typed:
                self._c._narrative_saved = typed[self._c.current.id].strip()
            if batch.stale:  # refreshed or withdrawn, nothing approved: the queue reloads to show it
                self._c.fail(ValueError(batch.stale))
                self._c.after_write("\u26a0 " + first_line(ValueError(batch.stale)))
                self._c._update_buttons()
                return
            self._on_prepared(batch)

        self._c.write(
            lambda: returns.prepare(ids, now, expected, typed, versions), prepared, self._on_sign_error
        )

    def _on_prepared(self, batch: PreparedBatch) -> None:
        contents, (name, role) = list(batch.contents), batch.signer
        if self._c.session is None or not contents:
            self._c._update_buttons()
            return
        self._c.progress = self._c.view.make_progress(len(contents))
        self._c.progress.canceled.connect(self._c.session.cancel)
        self._c.progress.show()
        self._c.session.sign(contents, name, role, batch.at)

    def _on_session_progressed(self, done: int, total: int) -> None:
        if self._c.progress is not None:
            self._c.progress.setValue(done)
            self._c.progress.setLabelText(
                self.tr("Signed %1 of %2\u2026").replace("%1", str(done)).replace("%2", str(total))
            )

    def _on_session_batch_finished(self, result: BatchResult) -> None:
        returns = self._c.returns
        self._c.write(
            lambda: returns.store_signed(result.signed, result.signed_at),
            lambda stored: self._on_signed_stored(stored, result),
            self._on_sign_error,
        )

    def _on_signed_stored(self, stored: list[StoredReturn], result: BatchResult) -> None:
        self._close_progress()
        text = self.tr("Signed %n return(s).", "", len(stored))
        if result.cancelled:
            text += " " + self.tr("Cancelled: the rest stay approved, not signed.")
        if result.failed:
            text += " " + self.tr("%n could not be signed: %1", "", len(result.failed)).replace(
                "%1", result.failed[0][1]
            )
        self._c.after_write(text, stored[0].id if stored else None)
        if not stored:  # nothing was written, so nothing reloads by itself: show the outcome now
            self._c.view.status.setText(text)
            self._c._update_buttons()

    def _on_session_batch_failed(self, message: str) -> None:
        self._close_progress()
        self._c.fail(RuntimeError(message))  # what was approved stays approved (the queue showed it)
        self._c._update_buttons()

    def _on_sign_error(self, error: BaseException) -> None:
        self._close_progress()
        self._c.fail(error)
        self._c._update_buttons()

    def _close_progress(self) -> None:
        if self._c.progress is not None:
            self._c.progress.close()
            self._c.progress.deleteLater()
            self._c.progress = None
