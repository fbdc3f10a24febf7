"""Eligibility checked against the facts held: the dates decide some answers, and no answer may contradict them.

Two criteria follow from dates the referral already holds (DOMAIN.md, Durham's scheme):
- "Aged 18 or over": the person's age **on the offence date**, from the date of birth;
- "Offence less than 3 months old": the offence date is less than three calendar months before the
  **referral date** (the date the force referred, so the answer does not drift as the form sits open).
The other criteria are facts only the force or the navigator knows, so they stay answers.

A manager may override a failed criterion, but only with a written reason; the override is kept with the
answer (its `note`, prefixed) so the record, the audit line and the contract start notice show it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from .errors import DomainError
from .people import ELIGIBILITY_QUESTIONS, OVERRIDE_PREFIX, EligibilityAnswer

ADULT_AGE = 18
RECENT_MONTHS = 3
FACT_QUESTIONS = ("adult", "recent")  # the criteria the dates decide
_TEXT = {q.id: q.text for q in ELIGIBILITY_QUESTIONS}


def age_on(date_of_birth: date, day: date) -> int:
    years = day.year - date_of_birth.year
    if (day.month, day.day) < (date_of_birth.month, date_of_birth.day):
        years -= 1
    return years


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the month's last day (30 Nov + 3 months = 28/29 Feb)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


@dataclass(frozen=True, slots=True)
class Facts:
    """What the dates held say about the criteria; None where a date is missing."""

    age_at_offence: int | None
    offence_age_days: int | None
    adult: bool | None
    recent: bool | None

    def decided(self) -> dict[str, bool]:
        """The answers the facts decide (prefilled and locked on the form)."""
        out: dict[str, bool] = {}
        if self.adult is not None:
            out["adult"] = self.adult
        if self.recent is not None:
            out["recent"] = self.recent
        return out

    def reason(self, question_id: str) -> str:
        if question_id == "adult" and self.age_at_offence is not None:
            return f"the person was {self.age_at_offence} on the offence date"
        if question_id == "recent" and self.offence_age_days is not None:
            return f"the offence was {self.offence_age_days} days before the referral"
        return ""


def facts_from(date_of_birth: date | None, offence_date: date | None, referral_date: date | None) -> Facts:
    age = age_on(date_of_birth, offence_date) if date_of_birth and offence_date else None
    days = (referral_date - offence_date).days if offence_date and referral_date else None
    recent = (
        referral_date < add_months(offence_date, RECENT_MONTHS)
        if offence_date and referral_date and days is not None and days >= 0
        else None
    )
    return Facts(age, days, None if age is None else age >= ADULT_AGE, recent)


@dataclass(frozen=True, slots=True)
class Contradiction:
    question_id: str
    given: bool
    reason: str

    @property
    def text(self) -> str:
        yes_no = "Yes" if self.given else "No"
        return f"'{_TEXT[self.question_id]}: {yes_no}' contradicts the dates: {self.reason}"


def contradictions(answers: tuple[EligibilityAnswer, ...], facts: Facts) -> list[Contradiction]:
    """Every answer the dates prove wrong, each with the reason in words."""
    decided = facts.decided()
    return [
        Contradiction(a.question_id, a.answer, facts.reason(a.question_id))
        for a in answers
        if a.question_id in decided and decided[a.question_id] != a.answer
    ]


def is_overridden(answer: EligibilityAnswer) -> bool:
    return answer.overridden


def override_reason(answer: EligibilityAnswer) -> str:
    return answer.override_reason


def override(answer: EligibilityAnswer, reason: str, by_manager: bool) -> EligibilityAnswer:
    """A failed criterion let through by a manager with a written reason; anything else is refused."""
    if not by_manager:
        raise DomainError("eligibility.override_manager_only")
    if answer.passes:
        raise DomainError("eligibility.nothing_to_override", question=answer.question.text)
    if not reason.strip():
        raise DomainError("eligibility.override_reason_needed", question=answer.question.text)
    return replace(answer, note=OVERRIDE_PREFIX + " ".join(reason.split()))


def unresolved_failures(answers: tuple[EligibilityAnswer, ...]) -> tuple[EligibilityAnswer, ...]:
    """Failed answers a manager has not overridden."""
    return tuple(a for a in answers if not a.passes and not is_overridden(a))


def ineligible_criteria(facts: Facts, answers: tuple[EligibilityAnswer, ...] = ()) -> list[str]:
    """Each criterion a referral fails, in words, for the force's and the provider's import warnings."""
    out: list[str] = []
    if facts.adult is False:
        out.append(f"{_TEXT['adult']}: no ({facts.reason('adult')})")
    if facts.recent is False:
        out.append(f"{_TEXT['recent']}: no ({facts.reason('recent')})")
    for a in answers:
        if a.question_id not in FACT_QUESTIONS and not a.passes and not is_overridden(a):
            out.append(f"{a.question.text}: {'yes' if a.answer else 'no'}")
    return out


FROM_THE_DATES = "from the dates"


def with_facts(answers: tuple[EligibilityAnswer, ...], facts: Facts) -> tuple[EligibilityAnswer, ...]:
    """The answers with the ones the dates decide put in (or put right), noted as coming from the dates."""
    decided = facts.decided()
    kept = [a for a in answers if a.question_id not in decided]
    added = [EligibilityAnswer(qid, value, FROM_THE_DATES) for qid, value in decided.items()]
    order = {q.id: i for i, q in enumerate(ELIGIBILITY_QUESTIONS)}
    return tuple(sorted((*kept, *added), key=lambda a: order.get(a.question_id, len(order))))


def parse_yes_no(text: str) -> bool | None:
    """A CSV cell: yes/no (y/n, true/false, 1/0, any case); blank is None; anything else raises ValueError."""
    value = text.strip().lower()
    if not value:
        return None
    if value in ("yes", "y", "true", "1"):
        return True
    if value in ("no", "n", "false", "0"):
        return False
    raise ValueError("must be yes or no")
