"""Returns in the main window: a "Returns" action (Ctrl+Shift+R) that opens the review queue in a tab, and the
dashboard's "Returns due" tile fed from the returns store (returns drafted and still to sign) rather than the
caseload's estimate.

The main window builds it from its HOOKUPS table. Only public parts of the window are used: `ctx`, `tabs`,
`add_tab`, `add_view_action` (menu, tool bar, disabled while locked), `caseload.caseload_loaded` and
`dashboard.returns`.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

TAB_KEY = "returns"


class ReturnsHookup(QObject):
    def __init__(self, window: Any) -> None:
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
        caseload = getattr(window, "caseload", None)
        if caseload is not None:
            caseload.caseload_loaded.connect(self._on_caseload_loaded)
        tile = getattr(getattr(window, "dashboard", None), "returns", None)
        if tile is not None:
            tile.external = (
                True  # the number is the queue's "To review and sign", not the caseload's estimate
            )
            tile.set_detail(
                self.tr("Returns drafted for the force and still to be signed; click to review them")
            )
            tile.make_clickable()
            tile.clicked.connect(self.open_to_sign)

    # -- the tab -------------------------------------------------------------------------------------------
    def open(self) -> QWidget:
        tabs = self._window.tabs
        for i in range(tabs.count()):
            if tabs.widget(i).property("tabKey") == TAB_KEY:
                tabs.setCurrentIndex(i)
                return tabs.widget(i)  # type: ignore[no-any-return]
        from .view import ReturnsView

        view = ReturnsView(self._ctx)
        view.controller.returns_loaded.connect(self._on_returns_loaded)
        return self._window.add_tab(view, TAB_KEY, self.tr("Returns"))  # type: ignore[no-any-return]

    def open_to_sign(self) -> QWidget:
        """The queue showing only what the tile counts: the returns to review and sign."""
        view = self.open()
        from .proxy import QueueFilter

        combo = view.filter  # type: ignore[attr-defined]
        combo.setCurrentIndex(
            next(i for i in range(combo.count()) if QueueFilter(combo.itemData(i)) is QueueFilter.TO_REVIEW)
        )
        return view

    # -- the "Returns due" tile ----------------------------------------------------------------------------
    def _on_caseload_loaded(self, _counts: object) -> None:
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
        store, now, runner = self._ctx.store, self._ctx.clock(), self._ctx.runner

        def count() -> int:
            from desktop.storage.return_records import APPROVED, DRAFT
            from desktop.storage.returns_repo import ReturnRepository

            return ReturnRepository(store).count((DRAFT, APPROVED))

        def draft() -> Generator[None, None, int]:
            # imported here, on the database thread: ReportLab and pyHanko take most of a second to load
            from desktop.services.returns_workflow import ReturnWorkflow

            # steps: a search or a record opening queued meanwhile runs before the next one
            return ReturnWorkflow(store).draft_due_steps(now, cancel=runner.cancelled)

        runner.run(count, self._on_counted, self._on_count_failed)
        runner.run(draft, self._on_drafted, self._on_count_failed, background=True)

    def _on_counted(self, count: int) -> None:
        tile = getattr(getattr(self._window, "dashboard", None), "returns", None)
        if tile is not None:
            tile.set_value(count)

    def _on_drafted(self, changed: int) -> None:
        self._counting = False
        if changed or self._again:
            self._again = False
            self.update_count()

    def _on_count_failed(self, _error: BaseException) -> None:
        self._counting = False  # the caseload's own estimate stays on the tile
