"""The sync status in words (never colour alone): pure functions of a SyncStatus and the time, no widgets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop.services.sync_provider import SyncStatus


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncStatus", text)


def counted(n: int, one: str, many: str) -> str:
    """English plurals without a translator: `one` for 1, else `many` with %1 replaced by n (both translatable)."""
    return _tr(one) if n == 1 else _tr(many).replace("%1", str(n))


def ago(then: datetime, now: datetime) -> str:
    """'just now', '5 minutes ago', '1 hour ago', '2 days ago' (both naive UTC)."""
    seconds = max((now - then).total_seconds(), 0)
    for size, one, many in (
        (86400, "1 day ago", "%1 days ago"),
        (3600, "1 hour ago", "%1 hours ago"),
        (60, "1 minute ago", "%1 minutes ago"),
    ):
        if seconds >= size:
            return counted(int(seconds // size), one, many)
    return _tr("just now")


@dataclass(frozen=True, slots=True)
class StatusText:
    text: str
    warning: bool  # shown with a warning sign and colour, and the words say why
    details: str  # the tooltip


def status_text(status: SyncStatus, now: datetime) -> StatusText:
    if status.partners == 0:
        return StatusText(
            _tr("Sync: no partner set up"),
            False,
            _tr("Set up the force as a partner from the Sync menu to exchange bundles."),
        )
    parts = [
        _tr("Synced %1").replace("%1", ago(status.last_sync, now))
        if status.last_sync
        else _tr("Never synced")
    ]
    parts.append(
        counted(status.waiting, "1 record waiting to go", "%1 records waiting to go")
        if status.waiting
        else _tr("nothing waiting to go")
    )
    if status.inbox_new:
        parts.append(
            counted(status.inbox_new, "1 bundle in the inbox to read", "%1 bundles in the inbox to read")
        )
    if status.open_conflicts:
        parts.append(counted(status.open_conflicts, "1 conflict to look at", "%1 conflicts to look at"))
    details = []
    for item in status.overdue:
        details.append(
            _tr("Bundle #%1 to %2 not acknowledged after %3 days")
            .replace("%1", str(item.sequence))
            .replace("%2", item.partner)
            .replace("%3", str(item.days))
        )
    if status.overdue:
        oldest = max(status.overdue, key=lambda u: u.days)
        parts.append(
            counted(
                len(status.overdue),
                "1 bundle unacknowledged for over a week",
                "%1 bundles unacknowledged for over a week",
            )
            + _tr(" (%1 days)" if len(status.overdue) == 1 else " (oldest %1 days)").replace(
                "%1", str(oldest.days)
            )
        )
    warning = bool(status.overdue or status.open_conflicts)
    return StatusText(" \u00b7 ".join(parts), warning, "\n".join(details) or " \u00b7 ".join(parts))
