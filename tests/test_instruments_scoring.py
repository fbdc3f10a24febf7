"""Scoring the shipped instruments against their published bands, flags and follow-ups."""

from __future__ import annotations

import pytest
from instrument_helpers import answers_for_total, definition, shipped

from desktop.domain.errors import ValidationError
from desktop.domain.instruments import DECLINED, Severity, carry_over_answers, score, score_summary

# Published bands (DOMAIN.md), written out here rather than read from the files under test.
PUBLISHED = {
    "phq9": [
        (0, 4, "Minimal"),
        (5, 9, "Mild"),
        (10, 14, "Moderate"),
        (15, 19, "Moderately severe"),
        (20, 27, "Severe"),
    ],
    "gad7": [(0, 4, "Minimal"), (5, 9, "Mild"), (10, 14, "Moderate"), (15, 21, "Severe")],
    "audit": [
        (0, 7, "Lower risk"),
        (8, 15, "Increasing risk"),
        (16, 19, "Higher risk"),
        (20, 40, "Possible dependence"),
    ],
    "audit_c": [(0, 4, "Negative (lower risk)"), (5, 12, "Positive: complete the full AUDIT")],
}
BOUNDARIES = [
    (instrument, total, label)
    for instrument, bands in PUBLISHED.items()
    for low, high, label in bands
    for total in sorted({low, high})
]


def test_every_shipped_definition_loads_without_problems() -> None:
    catalogue = shipped()
    assert catalogue.problems == ()
    assert set(catalogue.ids()) == {
        "phq9",
        "gad7",
        "audit",
        "audit_c",
        "sds",
        "substance_use_28d",
        "housing",
        "pathway_needs",
    }
    assert all(d.licence.strip() for d in catalogue.latest())
    assert "outcomes_star" not in catalogue.ids()


@pytest.mark.parametrize(
    ("instrument", "total", "label"), BOUNDARIES, ids=[f"{i}-{t}" for i, t, _ in BOUNDARIES]
)
def test_band_at_every_published_boundary(instrument: str, total: int, label: str) -> None:
    d = definition(instrument)
    result = score(d, answers_for_total(d, total))
    assert result.total == total
    assert result.complete
    assert result.band is not None and result.band.label == label


@pytest.mark.parametrize(
    ("instrument", "low", "high"),
    [("phq9", 0, 27), ("gad7", 0, 21), ("audit", 0, 40), ("audit_c", 0, 12), ("sds", 0, 15)],
)
def test_total_range_matches_the_published_range(instrument: str, low: int, high: int) -> None:
    d = definition(instrument)
    assert (d.scoring.total_min, d.scoring.total_max) == (low, high)
    assert score(d, answers_for_total(d, low)).total == low
    assert score(d, answers_for_total(d, high)).total == high
    with pytest.raises(AssertionError):
        answers_for_total(d, high + 1)


def test_phq9_item_9_raises_the_safety_flag_even_with_a_minimal_total() -> None:
    d = definition("phq9")
    answers = {f"q{n}": "0" for n in range(1, 9)} | {"q9": "1"}
    result = score(d, answers)
    assert result.total == 1 and result.band is not None and result.band.label == "Minimal"
    assert [f.id for f in result.safety_flags] == ["self_harm_thoughts"]
    assert result.flags[0].severity is Severity.SAFETY


def test_phq9_high_total_without_item_9_raises_no_safety_flag() -> None:
    d = definition("phq9")
    answers = {f"q{n}": "3" for n in range(1, 9)} | {"q9": "0"}
    result = score(d, answers)
    assert result.total == 24 and result.band is not None and result.band.label == "Severe"
    assert result.safety_flags == ()


def test_phq9_item_9_flag_shows_while_the_form_is_still_incomplete() -> None:
    result = score(definition("phq9"), {"q9": "2"})
    assert not result.complete
    assert [f.id for f in result.flags] == ["self_harm_thoughts"]


@pytest.mark.parametrize("item", ["q9", "q10"])
def test_audit_q9_and_q10_score_only_0_2_or_4(item: str) -> None:
    d = definition("audit")
    assert [o.score for o in d.item(item).options] == [0, 2, 4]
    base = {f"q{n}": "0" for n in range(1, 11)}
    for value in ("1", "3"):
        with pytest.raises(ValidationError) as refused:
            score(d, base | {item: value})
        assert item in refused.value.problems
    assert score(d, base | {item: "4"}).total == 4
    assert score(d, base | {item: "2"}).total == 2


def test_audit_q1_to_q8_score_0_to_4() -> None:
    d = definition("audit")
    for n in range(1, 9):
        assert [o.score for o in d.item(f"q{n}").options] == [0, 1, 2, 3, 4]


def test_audit_c_positive_offers_the_full_audit_and_carries_its_answers() -> None:
    audit_c, audit = definition("audit_c"), definition("audit")
    answers = {"q1": "2", "q2": "2", "q3": "1"}
    result = score(audit_c, answers)
    assert result.total == 5
    assert result.follow_ups == ("audit",)
    carried = carry_over_answers(answers, audit)
    assert carried == answers
    follow_up = score(audit, carried)
    assert not follow_up.complete and set(follow_up.unanswered_items) == {f"q{n}" for n in range(4, 11)}
    assert follow_up.total == 5 and follow_up.band is None


def test_audit_c_of_4_offers_nothing() -> None:
    result = score(definition("audit_c"), {"q1": "4", "q2": "0", "q3": "0"})
    assert result.total == 4 and result.follow_ups == () and result.flags == ()


def test_audit_c_already_positive_on_a_partial_total() -> None:
    result = score(definition("audit_c"), {"q1": "4", "q2": "1"})
    assert not result.complete and result.follow_ups == ("audit",)


def test_declined_items_complete_the_form_but_leave_no_band() -> None:
    d = definition("phq9")
    answers = {f"q{n}": "1" for n in range(1, 9)} | {"q9": DECLINED}
    result = score(d, answers)
    assert result.complete
    assert result.declined_items == ("q9",)
    assert result.unanswered_items == ()
    assert result.total == 8 and result.total_is_partial and result.band is None


def test_unanswered_items_keep_the_form_incomplete() -> None:
    d = definition("gad7")
    result = score(d, {"q1": "3", "q2": "3", "q4": "  "} | {"q3": DECLINED})
    assert not result.complete
    assert result.unanswered_items == ("q4", "q5", "q6", "q7")
    assert result.declined_items == ("q3",)


def test_sds_needs_the_drug_named_and_keeps_the_raw_score_without_a_band() -> None:
    d = definition("sds")
    scores = {f"q{n}": "2" for n in range(1, 6)}
    without_drug = score(d, scores)
    assert without_drug.total == 10 and without_drug.band is None
    assert without_drug.unanswered_items == ("drug",)
    with pytest.raises(ValidationError) as refused:
        score(d, scores | {"drug": DECLINED})
    assert refused.value.problems == {"drug": "cannot be declined"}
    named = score(d, scores | {"drug": "heroin"})
    assert named.complete and named.total == 10 and not named.total_is_partial


def test_invalid_answers_are_refused_by_item() -> None:
    d = definition("phq9")
    with pytest.raises(ValidationError) as refused:
        score(d, {"q1": "4", "q2": 1, "q99": "0"})
    assert set(refused.value.problems) == {"q1", "q2", "q99"}


def test_28_day_profile_checks_numbers_and_raises_harm_reduction_flags() -> None:
    d = definition("substance_use_28d")
    assert d.has_total is False
    with pytest.raises(ValidationError) as refused:
        score(d, {"alcohol_days_week1": 8, "psychological_health": 21, "cannabis_days_week2": 2.5})
    assert set(refused.value.problems) == {
        "alcohol_days_week1",
        "psychological_health",
        "cannabis_days_week2",
    }
    result = score(
        d,
        {
            "alcohol_days_week1": 7,
            "alcohol_amount": 12.5,
            "quality_of_life": 0,
            "shared_needles": "yes",
            "eviction_risk": "yes",
        },
    )
    assert result.total is None and result.band is None
    assert {f.id for f in result.flags} == {"shared_needles", "eviction_risk"}
    assert result.follow_ups == ("housing",)
    assert not result.complete


def test_housing_urgent_need_raises_a_flag() -> None:
    d = definition("housing")
    assert [o.value for o in d.item("housing_need").options] == ["none", "problem", "urgent"]
    result = score(d, {"accommodation": "rough_sleeping", "housing_need": "urgent", "eviction_risk": "no"})
    assert result.complete
    assert [f.id for f in result.flags] == ["urgent_housing"]


def test_score_summary_reads_well_on_the_form() -> None:
    phq9, housing = definition("phq9"), definition("housing")
    assert score_summary(phq9, score(phq9, answers_for_total(phq9, 12))) == "12 of 27: Moderate"
    partial = score(phq9, {"q1": "3", "q2": "2", "q3": DECLINED})
    assert score_summary(phq9, partial) == "5 so far of 27 (1 declined, 6 to answer; no band)"
    assert score_summary(housing, score(housing, {"housing_need": "none"})) == "1 of 6 answered"
