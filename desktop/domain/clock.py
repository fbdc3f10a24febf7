"""Time in one form: an aware UTC `datetime`, in memory and in the store.

Every clock the app is given (`Clock`) is read through `aware_utc`, so code below the edges only ever holds
aware UTC moments. Local time appears only at the edges: the GUI's and the CLI's display, a return's PDF, and
`local_day`, the calendar day a moment falls on in this machine's zone, where the domain needs a date
("today", a session's day, the day an assessment was completed).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The wall clock, aware UTC: the default clock everywhere."""
    return datetime.now(UTC)


def aware_utc(moment: datetime) -> datetime:
    """`moment` as aware UTC. A naive moment is read as this machine's local time (what `datetime.now()` and a
    Qt date-time edit give), never as UTC."""
    return moment.astimezone(UTC)


def utc_clock(clock: Clock) -> Clock:
    """`clock` read as aware UTC, whatever form it gives (a naive reading is local time)."""
    if clock is utc_now:
        return clock
    return lambda: aware_utc(clock())


def local_time(moment: datetime) -> datetime:
    """`moment` in this machine's zone, naive: for display at the edges only."""
    return aware_utc(moment).astimezone().replace(tzinfo=None)


def local_day(moment: datetime) -> date:
    """The calendar day `moment` falls on in this machine's zone."""
    return aware_utc(moment).astimezone().date()


def moment_key(moment: datetime | None) -> float:
    """A sort key for an optional moment, earliest first and None before all (aware or naive alike)."""
    return moment.timestamp() if moment is not None else float("-inf")
