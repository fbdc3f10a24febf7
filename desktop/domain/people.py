"""People on the scheme, their referral from the force, and their consent."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .demographics import Disability, Ethnicity, GenderIdentity, Sex
from .enums import PoliceSharing, Role
from .errors import Problem, ValidationError
from .ids import new_id


@dataclass(frozen=True, slots=True)
class User:
    username: str
    display_name: str
    role: Role
    id: str = field(default_factory=new_id)
    active: bool = True


def caseload_owner(user: User) -> str | None:
    """The visibility rule: None when `user` sees everyone (managers, admins); else the keyworker id whose people
    they may see (their own). `desktop/storage/visibility.py` puts it into the shapes storage needs."""
    return None if user.role.sees_everyone else user.id


def may_see(user: User, keyworker_id: str | None) -> bool:
    """Whether `user` may see a person whose keyworker is `keyworker_id`."""
    owner = caseload_owner(user)
    return owner is None or keyworker_id == owner


def is_assigned_to(user: User, keyworker_id: str | None) -> bool:
    """Whether a person with keyworker `keyworker_id` is on `user`'s own caseload ("mine"), whatever their role: not a
    visibility rule (a manager sees everyone but has only their own people assigned to them)."""
    return keyworker_id is not None and keyworker_id == user.id


@dataclass(frozen=True, slots=True)
class Person:
    first_name: str
    last_name: str
    date_of_birth: date
    force_reference: str
    keyworker_id: str | None = None
    pnc_id: str | None = None
    phone: str = ""
    email: str = ""
    address: str = ""
    preferred_language: str = "English"
    id: str = field(default_factory=new_id)
    version: int = 1
    sex: Sex = Sex.NOT_RECORDED
    ethnicity: Ethnicity = Ethnicity.NOT_RECORDED
    gender_identity: GenderIdentity = GenderIdentity.NOT_RECORDED
    disability: Disability = Disability.NOT_RECORDED
    gp_practice: str = ""  # the practice's name (personal data: erased, in a subject access export)
    emergency_name: str = ""
    emergency_phone: str = ""
    emergency_relationship: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def age_on(self, day: date) -> int:
        years = day.year - self.date_of_birth.year
        if (day.month, day.day) < (self.date_of_birth.month, self.date_of_birth.day):
            years -= 1
        return years


@dataclass(frozen=True, slots=True)
class EligibilityQuestion:
    id: str
    text: str
    expected: bool  # the answer that keeps the person eligible


# Durham's published criteria, as questions the navigator answers at referral.
ELIGIBILITY_QUESTIONS: tuple[EligibilityQuestion, ...] = (
    EligibilityQuestion("adult", "Aged 18 or over", True),
    EligibilityQuestion("in_area", "Offence committed in the force area", True),
    EligibilityQuestion("recent", "Offence less than 3 months old", True),
    EligibilityQuestion(
        "admission", "Admission, or 'no reply' interview with enough evidence to charge", True
    ),
    EligibilityQuestion("hate_crime", "Hate crime", False),
    EligibilityQuestion("held_for_court", "Held for court or under the Mental Health Act", False),
    EligibilityQuestion(
        "court_order", "Under a court order, suspended sentence or conditional discharge", False
    ),
    EligibilityQuestion("co_accused", "Case has a co-accused", False),
    EligibilityQuestion("on_bail", "On bail for other matters", False),
)
_QUESTIONS_BY_ID = {q.id: q for q in ELIGIBILITY_QUESTIONS}
DECISION_LABELS = {"nfa": "No further action", "charge": "Charge", "other": "Other disposal"}
OVERRIDE_PREFIX = (
    "Manager override: "  # an answer's note that lets a failed criterion through (eligibility.py)
)


@dataclass(frozen=True, slots=True)
class EligibilityAnswer:
    question_id: str
    answer: bool
    note: str = ""

    @property
    def question(self) -> EligibilityQuestion:
        return _QUESTIONS_BY_ID[self.question_id]

    @property
    def passes(self) -> bool:
        return self.answer == self.question.expected

    @property
    def override_reason(self) -> str:
        """The manager's written reason for letting this failed answer through; empty when there is none."""
        if self.passes or not self.note.startswith(OVERRIDE_PREFIX):
            return ""
        return self.note[len(OVERRIDE_PREFIX) :].strip()

    @property
    def overridden(self) -> bool:
        return bool(self.override_reason)


@dataclass(frozen=True, slots=True)
class Referral:
    person_id: str
    force: str
    officer: str
    offence: str
    offence_date: date
    referral_date: date
    eligibility: tuple[EligibilityAnswer, ...] = ()
    id: str = field(default_factory=new_id)
    version: int = 1
    decision: str = ""  # the force's decision after the contract: nfa | charge | other ("" until one arrives)
    decided_on: date | None = None
    decision_note: str = ""

    @property
    def decision_label(self) -> str:
        """The force's decision in words, with its date; empty when none has arrived."""
        if not self.decision:
            return ""
        words = DECISION_LABELS.get(self.decision, self.decision)
        when = f" on {self.decided_on:%d %b %Y}" if self.decided_on else ""
        return f"{words}{when}" + (f" ({self.decision_note})" if self.decision_note else "")

    @property
    def failed_eligibility(self) -> tuple[EligibilityAnswer, ...]:
        return tuple(a for a in self.eligibility if not a.passes)

    @property
    def eligible(self) -> bool:
        answered = {a.question_id for a in self.eligibility}
        return answered >= set(_QUESTIONS_BY_ID) and not any(
            not a.overridden for a in self.failed_eligibility
        )

    @property
    def overrides(self) -> tuple[EligibilityAnswer, ...]:
        """Failed answers a manager let through, each with its written reason."""
        return tuple(a for a in self.failed_eligibility if a.overridden)


@dataclass(frozen=True, slots=True)
class Consent:
    person_id: str
    police_sharing: PoliceSharing = PoliceSharing.PROGRESS_ONLY
    national_reporting: bool = False
    recorded_on: date | None = None
    sharing_agreement_ref: str = ""
    id: str = field(default_factory=new_id)
    version: int = 1

    @property
    def shares_clinical_detail(self) -> bool:
        return self.police_sharing is PoliceSharing.PROGRESS_AND_CLINICAL


def validate_new_referral(person: Person, referral: Referral, today: date) -> None:
    """Refuse a referral form with missing fields or impossible dates; every problem is named."""
    problems: dict[str, str] = {}
    for name, value in (
        ("first_name", person.first_name),
        ("last_name", person.last_name),
        ("force_reference", person.force_reference),
        ("force", referral.force),
        ("officer", referral.officer),
        ("offence", referral.offence),
    ):
        if not value.strip():
            problems[name] = Problem("required")
    if person.date_of_birth > today:
        problems["date_of_birth"] = Problem("future")
    elif person.age_on(today) > 120:
        problems["date_of_birth"] = Problem("born_too_long_ago")
    if referral.offence_date > today:
        problems["offence_date"] = Problem("future")
    if referral.referral_date > today:
        problems["referral_date"] = Problem("future")
    if referral.offence_date > referral.referral_date and "offence_date" not in problems:
        problems["offence_date"] = Problem("after_referral")
    answered = {a.question_id for a in referral.eligibility}
    missing = [q.text for q in ELIGIBILITY_QUESTIONS if q.id not in answered]
    if missing:
        problems["eligibility"] = Problem(
            "eligibility_unanswered",
            questions=", ".join(missing),
            missing=tuple(q.id for q in ELIGIBILITY_QUESTIONS if q.id not in answered),
        )
    else:
        from .eligibility import contradictions, facts_from  # eligibility builds on this module

        facts = facts_from(person.date_of_birth, referral.offence_date, referral.referral_date)
        wrong = contradictions(referral.eligibility, facts)
        if wrong:
            problems["eligibility"] = Problem(
                "eligibility_contradicted", contradictions="; ".join(c.text for c in wrong)
            )
    if problems:
        raise ValidationError(problems)
