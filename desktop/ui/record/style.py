"""Colours and words for compliance and appointment states, safe on light and dark palettes.

Colours are translucent tints over the palette's own base colour, so text keeps the palette's text colour and
stays readable in dark mode. Colour always comes with words: nothing here is meant to be shown alone.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtGui import QColor

from desktop.domain import Appointment, AppointmentOutcome, ComplianceLevel
from desktop.ui.language import ui_date, ui_format

_LEVEL_RGB = {
    ComplianceLevel.ON_TRACK: (46, 160, 67),
    ComplianceLevel.AT_RISK: (230, 150, 0),
    ComplianceLevel.NOT_COMPLYING: (215, 40, 40),
}
TINT_ALPHA = 70


def level_tint(level: ComplianceLevel) -> QColor:
    r, g, b = _LEVEL_RGB[level]
    return QColor(r, g, b, TINT_ALPHA)


def warning_tint() -> QColor:
    return QColor(*_LEVEL_RGB[ComplianceLevel.AT_RISK], TINT_ALPHA)


def danger_tint() -> QColor:
    return QColor(*_LEVEL_RGB[ComplianceLevel.NOT_COMPLYING], TINT_ALPHA)


def fmt_date(d: date | None) -> str:
    return ui_date(d) if d else "—"


def fmt_datetime(dt: datetime | None) -> str:
    return ui_format(dt, "ddd dd MMM yyyy HH:mm") if dt else "—"


FLAG_MISSED = "missed"
FLAG_OVERDUE = "overdue"


def appointment_flag(appt: Appointment, now: datetime) -> str:
    """'' for nothing to flag, FLAG_MISSED (did not attend) or FLAG_OVERDUE (past, no outcome recorded yet)."""
    if appt.outcome is AppointmentOutcome.DID_NOT_ATTEND:
        return FLAG_MISSED
    if appt.overdue_for_outcome(now):
        return FLAG_OVERDUE
    return ""
