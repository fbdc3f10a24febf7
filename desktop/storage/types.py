"""Column types: `UtcDateTime`, the one form a moment takes in the store.

A `UtcDateTime` column stores UTC as SQLite's DateTime text (`YYYY-MM-DD HH:MM:SS.ffffff`, no zone suffix: the
column is UTC by definition, which keeps the text sortable and equal to what older stores hold) and gives back
aware UTC `datetime`s. It refuses a naive `datetime`: a naive moment has no zone, so storing it would be a
guess; convert at the edge (`desktop.domain.clock.aware_utc`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class NaiveDateTime(ValueError):
    """A naive datetime was given for a UTC column."""


class UtcDateTime(TypeDecorator[datetime]):
    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"a UTC column takes a datetime, not {type(value).__name__}")
        if value.tzinfo is None or value.utcoffset() is None:
            raise NaiveDateTime(f"naive datetime {value.isoformat()} for a UTC column: give an aware one")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def utc_text(moment: datetime) -> str:
    """`moment` as a `UtcDateTime` column's stored text, for raw SQL that writes such a column."""
    if moment.tzinfo is None:
        raise NaiveDateTime(f"naive datetime {moment.isoformat()} for a UTC column: give an aware one")
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def from_utc_text(text: str) -> datetime:
    """A `UtcDateTime` column's stored text (read by raw SQL) as aware UTC."""
    moment = datetime.fromisoformat(text)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
