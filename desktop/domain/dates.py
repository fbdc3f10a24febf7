"""Calendar arithmetic for contracts. The clock is always passed in."""

from __future__ import annotations

import calendar
from datetime import date

CONTRACT_MONTHS = 4


def add_months(start: date, months: int) -> date:
    """Same day-of-month `months` later, clamped to the month's last day (31 Oct + 4 months = 28/29 Feb)."""
    month_index = start.month - 1 + months
    year = start.year + month_index // 12
    month = month_index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def default_end_date(signed: date) -> date:
    return add_months(signed, CONTRACT_MONTHS)


def contract_length_days(signed: date, end: date) -> int:
    """Inclusive length: a contract signed and ending on the same day lasts one day."""
    return (end - signed).days + 1


def contract_day(signed: date, end: date, today: date) -> int:
    """Day N of the contract, 1 on the signing day, clamped to 0 before and to the length after."""
    if today < signed:
        return 0
    return min((today - signed).days + 1, contract_length_days(signed, end))
