"""Outcomes in the main window: for managers and admins, an "Outcomes" action (Ctrl+Shift+O) that opens
`ImprovementSummary` (the share of people whose scores improved between start and exit) in one tab.

The main window builds it once (typed). Only public parts of the window are used: `ctx`, `tabs`,
`add_tab` and `add_view_action` (menu, tool bar, disabled while locked). Keyworkers get no action: the summary is the service's view of its caseload.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from ..changes import Changes
from .improvement import ImprovementSummary

if TYPE_CHECKING:
    from ..main_window import MainWindow

TAB_KEY = "outcomes"


class OutcomesHookup(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = window.ctx
        self.action: QAction | None = None
        if not self._ctx.services.user.role.sees_everyone:
            return
        self.action = QAction(self.tr("&Outcomes"), window)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setToolTip(self.tr("How many people improved between start and exit (Ctrl+Shift+O)"))
        self.action.triggered.connect(self.open)
        window.add_view_action(self.action)
        self._ctx.changes.changed.connect(self._on_changes_changed)

    def _on_changes_changed(self, changes: Changes) -> None:
        """An open summary reloads when anyone's assessments changed."""
        if not changes.touches_assessments():
            return
        tabs = self._window.tabs
        for i in range(tabs.count()):
            widget = tabs.widget(i)
            if isinstance(widget, ImprovementSummary):
                widget.reload()

    def open(self) -> ImprovementSummary:
        """Switch to the Outcomes tab, or open it (it loads off the GUI thread)."""
        existing = self._window.show_tab(TAB_KEY)
        if isinstance(existing, ImprovementSummary):
            existing.reload()
            return existing
        summary = ImprovementSummary(self._ctx)
        self._window.add_tab(summary, TAB_KEY, self.tr("Outcomes"))
        return summary
