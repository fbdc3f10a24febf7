"""The GUI's words for what the layers below hand over as codes: errors (context "Errors"), form problems
("Problems"), stored values' labels and amounts ("Labels"), translated by the installed QTranslator.

The templates live in desktop/wording/errors.py (plain Python, marked for lupdate); this module only asks Qt
for their translation and fills in the parameters in the GUI's language.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.domain.errors import DomainError, ValidationError
from desktop.domain.people import ELIGIBILITY_QUESTIONS, EligibilityQuestion
from desktop.ui.qt_typed import QT_TRANSLATE_NOOP
from desktop.wording.errors import render_code

from .language import current_language

LABELS = (
    # contract states, condition types and statuses, appointment kinds and outcomes, police sharing, pathways
    QT_TRANSLATE_NOOP("Labels", "Offered"),
    QT_TRANSLATE_NOOP("Labels", "Active"),
    QT_TRANSLATE_NOOP("Labels", "Completed"),
    QT_TRANSLATE_NOOP("Labels", "Failed (non-compliance)"),
    QT_TRANSLATE_NOOP("Labels", "Failed (reoffended)"),
    QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    QT_TRANSLATE_NOOP("Labels", "No reoffending"),
    QT_TRANSLATE_NOOP("Labels", "Victim / restorative approach"),
    QT_TRANSLATE_NOOP("Labels", "Pathway intervention"),
    QT_TRANSLATE_NOOP("Labels", "Community hours"),
    QT_TRANSLATE_NOOP("Labels", "GPS tag"),
    QT_TRANSLATE_NOOP("Labels", "Victim awareness course"),
    QT_TRANSLATE_NOOP("Labels", "Apology letter"),
    QT_TRANSLATE_NOOP("Labels", "Custom"),
    QT_TRANSLATE_NOOP("Labels", "Not started"),
    QT_TRANSLATE_NOOP("Labels", "In progress"),
    QT_TRANSLATE_NOOP("Labels", "Met"),
    QT_TRANSLATE_NOOP("Labels", "Not met"),
    QT_TRANSLATE_NOOP("Labels", "Waived"),
    QT_TRANSLATE_NOOP("Labels", "Keywork"),
    QT_TRANSLATE_NOOP("Labels", "Assessment"),
    QT_TRANSLATE_NOOP("Labels", "Review"),
    QT_TRANSLATE_NOOP("Labels", "Treatment"),
    QT_TRANSLATE_NOOP("Labels", "Group"),
    QT_TRANSLATE_NOOP("Labels", "Phone"),
    QT_TRANSLATE_NOOP("Labels", "Home visit"),
    QT_TRANSLATE_NOOP("Labels", "Partner agency"),
    QT_TRANSLATE_NOOP("Labels", "Other"),
    QT_TRANSLATE_NOOP("Labels", "Attended"),
    QT_TRANSLATE_NOOP("Labels", "Attended late"),
    QT_TRANSLATE_NOOP("Labels", "Did not attend"),
    QT_TRANSLATE_NOOP("Labels", "Cancelled by the person"),
    QT_TRANSLATE_NOOP("Labels", "Cancelled by the service"),
    QT_TRANSLATE_NOOP("Labels", "Progress only"),
    QT_TRANSLATE_NOOP("Labels", "Progress and clinical detail"),
    QT_TRANSLATE_NOOP("Labels", "Alcohol"),
    QT_TRANSLATE_NOOP("Labels", "Drugs"),
    QT_TRANSLATE_NOOP("Labels", "Housing"),
    QT_TRANSLATE_NOOP("Labels", "Mental health"),
    QT_TRANSLATE_NOOP("Labels", "Physical health"),
    QT_TRANSLATE_NOOP("Labels", "Finances"),
    QT_TRANSLATE_NOOP("Labels", "Employment and training"),
    QT_TRANSLATE_NOOP("Labels", "Relationships and family"),
    QT_TRANSLATE_NOOP("Labels", "Exploitation and victimisation"),
    # assessment stages, need levels (desktop/domain/assessments.py, pathway_needs.py)
    QT_TRANSLATE_NOOP("Labels", "Start"),
    QT_TRANSLATE_NOOP("Labels", "Exit"),
    QT_TRANSLATE_NOOP("Labels", "None"),
    QT_TRANSLATE_NOOP("Labels", "Low"),
    QT_TRANSLATE_NOOP("Labels", "Medium"),
    QT_TRANSLATE_NOOP("Labels", "High"),
    # onward referrals' answers, victims' wishes and how contact was made, safety actions
    QT_TRANSLATE_NOOP("Labels", "Accepted"),
    QT_TRANSLATE_NOOP("Labels", "Not accepted"),
    QT_TRANSLATE_NOOP("Labels", "Not known yet"),
    QT_TRANSLATE_NOOP("Labels", "Not asked yet"),
    QT_TRANSLATE_NOOP("Labels", "Wants contact"),
    QT_TRANSLATE_NOOP("Labels", "Does not want contact"),
    QT_TRANSLATE_NOOP("Labels", "letter"),
    QT_TRANSLATE_NOOP("Labels", "phone"),
    QT_TRANSLATE_NOOP("Labels", "meeting"),
    QT_TRANSLATE_NOOP("Labels", "through the police"),
    QT_TRANSLATE_NOOP("Labels", "other"),
    QT_TRANSLATE_NOOP("Labels", "Safety plan made"),
    QT_TRANSLATE_NOOP("Labels", "GP contacted"),
    QT_TRANSLATE_NOOP("Labels", "Crisis team contacted"),
    QT_TRANSLATE_NOOP("Labels", "No action needed"),
    # the kinds of return
    QT_TRANSLATE_NOOP("Labels", "Contract start notice"),
    QT_TRANSLATE_NOOP("Labels", "Monthly progress return"),
    QT_TRANSLATE_NOOP("Labels", "Non-compliance notice"),
    QT_TRANSLATE_NOOP("Labels", "Final outcome return"),
)
_ENGLISH_UNITS = {"hours": ("hour", "hours"), "sessions": ("session", "sessions"), "days": ("day", "days")}


class _LabelWords:
    """`Labels.tr(text, "", n)`: lupdate names the context after the object ("Labels") and marks %n plurals,
    which it does not for QCoreApplication.translate."""

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("Labels", text, disambiguation, n)


Labels = _LabelWords()


def _counted(unit: str, n: int) -> str:
    """A whole amount of a known unit as a %n plural (Welsh puts the singular after a numeral, in five forms)."""
    if unit == "hours":
        return Labels.tr("%n hour(s)", "", n)
    if unit == "sessions":
        return Labels.tr("%n session(s)", "", n)
    return Labels.tr("%n day(s)", "", n)


def amount_text(amount: float, unit: str) -> str:
    """`3 sessions` / `3 sesiwn` for a known unit (hours, sessions, days) and a whole amount; otherwise the
    number and the unit as typed (`1.5 hours`, `2 letters`), the person's own words."""
    if unit not in _ENGLISH_UNITS or not float(amount).is_integer():
        return f"{amount:g} {unit}".strip()
    n = int(amount)
    text = _counted(unit, n)
    if text.endswith("(s)"):  # no catalogue is installed: the English source, with its plural made by hand
        one, many = _ENGLISH_UNITS[unit]
        return f"{n} {one if n == 1 else many}"
    return text


# The eligibility criteria (desktop/domain/people.py ELIGIBILITY_QUESTIONS), shown on the referral form and the
# record; the domain keeps them in English, the source text here.
QUESTIONS = (
    QT_TRANSLATE_NOOP("Eligibility", "Aged 18 or over"),
    QT_TRANSLATE_NOOP("Eligibility", "Offence committed in the force area"),
    QT_TRANSLATE_NOOP("Eligibility", "Offence less than 3 months old"),
    QT_TRANSLATE_NOOP("Eligibility", "Admission, or 'no reply' interview with enough evidence to charge"),
    QT_TRANSLATE_NOOP("Eligibility", "Hate crime"),
    QT_TRANSLATE_NOOP("Eligibility", "Held for court or under the Mental Health Act"),
    QT_TRANSLATE_NOOP("Eligibility", "Under a court order, suspended sentence or conditional discharge"),
    QT_TRANSLATE_NOOP("Eligibility", "Case has a co-accused"),
    QT_TRANSLATE_NOOP("Eligibility", "On bail for other matters"),
)


def question_text(question: EligibilityQuestion) -> str:
    """An eligibility criterion in the GUI's language."""
    return QCoreApplication.translate("Eligibility", question.text)


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def problem_text(problem: str) -> str:
    """A form problem in the GUI's language; plain text (a date field's own message) is shown as it is."""
    code = getattr(problem, "code", None)
    if not isinstance(code, str):
        return problem
    params = dict(getattr(problem, "params", {}))
    if code == "eligibility_unanswered" and "missing" in params:  # the criteria, named in the GUI's language
        by_id = {q.id: q for q in ELIGIBILITY_QUESTIONS}
        params["questions"] = ", ".join(question_text(by_id[i]) for i in params["missing"] if i in by_id)
    return render_code("Problems", code, params, current_language(), _translate)


def error_text(exc: BaseException) -> str:
    """A refusal from the domain, storage or services in the GUI's language (str(exc) for anything else)."""
    if isinstance(exc, ValidationError):
        return "; ".join(f"{field}: {problem_text(p)}" for field, p in exc.problems.items())
    if isinstance(exc, DomainError):
        params: dict[str, Any] = exc.params
        return render_code(exc.context, exc.code, params, current_language(), _translate)
    return str(exc)
