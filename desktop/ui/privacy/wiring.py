"""The Privacy menu in the main window: the retention plan, for managers and admins only.

The main window lists this in `HOOKUPS`; only its public parts are used: `ctx`, `menuBar()`, `addAction`,
`refresh()` and `lock_changed`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from .retention_dialog import RetentionPlanDialog


class PrivacyHookup(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: RetentionPlanDialog | None = None
        self.allowed = window.ctx.store.user.role.sees_everyone  # managers and admins
        self.act_retention = QAction(self.tr("&Retention plan\u2026"), window)
        self.act_retention.triggered.connect(self._on_act_retention_triggered)
        if self.allowed:
            menu = window.menuBar().addMenu(self.tr("&Privacy"))
            menu.addAction(self.act_retention)
            window.addAction(self.act_retention)
        lock_changed = getattr(window, "lock_changed", None)
        if lock_changed is not None:
            lock_changed.connect(self._on_window_lock_changed)

    def _on_act_retention_triggered(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = RetentionPlanDialog(self._window.ctx, self._window)
        refresh = getattr(self._window, "refresh", None)
        if refresh is not None:  # erased people leave the caseload and any open tab
            self.dialog.erasure_applied.connect(lambda *_: refresh())
        self.dialog.show()

    def _on_window_lock_changed(self, locked: bool) -> None:
        self.act_retention.setEnabled(self.allowed and not locked)
        if locked and self.dialog is not None:
            self.dialog.close()
