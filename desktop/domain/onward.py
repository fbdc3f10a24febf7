"""Onward referrals: the person referred to another agency on a pathway (who, when, accepted, first attended).

A referral is a dated record, so a return reads it as of its period's end: a referral dated after the period is
not there yet; an acceptance or a first attendance dated after it is "not known" / "not yet" on that return,
whatever was recorded later. Nothing here reads the clock: `today` is passed in.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from .enums import Pathway
from .errors import Problem, ValidationError
from .ids import new_id

MAX_AGENCY = 120
MAX_NOTE = 500


class Accepted(StrEnum):
    YES = "yes"
    NO = "no"
    NOT_KNOWN = "not_known"

    @property
    def label(self) -> str:
        return {"yes": "Accepted", "no": "Not accepted", "not_known": "Not known yet"}[self.value]


@dataclass(frozen=True, slots=True)
class OnwardReferral:
    person_id: str
    pathway: Pathway
    agency: str
    referred_on: date
    accepted: Accepted = Accepted.NOT_KNOWN
    accepted_on: date | None = None  # when the agency said yes or no; None while not known
    first_attended_on: date | None = None
    note: str = ""  # a short working note; never printed on a return
    id: str = field(default_factory=new_id)
    row_version: int = 1
    recorded_by: str = ""


def checked(r: OnwardReferral, today: date) -> OnwardReferral:
    """The referral tidied (spaces), or ValidationError naming each field that breaks a rule."""
    agency = " ".join(r.agency.split())
    note = r.note.strip()
    problems: dict[str, str] = {}
    if not agency:
        problems["agency"] = Problem("agency_required")
    elif len(agency) > MAX_AGENCY:
        problems["agency"] = Problem("too_long", most=MAX_AGENCY)
    if len(note) > MAX_NOTE:
        problems["note"] = Problem("too_long", most=MAX_NOTE)
    if r.referred_on > today:
        problems["date referred"] = Problem("future")
    if r.accepted is Accepted.NOT_KNOWN:
        if r.accepted_on is not None:
            problems["date accepted"] = Problem("given_but_not_known")
    elif r.accepted_on is None:
        problems["date accepted"] = Problem("required_once_answered")
    elif r.accepted_on < r.referred_on:
        problems["date accepted"] = Problem("before_referral")
    elif r.accepted_on > today:
        problems["date accepted"] = Problem("future")
    if r.first_attended_on is not None:
        if r.accepted is not Accepted.YES:
            problems["first attended"] = Problem("accept_first")
        elif r.first_attended_on < r.referred_on:
            problems["first attended"] = Problem("before_referral")
        elif r.accepted_on is not None and r.first_attended_on < r.accepted_on:
            problems["first attended"] = Problem("before_accepted")
        elif r.first_attended_on > today:
            problems["first attended"] = Problem("future")
    if problems:
        raise ValidationError(problems)
    return replace(r, agency=agency, note=note)


@dataclass(frozen=True, slots=True)
class OnwardAsOf:
    """What a return may say about one referral at the end of `day`."""

    pathway: Pathway
    agency: str
    referred_on: date
    accepted: Accepted
    accepted_on: date | None
    first_attended_on: date | None


def as_of(r: OnwardReferral, day: date) -> OnwardAsOf | None:
    """The referral as it stood at the end of `day`: None before it was made; later answers left off."""
    if r.referred_on > day:
        return None
    answered = r.accepted_on is not None and r.accepted_on <= day
    attended = (
        r.first_attended_on if r.first_attended_on and r.first_attended_on <= day and answered else None
    )
    return OnwardAsOf(
        r.pathway,
        r.agency,
        r.referred_on,
        r.accepted if answered else Accepted.NOT_KNOWN,
        r.accepted_on if answered else None,
        attended,
    )


def referrals_as_of(
    referrals: list[OnwardReferral] | tuple[OnwardReferral, ...], day: date
) -> list[OnwardAsOf]:
    """Every referral made by the end of `day`, oldest first (then by pathway and agency, for a stable order)."""
    found = [x for x in (as_of(r, day) for r in referrals) if x is not None]
    return sorted(found, key=lambda x: (x.referred_on, x.pathway.value, x.agency))
