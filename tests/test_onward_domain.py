"""Onward referrals: the rules on their dates and answers, and what a return may say as of a period's end."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import Pathway, ValidationError
from desktop.domain.onward import Accepted, OnwardReferral, as_of, checked, referrals_as_of

TODAY = date(2026, 12, 3)


def _ref(**kw: object) -> OnwardReferral:
    base: dict[str, object] = {
        "person_id": "p1",
        "pathway": Pathway.HOUSING,
        "agency": "  Shelter   North ",
        "referred_on": date(2026, 11, 2),
    }
    base.update(kw)
    return OnwardReferral(**base)  # type: ignore[arg-type]


def test_a_plain_referral_is_tidied() -> None:
    r = checked(_ref(), TODAY)
    assert r.agency == "Shelter North" and r.accepted is Accepted.NOT_KNOWN


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"agency": "  "}, "agency"),
        ({"agency": "x" * 121}, "agency"),
        ({"referred_on": date(2026, 12, 4)}, "date referred"),
        ({"accepted": Accepted.YES}, "date accepted"),
        ({"accepted": Accepted.NO, "accepted_on": date(2026, 11, 1)}, "date accepted"),
        ({"accepted_on": date(2026, 11, 5)}, "date accepted"),
        ({"accepted": Accepted.YES, "accepted_on": date(2026, 12, 9)}, "date accepted"),
        ({"first_attended_on": date(2026, 11, 9)}, "first attended"),
        (
            {
                "accepted": Accepted.NO,
                "accepted_on": date(2026, 11, 5),
                "first_attended_on": date(2026, 11, 9),
            },
            "first attended",
        ),
        (
            {
                "accepted": Accepted.YES,
                "accepted_on": date(2026, 11, 5),
                "first_attended_on": date(2026, 11, 4),
            },
            "first attended",
        ),
        (
            {
                "accepted": Accepted.YES,
                "accepted_on": date(2026, 11, 5),
                "first_attended_on": date(2026, 12, 5),
            },
            "first attended",
        ),
    ],
)
def test_each_broken_rule_is_named(change: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as err:
        checked(_ref(**change), TODAY)
    assert field in err.value.problems


def test_as_of_leaves_off_what_was_not_yet_dated() -> None:
    r = checked(
        _ref(accepted=Accepted.YES, accepted_on=date(2026, 11, 20), first_attended_on=date(2026, 11, 27)),
        TODAY,
    )
    assert as_of(r, date(2026, 11, 1)) is None  # not made yet
    early = as_of(r, date(2026, 11, 10))
    assert early is not None and early.accepted is Accepted.NOT_KNOWN and early.accepted_on is None
    assert early.first_attended_on is None
    mid = as_of(r, date(2026, 11, 25))
    assert mid is not None and mid.accepted is Accepted.YES and mid.first_attended_on is None
    late = as_of(r, date(2026, 11, 30))
    assert late is not None and late.first_attended_on == date(2026, 11, 27)


def test_referrals_as_of_are_oldest_first_and_skip_later_ones() -> None:
    a = _ref(pathway=Pathway.DRUGS, agency="Recovery Hub", referred_on=date(2026, 11, 9))
    b = _ref(referred_on=date(2026, 11, 2))
    c = _ref(referred_on=date(2026, 12, 1))
    found = referrals_as_of([a, b, c], date(2026, 11, 30))
    assert [(x.pathway, x.referred_on) for x in found] == [
        (Pathway.HOUSING, date(2026, 11, 2)),
        (Pathway.DRUGS, date(2026, 11, 9)),
    ]


def test_an_emergency_contact_needs_a_name_and_a_phone_together() -> None:
    from desktop.domain.demographics import contact_problems

    assert contact_problems("", "", "", "") == {}
    assert contact_problems("Riverside Surgery", "Ann Example", "07700 900111", "Mother") == {}
    assert set(contact_problems("", "Ann Example", "", "Mother")) == {"emergency_phone"}
    assert set(contact_problems("", "", "07700 900111", "")) == {"emergency_name"}
    assert set(contact_problems("x" * 201, "", "", "")) == {"gp_practice"}
