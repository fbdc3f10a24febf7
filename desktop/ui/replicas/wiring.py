"""Replicas in the main window: a "Replicas…" action (Ctrl+Shift+Y, managers and admins) opening the window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from ..changes import Changes
from .window import ReplicasDialog


class ReplicasHookup(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = window.ctx
        self.dialog: ReplicasDialog | None = None
        self.action = QAction(self.tr("Re&plicas\u2026"), window)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setToolTip(
            self.tr("Other desks and laptops: devices, conflicts, exchange (Ctrl+Shift+Y)")
        )
        self.action.triggered.connect(self.open_replicas)
        if self._ctx.services.user.role.sees_everyone:
            window.add_view_action(self.action)

    def open_replicas(self) -> ReplicasDialog:
        if self.dialog is None:
            self.dialog = ReplicasDialog(self._ctx, self._window)
            self.dialog.exchanged.connect(lambda _text: self._ctx.changes.publish(Changes.everything()))
        else:
            self.dialog.refresh()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog
