"""The sync status in words (never colour alone): pure functions of a SyncStatus and the time, no widgets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject

from desktop.services.sync_provider import SyncStatus

# pyside6-lupdate names a tr() context after the object tr is called on, PySide after that object's class: an
# object whose class has its name gives these plain functions one context both agree on (and %n plurals, which
# lupdate only sees in tr() calls).
SyncWords: QObject = type("SyncWords", (QObject,), {})()


def ago(then: datetime, now: datetime) -> str:
    """'just now', '5 minutes ago', '1 hour ago', '2 days ago' (both aware UTC)."""
    seconds = max((now - then).total_seconds(), 0)
    if seconds >= 86400:
        return SyncWords.tr("%n day(s) ago", "", int(seconds // 86400))
    if seconds >= 3600:
        return SyncWords.tr("%n hour(s) ago", "", int(seconds // 3600))
    if seconds >= 60:
        return SyncWords.tr("%n minute(s) ago", "", int(seconds // 60))
    return SyncWords.tr("just now")


@dataclass(frozen=True, slots=True)
class StatusText:
    text: str
    warning: bool  # shown with a warning sign and colour, and the words say why
    details: str  # the tooltip


def status_text(status: SyncStatus, now: datetime) -> StatusText:
    if status.partners == 0:
        return StatusText(
            SyncWords.tr("Sync: no partner set up"),
            False,
            SyncWords.tr("Set up the force as a partner from the Sync menu to exchange bundles."),
        )
    parts = [
        SyncWords.tr("Synced %1").replace("%1", ago(status.last_sync, now))
        if status.last_sync
        else SyncWords.tr("Never synced")
    ]
    parts.append(
        SyncWords.tr("%n record(s) waiting to go", "", status.waiting)
        if status.waiting
        else SyncWords.tr("nothing waiting to go")
    )
    if status.inbox_new:
        parts.append(SyncWords.tr("%n bundle(s) in the inbox to read", "", status.inbox_new))
    if status.open_conflicts:
        parts.append(SyncWords.tr("%n conflict(s) to look at", "", status.open_conflicts))
    details = []
    for item in status.overdue:
        details.append(
            SyncWords.tr("Bundle #%1 to %2 not acknowledged after %n day(s)", "", item.days)
            .replace("%1", str(item.sequence))
            .replace("%2", item.partner)
        )
    if status.overdue:
        oldest = max(status.overdue, key=lambda u: u.days)
        parts.append(
            SyncWords.tr("%n bundle(s) unacknowledged for over a week", "", len(status.overdue))
            + (
                SyncWords.tr(" (%n day(s))", "", oldest.days)
                if len(status.overdue) == 1
                else SyncWords.tr(" (oldest %n day(s))", "", oldest.days)
            )
        )
    warning = bool(status.overdue or status.open_conflicts)
    return StatusText(" \u00b7 ".join(parts), warning, "\n".join(details) or " \u00b7 ".join(parts))
