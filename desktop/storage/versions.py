"""Row versions: every change to a tracked row raises its version by one, after checking nobody else did."""

from __future__ import annotations

from .errors import ConcurrentEdit
from .records import Tracked


def bump(rec: Tracked, expected_version: int | None = None, what: str = "record") -> None:
    """Raise the row version; refuse (ConcurrentEdit) when it is no longer the version the change was made
    from. `expected_version` None: the caller read the row in this same transaction."""
    if expected_version is not None and rec.row_version != expected_version:
        raise ConcurrentEdit(f"the {what} was changed by someone else since you opened it; reopen and retry")
    rec.row_version = (rec.row_version or 0) + 1
