"""The victim side of a victim-related condition: the victim's wishes, the contact made, and its outcome.

Held for the restorative, victim awareness and apology letter conditions. The victim's name and how to reach
them are personal data of someone who is not the client: they stay in the store (erased with the person's
record, listed in a subject access export) and never reach a return. The return carries one data-minimised
line built from `victim_as_of` (dated facts only, as of the period's end): e.g. "Victim contact: made on 12 Nov
2026 (letter); outcome recorded". The outcome's words are never printed, only that one was recorded.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from .enums import ConditionType
from .errors import Problem, ValidationError
from .ids import new_id

VICTIM_CONDITIONS = frozenset(
    {ConditionType.VICTIM, ConditionType.VICTIM_AWARENESS, ConditionType.APOLOGY_LETTER}
)
MAX_NAME = 200
MAX_TEXT = 1000


class VictimWishes(StrEnum):
    NOT_ASKED = "not_asked"
    WANTS_CONTACT = "wants_contact"
    NO_CONTACT = "no_contact"

    @property
    def label(self) -> str:
        return {
            "not_asked": "Not asked yet",
            "wants_contact": "Wants contact",
            "no_contact": "Does not want contact",
        }[self.value]


class ContactHow(StrEnum):
    LETTER = "letter"
    PHONE = "phone"
    MEETING = "meeting"
    THROUGH_POLICE = "through_police"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            "letter": "letter",
            "phone": "phone",
            "meeting": "meeting",
            "through_police": "through the police",
            "other": "other",
        }[self.value]


@dataclass(frozen=True, slots=True)
class VictimContact:
    condition_id: str
    person_id: str
    wishes: VictimWishes = VictimWishes.NOT_ASKED
    wishes_on: date | None = None  # when the victim was asked (through the force or the service)
    contact_on: date | None = None
    contact_how: ContactHow | None = None
    outcome: str = ""  # in the keyworker's words; never on a return
    outcome_on: date | None = None
    victim_name: str = ""  # optional; never on a return
    victim_contact: str = ""  # optional phone / address / via officer; never on a return
    id: str = field(default_factory=new_id)
    row_version: int = 1


def checked(v: VictimContact, today: date) -> VictimContact:
    """The record tidied, or ValidationError naming each field that breaks a rule."""
    v = replace(
        v,
        outcome=v.outcome.strip(),
        victim_name=" ".join(v.victim_name.split()),
        victim_contact=v.victim_contact.strip(),
    )
    problems: dict[str, str] = {}
    if v.wishes is VictimWishes.NOT_ASKED:
        if v.wishes_on is not None:
            problems["date asked"] = Problem("given_but_not_asked")
        if v.contact_on is not None:
            problems["contact"] = Problem("contact_before_wishes")
    elif v.wishes_on is None:
        problems["date asked"] = Problem("required_once_wishes")
    elif v.wishes_on > today:
        problems["date asked"] = Problem("future")
    if v.wishes is VictimWishes.NO_CONTACT and v.contact_on is not None:
        problems["contact"] = Problem("contact_unwanted")
    if v.contact_on is not None:
        if v.contact_how is None:
            problems["contact"] = Problem("say_how_contacted")
        elif v.wishes_on is not None and v.contact_on < v.wishes_on:
            problems["contact"] = Problem("contact_before_asked")
        elif v.contact_on > today:
            problems["contact"] = Problem("future")
    elif v.contact_how is not None:
        problems["contact"] = Problem("contact_date_needed")
    if v.outcome and v.outcome_on is None:
        problems["outcome"] = Problem("outcome_date_needed")
    elif v.outcome_on is not None:
        if not v.outcome:
            problems["outcome"] = Problem("dated_but_empty")
        elif v.outcome_on > today:
            problems["outcome"] = Problem("dated_in_future")
        elif v.contact_on is None and v.wishes is not VictimWishes.NO_CONTACT:
            problems["outcome"] = Problem("contact_first")
        elif v.contact_on is not None and v.outcome_on < v.contact_on:
            problems["outcome"] = Problem("before_contact")
    if len(v.victim_name) > MAX_NAME:
        problems["victim's name"] = Problem("too_long", most=MAX_NAME)
    for name, text in (("outcome", v.outcome), ("victim's contact details", v.victim_contact)):
        if len(text) > MAX_TEXT:
            problems[name] = Problem("too_long", most=MAX_TEXT)
    if problems:
        raise ValidationError(problems)
    return v


@dataclass(frozen=True, slots=True)
class VictimAsOf:
    """What a return may say at the end of a day: no name, no contact details, no outcome text."""

    wishes: VictimWishes
    contact_on: date | None
    contact_how: ContactHow | None
    outcome_recorded: bool


def victim_as_of(v: VictimContact | None, day: date) -> VictimAsOf:
    """The victim side as it stood at the end of `day`: each fact only if dated on or before it."""
    if v is None or v.wishes_on is None or v.wishes_on > day:
        return VictimAsOf(VictimWishes.NOT_ASKED, None, None, False)
    made = v.contact_on is not None and v.contact_on <= day
    return VictimAsOf(
        v.wishes,
        v.contact_on if made else None,
        v.contact_how if made else None,
        v.outcome_on is not None and v.outcome_on <= day,
    )
