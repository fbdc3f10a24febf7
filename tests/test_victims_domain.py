"""The victim side of a victim condition: rules on the wishes, the contact and the outcome; the as-of facts."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import ValidationError
from desktop.domain.victims import ContactHow, VictimContact, VictimWishes, checked, victim_as_of

TODAY = date(2026, 12, 3)


def _v(**kw: object) -> VictimContact:
    base: dict[str, object] = {"condition_id": "c1", "person_id": "p1"}
    base.update(kw)
    return VictimContact(**base)  # type: ignore[arg-type]


def test_not_asked_is_the_default_and_valid() -> None:
    assert checked(_v(), TODAY).wishes is VictimWishes.NOT_ASKED


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"wishes_on": date(2026, 11, 1)}, "date asked"),
        ({"wishes": VictimWishes.WANTS_CONTACT}, "date asked"),
        ({"wishes": VictimWishes.WANTS_CONTACT, "wishes_on": date(2026, 12, 9)}, "date asked"),
        ({"contact_on": date(2026, 11, 5), "contact_how": ContactHow.LETTER}, "contact"),
        (
            {
                "wishes": VictimWishes.NO_CONTACT,
                "wishes_on": date(2026, 11, 1),
                "contact_on": date(2026, 11, 5),
                "contact_how": ContactHow.LETTER,
            },
            "contact",
        ),
        (
            {
                "wishes": VictimWishes.WANTS_CONTACT,
                "wishes_on": date(2026, 11, 1),
                "contact_on": date(2026, 11, 5),
            },
            "contact",
        ),
        (
            {
                "wishes": VictimWishes.WANTS_CONTACT,
                "wishes_on": date(2026, 11, 10),
                "contact_on": date(2026, 11, 5),
                "contact_how": ContactHow.PHONE,
            },
            "contact",
        ),
        (
            {"wishes": VictimWishes.WANTS_CONTACT, "wishes_on": date(2026, 11, 1), "outcome": "Apology read"},
            "outcome",
        ),
        (
            {
                "wishes": VictimWishes.WANTS_CONTACT,
                "wishes_on": date(2026, 11, 1),
                "outcome": "Apology read",
                "outcome_on": date(2026, 11, 9),
            },
            "outcome",
        ),
        ({"victim_name": "x" * 201}, "victim's name"),
    ],
)
def test_each_broken_rule_is_named(change: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as err:
        checked(_v(**change), TODAY)
    assert field in err.value.problems


def test_as_of_only_counts_what_was_dated_by_then() -> None:
    v = checked(
        _v(
            wishes=VictimWishes.WANTS_CONTACT,
            wishes_on=date(2026, 11, 1),
            contact_on=date(2026, 11, 12),
            contact_how=ContactHow.LETTER,
            outcome="Letter received and accepted",
            outcome_on=date(2026, 11, 20),
            victim_name="Sam Victim",
        ),
        TODAY,
    )
    before = victim_as_of(v, date(2026, 10, 31))
    assert before.wishes is VictimWishes.NOT_ASKED and before.contact_on is None
    asked = victim_as_of(v, date(2026, 11, 5))
    assert asked.wishes is VictimWishes.WANTS_CONTACT and asked.contact_on is None
    made = victim_as_of(v, date(2026, 11, 15))
    assert made.contact_on == date(2026, 11, 12) and made.contact_how is ContactHow.LETTER
    assert not made.outcome_recorded
    assert victim_as_of(v, date(2026, 11, 30)).outcome_recorded
    assert "Sam" not in repr(victim_as_of(v, date(2026, 11, 30)))
