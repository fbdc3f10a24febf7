from datetime import date, datetime, timedelta

import pytest

from desktop.domain import (
    ELIGIBILITY_QUESTIONS,
    Appointment,
    AppointmentOutcome,
    ComplianceLevel,
    Condition,
    ConditionStatus,
    ConditionType,
    Contract,
    ContractState,
    DomainError,
    EligibilityAnswer,
    Evidence,
    IllegalTransition,
    Person,
    Referral,
    ValidationError,
    assess,
    default_conditions,
    validate_new_referral,
)
from desktop.domain.dates import add_months, contract_day, default_end_date


def test_end_date_is_four_months_later_clamped_to_month_end():
    assert default_end_date(date(2026, 1, 15)) == date(2026, 5, 15)
    assert default_end_date(date(2026, 10, 31)) == date(2027, 2, 28)
    assert default_end_date(date(2027, 10, 31)) == date(2028, 2, 29)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)


def test_contract_day_counts_from_one_and_clamps():
    signed, end = date(2026, 1, 1), date(2026, 5, 1)
    assert contract_day(signed, end, date(2025, 12, 31)) == 0
    assert contract_day(signed, end, signed) == 1
    assert contract_day(signed, end, date(2026, 1, 31)) == 31
    assert contract_day(signed, end, date(2027, 1, 1)) == 121


def test_state_machine_allows_the_scheme_and_refuses_the_rest():
    c = Contract("p")
    active = c.sign(date(2026, 1, 1))
    assert active.state is ContractState.ACTIVE and active.end_date == date(2026, 5, 1)
    assert active.transition(ContractState.COMPLETED, date(2026, 5, 1)).state is ContractState.COMPLETED
    failed = active.transition(ContractState.FAILED_REOFFENDED, date(2026, 2, 1), "charged with theft")
    assert failed.outcome_reason == "charged with theft"
    with pytest.raises(IllegalTransition):
        failed.transition(ContractState.ACTIVE, date(2026, 2, 2))
    with pytest.raises(IllegalTransition):
        c.transition(ContractState.COMPLETED, date(2026, 1, 1))
    with pytest.raises(DomainError, match="reason"):
        active.transition(ContractState.WITHDRAWN, date(2026, 2, 1), "  ")
    with pytest.raises(DomainError, match="before it was signed"):
        active.transition(ContractState.COMPLETED, date(2025, 12, 1))
    assert (
        c.transition(ContractState.WITHDRAWN, date(2026, 1, 1), "declined").state is ContractState.WITHDRAWN
    )


def test_conditions_need_evidence_and_keep_it_dated():
    cond = Condition("k", ConditionType.COMMUNITY_HOURS, "Community work", target=18, unit="hours")
    with pytest.raises(DomainError, match="Evidence"):
        cond.change_status(ConditionStatus.MET, Evidence(date(2026, 1, 1), ""))
    more = cond.add_progress(6, Evidence(date(2026, 1, 9), "6 hours at food bank"))
    assert more.status is ConditionStatus.IN_PROGRESS and more.progress == 6
    assert more.progress_label == "6 of 18 hours"
    met = more.change_status(ConditionStatus.MET, Evidence(date(2026, 2, 1), "signed timesheet"))
    assert [e.on for e in met.evidence] == [date(2026, 1, 9), date(2026, 2, 1)]
    with pytest.raises(DomainError, match="between 18 and 36"):
        Condition("k", ConditionType.COMMUNITY_HOURS, "x", target=40)
    offending = default_conditions("k")[0]
    with pytest.raises(DomainError, match="cannot be waived"):
        offending.change_status(ConditionStatus.WAIVED, Evidence(date(2026, 1, 1), "no"))


def _active(signed=date(2026, 1, 1)):
    return Contract("p").sign(signed)


def _appt(day, outcome, hour=10):
    return Appointment("p", datetime.combine(day, datetime.min.time()).replace(hour=hour), outcome=outcome)


def test_two_missed_in_a_row_is_at_risk_with_dates_and_three_is_not_complying():
    now = datetime(2026, 1, 30, 12)
    d = date(2026, 1, 5)
    appts = [
        _appt(d, AppointmentOutcome.ATTENDED),
        _appt(d + timedelta(7), AppointmentOutcome.DID_NOT_ATTEND),
        _appt(d + timedelta(14), AppointmentOutcome.CANCELLED_BY_SERVICE),
        _appt(d + timedelta(21), AppointmentOutcome.DID_NOT_ATTEND),
    ]
    result = assess(_active(), [], appts, now)
    assert result.level is ComplianceLevel.AT_RISK
    assert result.reasons[0].text == "2 missed appointments in a row (12 Jan 2026, 26 Jan 2026)"
    three = assess(_active(), [], [*appts, _appt(date(2026, 1, 29), AppointmentOutcome.DID_NOT_ATTEND)], now)
    assert three.level is ComplianceLevel.NOT_COMPLYING
    attended_after = assess(_active(), [], [*appts, _appt(date(2026, 1, 29), AppointmentOutcome.LATE)], now)
    # The run is broken, but 2 of the last 4 are still missed (the rolling-window rule).
    assert attended_after.level is ComplianceLevel.AT_RISK
    assert [r.code for r in attended_after.reasons] == ["missed_in_window"]


def test_behind_schedule_only_after_the_first_quarter():
    cond = Condition(
        "k",
        ConditionType.COMMUNITY_HOURS,
        "Community work",
        target=18,
        unit="hours",
        progress=2,
        status=ConditionStatus.IN_PROGRESS,
    )
    early = assess(_active(), [cond], [], datetime(2026, 1, 20))
    assert early.level is ComplianceLevel.ON_TRACK
    later = assess(_active(), [cond], [], datetime(2026, 3, 1))
    assert later.level is ComplianceLevel.AT_RISK
    assert "behind schedule: 2 of 18 hours done" in later.reasons[0].text
    on_pace = assess(
        _active(), [cond.__class__(**{**_fields(cond), "progress": 9})], [], datetime(2026, 3, 1)
    )
    assert on_pace.level is ComplianceLevel.ON_TRACK


def _fields(cond):
    return {f: getattr(cond, f) for f in cond.__dataclass_fields__}


def test_ending_soon_with_unmet_conditions_and_reoffending():
    letter = Condition(
        "k", ConditionType.APOLOGY_LETTER, "Apology letter", status=ConditionStatus.IN_PROGRESS
    )
    result = assess(_active(), [letter], [], datetime(2026, 4, 22))
    assert result.level is ComplianceLevel.AT_RISK
    assert any(r.text == "contract ends in 9 days with 1 condition not yet met" for r in result.reasons)
    reoffended = Condition("k", ConditionType.OFFENDING, "No reoffending", status=ConditionStatus.NOT_MET)
    result = assess(_active(), [reoffended, letter], [], datetime(2026, 2, 1))
    assert result.level is ComplianceLevel.NOT_COMPLYING and result.reasons[0].text == "reoffending reported"
    assert assess(_active(), [letter], [], datetime(2026, 5, 3)).reasons[0].code == "past_end"


def _referral(pid, today, **changes):
    answers = tuple(EligibilityAnswer(q.id, q.expected) for q in ELIGIBILITY_QUESTIONS)
    fields = dict(
        person_id=pid,
        force="Northshire",
        officer="PC 1",
        offence="possession",
        offence_date=today - timedelta(days=5),
        referral_date=today,
        eligibility=answers,
    )
    fields.update(changes)
    return Referral(**fields)


def test_referral_validation_names_every_problem():
    today = date(2026, 3, 1)
    person = Person("", "Smith", date(2027, 1, 1), "NS/1")
    ref = _referral(person.id, today, offence_date=date(2026, 3, 5), eligibility=())
    with pytest.raises(ValidationError) as err:
        validate_new_referral(person, ref, today)
    assert set(err.value.problems) == {"first_name", "date_of_birth", "offence_date", "eligibility"}
    ok = Person("Jo", "Smith", date(1990, 1, 1), "NS/1")
    validate_new_referral(ok, _referral(ok.id, today), today)


def test_failed_eligibility_is_recorded_not_lost():
    answers = tuple(
        EligibilityAnswer(q.id, q.expected if q.id != "hate_crime" else True, "flagged by officer")
        for q in ELIGIBILITY_QUESTIONS
    )
    ref = _referral("p", date(2026, 3, 1), eligibility=answers)
    assert not ref.eligible
    assert [a.question_id for a in ref.failed_eligibility] == ["hate_crime"]
    assert ref.failed_eligibility[0].note == "flagged by officer"
