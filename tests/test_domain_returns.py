"""The returns' domain terms: kinds and states as the store keeps them, the `Month` value, and the
not-complying-since rule (a notice is owed once per turn to "not complying")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from desktop.domain import AppointmentOutcome
from desktop.domain.returns import (
    LOCKED_STATES,
    UNSIGNED_STATES,
    Month,
    ReturnKind,
    ReturnState,
    not_complying_since,
    notice_already_drafted,
)
from desktop.services.returns.example import example_case, failed_condition
from desktop.services.returns.model import ReturnKind as ServiceReturnKind
from desktop.storage import return_records


def test_kinds_and_states_keep_the_strings_the_store_holds() -> None:
    assert [k.value for k in ReturnKind] == [
        "contract_start",
        "monthly_progress",
        "non_compliance",
        "final_outcome",
    ]
    assert [s.value for s in ReturnState] == ["draft", "approved", "signed", "superseded", "withdrawn"]
    # A row read back is plain text: it still compares, hashes and looks up as the member.
    assert ReturnState.SIGNED == "signed" and "signed" in LOCKED_STATES
    assert {ReturnState.DRAFT: 0}["draft"] == 0 and "approved" in UNSIGNED_STATES
    assert ReturnState("withdrawn") is ReturnState.WITHDRAWN
    assert f"{ReturnState.SUPERSEDED}" == "superseded" and str(ReturnKind.NON_COMPLIANCE) == "non_compliance"
    assert ReturnState.SUPERSEDED.is_locked and not ReturnState.APPROVED.is_locked
    assert ReturnState.APPROVED.is_unsigned and not ReturnState.WITHDRAWN.is_unsigned
    assert ReturnKind.FINAL_OUTCOME.label == "Final outcome return"


def test_one_definition_of_each() -> None:
    assert ServiceReturnKind is ReturnKind
    assert tuple(ReturnState) == return_records.STATES
    assert return_records.SIGNED is ReturnState.SIGNED
    assert set(return_records.LOCKED_STATES) == set(LOCKED_STATES)


def test_month_parses_prints_and_bounds() -> None:
    m = Month.parse("2026-02")
    assert (m.year, m.month, str(m)) == (2026, 2, "2026-02")
    assert m.range() == (date(2026, 2, 1), date(2026, 2, 28))
    assert Month.parse("2028-02").last == date(2028, 2, 29)  # a leap year
    assert Month(2026, 12).last == date(2026, 12, 31)
    assert Month.of(date(2026, 7, 19)) == Month(2026, 7)


def test_month_steps_across_the_year() -> None:
    assert Month(2026, 12).next() == Month(2027, 1)
    assert Month(2027, 1).previous() == Month(2026, 12)
    assert Month(2026, 5).next().previous() == Month(2026, 5)
    assert [str(m) for m in Month(2026, 11).through(Month(2027, 2))] == [
        "2026-11",
        "2026-12",
        "2027-01",
        "2027-02",
    ]
    assert Month(2026, 3).through(Month(2026, 2)) == []
    assert Month(2026, 1) < Month(2026, 2) < Month(2027, 1)


def test_month_contains_its_days_only() -> None:
    m = Month(2026, 3)
    assert date(2026, 3, 1) in m and date(2026, 3, 31) in m
    assert date(2026, 4, 1) not in m and date(2025, 3, 15) not in m
    assert datetime(2026, 3, 31, 23, 59) in m
    assert "2026-03" not in m


@pytest.mark.parametrize("text", ["2026-13", "2026-00", "2026/03", "26-03", "2026-3-1", "", "March", "2026-"])
def test_month_refuses_what_is_not_a_month(text: str) -> None:
    with pytest.raises(ValueError, match="not a month") as err:
        Month.parse(text)
    assert "\n" not in str(err.value)


def test_not_complying_since_is_the_day_the_case_turned() -> None:
    now = datetime(2026, 3, 21, 9)
    # The example misses 3 of its last 6 appointments by 21 Mar: not complying, since the third miss.
    since = not_complying_since(example_case(), now)
    assert since is not None and since <= now.date()
    attended = replace(
        example_case(),
        appointments=tuple(
            replace(a, outcome=AppointmentOutcome.ATTENDED) if a.is_missed else a
            for a in example_case().appointments
        ),
    )
    assert not_complying_since(attended, now) is None
    # With every appointment kept, a failed mandatory condition turns it on the day its evidence was recorded.
    failed = failed_condition(attended, date(2026, 3, 20), "Arrested for a new offence")
    assert not_complying_since(failed, now) == date(2026, 3, 20)


def test_a_notice_is_owed_once_per_turn() -> None:
    now = datetime(2026, 3, 21, 9)
    attended = replace(
        example_case(),
        appointments=tuple(
            replace(a, outcome=AppointmentOutcome.ATTENDED) if a.is_missed else a
            for a in example_case().appointments
        ),
    )
    failed = failed_condition(attended, date(2026, 3, 20), "Arrested for a new offence")
    assert not notice_already_drafted(failed, None, now)  # never notified
    assert not notice_already_drafted(failed, date(2026, 3, 19), now)  # a notice from before the turn
    assert notice_already_drafted(failed, date(2026, 3, 20), now)
    assert notice_already_drafted(attended, date(2026, 1, 5), now)  # complying: nothing owed
