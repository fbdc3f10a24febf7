"""Properties of scoring over any answer set the shipped scored instruments allow."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from instrument_helpers import definition

from desktop.domain.instruments import DECLINED, AnswerValue, InstrumentDefinition, score

SCORED_WITH_BANDS = ["phq9", "gad7", "audit", "audit_c"]


def points(d: InstrumentDefinition, item_id: str, value: AnswerValue) -> int:
    option = d.item(item_id).option(str(value))
    assert option is not None and option.score is not None
    return option.score


def complete_answers(d: InstrumentDefinition) -> st.SearchStrategy[dict[str, AnswerValue]]:
    return st.fixed_dictionaries(
        {i.id: st.sampled_from([o.value for o in i.options]) for i in d.scored_items}
    )


def any_answers(d: InstrumentDefinition) -> st.SearchStrategy[dict[str, AnswerValue]]:
    """Each scored item answered, declined or left out."""
    choices = {
        i.id: st.one_of(st.sampled_from([o.value for o in i.options]), st.just(DECLINED), st.none())
        for i in d.scored_items
    }
    return st.fixed_dictionaries(choices).map(lambda a: {k: v for k, v in a.items() if v is not None})


@pytest.mark.parametrize("instrument", SCORED_WITH_BANDS)
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_a_complete_answer_set_falls_in_exactly_one_band(instrument: str, data: st.DataObject) -> None:
    d = definition(instrument)
    answers = data.draw(complete_answers(d))
    result = score(d, answers)
    expected_total = sum(points(d, k, v) for k, v in answers.items())
    assert result.total == expected_total
    assert d.scoring.total_min <= expected_total <= d.scoring.total_max
    containing = [b for b in d.bands if b.minimum <= expected_total <= b.maximum]
    assert len(containing) == 1
    assert result.band == containing[0]
    assert result.complete and not result.total_is_partial


@pytest.mark.parametrize("instrument", [*SCORED_WITH_BANDS, "sds"])
@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_any_answer_set_scores_consistently(instrument: str, data: st.DataObject) -> None:
    d = definition(instrument)
    answers = data.draw(any_answers(d))
    result = score(d, answers)
    answered = [k for k, v in answers.items() if v is not DECLINED]
    assert result.total == sum(points(d, k, answers[k]) for k in answered)
    missing = {i.id for i in d.scored_items} - set(answered)
    assert set(result.missing_scored_items) == missing
    assert (result.band is None) == (bool(missing) or not d.bands)
    assert set(result.declined_items) == {k for k, v in answers.items() if v is DECLINED}
    # Answering more can never lower a total-based flag: flags on a partial total stay raised.
    full = score(
        d,
        {i.id: max(i.options, key=lambda o: o.score or 0).value for i in d.scored_items}
        | {k: v for k, v in answers.items() if v is not DECLINED},
    )
    assert {f.id for f in result.flags if f.total_min is not None} <= {f.id for f in full.flags}
