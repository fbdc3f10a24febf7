"""Administrations: completion, corrections, change over time, and pathway needs driving the contract."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from instrument_helpers import answers_for_total, definition

from desktop.domain.assessments import (
    Assessment,
    Change,
    Stage,
    answers_from_json,
    answers_to_json,
    change_between,
    complete_assessment,
    correct_assessment,
    correction_chain,
    current_assessments,
    improvement_share,
    new_assessment,
    record_answers,
    score_series,
)
from desktop.domain.contract import Condition
from desktop.domain.enums import ConditionType, Pathway
from desktop.domain.errors import DomainError, ValidationError
from desktop.domain.instruments import DECLINED, AnswerValue
from desktop.domain.pathway_needs import (
    NeedLevel,
    need_coverage,
    needs_radar,
    pathway_needs,
    pathways_needing_condition,
    suggested_conditions,
)

TODAY = date(2026, 3, 1)
AT = datetime(2026, 3, 1, 10, 0)


def done(instrument: str, total: int, stage: Stage, on: date, person: str = "p1") -> Assessment:
    d = definition(instrument)
    draft = new_assessment(d, person, stage, on, "worker-1", today=TODAY)
    return complete_assessment(record_answers(draft, d, answers_for_total(d, total)), d, AT)


def screen(levels: dict[Pathway, str], stage: Stage, on: date, **extra: str) -> Assessment:
    d = definition("pathway_needs")
    answers: dict[str, AnswerValue] = {f"{p.value}_need": levels.get(p, "none") for p in Pathway}
    answers.update(extra)
    draft = new_assessment(d, "p1", stage, on, "worker-1", today=TODAY)
    return complete_assessment(record_answers(draft, d, answers), d, AT)


def test_a_draft_cannot_complete_with_unanswered_items_but_can_with_declined_ones() -> None:
    d = definition("phq9")
    draft = new_assessment(d, "p1", Stage.START, TODAY, "worker-1", today=TODAY)
    draft = record_answers(draft, d, {f"q{n}": "1" for n in range(1, 8)})
    with pytest.raises(ValidationError) as refused:
        complete_assessment(draft, d, AT)
    assert set(refused.value.problems) == {"q8", "q9"}
    draft = record_answers(draft, d, dict(draft.answers) | {"q8": "0", "q9": DECLINED})
    completed = complete_assessment(draft, d, AT)
    assert completed.completed and completed.completed_at == AT
    assert completed.score is not None and completed.score.declined_items == ("q9",)


def test_a_completed_assessment_is_never_changed_and_a_correction_is_a_linked_new_version() -> None:
    d = definition("gad7")
    original = done("gad7", 12, Stage.START, date(2026, 1, 5))
    with pytest.raises(DomainError, match="record a correction"):
        record_answers(original, d, {"q1": "0"})
    with pytest.raises(ValidationError):
        correct_assessment(original, "worker-2", "  ")
    correction = correct_assessment(original, "worker-2", "Item 3 was entered as 3, the person said 1")
    assert correction.id != original.id and correction.supersedes == original.id
    assert not correction.completed and correction.answers == original.answers
    assert correction.administered_on == original.administered_on and correction.stage is Stage.START
    # Until the correction is completed, the original stands.
    assert current_assessments([original, correction]) == [original, correction]
    fixed = complete_assessment(record_answers(correction, d, dict(correction.answers) | {"q3": "1"}), d, AT)
    assert current_assessments([original, fixed]) == [fixed]
    assert original.total == 12 and fixed.total is not None and fixed.total < 12
    again = complete_assessment(correct_assessment(fixed, "worker-1", "Date was wrong"), d, AT)
    assert [a.id for a in correction_chain([again, original, fixed], fixed.id)] == [
        original.id,
        fixed.id,
        again.id,
    ]
    assert current_assessments([original, fixed, again]) == [again]


def test_a_draft_cannot_be_corrected_or_dated_in_the_future() -> None:
    d = definition("phq9")
    draft = new_assessment(d, "p1", Stage.START, TODAY, "worker-1", today=TODAY)
    with pytest.raises(DomainError):
        correct_assessment(draft, "worker-1", "typo")
    with pytest.raises(ValidationError, match="future"):
        new_assessment(d, "p1", Stage.START, date(2026, 3, 2), "worker-1", today=TODAY)


def test_answers_for_another_version_are_refused() -> None:
    d = definition("phq9")
    draft = new_assessment(d, "p1", Stage.START, TODAY, "worker-1", today=TODAY)
    with pytest.raises(DomainError, match="gad7"):
        record_answers(draft, definition("gad7"), {})


def test_score_series_follows_the_stages_in_date_order_and_skips_drafts_and_replaced_ones() -> None:
    start = done("phq9", 18, Stage.START, date(2026, 1, 5))
    review = done("phq9", 12, Stage.REVIEW, date(2026, 2, 5))
    exit_ = done("phq9", 4, Stage.EXIT, date(2026, 3, 1))
    other = done("gad7", 9, Stage.START, date(2026, 1, 5))
    draft = new_assessment(definition("phq9"), "p1", Stage.REVIEW, date(2026, 2, 20), "w", today=TODAY)
    series = score_series([exit_, other, review, draft, start], "phq9")
    assert [(p.stage, p.total, p.band_label) for p in series] == [
        (Stage.START, 18, "Moderately severe"),
        (Stage.REVIEW, 12, "Moderate"),
        (Stage.EXIT, 4, "Minimal"),
    ]


def test_change_between_respects_the_direction_and_the_threshold() -> None:
    assert change_between(18, 4) is Change.IMPROVED
    assert change_between(4, 18) is Change.WORSE
    assert change_between(10, 6, min_change=6) is Change.NO_CHANGE
    assert change_between(10, 16, lower_is_better=False) is Change.IMPROVED


def test_caseload_share_improved_between_start_and_exit_uses_phq9_reliable_change() -> None:
    d = definition("phq9")
    caseload = [
        done("phq9", 20, Stage.START, date(2026, 1, 1), "a"),
        done("phq9", 8, Stage.EXIT, date(2026, 3, 1), "a"),
        done("phq9", 15, Stage.START, date(2026, 1, 1), "b"),
        done("phq9", 11, Stage.EXIT, date(2026, 3, 1), "b"),
        done("phq9", 5, Stage.START, date(2026, 1, 1), "c"),
        done("phq9", 14, Stage.EXIT, date(2026, 3, 1), "c"),
        done("phq9", 12, Stage.START, date(2026, 1, 1), "d"),
        done("gad7", 15, Stage.START, date(2026, 1, 1), "e"),
        done("gad7", 3, Stage.EXIT, date(2026, 3, 1), "e"),
    ]
    share = improvement_share(caseload, d)
    assert (share.improved, share.no_change, share.worse, share.without_both) == (1, 1, 1, 1)
    assert share.min_change == 6 and share.share == pytest.approx(1 / 3)
    assert improvement_share(caseload, d, min_change=1).improved == 2
    assert improvement_share([], d).share is None


def test_answers_round_trip_through_json_with_declined_items() -> None:
    answers: dict[str, AnswerValue] = {"q1": "2", "q2": DECLINED, "days": 4, "amount": 2.5, "note": "text"}
    assert answers_from_json(answers_to_json(answers)) == answers
    with pytest.raises(ValidationError):
        answers_from_json({"q1": [1, 2]})


def test_medium_and_high_needs_are_offered_as_conditions_high_first() -> None:
    assessment = screen(
        {Pathway.HOUSING: "medium", Pathway.DRUGS: "high", Pathway.FINANCES: "low"},
        Stage.START,
        date(2026, 1, 5),
        drugs_plan="Weekly sessions with the drug service",
        drugs_referral="Recovery Hub",
        housing_notes="Sofa surfing",
    )
    needs = pathway_needs(assessment.answers)
    assert [n.pathway for n in needs] == list(Pathway)
    chosen = pathways_needing_condition(needs)
    assert [(n.pathway, n.level) for n in chosen] == [
        (Pathway.DRUGS, NeedLevel.HIGH),
        (Pathway.HOUSING, NeedLevel.MEDIUM),
    ]
    offered = suggested_conditions(needs, "contract-1")
    assert [(c.pathway, c.title, c.position) for c in offered] == [
        (Pathway.DRUGS, "Weekly sessions with the drug service", 2),
        (Pathway.HOUSING, "Work on housing needs", 3),
    ]
    assert all(c.type is ConditionType.PATHWAY for c in offered)


def test_need_coverage_shows_which_needs_have_a_condition_and_a_referral() -> None:
    assessment = screen(
        {Pathway.DRUGS: "high", Pathway.MENTAL_HEALTH: "medium", Pathway.FINANCES: "low"},
        Stage.START,
        date(2026, 1, 5),
        drugs_referral="Recovery Hub",
    )
    conditions = [
        Condition("c1", ConditionType.PATHWAY, "Drug sessions", pathway=Pathway.DRUGS),
        Condition("c1", ConditionType.OFFENDING, "Do not reoffend"),
    ]
    rows = {r.need.pathway: r for r in need_coverage(pathway_needs(assessment.answers), conditions)}
    assert set(rows) == {Pathway.DRUGS, Pathway.MENTAL_HEALTH, Pathway.FINANCES}
    assert rows[Pathway.DRUGS].has_condition and rows[Pathway.DRUGS].has_referral
    assert rows[Pathway.MENTAL_HEALTH].uncovered and not rows[Pathway.MENTAL_HEALTH].has_referral
    assert not rows[Pathway.FINANCES].uncovered


def test_radar_compares_start_with_the_latest_later_screen() -> None:
    start = screen({Pathway.DRUGS: "high", Pathway.HOUSING: "medium"}, Stage.START, date(2026, 1, 5))
    review1 = screen({Pathway.DRUGS: "medium"}, Stage.REVIEW, date(2026, 2, 5))
    review2 = screen({Pathway.DRUGS: "low"}, Stage.REVIEW, date(2026, 3, 1))
    assert needs_radar([review1]) is None
    radar = needs_radar([review2, start, review1])
    assert radar is not None and radar.pathways == tuple(Pathway)
    drugs, housing = list(Pathway).index(Pathway.DRUGS), list(Pathway).index(Pathway.HOUSING)
    assert (radar.start[drugs], radar.start[housing]) == (3, 2)
    assert radar.latest is not None and (radar.latest[drugs], radar.latest[housing]) == (1, 0)
    assert radar.latest_on == date(2026, 3, 1) and radar.latest_stage is Stage.REVIEW


def test_the_needs_screen_cannot_complete_without_a_level_for_every_pathway() -> None:
    d = definition("pathway_needs")
    draft = new_assessment(d, "p1", Stage.START, TODAY, "worker-1", today=TODAY)
    draft = record_answers(draft, d, {"alcohol_need": "high"})
    with pytest.raises(ValidationError) as refused:
        complete_assessment(draft, d, AT)
    assert len(refused.value.problems) == 8 and "alcohol_need" not in refused.value.problems
    with pytest.raises(ValidationError):
        record_answers(draft, d, {"alcohol_need": DECLINED})
