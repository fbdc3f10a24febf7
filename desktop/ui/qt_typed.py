"""Typed stand-ins for the few PySide6 calls whose stubs are wrong, so the callers stay typed.

PySide6 converts dates both ways at run time (`QDate(date)`, `QDateTime(datetime)`, `.toPython()`), but its stubs
have no overload taking a Python date and declare `toPython()` as returning `object`; likewise
`QT_TRANSLATE_NOOP` returns its text unchanged but is declared to return `object`."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, cast

from PySide6 import QtCore
from PySide6.QtCore import QDate, QDateTime


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)  # what QDate(value) does, in the stubs' terms


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(cast(Any, value))  # stubs lack the datetime overload PySide6 has (tz and all)


def py_date(value: QDate) -> date:
    return cast(date, value.toPython())  # stubs say object; a QDate gives a datetime.date


def py_datetime(value: QDateTime) -> datetime:
    return cast(datetime, value.toPython())  # stubs say object; a QDateTime gives a datetime.datetime


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, the one lupdate looks for
    """Qt's own: marks `text` for lupdate and returns it unchanged (stubs say object)."""
    return cast(str, QtCore.QT_TRANSLATE_NOOP(context, text))
