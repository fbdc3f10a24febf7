"""The selected return in the review queue: its details line (with the force's receipts once signed) and its
PDF preview, loaded from memory (QBuffer): no plaintext PDF is written to disk. Work goes through the
controller's runner wrapper; a result for a selection that moved on is dropped."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject

from desktop.domain.returns import LOCKED_STATES, ReturnState
from desktop.storage.returns_repo import StoredReturn
from desktop.ui.language import ui_format

from .display import with_visible_signature

if TYPE_CHECKING:
    from .controller import ReturnsController


class ReturnPreview(QObject):
    def __init__(self, controller: ReturnsController) -> None:
        super().__init__(controller)
        self._c = controller
        self._preview_generation = 0
        self._buffer: QBuffer | None = None
        self._details_generation = 0

    def show_details(self, r: StoredReturn) -> None:
        m, e = self._c.view.model, html.escape
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
        self._c.view.details.setText("<br>".join(lines))
        self._details_generation += 1
        if r.is_locked:
            returns, generation = self._c.returns, self._details_generation
            self._c.run(
                lambda: returns.force_receipts(r.id), lambda found: self._show_receipts(generation, found)
            )

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
        self._c.view.details.setText(self._c.view.details.text() + "<br>" + line)

    def load(self, return_id: str) -> None:
        self._preview_generation += 1
        generation, returns = self._preview_generation, self._c.returns
        self._c.run(
            lambda: with_visible_signature(returns.preview_pdf(return_id)),
            lambda pdf: self._on_preview_ready(generation, return_id, pdf),
            self._c.fail,
        )

    def _on_preview_ready(self, generation: int, return_id: str, pdf: bytes) -> None:
        if generation != self._preview_generation:
            return  # the selection moved on
        document = self._c.view.document
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
        self._c._update_buttons()
        self._c.preview_loaded.emit(return_id)
