"""Conditions as the scheme has them: every type choosable, at most five, no-reoffending always; counted targets."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from desktop.domain import Appointment, ConditionType, Contract, DomainError, Evidence, default_conditions
from desktop.domain.contract import (
    catalogue_condition,
    check_conditions,
    counted_from_events,
    counted_progress,
    default_choice,
    missing_types,
)
from desktop.domain.enums import AppointmentKind, AppointmentOutcome, ConditionStatus, Pathway
from desktop.domain.pathway_needs import NeedLevel, PathwayNeed, suggested_conditions
from desktop.services.pathway_conditions import contract_template_with_needs


def _nine_high_needs_template():
    needs = [PathwayNeed(p, NeedLevel.HIGH) for p in list(Pathway)[:9]]
    return contract_template_with_needs(default_conditions(""), suggested_conditions(needs, ""))


def test_nine_high_needs_offer_twelve_but_five_are_ticked_offending_first() -> None:
    offered = _nine_high_needs_template()
    ticks = default_choice(offered)
    chosen = [c for c, t in zip(offered, ticks, strict=True) if t]
    assert len(offered) == 12 and len(chosen) == 5
    assert [c.type for c in chosen] == [
        ConditionType.OFFENDING,
        ConditionType.VICTIM,
        ConditionType.PATHWAY,
        ConditionType.PATHWAY,
        ConditionType.COMMUNITY_HOURS,
    ]
    # the two pathway conditions ticked are the first two ranked (high needs in the scheme's pathway order)
    assert [c.pathway for c in chosen if c.pathway] == list(Pathway)[:2]
    check_conditions(chosen)
    assert sum(default_choice(offered, max_conditions=3)) == 3 and default_choice(offered, 3)[0]


def test_more_than_five_or_no_offending_is_refused() -> None:
    six = [*default_conditions(""), catalogue_condition("", ConditionType.GPS_TAG)]
    with pytest.raises(DomainError, match="at most 5 conditions; 6 are chosen"):
        check_conditions(six)
    check_conditions(six, max_conditions=6)  # the scheme file sets the number
    with pytest.raises(DomainError, match="no-reoffending"):
        check_conditions(default_conditions("")[1:])
    with pytest.raises(DomainError, match="included once"):
        check_conditions([*default_conditions("")[:2], default_conditions("")[0]])


def test_every_condition_type_can_be_offered() -> None:
    offered = default_conditions("")
    extra = [catalogue_condition("", t) for t in missing_types(offered)]
    assert {c.type for c in offered + extra} == set(ConditionType)
    assert [c.type for c in extra] == [
        ConditionType.GPS_TAG,
        ConditionType.VICTIM_AWARENESS,
        ConditionType.APOLOGY_LETTER,
        ConditionType.CUSTOM,
    ]
    assert not any(default_choice(offered + extra)[len(offered) :])  # extras start unticked


def _appt(day: int, kind: AppointmentKind, outcome: AppointmentOutcome | None) -> Appointment:
    return Appointment("p", datetime(2026, 11, day, 10), kind, outcome=outcome)


def test_a_counted_target_is_the_attended_sessions_of_its_kind_during_the_contract() -> None:
    contract = Contract("p").sign(date(2026, 11, 3))
    drugs = default_conditions(contract.id)[2]
    counted = replace(drugs, counts_kind=AppointmentKind.TREATMENT)
    appts = [
        _appt(1, AppointmentKind.TREATMENT, AppointmentOutcome.ATTENDED),  # before signing: not counted
        _appt(4, AppointmentKind.TREATMENT, AppointmentOutcome.ATTENDED),
        _appt(5, AppointmentKind.TREATMENT, AppointmentOutcome.DID_NOT_ATTEND),
        _appt(6, AppointmentKind.KEYWORK, AppointmentOutcome.ATTENDED),  # another kind
        _appt(9, AppointmentKind.TREATMENT, AppointmentOutcome.ATTENDED),
        _appt(12, AppointmentKind.TREATMENT, None),
    ]
    after = counted_progress(counted, appts, contract)
    assert after.progress == 2 and after.status is ConditionStatus.IN_PROGRESS
    assert after.progress_label == "2 of 6 sessions"
    assert counted_progress(drugs, appts, contract).progress == 0  # not linked: typed by hand as before
    # the dashboard's fast path (events without appointment objects) counts the same
    events = [(a.planned_at, a.outcome, "") for a in appts]
    fast = counted_from_events([counted], events, [a.kind.value for a in appts], contract)
    assert fast[0].progress == 2
    with pytest.raises(DomainError, match="counted from attended treatment sessions"):
        counted.add_progress(1, Evidence(date(2026, 11, 9), "typed"))


def test_the_scheme_file_sets_the_number_of_conditions(tmp_path) -> None:
    from desktop.services.contract_scheme import max_conditions
    from desktop.services.returns.rules import RulesFileError

    assert max_conditions() == 5  # the shipped Durham file
    (tmp_path / "durham_checkpoint.json").write_text('{"contract": {"max_conditions": 6}}')
    assert max_conditions(extra_folders=(tmp_path,)) == 6
    (tmp_path / "durham_checkpoint.json").write_text('{"contract": {"max_conditions": "five"}}')
    with pytest.raises(RulesFileError, match="durham_checkpoint.json: contract.max_conditions"):
        max_conditions(extra_folders=(tmp_path,))
