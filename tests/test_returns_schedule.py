"""Which returns fall due in a month, for the drafts queue and `returns sign-batch --month`."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from desktop.domain import AppointmentOutcome, ContractState
from desktop.services.returns import DueReturn, ReturnKind, due_in_month
from desktop.services.returns.example import example_case, failed_condition


def test_the_signing_month_owes_a_start_notice_and_a_part_month_return_once_it_ends() -> None:
    case = example_case()  # signed 12 Jan 2026
    assert due_in_month(case, 2026, 1, datetime(2026, 1, 20, 9)) == [
        DueReturn(ReturnKind.CONTRACT_START, date(2026, 1, 12), date(2026, 1, 12))
    ]
    assert due_in_month(case, 2026, 1, datetime(2026, 2, 1, 9)) == [
        DueReturn(ReturnKind.CONTRACT_START, date(2026, 1, 12), date(2026, 1, 12)),
        DueReturn(ReturnKind.MONTHLY_PROGRESS, date(2026, 1, 12), date(2026, 1, 31)),
    ]


def test_a_whole_month_and_what_was_already_sent() -> None:
    case = example_case()
    due = due_in_month(case, 2026, 2, datetime(2026, 3, 2, 9))
    assert due == [DueReturn(ReturnKind.MONTHLY_PROGRESS, date(2026, 2, 1), date(2026, 2, 28))]
    sent = [(ReturnKind.MONTHLY_PROGRESS, date(2026, 2, 1), date(2026, 2, 28))]
    assert due_in_month(case, 2026, 2, datetime(2026, 3, 2, 9), already_sent=sent) == []


def test_non_compliance_is_owed_in_the_current_month_until_notified() -> None:
    case = failed_condition(example_case(), date(2026, 3, 20), "Arrested for a new offence")
    now = datetime(2026, 3, 21, 9)
    assert DueReturn(ReturnKind.NON_COMPLIANCE, date(2026, 3, 1), date(2026, 3, 21)) in due_in_month(
        case, 2026, 3, now
    )
    kinds = [d.kind for d in due_in_month(case, 2026, 3, now, non_compliance_notified=True)]
    assert ReturnKind.NON_COMPLIANCE not in kinds
    # The example misses 3 of its last 6 by 21 Mar (not complying); with those attended nothing is owed.
    assert ReturnKind.NON_COMPLIANCE in [d.kind for d in due_in_month(example_case(), 2026, 3, now)]
    attended = replace(
        example_case(),
        appointments=tuple(
            replace(a, outcome=AppointmentOutcome.ATTENDED) if a.is_missed else a
            for a in example_case().appointments
        ),
    )
    assert ReturnKind.NON_COMPLIANCE not in [d.kind for d in due_in_month(attended, 2026, 3, now)]


def test_the_closing_month_owes_the_final_outcome_and_a_return_up_to_the_closing_day() -> None:
    case = example_case(state=ContractState.COMPLETED)  # closed 11 May 2026
    due = due_in_month(case, 2026, 5, datetime(2026, 5, 12, 9))
    assert due == [
        DueReturn(ReturnKind.MONTHLY_PROGRESS, date(2026, 5, 1), date(2026, 5, 11)),
        DueReturn(ReturnKind.FINAL_OUTCOME, date(2026, 1, 12), date(2026, 5, 11)),
    ]
    assert due_in_month(case, 2026, 6, datetime(2026, 7, 1, 9)) == []


def test_an_unsigned_contract_owes_nothing() -> None:
    case = example_case()
    unsigned = replace(case, contract=replace(case.contract, state=ContractState.OFFERED, signed_on=None))
    assert due_in_month(unsigned, 2026, 1, datetime(2026, 2, 1)) == []
