"""Compliance counts every absence: the scheme's rules as data, reasons that name their appointments, and
properties that hold for any attendance history (hypothesis)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import Appointment, AppointmentOutcome, ComplianceLevel, Contract, assess
from desktop.domain.compliance import DEFAULT_RULES, ComplianceRules
from desktop.services.returns.rules import RulesFileError, load_rules, load_rules_file, rules_folder

SIGNED = date(2026, 1, 5)
NOW = datetime(2026, 4, 20, 12)
Out = AppointmentOutcome
ABSENT = (Out.DID_NOT_ATTEND, Out.CANCELLED_BY_PERSON)


def contract() -> Contract:
    return Contract("p", offered_on=SIGNED).sign(SIGNED)


def appts(outcomes: list[AppointmentOutcome], reasons: dict[int, str] | None = None) -> list[Appointment]:
    start = datetime(2026, 1, 6, 10)
    return [
        Appointment("p", start + timedelta(days=7 * i), outcome=o, absence_reason=(reasons or {}).get(i, ""))
        for i, o in enumerate(outcomes)
    ]


def level(appointments: list[Appointment]) -> ComplianceLevel:
    return assess(contract(), [], appointments, NOW).level


def test_the_shipped_file_is_the_durham_checkpoint_default() -> None:
    rules = load_rules()
    assert rules.scheme == "durham_checkpoint"
    thresholds = {f: getattr(rules, f) for f in ComplianceRules.__dataclass_fields__}
    assert thresholds == {f: getattr(DEFAULT_RULES, f) for f in thresholds}
    assert "no further action" in rules.recommendation("completed")
    assert "back to the force" in rules.recommendation("failed_non_compliance")


def test_half_missed_alternating_with_attended_is_not_complying() -> None:
    outcomes = [Out.ATTENDED, Out.DID_NOT_ATTEND] * 6
    result = assess(contract(), [], appts(outcomes), NOW)
    assert result.level is ComplianceLevel.NOT_COMPLYING
    codes = {r.code for r in result.reasons}
    assert "missed_in_a_row" not in codes and codes & {"missed_in_window", "missed_share"}


def test_twelve_cancellations_by_the_person_are_not_complying() -> None:
    result = assess(contract(), [], appts([Out.CANCELLED_BY_PERSON] * 12), NOW)
    assert result.level is ComplianceLevel.NOT_COMPLYING
    assert "cancelled by the person" in result.reasons[0].text


def test_the_first_cancellations_are_free_then_they_count() -> None:
    assert (
        level(appts([Out.ATTENDED, Out.CANCELLED_BY_PERSON, Out.ATTENDED, Out.CANCELLED_BY_PERSON]))
        is ComplianceLevel.ON_TRACK
    )
    assert (
        level(
            appts(
                [
                    Out.ATTENDED,
                    Out.CANCELLED_BY_PERSON,
                    Out.CANCELLED_BY_PERSON,
                    Out.CANCELLED_BY_PERSON,
                    Out.CANCELLED_BY_PERSON,
                ]
            )
        )
        is ComplianceLevel.AT_RISK
    )


def test_an_accepted_absence_does_not_count_and_says_why() -> None:
    missed = appts([Out.ATTENDED, Out.DID_NOT_ATTEND, Out.DID_NOT_ATTEND, Out.DID_NOT_ATTEND])
    assert level(missed) is ComplianceLevel.NOT_COMPLYING
    accepted = appts(
        [Out.ATTENDED, Out.DID_NOT_ATTEND, Out.DID_NOT_ATTEND, Out.DID_NOT_ATTEND],
        {2: "hospital", 3: "other: funeral of a friend"},
    )
    result = assess(contract(), [], accepted, NOW)
    assert result.level is ComplianceLevel.ON_TRACK
    texts = [r.text for r in result.reasons]
    assert "absence on 20 Jan 2026 accepted: in hospital" in texts
    assert "absence on 27 Jan 2026 accepted: other (funeral of a friend)" in texts


def test_every_reason_names_its_appointments_in_its_text() -> None:
    history = appts(
        [
            Out.ATTENDED,
            Out.DID_NOT_ATTEND,
            Out.ATTENDED,
            Out.DID_NOT_ATTEND,
            Out.DID_NOT_ATTEND,
            Out.CANCELLED_BY_PERSON,
            Out.CANCELLED_BY_PERSON,
            Out.CANCELLED_BY_PERSON,
        ]
    )
    result = assess(contract(), [], history, NOW)
    assert result.reasons
    for reason in result.reasons:
        assert reason.appointments
        for moment in reason.appointments:
            assert moment.strftime("%d %b %Y").lstrip("0") in reason.text


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: d["missed_in_a_row"].update(not_complying=1), "missed_in_a_row.not_complying"),
        (
            lambda d: d["rolling_windows"].append({"last": 2, "missed": 3, "level": "at_risk"}),
            "rolling_windows[2]",
        ),
        (lambda d: d["rolling_windows"][0].update(level="bad"), "rolling_windows[0].level"),
        (lambda d: d["whole_contract"].update(at_risk_share=1.5), "whole_contract.at_risk_share"),
        (
            lambda d: d["recommendations"].pop("withdrawn"),
            "recommendations needs one line for each of: withdrawn",
        ),
        (lambda d: d.pop("schedule"), "schedule must be an object"),
    ],
)
def test_a_malformed_scheme_file_is_refused_naming_the_field(
    tmp_path: Path, change: object, message: str
) -> None:
    data = json.loads((rules_folder() / "durham_checkpoint.json").read_text())
    change(data)  # type: ignore[operator]
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(data))
    with pytest.raises(RulesFileError) as error:
        load_rules_file(path)
    assert str(error.value).startswith("mine.json: ") and message in str(error.value)


def test_a_service_scheme_in_its_own_folder_is_found_first(tmp_path: Path) -> None:
    data = json.loads((rules_folder() / "durham_checkpoint.json").read_text())
    data.update(scheme="checkpoint_cymru", title="Checkpoint Cymru")
    data["missed_in_a_row"]["at_risk"] = 1
    (tmp_path / "checkpoint_cymru.json").write_text(json.dumps(data))
    rules = load_rules("checkpoint_cymru", (tmp_path,))
    assert rules.title == "Checkpoint Cymru"
    one = appts([Out.ATTENDED, Out.DID_NOT_ATTEND])
    assert assess(contract(), [], one, NOW, rules).level is ComplianceLevel.AT_RISK
    assert assess(contract(), [], one, NOW).level is ComplianceLevel.ON_TRACK
    with pytest.raises(RulesFileError):
        load_rules("no_such_scheme")


# -- properties --------------------------------------------------------------------------------------------
outcome = st.sampled_from(list(AppointmentOutcome))
history = st.lists(
    st.tuples(st.integers(0, 100), outcome, st.sampled_from(["", "", "", "hospital"])), max_size=24
)


def build(items: list[tuple[int, AppointmentOutcome, str]]) -> list[Appointment]:
    start = datetime(2026, 1, 6, 9)
    return [
        Appointment("p", start + timedelta(days=day), outcome=o, absence_reason=r, id=f"a{i}")
        for i, (day, o, r) in enumerate(items)
    ]


@settings(max_examples=150, deadline=None)
@given(history, st.integers(0, 100), st.sampled_from(ABSENT))
def test_adding_a_missed_appointment_never_improves_the_level(
    items: list, day: int, absent: AppointmentOutcome
) -> None:
    before = level(build(items))
    after = level(build([*items, (day, absent, "")]))
    assert after.rank >= before.rank


@settings(max_examples=150, deadline=None)
@given(history, st.integers(0, 100), st.sampled_from([Out.ATTENDED, Out.LATE]))
def test_adding_an_attended_appointment_never_worsens_the_level(
    items: list, day: int, came: AppointmentOutcome
) -> None:
    before = level(build(items))
    after = level(build([*items, (day, came, "")]))
    assert after.rank <= before.rank


@settings(max_examples=100, deadline=None)
@given(history, st.randoms(use_true_random=False))
def test_the_result_does_not_depend_on_input_order(items: list, rnd: object) -> None:
    appointments = build(items)
    shuffled = list(appointments)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert assess(contract(), [], shuffled, NOW) == assess(contract(), [], appointments, NOW)


@settings(max_examples=100, deadline=None)
@given(history)
def test_reasons_name_only_past_absences_of_the_person(items: list) -> None:
    appointments = build(items)
    result = assess(contract(), [], appointments, NOW)
    absent = {a.planned_at for a in appointments if a.outcome in ABSENT and a.planned_at <= NOW}
    for reason in result.reasons:
        assert set(reason.appointments) <= absent


@settings(max_examples=60, deadline=None)
@given(history)
def test_a_notice_lists_every_appointment_its_reasons_name(items: list) -> None:
    from desktop.domain import Case, Person
    from desktop.services.returns import ReturnKind, build_return_content

    person = Person("Test", "Person", date(1990, 1, 1), "T/1")
    appointments = [replace_person(a, person.id) for a in build(items)]
    case = Case(person, None, Contract(person.id, offered_on=SIGNED).sign(SIGNED), (), tuple(appointments))
    content = build_return_content(
        case,
        ReturnKind.NON_COMPLIANCE,
        provider="P",
        force_name="F",
        keyworker="K",
        period_start=date(2026, 4, 1),
        period_end=NOW.date(),
        generated_at=NOW,
    )
    listed = {a.at for a in content.appointments}
    named = {a for r in assess(case.contract, [], appointments, NOW).reasons for a in r.appointments}
    assert named <= listed  # the table shows every appointment a reason cites, even before the period
    missed_named = {
        a.planned_at for a in appointments if a.planned_at in named and a.outcome is Out.DID_NOT_ATTEND
    }
    assert content.attendance.missed >= len(missed_named)


def replace_person(appt: Appointment, person_id: str) -> Appointment:
    from dataclasses import replace

    return replace(appt, person_id=person_id)
