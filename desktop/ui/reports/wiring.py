"""Reports in the main window: a "Reports" action (Ctrl+Shift+P) that opens the Reports tab. Managers and admins
see the whole service; a keyworker sees their own caseload's figures (and cannot sign the PDF).

Built once by the main window; it uses only the window's public parts (`ctx`, `tabs`,
`add_tab`, `add_view_action`), and builds the one ReportService the tab uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.services.reports import ReportService

from .controller import ReportsController
from .view import ReportsView

if TYPE_CHECKING:
    from ..context import AppContext
    from ..main_window import MainWindow

TAB_KEY = "reports"


class ReportsTab(QWidget):
    def __init__(self, ctx: AppContext, service: ReportService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = ReportsView(self)
        self.controller = ReportsController(ctx, service, self.view, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.controller.refresh()

    def reload(self) -> None:
        self.controller.refresh()


class ReportsHookup(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._service = window.ctx.services.reports
        self.action = QAction(self.tr("&Reports"), window)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setToolTip(
            self.tr("The service's figures for a period, with charts and exports (Ctrl+Shift+P)")
        )
        self.action.triggered.connect(self.open)
        window.add_view_action(self.action)

    def open(self) -> ReportsTab:
        existing = self._window.show_tab(TAB_KEY)
        if isinstance(existing, ReportsTab):
            return existing
        tab = ReportsTab(self._window.ctx, self._service)
        self._window.add_tab(tab, TAB_KEY, self.tr("Reports"))
        return tab
