"""The status bar's sync figure: last sync, what waits to go, bundles unacknowledged for over a week."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.domain.clock import aware_utc
from desktop.services.sync_provider import SyncStatus

from ..context import AppContext
from .words import status_text

WARNING_SIGN = "\u26a0"
REFRESH_MS = 60_000


class SyncStatusWidget(QWidget):
    clicked = Signal()  # e.g. to open the sync log

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._busy = False
        self.status: SyncStatus | None = None
        self.label = QLabel(self.tr("Sync: checking\u2026"), self)
        self.label.setAccessibleName(self.tr("Sync status"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.label)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def _now(self) -> datetime:
        return aware_utc(self._ctx.clock())

    def refresh(self) -> None:
        if self._busy:
            return
        self._busy = True
        sync, now = self._ctx.services.sync, self._ctx.clock()
        self._ctx.runner.run(lambda: sync.status(now), self._on_status_loaded, self._on_status_failed)

    def _on_status_loaded(self, status: SyncStatus) -> None:
        self._busy = False
        self.show_status(status)

    def _on_status_failed(self, error: BaseException) -> None:
        self._busy = False
        self.label.setText(self.tr("Sync: status unavailable"))
        self.label.setToolTip(str(error).splitlines()[0] if str(error) else type(error).__name__)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)

    def show_status(self, status: SyncStatus) -> None:
        self.status = status
        words = status_text(status, self._now())
        self.label.setText(f"{WARNING_SIGN} {words.text}" if words.warning else words.text)
        self.label.setToolTip(words.details + "\n" + self.tr("Click for the sync log"))
        self.label.setStyleSheet(
            "background: #fff0d6; color: #7a4100; padding: 0 4px;" if words.warning else ""
        )
        self.setProperty("warning", words.warning)
        self.updateGeometry()  # the status bar sizes its permanent widgets only when asked: longer words get room
