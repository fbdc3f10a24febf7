"""A date typed as a UK user types it: 14/03/1996, 14/3/96, 14.03.1996, 14-3-1996, 14 Mar 1996, 14 March 96,
14031996 or 'today'. Two-digit years take today's century, or the one before when that would put a date that
should be in the past into the future (a date of birth typed '12/05/90' is 1990). Blank is 'not entered'.

A plain line edit, so typing is never swallowed by a 'not entered' placeholder, Tab leaves the field in one
step (no walking through day, month and year) and the mouse wheel does nothing to it."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QWidget

from desktop.ui.qt_typed import py_date, to_qdate

FORMAT_HINT = "DD/MM/YYYY"
_MONTHS = {
    m: n
    for n, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1
    )
}
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{2}|\d{4})$")
_WORDS = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{2}|\d{4})$")
_RUN = re.compile(r"^(\d{2})(\d{2})(\d{2}|\d{4})$")
_Date = date  # inside DateField the name `date` is its date() method, so its annotations use this


class DateProblem(ValueError):
    """Why the text is not a date, in words for the person typing."""


def _year(text: str, today: date, past_only: bool, day: int, month: int) -> int:
    if len(text) == 4:
        return int(text)
    year = today.year // 100 * 100 + int(text)
    if past_only and (year, month, day) > (today.year, today.month, today.day):  # compared as numbers:
        year -= 100  # an impossible day (30/02) still gets the right century in its message
    return year


def parse_uk_date(text: str, today: date, *, past_only: bool = False) -> date | None:
    """The date typed, None when blank; DateProblem (a one-line message) when it cannot be read."""
    t = " ".join(text.strip().lower().split())
    if not t:
        return None
    if t == "today":
        return today
    found = _NUMERIC.match(t) or _RUN.match(t)
    month_word = None
    if found is None:
        found = _WORDS.match(t)
        if found is None:
            raise DateProblem(f"is not a date: type it as {FORMAT_HINT}, e.g. 14/03/1996")
        month_word = found.group(2)[:3]
        if month_word not in _MONTHS or not _MONTHS.get(month_word):
            raise DateProblem(f"has a month that is not a month ({found.group(2)}): type it as {FORMAT_HINT}")
    day = int(found.group(1))
    month = _MONTHS[month_word] if month_word else int(found.group(2))
    year = _year(found.group(3), today, past_only, day, month)
    try:
        value = date(year, month, day)
    except ValueError:
        raise DateProblem(
            f"is not a real date ({day:02d}/{month:02d}/{year}): check the day and the month"
        ) from None
    if value.year < 1900:
        raise DateProblem("is before 1900: check the year")
    return value  # whether a future date is allowed is the caller's rule (e.g. validate_new_referral)


class DateField(QLineEdit):
    """`date()` is a QDate, invalid when blank or unreadable; `problem()` says why; `dateChanged` as typed."""

    dateChanged = Signal(QDate)

    def __init__(
        self,
        today: date | Callable[[], date],
        parent: QWidget | None = None,
        *,
        past_only: bool = False,
        calendar_years_back: int = 0,
    ) -> None:
        """`today`: a date, or a callable giving it (a window left open past midnight reads the new day).
        `calendar_years_back`: where the calendar opens when the field is blank (30 for a date of birth), so it
        never opens at January 1900."""
        super().__init__(parent)
        self._today, self._past_only, self._years_back = today, past_only, calendar_years_back
        self.calendar_action = QAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
            self.tr("Choose from a calendar"),
            self,
        )
        self.calendar_action.setShortcut(QKeySequence("Alt+Down"))
        self.calendar_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar: QCalendarWidget | None = None
        self.setPlaceholderText(FORMAT_HINT)
        self.setMaxLength(40)
        self.textChanged.connect(lambda _t: self.dateChanged.emit(self.date()))
        self.editingFinished.connect(self._tidy)

    def value(self) -> date | None:
        """The date; None when blank; DateProblem when unreadable."""
        return parse_uk_date(self.text(), self._now(), past_only=self._past_only)

    def problem(self) -> str:
        try:
            self.value()
        except DateProblem as exc:
            return str(exc)
        return ""

    def date(self) -> QDate:
        try:
            value = self.value()
        except DateProblem:
            return QDate()
        return to_qdate(value) if value else QDate()

    def setDate(self, value: QDate | _Date | None) -> None:  # noqa: N802 - QDateEdit's name, for callers
        if isinstance(value, QDate):
            value = py_date(value) if value.isValid() else None
        self.setText(value.strftime("%d/%m/%Y") if value else "")

    def _now(self) -> _Date:
        return self._today() if callable(self._today) else self._today

    def open_calendar(self) -> None:
        """A calendar under the field at the date typed, else `calendar_years_back` years before today."""
        try:
            shown = self.value()
        except DateProblem:
            shown = None
        if shown is None:
            now = self._now()
            shown = now.replace(year=now.year - self._years_back, day=min(now.day, 28))
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self._past_only:
            calendar.setMaximumDate(to_qdate(self._now()))
        calendar.setSelectedDate(to_qdate(shown))
        calendar.clicked.connect(lambda d: self._chosen(calendar, d))
        calendar.activated.connect(lambda d: self._chosen(calendar, d))
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar = calendar
        calendar.show()
        calendar.setFocus()

    def _chosen(self, calendar: QCalendarWidget, chosen: QDate) -> None:
        self.setDate(chosen)
        self.textEdited.emit(self.text())  # as if typed: the form marks itself changed
        calendar.close()
        self.setFocus()

    def _tidy(self) -> None:
        """Shown the way it was understood: '3/12/26' becomes '03/12/2026'."""
        try:
            value = self.value()
        except DateProblem:
            return
        if value is not None:
            self.setDate(value)
