"""Pathway needs drive the contract: the template's pathway conditions give way to the suggested ones."""

from __future__ import annotations

from desktop.domain import ConditionType, Pathway, default_conditions
from desktop.domain.pathway_needs import NeedLevel, PathwayNeed, suggested_conditions
from desktop.services.pathway_conditions import contract_template_with_needs


def suggestions(*levels: tuple[Pathway, NeedLevel]):
    return suggested_conditions([PathwayNeed(p, level) for p, level in levels], "")


def test_without_suggestions_the_template_is_unchanged() -> None:
    template = default_conditions("")
    assert contract_template_with_needs(template, []) == template


def test_suggested_pathway_conditions_replace_the_templates_and_keep_the_other_conditions_in_place() -> None:
    template = default_conditions("")
    merged = contract_template_with_needs(
        template, suggestions((Pathway.HOUSING, NeedLevel.HIGH), (Pathway.DRUGS, NeedLevel.MEDIUM))
    )
    assert [c.type for c in merged] == [
        ConditionType.OFFENDING,
        ConditionType.VICTIM,
        ConditionType.PATHWAY,
        ConditionType.PATHWAY,
        ConditionType.COMMUNITY_HOURS,
    ]
    assert [c.pathway for c in merged if c.type is ConditionType.PATHWAY] == [Pathway.HOUSING, Pathway.DRUGS]
    drugs = next(c for c in merged if c.pathway is Pathway.DRUGS)
    housing = next(c for c in merged if c.pathway is Pathway.HOUSING)
    assert (drugs.target, drugs.unit) == (6, "sessions")  # the template's drugs target
    assert (housing.target, housing.unit) == (4, "sessions")
    assert [c.position for c in merged] == list(range(5))
    assert merged[0].mandatory and merged[-1].target == 18


def test_only_medium_and_high_needs_are_offered() -> None:
    merged = contract_template_with_needs(
        default_conditions(""),
        suggestions(
            (Pathway.ALCOHOL, NeedLevel.LOW),
            (Pathway.MENTAL_HEALTH, NeedLevel.HIGH),
            (Pathway.FINANCES, NeedLevel.NONE),
        ),
    )
    assert [c.pathway for c in merged if c.type is ConditionType.PATHWAY] == [Pathway.MENTAL_HEALTH]
