"""Sync in the main window: a Sync menu (Sync now F9, the log and conflicts, partner set-up, our certificate),
the status-bar figure, and automatic sync while the app runs.

The main window needs one line: `self.sync = SyncHookup(self)` after its actions and status bar are built.
Only public parts of the window are used: `ctx` (its change bus carries the people an import changed),
`menuBar()`, `statusBar()` and `lock_changed`. Keyworkers see the figure; the actions are for managers and admins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from .controller import SyncController
from .status_widget import SyncStatusWidget

if TYPE_CHECKING:
    from ..main_window import MainWindow

MESSAGE_MS = 10_000


class SyncHookup(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.controller = SyncController(window.ctx, window)
        self.status = SyncStatusWidget(window.ctx)
        self.menu: QMenu = window.menuBar().addMenu(self.tr("S&ync"))
        for action in self.controller.actions:
            self.menu.addAction(action)
            window.addAction(action)
        window.statusBar().addPermanentWidget(self.status)
        self.controller.sync_finished.connect(self._on_controller_sync_finished)
        self.controller.partner_added.connect(self._on_controller_partner_added)
        self.status.clicked.connect(self.controller.show_log)
        window.lock_changed.connect(self._on_window_lock_changed)

    def _on_controller_sync_finished(self, text: str) -> None:
        self._window.statusBar().showMessage(text, MESSAGE_MS)
        self.status.refresh()

    def _on_controller_partner_added(self, name: str) -> None:
        self._window.statusBar().showMessage(
            self.tr("%1 pinned as a partner").replace("%1", name), MESSAGE_MS
        )
        self.status.refresh()

    def _on_window_lock_changed(self, locked: bool) -> None:
        for action in self.controller.actions:
            action.setEnabled(self.controller.allowed and not locked)
