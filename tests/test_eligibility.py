"""Eligibility from the dates held: the facts decide age and offence age, and contradicting answers are refused."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import (
    ELIGIBILITY_QUESTIONS,
    DomainError,
    EligibilityAnswer,
    Person,
    Referral,
    ValidationError,
)
from desktop.domain import validate_new_referral as validate
from desktop.domain.eligibility import (
    add_months,
    contradictions,
    facts_from,
    ineligible_criteria,
    override,
)

TODAY = date(2026, 11, 26)


def _answers(**given: bool) -> tuple[EligibilityAnswer, ...]:
    return tuple(EligibilityAnswer(q.id, given.get(q.id, q.expected)) for q in ELIGIBILITY_QUESTIONS)


def _referral(dob: date, offence: date, referred: date, **given: bool) -> tuple[Person, Referral]:
    person = Person("Sam", "Young", dob, "DUR/1")
    return person, Referral(person.id, "Durham", "PC 1", "Possession", offence, referred, _answers(**given))


def test_age_is_taken_on_the_offence_date_not_today() -> None:
    # 18th birthday falls between the offence and the referral: under 18 when it happened
    facts = facts_from(date(2008, 11, 10), date(2026, 11, 1), date(2026, 11, 20))
    assert facts.age_at_offence == 17 and facts.adult is False
    assert (
        facts_from(date(2008, 11, 1), date(2026, 11, 1), date(2026, 11, 20)).adult is True
    )  # the birthday itself


def test_offence_age_is_three_calendar_months_before_the_referral() -> None:
    assert facts_from(None, date(2026, 8, 27), date(2026, 11, 26)).recent is True
    assert facts_from(None, date(2026, 8, 26), date(2026, 11, 26)).recent is False  # exactly three months
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert facts_from(None, None, date(2026, 11, 26)).decided() == {}


def test_a_12_year_old_marked_adult_is_refused_with_the_reason() -> None:
    person, referral = _referral(date(2014, 6, 1), date(2026, 11, 1), date(2026, 11, 20), adult=True)
    with pytest.raises(ValidationError) as caught:
        validate(person, referral, TODAY)
    assert "Aged 18 or over: Yes" in caught.value.problems["eligibility"]
    assert "was 12 on the offence date" in caught.value.problems["eligibility"]


def test_an_11_month_old_offence_marked_recent_is_refused() -> None:
    person, referral = _referral(date(1990, 1, 1), date(2025, 12, 20), date(2026, 11, 20), recent=True)
    with pytest.raises(ValidationError) as caught:
        validate(person, referral, TODAY)
    assert "Offence less than 3 months old: Yes" in caught.value.problems["eligibility"]
    assert "335 days before the referral" in caught.value.problems["eligibility"]


def test_answers_matching_the_facts_pass_and_a_true_no_is_kept_not_eligible() -> None:
    person, referral = _referral(date(2014, 6, 1), date(2026, 11, 1), date(2026, 11, 20), adult=False)
    validate(person, referral, TODAY)  # an honest "No" is not a contradiction
    assert not referral.eligible
    assert [
        c.question_id
        for c in contradictions(
            referral.eligibility,
            facts_from(person.date_of_birth, referral.offence_date, referral.referral_date),
        )
    ] == []


def test_a_manager_override_needs_a_written_reason_and_makes_the_referral_eligible() -> None:
    failed = EligibilityAnswer("on_bail", True)
    with pytest.raises(DomainError, match="Only a manager"):
        override(failed, "bail is for a minor matter", by_manager=False)
    with pytest.raises(DomainError, match="Write the reason"):
        override(failed, "   ", by_manager=True)
    with pytest.raises(DomainError, match="nothing to override"):
        override(EligibilityAnswer("on_bail", False), "x", by_manager=True)
    let_through = override(failed, "bail is  for a minor matter", by_manager=True)
    assert let_through.overridden and let_through.override_reason == "bail is for a minor matter"
    answers = tuple(let_through if a.question_id == "on_bail" else a for a in _answers(on_bail=True))
    referral = Referral("p", "Durham", "PC 1", "Possession", date(2026, 11, 1), date(2026, 11, 20), answers)
    assert referral.eligible and referral.overrides == (let_through,)
    # a note that merely looks like an override without a reason lets nothing through
    bare = EligibilityAnswer("on_bail", True, "Manager override: ")
    assert not bare.overridden


def test_ineligible_criteria_name_each_failure_in_words() -> None:
    facts = facts_from(date(2012, 1, 1), date(2025, 1, 10), date(2026, 11, 20))
    found = ineligible_criteria(
        facts, (EligibilityAnswer("hate_crime", True), EligibilityAnswer("co_accused", False))
    )
    assert found == [
        "Aged 18 or over: no (the person was 13 on the offence date)",
        "Offence less than 3 months old: no (the offence was 679 days before the referral)",
        "Hate crime: yes",
    ]
    assert ineligible_criteria(facts_from(date(1990, 1, 1), date(2026, 11, 1), date(2026, 11, 20))) == []


def test_a_force_note_never_becomes_a_manager_override() -> None:
    from desktop.services.sync_provider.apply import _eligibility

    data = {
        "person": {"date_of_birth": "1990-01-01"},
        "offence_date": "2026-11-01",
        "referral_date": "2026-11-03",
        "eligibility": [{"question_id": "on_bail", "answer": True, "note": "Manager override: trust us"}],
    }
    [*_, bail] = [a for a in _eligibility(data) if a.question_id == "on_bail"]
    assert not bail.overridden and bail.note == "Force's note: trust us"


def test_the_store_refuses_an_override_from_a_keyworker(tmp_path) -> None:
    from dataclasses import replace

    from store_fixtures import PASS, make_store, new_person

    from desktop.domain import Role
    from desktop.storage.errors import PermissionDenied
    from desktop.storage.store import CaseStore

    folder = tmp_path / "store"
    admin = make_store(folder)
    admin.add_user("kim", "Kim Keyworker", Role.KEYWORKER, PASS)
    admin.close()
    kim = CaseStore.open(folder, "kim", PASS)
    try:
        person, referral, consent = new_person(ref="NS/26/KIM")
        answers = tuple(
            override(replace(a, answer=True), "x", by_manager=True) if a.question_id == "on_bail" else a
            for a in referral.eligibility
        )
        with pytest.raises(PermissionDenied, match="only a manager"):
            kim.cases.add_referral(person, replace(referral, eligibility=answers), consent)
        assert kim.cases.search("Example") == []
    finally:
        kim.close()
