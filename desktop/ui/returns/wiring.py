"""Returns in the main window: a "Returns" action (Ctrl+Shift+R) that opens the review queue in a tab, and the
dashboard's "Returns due" tile fed from the returns store (returns drafted and still to sign) rather than the
caseload's estimate.

The main window builds it once. Only public parts of the window are used: `ctx`, `tabs`, `add_tab`,
`add_view_action` (menu, tool bar, disabled while locked) and `dashboard.returns`. The tile is counted once at
start, then again only when the change bus says returns may differ (or the queue reloads).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from ..changes import Changes

if TYPE_CHECKING:
    from ..main_window import MainWindow
    from .view import ReturnsView

TAB_KEY = "returns"


class ReturnsHookup(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = window.ctx
        self._counting = False
        self._again = False
        self.action = QAction(self.tr("&Returns"), window)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setToolTip(self.tr("Review, sign, print and export returns to the force (Ctrl+Shift+R)"))
        self.action.triggered.connect(self.open)
        window.add_view_action(self.action)
        self._ctx.changes.changed.connect(self._on_changes_changed)
        tile = window.dashboard.returns
        tile.external = True  # the number is the queue's "To review and sign", not the caseload's estimate
        tile.set_detail(self.tr("Returns drafted for the force and still to be signed; click to review them"))
        tile.make_clickable()
        tile.clicked.connect(self.open_to_sign)
        self.update_count()  # queued behind the caseload's first load

    # -- the tab -------------------------------------------------------------------------------------------
    def open(self) -> ReturnsView:
        from .view import ReturnsView

        existing = self._window.show_tab(TAB_KEY)
        if isinstance(existing, ReturnsView):
            return existing
        view = ReturnsView(self._ctx)
        view.controller.returns_loaded.connect(self._on_returns_loaded)
        self._window.add_tab(view, TAB_KEY, self.tr("Returns"))
        return view

    def open_to_sign(self) -> ReturnsView:
        """The queue showing only what the tile counts: the returns to review and sign."""
        view = self.open()
        from .proxy import QueueFilter

        combo = view.filter
        combo.setCurrentIndex(
            next(i for i in range(combo.count()) if QueueFilter(combo.itemData(i)) is QueueFilter.TO_REVIEW)
        )
        return view

    # -- the "Returns due" tile ----------------------------------------------------------------------------
    def _on_changes_changed(self, changes: Changes) -> None:
        if changes.returns or changes.all_people:
            self.update_count()

    def _on_returns_loaded(self, _rows: int) -> None:
        self.update_count()

    def update_count(self) -> None:
        """Count what is still to sign (a quick read), then draft what is due (last month and this month) as
        background work that searches and record openings overtake, and count again if it drafted anything."""
        if self._counting:
            self._again = True
            return
        self._counting = True
        workflow, now, runner = self._ctx.services.returns, self._ctx.clock(), self._ctx.runner
        runner.run(lambda: workflow.due_count(now), self._on_counted, self._on_count_failed)
        # in steps: a search or a record opening queued meanwhile runs before the next one
        runner.run(
            lambda: workflow.draft_due_steps(now, cancel=runner.cancelled),
            self._on_drafted,
            self._on_count_failed,
            background=True,
        )

    def _on_counted(self, count: int) -> None:
        self._window.dashboard.returns.set_value(count)

    def _on_drafted(self, changed: int) -> None:
        self._counting = False
        if changed or self._again:
            self._again = False
            self.update_count()

    def _on_count_failed(self, _error: BaseException) -> None:
        self._counting = False  # the caseload's own estimate stays on the tile
