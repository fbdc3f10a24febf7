"""Sync now, automatic sync, partner set-up and our certificate: the Sync menu's logic.

"Sync now" exports to every partner's outbox, reads what is new in its inbox and shows the preview; the user
applies it or leaves it. Automatic sync (setting `sync_minutes`, default 15, 0 = off) does the same every N
minutes without asking, except that a bundle with a conflict is left in the inbox for "Sync now", so nothing
that needs a person's decision is applied unseen. All database work runs on ctx.runner.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from desktop.services.sync_provider import InboxItem, InboxRead
from desktop.services.sync_service import Applied

from ..context import AppContext
from .log_dialog import SyncLogDialog
from .partner_dialog import PartnerDialog
from .preview_dialog import ImportPreviewDialog
from .preview_model import rows_of


def _first_line(error: BaseException) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__


class SyncController(QObject):
    sync_finished = Signal(str)  # what happened, in words
    people_changed = Signal(list)  # person IDs created or changed by an import
    partner_added = Signal(str)

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._window = window
        self._running = False
        self.preview_dialog: ImportPreviewDialog | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.allowed = ctx.services.sync.allowed()
        self.act_sync_now = self._action(self.tr("Sync &now"), lambda: self.sync_now(), "F9")  # not `checked`
        self.act_partner = self._action(self.tr("Set up a &partner\u2026"), self.setup_partner)
        self.act_certificate = self._action(self.tr("Save our &certificate\u2026"), self.save_certificate)
        self.act_log = self._action(self.tr("Sync &log and conflicts\u2026"), self.show_log)
        for action in (self.act_sync_now, self.act_log, self.act_partner, self.act_certificate):
            action.setEnabled(self.allowed)
            if not self.allowed:
                action.setToolTip(self.tr("Sync is run by a manager or an admin"))
        if self.allowed:
            ctx.runner.run(ctx.services.sync.minutes, self.set_interval)

    def _action(self, text: str, slot: Any, shortcut: str = "") -> QAction:
        action = QAction(text, self._window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    @property
    def actions(self) -> list[QAction]:
        return [self.act_sync_now, self.act_log, self.act_partner, self.act_certificate]

    # -- automatic sync ------------------------------------------------------------------------------------
    def set_interval(self, minutes: float) -> None:
        """0 turns automatic sync off."""
        self.timer.stop()
        if minutes > 0 and self.allowed:
            self.timer.start(int(minutes * 60_000))

    def _on_timer_timeout(self) -> None:
        self.sync_now(interactive=False)

    # -- sync now ------------------------------------------------------------------------------------------
    def sync_now(self, interactive: bool = True) -> None:
        if self._running or not self.allowed:
            return
        self._running = True
        sync, now = self._ctx.services.sync, self._ctx.clock()
        self._ctx.runner.run(
            lambda: sync.export_and_read(now),
            lambda result: self._on_inbox_read(result, interactive),
            self._on_sync_failed,
        )

    def _on_inbox_read(self, result: tuple[list[Any], InboxRead], interactive: bool) -> None:
        exports, inbox = result
        sent = sum(1 for e in exports if e.path is not None)
        if not inbox.items and not inbox.refused:
            self._finish(self.tr("Sync done: %n bundle(s) sent, nothing new from the force", "", sent))
            return
        settled = [i for i in inbox.items if not i.preview.conflicts]
        if not interactive:
            self._apply(settled, sent, len(inbox.items) - len(settled) + len(inbox.refused))
            return
        refused = [(p.name, text) for p, text in inbox.refused]
        dialog = ImportPreviewDialog(rows_of(list(inbox.items), refused), len(inbox.items), self._window)
        self.preview_dialog = dialog
        dialog.finished.connect(lambda code: self._on_preview_finished(code, list(inbox.items), sent))
        dialog.open()

    def _on_preview_finished(self, code: int, items: list[InboxItem], sent: int) -> None:
        self.preview_dialog = None
        if code != QDialog.DialogCode.Accepted or not items:
            self._finish(
                self.tr(
                    "Sync: %n bundle(s) sent; the force's bundles were left in the inbox",
                    "",
                    sent,
                )
            )
            return
        self._apply(items, sent, 0)

    def _apply(self, items: list[InboxItem], sent: int, left: int) -> None:
        sync, now = self._ctx.services.sync, self._ctx.clock()
        self._ctx.write(
            lambda: sync.apply(items, now),  # acknowledgements go out at once
            lambda applied: self._on_applied(applied, sent, left),
            self._on_sync_failed,
        )

    def _on_applied(self, applied: Applied, sent: int, left: int) -> None:
        done, refused, exports = applied.done, applied.refused, applied.exports
        people = applied.person_ids
        if people:
            self.people_changed.emit(people)
        sent += sum(1 for e in exports if e.path is not None)
        text = self.tr("Sync done: %n bundle(s) applied", "", len(done))
        text += self.tr(", %n sent", "", sent)
        if left or refused:
            text += self.tr(", %n left for you to review (Sync now)", "", left + len(refused))
        self._finish(text)

    def _on_sync_failed(self, error: BaseException) -> None:
        self._finish(self.tr("Sync failed: %1").replace("%1", _first_line(error)))

    def _finish(self, text: str) -> None:
        self._running = False
        self.sync_finished.emit(text)

    # -- partners and our certificate ----------------------------------------------------------------------
    def setup_partner(self) -> PartnerDialog:
        dialog = PartnerDialog(self._ctx, self._window)
        dialog.partner_added.connect(self.partner_added)
        dialog.open()
        return dialog

    def show_log(self) -> SyncLogDialog | None:
        if not self.allowed:
            return None
        dialog = SyncLogDialog(self._ctx, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.conflict_resolved.connect(
            lambda _id: self.sync_finished.emit(self.tr("Conflict marked as dealt with"))
        )
        dialog.open()
        return dialog

    def save_certificate(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Save our certificate for the force"),
            "provider-cert.pem",
            self.tr("Certificates (*.pem)"),
        )
        if path:
            self.write_certificate(Path(path))

    def write_certificate(self, path: Path) -> None:
        sync, now = self._ctx.services.sync, self._ctx.clock()
        self._ctx.runner.run(
            lambda: sync.save_certificate(path, now),
            lambda fp: self._on_certificate_written(path, fp),
            self._on_certificate_failed,
        )

    def _on_certificate_written(self, path: Path, fingerprint: str) -> None:
        self.sync_finished.emit(
            self.tr("Saved %1; read the force this fingerprint: %2")
            .replace("%1", path.name)
            .replace("%2", fingerprint)
        )

    def _on_certificate_failed(self, error: BaseException) -> None:
        QMessageBox.warning(self._window, self.tr("Certificate not saved"), _first_line(error))
