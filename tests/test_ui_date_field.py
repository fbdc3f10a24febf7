"""Dates typed the ways UK users type them, and a one-line reason when one cannot be read."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.ui.date_field import DateProblem, parse_uk_date

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("14/03/1996", date(1996, 3, 14)),
        ("14/3/96", date(1996, 3, 14)),
        ("14.03.1996", date(1996, 3, 14)),
        ("14-3-1996", date(1996, 3, 14)),
        ("14 Mar 1996", date(1996, 3, 14)),
        ("14th March 96", date(1996, 3, 14)),
        ("14031996", date(1996, 3, 14)),
        ("140396", date(1996, 3, 14)),
        ("  today ", TODAY),
        ("3/12/26", date(2026, 12, 3)),  # today's century
        ("12/05/90", date(1990, 5, 12)),  # would be in the future with today's century: the one before
        ("", None),
    ],
)
def test_typed_dates_are_read(typed: str, expected: date | None) -> None:
    assert parse_uk_date(typed, TODAY, past_only=True) == expected


def test_two_digit_years_stay_in_this_century_when_the_future_is_allowed() -> None:
    assert parse_uk_date("12/05/30", TODAY) == date(2030, 5, 12)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("31/02/2026", "is not a real date (31/02/2026): check the day and the month"),
        ("30/02/91", "is not a real date (30/02/1991): check the day and the month"),
        ("next tuesday", "is not a date: type it as DD/MM/YYYY, e.g. 14/03/1996"),
        ("1 Foo 2020", "has a month that is not a month (foo): type it as DD/MM/YYYY"),
        ("01/01/1850", "is before 1900: check the year"),
    ],
)
def test_unreadable_dates_say_why_in_one_line(typed: str, message: str) -> None:
    with pytest.raises(DateProblem) as err:
        parse_uk_date(typed, TODAY, past_only=True)
    assert str(err.value) == message and "\n" not in message
