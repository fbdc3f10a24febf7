"""Dates in words: English `3 Mar 2026` (the returns' and compliance reasons' form since the start), Welsh with
the month spelt out, `3 Mawrth 2026` (the Welsh short forms are less settled, so a formal paper spells them)."""

from __future__ import annotations

from datetime import date, datetime

ENGLISH_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WELSH_MONTHS = (
    "Ionawr",
    "Chwefror",
    "Mawrth",
    "Ebrill",
    "Mai",
    "Mehefin",
    "Gorffennaf",
    "Awst",
    "Medi",
    "Hydref",
    "Tachwedd",
    "Rhagfyr",
)


def day(d: date | None, language: str = "en") -> str:
    """`3 Mar 2026` / `3 Mawrth 2026`, or an en dash when there is no date."""
    if d is None:
        return "\u2013"
    months = WELSH_MONTHS if language == "cy" else ENGLISH_MONTHS
    return f"{d.day} {months[d.month - 1]} {d.year}"


def moment(t: datetime, language: str = "en") -> str:
    """`3 Mar 2026 14:05` (plus the zone's name when the time carries one)."""
    text = f"{day(t.date(), language)} {t.hour:02d}:{t.minute:02d}"
    zone = t.tzname()
    return f"{text} {zone}" if zone else text
