"""The one drafting pass per window: drafting what is due (last month and this month) and keeping the drafts true
runs as background work in steps, at most one at a time. A request while a pass runs is remembered, and one more
pass runs after it however many requests came meanwhile (a burst of saves is one pass, then one more).

The pass is a write through `ctx.write`: when it drafted, refreshed or withdrew anything its `Changes` names
returns, and the "Returns due" tile and the review queue reload from the bus. The window's `ReturnsHookup` asks
for a pass at start and after each write that may make a return due or stale; the queue asks when it opens and
on Refresh. Both reach the same pass through `drafting_for(ctx)`: one per context, a child of its change bus.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..context import AppContext

OBJECT_NAME = "returns-drafting"


class DraftingPass(QObject):
    finished = Signal(int)  # drafts added or changed by the pass that just ended
    failed = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx.changes)
        self.setObjectName(OBJECT_NAME)
        self._ctx = ctx
        self.running = False
        self.pending = False

    def request(self) -> None:
        """A pass now, or one more after the one running (coalesced: one pending at most)."""
        if self.running:
            self.pending = True
            return
        self.running, self.pending = True, False
        ctx = self._ctx
        returns, now, cancel = ctx.services.returns, ctx.clock(), ctx.runner.cancelled
        queued = ctx.write(
            lambda: returns.draft_due_steps(now, cancel=cancel),
            self._on_done,
            self._on_failed,
            background=True,
        )
        if queued is None:  # the runner is shutting down
            self.running = False

    def _on_done(self, changed: int) -> None:
        self.running = False
        self.finished.emit(changed)
        if self.pending:
            self.request()

    def _on_failed(self, error: BaseException) -> None:
        self.running = False
        self.failed.emit(str(error).splitlines()[0] if str(error) else type(error).__name__)
        if self.pending:
            self.request()


def drafting_for(ctx: AppContext) -> DraftingPass:
    """The context's one drafting pass (made on first use)."""
    found = ctx.changes.findChild(DraftingPass, OBJECT_NAME)
    return found if isinstance(found, DraftingPass) else DraftingPass(ctx)
