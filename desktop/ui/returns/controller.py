"""The review queue's logic: load (drafting what is due), preview, narrative, approve and sign, print, export,
correct, and the first-time signing key set-up. Database work runs on ctx.runner; signing on a SigningSession.

Keyworkers see their own people's returns and edit the narrative of drafts; the sign, print, export and correct
buttons are disabled for them, with a tooltip that says why. A preview is loaded from memory (QBuffer): no
plaintext PDF is written to disk.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    Signal,
)
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from desktop.domain.returns import LOCKED_STATES, ReturnState
from desktop.services.returns.identity import SigningIdentity
from desktop.services.returns_workflow import (
    SigningReview,
    StaleReturn,
)
from desktop.storage.returns_repo import StoredReturn
from desktop.ui.language import ui_format

from ..context import AppContext
from .actions import SignedReturnActions
from .display import with_visible_signature
from .model import RETURN_ID_ROLE, ROW_ROLE
from .proxy import QueueFilter
from .setup_dialog import IdentityChoice

if TYPE_CHECKING:
    from desktop.services.returns.batch import BatchResult

    from .signing import SigningSession

UNSIGNED = (ReturnState.DRAFT, ReturnState.APPROVED)
PAGE = 200  # returns read per page: the queue shows the first page at once and reads on as it scrolls


def first_line(error: BaseException) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__


def _load_signing() -> None:
    import desktop.services.returns.batch  # noqa: F401
    import desktop.ui.returns.signing  # noqa: F401


class ReturnsController(QObject):
    returns_loaded = Signal(int)  # rows in the queue
    preview_loaded = Signal(str)  # return ID
    returns_signed = Signal(list)  # person IDs whose returns were signed
    action_failed = Signal(str)

    def __init__(self, ctx: AppContext, view: Any) -> None:
        super().__init__(view)
        self._ctx, self.view = ctx, view
        self.workflow = ctx.services.returns  # the one workflow, built after unlock
        self.can_sign = self.workflow.repo.user_can_sign
        self.has_identity: bool | None = None
        self.session: SigningSession | None = None
        self.progress: QProgressDialog | None = None
        self._preview_generation = 0
        self._buffer: QBuffer | None = None
        self.current: StoredReturn | None = None
        self._narrative_saved = ""
        self._typed: dict[str, str] = {}  # return ID -> narrative typed and not saved yet
        self._details_generation = 0
        self.select_after_load: str | None = None
        self._notice = ""
        self._drafting = False
        self._starting_session = False
        self._closed = False
        self.confirm: Callable[[str], bool] = self._ask
        self.actions = SignedReturnActions(ctx, self)
        v = view
        v.filter.currentIndexChanged.connect(self._on_filter_changed)
        v.model.more_wanted.connect(self._on_more_wanted)
        v.search.textChanged.connect(v.proxy.set_text)
        v.refresh_button.clicked.connect(self.refresh)
        v.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        v.save_narrative_button.clicked.connect(self.save_narrative)
        v.sign_button.clicked.connect(self._on_sign_clicked)
        v.print_button.clicked.connect(lambda: self.print_current())
        # clicked(bool) must not reach export_selected's `folder`: the outbox comes from the setting or a dialog.
        v.export_button.clicked.connect(lambda _checked=False: self.export_selected())
        v.correct_button.clicked.connect(lambda: self.correct_current())
        v.setup_button.clicked.connect(self.setup_identity)
        v.narrative.textChanged.connect(self._update_buttons)
        v.destroyed.connect(self._shutdown_session)
        self._update_buttons()
        self.refresh()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        background: bool = False,
    ) -> None:
        """Database work on the runner; results that arrive after the screen closed are dropped."""
        if self._closed:
            return

        def done(result: Any) -> None:
            if not self._closed and on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            if not self._closed and on_error is not None:
                on_error(error)

        self._ctx.runner.run(fn, done, failed, background=background)

    # -- loading -------------------------------------------------------------------------------------------
    def refresh(self, notice: str = "") -> None:
        """Reload the queue as stored (quick), then draft what is due as background work (incremental: cheap
        when nothing changed) and reload again if that drafted or refreshed anything. `notice` (what was just
        done) stays in the status line."""
        self._reload(notice)
        if self._drafting:
            return
        self._drafting = True
        wf, now, cancel = self.workflow, self._ctx.clock(), self._ctx.runner.cancelled
        self.run(
            lambda: wf.draft_due_steps(now, cancel=cancel),
            self._on_drafted,
            self._on_draft_failed,
            background=True,
        )

    def _reload(self, notice: str = "") -> None:
        self._notice = notice
        wf = self.workflow

        def load() -> tuple[list[StoredReturn], dict[str, int], SigningIdentity | None]:
            counts = wf.repo.counts()
            return wf.repo.list(limit=PAGE), counts, wf.identity() if self.can_sign else None

        self.view.status.setText(self.tr("Loading returns\u2026"))
        self.run(load, self._on_loaded, self.fail)

    def _on_more_wanted(self, offset: int) -> None:
        """The next page of the queue, as the table scrolls to its end."""
        repo = self.workflow.repo
        self.run(
            lambda: repo.list(limit=PAGE, offset=offset),
            lambda rows: self.view.model.add_rows(offset, rows),
            self.fail,
        )

    def _on_drafted(self, changed: int) -> None:
        self._drafting = False
        if changed:
            self._reload(self._notice)

    def _on_draft_failed(self, error: BaseException) -> None:
        self._drafting = False
        self.fail(error)

    def _on_loaded(self, result: tuple[list[StoredReturn], dict[str, int], SigningIdentity | None]) -> None:
        rows, counts, identity = result
        keep = self.select_after_load or (self.current.id if self.current else None)
        self.select_after_load = None
        self.view.model.set_rows(rows, sum(counts.values()))
        self.has_identity = identity is not None or not self.can_sign
        if self.can_sign and identity is not None and self.session is None and not self._starting_session:
            # The signing pool's libraries (pyHanko, ReportLab: over a second) load as background work on the
            # database thread; the queue shows at once and the session starts when they are in.
            self._starting_session = True
            self.run(_load_signing, lambda _r: self._start_session(identity), self.fail, background=True)
        self._show_identity_banner()
        to_sign = sum(counts.get(s, 0) for s in UNSIGNED)  # the dashboard's "Returns due" figure
        total = sum(counts.values())
        count = self.tr("%n return(s)", "", total) + ", " + self.tr("%n to review and sign", "", to_sign)
        self.view.status.setText(f"{count} \u2014 {self._notice}" if self._notice else count)
        if keep is not None:
            self.select(keep)
        self._update_buttons()
        self.returns_loaded.emit(total)

    def _start_session(self, identity: SigningIdentity) -> None:
        self._starting_session = False
        if self.session is not None:
            return
        from .signing import SigningSession

        self.session = SigningSession(identity)
        self.session.progressed.connect(self._on_session_progressed)
        self.session.batch_finished.connect(self._on_session_batch_finished)
        self.session.batch_failed.connect(self._on_session_batch_failed)
        self._update_buttons()

    def _show_identity_banner(self) -> None:
        missing = self.can_sign and not self.has_identity
        self.view.setup_button.setVisible(bool(missing))
        self.view.banner.setVisible(bool(missing))
        if missing:
            self.view.banner.setText(
                self.tr(
                    "\u26a0 No signing key yet: returns cannot be signed until one is set "
                    "up. Choose \u201cSet up signing key\u201d."
                )
            )

    def fail(self, error: BaseException) -> None:
        message = first_line(error)
        self.view.status.setText("\u26a0 " + message)
        self.action_failed.emit(message)

    def _on_filter_changed(self, _index: int) -> None:
        self.view.proxy.set_queue_filter(QueueFilter(self.view.filter.currentData()))

    # -- selection and preview -----------------------------------------------------------------------------
    def selected_rows(self) -> list[StoredReturn]:
        rows = self.view.table.selectionModel().selectedRows()
        return [r.data(ROW_ROLE) for r in sorted(rows, key=lambda i: i.row())]

    def select(self, return_id: str) -> bool:
        proxy = self.view.proxy
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            if index.data(RETURN_ID_ROLE) == return_id:
                # Through the selection model: QTableView.selectRow reads the keyboard's modifiers (Shift extends).
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )
                self.view.table.selectionModel().setCurrentIndex(index, flags)
                self.view.table.scrollTo(index)
                return True
        return False

    def _on_table_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        current = self.view.table.selectionModel().currentIndex()
        rows = self.selected_rows()
        row = (
            current.data(ROW_ROLE)
            if current.isValid() and current.data(ROW_ROLE) in rows
            else (rows[0] if rows else None)
        )
        if row is None or (
            self.current is not None and row.id == self.current.id and row.version == self.current.version
        ):
            self._update_buttons()
            return
        self._keep_typed()
        self.current = row
        self._show_details(row)
        self._narrative_saved = row.narrative
        typed = self._typed.get(row.id) if not row.is_locked else None
        self.view.narrative.setPlainText(typed if typed is not None else row.narrative)
        self._load_preview(row.id)
        self._update_buttons()

    def _show_details(self, r: StoredReturn) -> None:
        m, e = self.view.model, html.escape
        lines = [
            f"<b>{e(m.kind_label(r.kind))}</b> \u2014 {e(r.person_name)} ({e(r.force_reference)})",
            self.tr("Period: %1 \u00b7 State: %2")
            .replace("%1", m.period_text(r))
            .replace("%2", m.state_label(r.state)),
        ]
        if r.state == ReturnState.WITHDRAWN:
            lines.append(self.tr("Withdrawn, never signed: %1").replace("%1", e(r.withdrawn_reason)))
        elif r.state in LOCKED_STATES:
            lines.append(
                self.tr("Signed by %1 on %2 \u00b7 code %3")
                .replace("%1", e(r.signed_by))
                .replace("%2", ui_format(r.signed_at, "dd MMM yyyy HH:mm") + " UTC" if r.signed_at else "?")
                .replace("%3", r.short_code)
            )
        else:
            lines.append(self.tr("Unsigned preview: what the force will receive once it is signed."))
        if r.replaces_id:
            lines.append(
                self.tr("Corrects an earlier return. Reason: %1").replace("%1", e(r.correction_reason))
            )
        self.view.details.setText("<br>".join(lines))
        self._details_generation += 1
        if r.is_locked:
            repo, generation = self.workflow.repo, self._details_generation
            self.run(lambda: repo.force_receipts(r.id), lambda found: self._show_receipts(generation, found))

    def _show_receipts(self, generation: int, receipts: list[Any]) -> None:
        """The force's acknowledgement of each bundle that carried the signed return (sync's own record)."""
        if generation != self._details_generation:
            return  # the details moved on
        if not receipts:
            line = self.tr("Not sent to the force by sync yet.")
        else:
            parts = []
            for r in receipts:
                sent = (
                    self.tr("Sent to %1 in bundle #%2 on %3 UTC")
                    .replace("%1", html.escape(r.force))
                    .replace("%2", str(r.bundle_sequence))
                    .replace("%3", ui_format(r.sent_at, "dd MMM yyyy HH:mm"))
                )
                ack = (
                    self.tr("acknowledged by the force %1 UTC").replace(
                        "%1", ui_format(r.acknowledged_at, "dd MMM yyyy HH:mm")
                    )
                    if r.acknowledged_at
                    else self.tr("not acknowledged yet")
                )
                parts.append(f"{sent}; {ack}")
            line = "<br>".join(parts)
        self.view.details.setText(self.view.details.text() + "<br>" + line)

    def _load_preview(self, return_id: str) -> None:
        self._preview_generation += 1
        generation, wf = self._preview_generation, self.workflow
        self.run(
            lambda: with_visible_signature(wf.preview_pdf(return_id)),
            lambda pdf: self._on_preview_ready(generation, return_id, pdf),
            self.fail,
        )

    def _on_preview_ready(self, generation: int, return_id: str, pdf: bytes) -> None:
        if generation != self._preview_generation:
            return  # the selection moved on
        document = self.view.document
        document.close()
        if self._buffer is not None:
            self._buffer.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        old, self._buffer = self._buffer, buffer
        document.load(buffer)
        if old is not None:
            old.deleteLater()
        self._update_buttons()
        self.preview_loaded.emit(return_id)

    # -- narrative -----------------------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        """A narrative typed and not saved, on the shown return or on one the selection moved away from."""
        return self._shown_unsaved() or any(
            i != (self.current.id if self.current else None) for i in self._typed
        )

    def _shown_unsaved(self) -> bool:
        return (
            self.current is not None
            and not self.current.is_locked
            and self.view.narrative.toPlainText().strip() != self._narrative_saved
        )

    def _keep_typed(self) -> None:
        """Keep the shown return's unsaved narrative (per return) before the editor shows another one."""
        row = self.current
        if row is None or row.is_locked:
            return
        text = self.view.narrative.toPlainText()
        if text.strip() != self._narrative_saved:
            self._typed[row.id] = text
        else:
            self._typed.pop(row.id, None)

    def unsaved_narratives(self, return_ids: list[str]) -> dict[str, str]:
        """The narratives typed and not saved for `return_ids` (the editor's text for the shown return)."""
        self._keep_typed()
        return {i: t for i, t in self._typed.items() if i in return_ids}

    def save_narrative(self) -> None:
        row = self.current
        if row is None or row.is_locked:
            return
        text, repo = self.view.narrative.toPlainText(), self.workflow.repo
        self.run(lambda: repo.set_narrative(row.id, text, row.version), self._on_narrative_saved, self.fail)

    def _on_narrative_saved(self, row: StoredReturn) -> None:
        self._narrative_saved = row.narrative
        self._typed.pop(row.id, None)
        self.current = None  # reload the preview with the new text
        self.select_after_load = row.id
        self.refresh(self.tr("Narrative saved."))

    # -- approve and sign ----------------------------------------------------------------------------------
    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self.view, self.tr("Approve and sign"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _on_sign_clicked(self) -> None:
        """Re-check the selected returns against the case now, then ask, showing what changed and any unsaved
        narrative; a return whose kind no longer applies is withdrawn, never signed."""
        rows = [r for r in self.selected_rows() if r.state in UNSIGNED]
        if not rows or not self.can_sign:
            return
        typed = self.unsaved_narratives([r.id for r in rows])
        wf, now = self.workflow, self._ctx.clock()
        self.view.sign_button.setEnabled(False)
        self.view.status.setText(self.tr("Checking the returns against the case as it is now\u2026"))
        self.run(
            lambda: wf.review_for_signing([r.id for r in rows], now),
            lambda review: self._on_reviewed(rows, typed, review),
            self._on_sign_error,
        )

    def _on_reviewed(self, rows: list[StoredReturn], typed: dict[str, str], review: SigningReview) -> None:
        names = {r.id: r.person_name for r in rows}
        withdrawn = [f"{names[i]}: {why}" for i, why in review.withdrawn.items()]
        remaining = [r for r in rows if r.id not in review.withdrawn]
        if not remaining:
            self.current = None
            self.refresh(self.tr("Not signed. Withdrawn: %1").replace("%1", "; ".join(withdrawn)))
            return
        text = self.tr(
            "Approve and sign %n return(s) as %1? A signed return can never be changed; a mistake "
            "needs a correction.",
            "",
            len(remaining),
        ).replace("%1", self._ctx.services.user.display_name)
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
        if self.confirm(text):
            self.sign([r.id for r in remaining], typed, review.hashes)
        elif changed or withdrawn:  # reload, so the preview shows what the return says now
            self.current = None
            self.select_after_load = remaining[0].id if len(remaining) == 1 else None
            self.refresh(self.tr("Not signed. The returns were re-checked against the case."))
        else:
            self._update_buttons()

    def sign(
        self,
        return_ids: list[str],
        narratives: dict[str, str] | None = None,
        expected: dict[str, str] | None = None,
    ) -> None:
        """Approve and sign `return_ids`; `narratives` (typed, not saved) are saved first and signed with them.
        `expected` (content hashes the manager reviewed) makes signing refuse a return that changed since."""
        if not self.can_sign or self.session is None or self.session.busy or not return_ids:
            return
        wf, typed, now = self.workflow, dict(narratives or {}), self._ctx.clock()
        versions = {r.id: r.version for r in self.view.model.rows()}
        self.view.sign_button.setEnabled(False)

        def prepare() -> tuple[list[Any], tuple[str, str]]:
            for return_id, text in typed.items():
                wf.repo.set_narrative(return_id, text, versions.get(return_id))
            return wf.prepare(return_ids, now, expected), wf.signer()

        def prepared(result: tuple[list[Any], tuple[str, str]]) -> None:
            for return_id in typed:
                self._typed.pop(return_id, None)
            if self.current is not None and self.current.id in typed:
                self._narrative_saved = typed[self.current.id].strip()
            self._on_prepared(result)

        self.run(prepare, prepared, self._on_sign_error)

    def _on_prepared(self, result: tuple[list[Any], tuple[str, str]]) -> None:
        contents, (name, role) = result
        if self.session is None or not contents:
            self._update_buttons()
            return
        self.progress = self.view.make_progress(len(contents))
        self.progress.canceled.connect(self.session.cancel)
        self.progress.show()
        self.session.sign(contents, name, role)

    def _on_session_progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setValue(done)
            self.progress.setLabelText(
                self.tr("Signed %1 of %2\u2026").replace("%1", str(done)).replace("%2", str(total))
            )

    def _on_session_batch_finished(self, result: BatchResult) -> None:
        wf = self.workflow
        self.run(
            lambda: wf.store_signed(result.signed),
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
        self.current = None
        self.select_after_load = stored[0].id if stored else None
        self.returns_signed.emit(sorted({r.person_id for r in stored}))
        self.refresh(text)

    def _on_session_batch_failed(self, message: str) -> None:
        self._close_progress()
        self.fail(RuntimeError(message))
        self.refresh()

    def _on_sign_error(self, error: BaseException) -> None:
        self._close_progress()
        self.fail(error)
        self._update_buttons()
        if isinstance(error, StaleReturn):  # the queue shows the withdrawal or the refreshed content
            self.current = None
            self.refresh("\u26a0 " + first_line(error))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _shutdown_session(self) -> None:
        self._closed = True
        session, self.session = self.session, None
        if session is not None:
            session.close()

    def shutdown(self) -> None:
        """Stop the signing workers (the view calls this as it goes; tests call it directly)."""
        self._shutdown_session()

    # -- print, export, correct, signing key (actions.py) ----------------------------------------------------
    def print_current(self, printer: Any = None) -> int:
        return self.actions.print_current(printer)

    def export_selected(self, folder: Path | None = None) -> None:
        self.actions.export_selected(folder)

    def correct_current(self, reason: str | None = None) -> None:
        self.actions.correct_current(reason)

    def setup_identity(self, choice: IdentityChoice | None = None) -> None:
        self.actions.setup_identity(choice)

    # -- buttons -------------------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        v, rows, row = self.view, self.selected_rows(), self.current
        unsigned = [r for r in rows if r.state in UNSIGNED]
        busy = self.session is not None and self.session.busy
        ready = self.can_sign and bool(self.has_identity) and self.session is not None
        v.sign_button.setEnabled(ready and bool(unsigned) and not busy)
        v.print_button.setEnabled(
            self.can_sign and row is not None and row.is_locked and v.document.pageCount() > 0
        )
        v.export_button.setEnabled(self.can_sign and any(r.is_locked for r in rows))
        v.correct_button.setEnabled(self.can_sign and row is not None and row.state == ReturnState.SIGNED)
        editable = row is not None and not row.is_locked and row.state != ReturnState.WITHDRAWN
        v.narrative.setReadOnly(not editable)
        v.save_narrative_button.setEnabled(editable and self._shown_unsaved())
        if not self.can_sign:
            why = self.tr(
                "Only a manager can sign, print, export or correct returns to the force; "
                "your manager reviews and signs them."
            )
            for button in (v.sign_button, v.print_button, v.export_button, v.correct_button):
                button.setToolTip(why)
        else:
            v.sign_button.setToolTip(
                self.tr("Approve the selected drafts and sign them as %1").replace(
                    "%1", self._ctx.services.user.display_name
                )
                if ready
                else self.tr("Set up the signing key first")
            )
            v.print_button.setToolTip(self.tr("Print the selected signed return"))
            v.export_button.setToolTip(self.tr("Write the selected signed returns to the outbox folder"))
            v.correct_button.setToolTip(
                self.tr("Draft a correction that replaces the selected signed return")
            )
