"""The review queue's logic: load (drafting what is due), preview, narrative, approve and sign, print, export,
correct, and the first-time signing key set-up. Reads run on ctx.runner, writes through `ctx.write` (each
returns a `Changes` from `ctx.services.returns`; the queue reloads when the change bus names returns, whoever
wrote); drafting is the window's one coalesced pass (drafting.py); signing runs on a SigningSession.

Keyworkers see their own people's returns and edit the narrative of drafts; the sign, print, export and correct
buttons are disabled for them, with a tooltip that says why. A preview is loaded from memory (QBuffer): no
plaintext PDF is written to disk. The preview and details (preview.py), approving and signing (sign_flow.py) and
print/export/correct/key set-up (actions.py) are helpers the controller owns; the queue, selection, narrative
and buttons are here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QObject,
    Signal,
)
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from desktop.domain.returns import ReturnState
from desktop.services.returns.identity import SigningIdentity
from desktop.storage.returns_repo import StoredReturn

from ..changes import Changes
from ..context import AppContext
from .actions import SignedReturnActions
from .drafting import drafting_for
from .model import RETURN_ID_ROLE, ROW_ROLE
from .preview import ReturnPreview
from .proxy import QueueFilter
from .setup_dialog import IdentityChoice
from .sign_flow import UNSIGNED, ReturnSigning, first_line

if TYPE_CHECKING:
    from .signing import SigningSession

PAGE = 200  # returns read per page: the queue shows the first page at once and reads on as it scrolls


def _load_signing() -> None:
    import desktop.services.returns.batch  # noqa: F401
    import desktop.ui.returns.signing  # noqa: F401


class ReturnsController(QObject):
    returns_loaded = Signal(int)  # rows in the queue
    preview_loaded = Signal(str)  # return ID
    action_failed = Signal(str)

    def __init__(self, ctx: AppContext, view: Any) -> None:
        super().__init__(view)
        self._ctx, self.view = ctx, view
        self.returns = ctx.services.returns  # the one returns service, built after unlock
        self.can_sign = self.returns.can_sign
        self.drafting = drafting_for(ctx)
        self.has_identity: bool | None = None
        self.session: SigningSession | None = None
        self.progress: QProgressDialog | None = None
        self.current: StoredReturn | None = None
        self._narrative_saved = ""
        self._typed: dict[str, str] = {}  # return ID -> narrative typed and not saved yet
        self.select_after_load: str | None = None
        self._notice = ""
        self._starting_session = False
        self._closed = False
        self.confirm: Callable[[str], bool] = self._ask
        self.actions = SignedReturnActions(ctx, self)
        self.preview = ReturnPreview(self)  # the details line and the PDF preview (preview.py)
        self.signing = ReturnSigning(self)  # approve and sign (sign_flow.py)
        v = view
        v.filter.currentIndexChanged.connect(self._on_filter_changed)
        v.model.more_wanted.connect(self._on_more_wanted)
        v.search.textChanged.connect(v.proxy.set_text)
        v.refresh_button.clicked.connect(self.refresh)
        v.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        v.save_narrative_button.clicked.connect(self.save_narrative)
        v.sign_button.clicked.connect(self.signing.sign_selected)
        v.print_button.clicked.connect(lambda: self.print_current())
        # clicked(bool) must not reach export_selected's `folder`: the outbox comes from the setting or a dialog.
        v.export_button.clicked.connect(lambda _checked=False: self.export_selected())
        v.correct_button.clicked.connect(lambda: self.correct_current())
        v.setup_button.clicked.connect(self.setup_identity)
        v.narrative.textChanged.connect(self._update_buttons)
        v.destroyed.connect(self._shutdown_session)
        ctx.changes.changed.connect(self._on_changes_changed)
        self.drafting.failed.connect(self._on_draft_failed)
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

    def write(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """A write through `ctx.write`: what it returns is published on the bus (the queue reloads from there,
        as does the "Returns due" tile); `on_done` is dropped once the screen closed."""
        if self._closed:
            return

        def done(result: Any) -> None:
            if not self._closed and on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            if not self._closed and on_error is not None:
                on_error(error)

        self._ctx.write(fn, done, failed)

    def note(self, notice: str) -> None:
        """What the reload the write's `Changes` queued shows in the status line."""
        self._notice = notice

    def after_write(self, notice: str, select: str | None = None) -> None:
        """What the reload the write's `Changes` queued shows: `notice` in the status line, `select` chosen."""
        self._notice = notice
        self.current = None  # the preview shows what the return says now
        self.select_after_load = select

    # -- loading -------------------------------------------------------------------------------------------
    def refresh(self, notice: str = "") -> None:
        """Reload the queue as stored (quick), and ask for the window's drafting pass (background, incremental:
        cheap when nothing changed); when it drafts or refreshes anything the bus names returns and the queue
        reloads again. `notice` (what was just done) stays in the status line."""
        self._reload(notice)
        self.drafting.request()

    def _on_changes_changed(self, changes: Changes) -> None:
        if not self._closed and (changes.returns or changes.all_people):
            self._reload(self._notice)

    def _reload(self, notice: str = "") -> None:
        self._notice = notice
        returns, can_sign = self.returns, self.can_sign

        def load() -> tuple[list[StoredReturn], dict[str, int], SigningIdentity | None]:
            counts = returns.counts()
            return returns.queue(PAGE), counts, returns.identity() if can_sign else None

        self.view.status.setText(self.tr("Loading returns\u2026"))
        self.run(load, self._on_loaded, self.fail)

    def _on_more_wanted(self, offset: int) -> None:
        """The next page of the queue, as the table scrolls to its end."""
        returns = self.returns
        self.run(
            lambda: returns.queue(PAGE, offset),
            lambda rows: self.view.model.add_rows(offset, rows),
            self.fail,
        )

    def _on_draft_failed(self, message: str) -> None:
        if not self._closed:
            self.fail(RuntimeError(message))

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
            self.run(
                _load_signing, lambda _r: self.signing.start_session(identity), self.fail, background=True
            )
        self._show_identity_banner()
        to_sign = sum(counts.get(s, 0) for s in UNSIGNED)  # the dashboard's "Returns due" figure
        total = sum(counts.values())
        count = self.tr("%n return(s)", "", total) + ", " + self.tr("%n to review and sign", "", to_sign)
        self.view.status.setText(f"{count} \u2014 {self._notice}" if self._notice else count)
        if keep is not None:
            self.select(keep)
        self._update_buttons()
        self.returns_loaded.emit(total)

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
        self.preview.show_details(row)
        self._narrative_saved = row.narrative
        typed = self._typed.get(row.id) if not row.is_locked else None
        self.view.narrative.setPlainText(typed if typed is not None else row.narrative)
        self.preview.load(row.id)
        self._update_buttons()

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
        text, returns = self.view.narrative.toPlainText(), self.returns
        self.write(
            lambda: returns.set_narrative(row.id, text, row.version), self._on_narrative_saved, self.fail
        )

    def _on_narrative_saved(self, row: StoredReturn) -> None:
        self._narrative_saved = row.narrative
        self._typed.pop(row.id, None)
        self.after_write(
            self.tr("Narrative saved."), row.id
        )  # the bus reloads, the preview shows the new text

    # -- approve and sign ----------------------------------------------------------------------------------
    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self.view, self.tr("Approve and sign"), text)
        return answer == QMessageBox.StandardButton.Yes

    def sign(
        self,
        return_ids: list[str],
        narratives: dict[str, str] | None = None,
        expected: dict[str, str] | None = None,
    ) -> None:
        """Approve and sign `return_ids` (sign_flow.py)."""
        self.signing.sign(return_ids, narratives, expected)

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
