"""Typed bridges between Python's dates and Qt's.

PySide6 converts both ways at run time (`QDate(date)`, `QDateTime(datetime)`, `.toPython()`), but its stubs have
no overload taking a Python date and declare `toPython()` as returning `object`; these wrappers keep that one
place where the stubs are wrong, so the callers stay typed."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, cast

from PySide6.QtCore import QDate, QDateTime


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)  # what QDate(value) does, in the stubs' terms


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(cast(Any, value))  # stubs lack the datetime overload PySide6 has (tz and all)


def py_date(value: QDate) -> date:
    return cast(date, value.toPython())  # stubs say object; a QDate gives a datetime.date


def py_datetime(value: QDateTime) -> datetime:
    return cast(datetime, value.toPython())  # stubs say object; a QDateTime gives a datetime.datetime
