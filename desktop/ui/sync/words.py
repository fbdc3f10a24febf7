"""The sync status in words (never colour alone): pure functions of a SyncStatus and the time, no widgets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop.services.sync_provider import SyncStatus


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("SyncStatus", text, None, n)


def ago(then: datetime, now: datetime) -> str:
    """'just now', '5 minutes ago', '3 hours ago', '2 days ago' (both naive UTC)."""
    seconds = max((now - then).total_seconds(), 0)
    if seconds < 60:
        return _tr("just now")
    for size, text in ((86400, "%n day(s) ago"), (3600, "%n hour(s) ago"), (60, "%n minute(s) ago")):
        if seconds >= size:
            return _tr(text, int(seconds // size))
    return _tr("just now")


@dataclass(frozen=True, slots=True)
class StatusText:
    text: str
    warning: bool  # shown with a warning sign and colour, and the words say why
    details: str  # the tooltip


def status_text(status: SyncStatus, now: datetime) -> StatusText:
    if status.partners == 0:
        return StatusText(_tr("Sync: no partner set up"), False,
                          _tr("Set up the force as a partner from the Sync menu to exchange bundles."))
    parts = [_tr("Synced %1").replace("%1", ago(status.last_sync, now)) if status.last_sync
             else _tr("Never synced")]
    parts.append(_tr("%n record(s) waiting to go", status.waiting) if status.waiting else _tr("nothing waiting to go"))
    if status.inbox_new:
        parts.append(_tr("%n bundle(s) in the inbox to read", status.inbox_new))
    if status.open_conflicts:
        parts.append(_tr("%n conflict(s) to look at", status.open_conflicts))
    details = []
    for item in status.overdue:
        details.append(_tr("Bundle #%1 to %2 not acknowledged after %n day(s)", item.days)
                       .replace("%1", str(item.sequence)).replace("%2", item.partner))
    if status.overdue:
        oldest = max(status.overdue, key=lambda u: u.days)
        parts.append(_tr("%n bundle(s) unacknowledged for over a week", len(status.overdue))
                     + _tr(" (oldest %n day(s))", oldest.days))
    warning = bool(status.overdue or status.open_conflicts)
    return StatusText(" \u00b7 ".join(parts), warning, "\n".join(details) or " \u00b7 ".join(parts))
