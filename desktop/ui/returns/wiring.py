"""Returns in the main window: a "Returns" action (Ctrl+Shift+R) that opens the review queue in a tab, and the
dashboard's "Returns due" tile fed from the returns store (returns drafted and still to sign) rather than the
caseload's estimate.

The main window builds it once. Only public parts of the window are used: `ctx`, `tabs`, `add_tab`,
`add_view_action` (menu, tool bar, disabled while locked) and `dashboard.returns`. The tile is counted once at
start, then again only when the change bus says returns may differ. The hookup asks for a drafting pass
(drafting.py: one at a time, coalesced) at start and after every case write whose `Changes` says returns may
differ (it names people, or everyone, and returns); the queue's own writes (narrative, signing, export,
correction) and drafting's name returns alone and only recount.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from ..changes import Changes
from .drafting import drafting_for

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
        self.drafting = drafting_for(self._ctx)
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
        self.drafting.request()  # then what is due is drafted, as background work

    # -- the tab -------------------------------------------------------------------------------------------
    def open(self) -> ReturnsView:
        from .view import ReturnsView

        existing = self._window.show_tab(TAB_KEY)
        if isinstance(existing, ReturnsView):
            return existing
        view = ReturnsView(self._ctx)
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
        if changes.returns and (changes.people or changes.all_people or changes.staff):
            # a case write that says returns may differ: a return may be due or stale. The queue's own writes
            # (and drafting's) name returns alone and only recount.
            self.drafting.request()

    def update_count(self) -> None:
        """Count what is still to sign (a quick read); one count at a time, one more if asked meanwhile."""
        if self._counting:
            self._again = True
            return
        self._counting = True
        returns = self._ctx.services.returns
        self._ctx.runner.run(lambda: returns.due_count(), self._on_counted, self._on_count_failed)

    def _on_counted(self, count: int) -> None:
        self._window.dashboard.returns.set_value(count)
        self._count_done()

    def _on_count_failed(self, _error: BaseException) -> None:
        self._count_done()  # the caseload's own estimate stays on the tile

    def _count_done(self) -> None:
        self._counting = False
        if self._again:
            self._again = False
            self.update_count()
