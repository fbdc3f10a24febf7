"""What a manager does with a return besides signing it: print, export to the outbox, correct, and set up the
signing key. Each is a write through the controller's `write` (ctx.write): the `Changes` it returns reloads the
queue and the tile from the change bus; printing changes nothing a view shows."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog

from desktop.domain.returns import OUTBOX_SETTING, ReturnState
from desktop.services.returns import SigningIdentity

from ..context import AppContext
from .setup_dialog import IdentityChoice, IdentitySetupDialog

if TYPE_CHECKING:
    from collections.abc import Callable

    from .controller import ReturnsController


class SignedReturnActions(QObject):
    def __init__(self, ctx: AppContext, controller: ReturnsController) -> None:
        super().__init__(controller)
        self._ctx = ctx
        self._c = controller

    def print_current(self, printer: Any = None) -> int:
        """Print the selected signed return (the print dialog unless a printer is given); returns pages sent."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from .printing import prepare_printer, print_document

        row = self._c.current
        if row is None or not row.is_locked or self._c.view.document.pageCount() <= 0 or not self._c.can_sign:
            return 0
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            prepare_printer(printer, f"{row.force_reference} {row.kind} {row.short_code}")
            dialog = QPrintDialog(printer, self._c.view)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return 0
        try:
            pages = print_document(self._c.view.document, printer)
        except OSError as exc:
            self._c.fail(exc)
            return 0
        returns, name = self._c.returns, printer.printerName() or printer.outputFileName()
        self._c.write(lambda: returns.record_print(row.id, pages, name), None, self._c.fail)
        self._c.view.status.setText(self.tr("Sent %n page(s) to the printer.", "", pages))
        return pages

    def export_selected(self, folder: Path | None = None) -> None:
        rows = [r for r in self._c.selected_rows() if r.is_locked]
        if not rows or not self._c.can_sign:
            return
        services, returns = self._ctx.services, self._c.returns
        if folder is None:
            saved = services.setting(OUTBOX_SETTING)
            if not saved:
                chosen = QFileDialog.getExistingDirectory(self._c.view, self.tr("Choose the outbox folder"))
                if not chosen:
                    return
                saved = chosen
            folder = Path(saved)
        target, ids = folder, [r.id for r in rows]
        self._c.write(lambda: returns.export(ids, target), self._on_exported, self._c.fail)

    def _on_exported(self, paths: list[Path]) -> None:
        folder = paths[0].parent if paths else ""
        self._c.note(self.tr("Exported %n return(s) to %1.", "", len(paths)).replace("%1", str(folder)))

    def correct_current(self, reason: str | None = None) -> None:
        row = self._c.current
        if row is None or row.state != ReturnState.SIGNED or not self._c.can_sign:
            return
        if reason is None:
            reason, ok = QInputDialog.getMultiLineText(
                self._c.view,
                self.tr("Correct a signed return"),
                self.tr("Why does this return need a correction? (required; printed with the audit entry)"),
            )
            if not ok:
                return
        if not reason.strip():
            self._c.fail(ValueError(self.tr("A correction needs a reason.")))
            return
        returns, now = self._c.returns, self._ctx.clock()
        self._c.write(lambda: returns.correct(row.id, reason, now), self._on_corrected, self._c.fail)

    def _on_corrected(self, new_id: str) -> None:
        self._c.after_write(self.tr("A correction was drafted: review it, then sign it."), new_id)

    def setup_identity(self, choice: IdentityChoice | None = None) -> None:
        if not self._c.can_sign:
            return
        if choice is None:
            dialog = IdentitySetupDialog(self._ctx.services.setting("organisation"), self._c.view)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            choice = dialog.choice()
        returns = self._c.returns
        if choice.create:
            name = choice.organisation
            work: Callable[[], Any] = lambda: returns.create_self_signed(name, datetime.now())  # noqa: E731
        else:
            path, password = choice.p12_path, choice.password
            assert path is not None
            work = lambda: returns.import_pkcs12(path.read_bytes(), password)  # noqa: E731
        self._c.write(work, self._on_identity_saved, self._c.fail)

    def _on_identity_saved(self, identity: SigningIdentity) -> None:
        self._c.note(
            self.tr("Signing key ready for %1. Fingerprint %2")
            .replace("%1", identity.subject_name)
            .replace("%2", identity.fingerprint)
        )
