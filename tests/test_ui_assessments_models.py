"""The assessment table models, tested without any widget: rows, words for status and gaps, order."""

from __future__ import annotations

from datetime import date, datetime

from instrument_helpers import answers_for_total, definition, shipped

from desktop.domain import Condition, ConditionType, Pathway
from desktop.domain.assessments import (
    Stage,
    complete_assessment,
    correct_assessment,
    new_assessment,
    record_answers,
)
from desktop.domain.instruments import DECLINED
from desktop.domain.pathway_needs import need_coverage, pathway_needs
from desktop.ui.assessments.improvement import ImprovementTableModel, improvement_rows
from desktop.ui.assessments.list_model import BAND, BY, SCORE, STATUS, AssessmentTableModel
from desktop.ui.assessments.needs_view import GAP_NO_CONDITION, NeedCoverageTableModel

TODAY = date(2026, 11, 26)
AT = datetime(2026, 11, 26, 10, 0)


def done(instrument: str, total: int, stage: Stage, on: date, person: str = "p1"):
    d = definition(instrument)
    draft = new_assessment(d, person, stage, on, "u1", today=TODAY)
    return complete_assessment(record_answers(draft, d, answers_for_total(d, total)), d, AT)


def cells(model, col: int) -> list[str]:
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_the_list_is_newest_first_with_scores_bands_and_status_in_words(qapp) -> None:
    start = done("phq9", 16, Stage.START, date(2026, 8, 1))
    review = done("phq9", 8, Stage.REVIEW, date(2026, 10, 1))
    d = definition("phq9")
    partial = new_assessment(d, "p1", Stage.EXIT, date(2026, 11, 20), "u2", today=TODAY)
    partial = complete_assessment(
        record_answers(partial, d, dict(answers_for_total(d, 5)) | {"q3": DECLINED}), d, AT
    )
    fixing = correct_assessment(review, "u2", "typo")
    model = AssessmentTableModel()
    model.set_assessments(
        [start, review, partial, fixing], {"phq9": "PHQ-9"}, {"phq9": 27}, {"u1": "Alex Carter"}
    )
    assert model.rowCount() == 4 and model.columnCount() == 7
    assert cells(model, STATUS) == [
        "Completed",
        "Draft correction",
        "Completed, correction in draft",
        "Completed",
    ]
    assert cells(model, SCORE)[0].endswith("(partial)") and cells(model, BAND)[0] == "—"
    assert cells(model, SCORE)[3] == "16 of 27" and cells(model, BAND)[3] == "Moderately severe"
    assert cells(model, BY) == ["unknown", "Alex Carter", "Alex Carter", "Alex Carter"]
    assert model.has_correction(review.id) and not model.is_superseded(review.id)
    fixed = complete_assessment(fixing, d, AT)
    model.set_assessments([start, review, fixed], {"phq9": "PHQ-9"}, {"phq9": 27}, {})
    assert model.is_superseded(review.id)
    assert "Superseded by a correction" in cells(model, STATUS)


def test_a_safety_flag_is_named_in_the_status_not_only_tinted(qapp) -> None:
    d = definition("phq9")
    draft = new_assessment(d, "p1", Stage.START, TODAY, "u1", today=TODAY)
    flagged = record_answers(draft, d, {"q9": "2"})
    model = AssessmentTableModel()
    model.set_assessments([flagged], {}, {}, {})
    assert cells(model, STATUS) == ["Draft · safety flag"]


def test_coverage_rows_name_each_gap(qapp) -> None:
    answers = {
        "housing_need": "high",
        "drugs_need": "medium",
        "drugs_referral": "Recovery Steps",
        "alcohol_need": "low",
    }
    conditions = [Condition("c1", ConditionType.PATHWAY, "Attend drug treatment", pathway=Pathway.DRUGS)]
    model = NeedCoverageTableModel()
    model.set_rows(need_coverage(pathway_needs(answers), conditions))
    assert cells(model, 0) == ["Alcohol", "Drugs", "Housing"]
    assert cells(model, 4) == ["Low need: none expected", "Covered", GAP_NO_CONDITION]
    assert cells(model, 3) == ["None recorded", "Recovery Steps", "None recorded"]


def test_improvement_rows_put_phq9_gad7_and_audit_first(qapp) -> None:
    assessments = [
        done("phq9", 20, Stage.START, date(2026, 5, 1), "a"),
        done("phq9", 9, Stage.EXIT, date(2026, 9, 1), "a"),
        done("phq9", 9, Stage.START, date(2026, 5, 1), "b"),
        done("phq9", 12, Stage.EXIT, date(2026, 9, 1), "b"),
    ]
    rows = improvement_rows(shipped(), assessments)
    assert [r.definition.id for r in rows][:3] == ["phq9", "gad7", "audit"]
    model = ImprovementTableModel()
    model.set_rows(rows)
    assert [model.data(model.index(0, c)) for c in range(6)] == ["PHQ-9", "1", "1", "0", "50% (1 of 2)", "0"]
    assert model.data(model.index(1, 4)) == "No one measured yet"


def test_chart_ticks_reach_each_instruments_true_maximum():
    from desktop.ui.assessments.charts import tick_step

    for maximum in (21, 27, 40, 12, 15, 20):  # GAD-7, PHQ-9, AUDIT, AUDIT-C, SDS, ratings
        step = tick_step(maximum)
        assert maximum % step == 0 and maximum / step <= 9, (maximum, step)
    assert tick_step(21) == 3  # was 5: the axis stopped labelling at 20
