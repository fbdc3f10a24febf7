"""The change bus (after Anki's `OpChanges`): every write returns a `Changes` naming what it touched (the type
lives in `desktop.domain.changes`, so services return it), the one `ChangeBus.changed` signal carries it, and each
view refreshes only what it names. `AppContext.write` publishes what a write returned, in one place."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.domain.changes import Changes, Written

__all__ = ["ChangeBus", "Changes", "Written", "changes_of"]


def changes_of(result: object) -> Changes | None:
    """What a write's result says it touched: a `Changes`, or the `changes` of a `Written`; None otherwise."""
    if isinstance(result, Changes):
        return result
    if isinstance(result, Written):
        return result.changes
    return None


class ChangeBus(QObject):
    """One per window (in the AppContext): `publish` after a write has committed; views listen to `changed`."""

    changed = Signal(object)  # Changes

    def publish(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)
