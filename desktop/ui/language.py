"""Words and dates in the GUI's language, for widgets (the translator itself is installed by desktop/app/i18n.py).
They sit in the UI layer so that widgets never import desktop.app."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime

from desktop.domain.compliance import ComplianceAssessment, Reason
from desktop.wording import level_label, render_reason

LANGUAGE_KEY = "ui/language"
SYSTEM = "system"
LANGUAGES = ("en", "cy")  # English first: the source language, and the fallback for any untranslated string


def resolve_language(choice: str | None, system: QLocale | None = None) -> str:
    """'en' or 'cy' for a stored choice; anything unknown (or 'system') follows the system locale."""
    value = (choice or SYSTEM).strip().lower()
    if value in LANGUAGES:
        return value
    locale = system if system is not None else QLocale.system()
    return "cy" if locale.language() == QLocale.Language.Welsh else "en"


def current_language() -> str:
    """'cy' when the GUI speaks Welsh (the default QLocale install_translator set), else 'en'."""
    return "cy" if QLocale().language() == QLocale.Language.Welsh else "en"


def ui_reason(reason: Reason) -> str:
    """A compliance reason in the GUI's language (desktop.wording renders the code and its parameters)."""
    return render_reason(reason, current_language())


def ui_summary(assessment: ComplianceAssessment) -> str:
    """The level and its reasons in one line, in the GUI's language (screen readers, the caseload)."""
    language = current_language()
    label = level_label(assessment.level, language)
    if not assessment.reasons:
        return label
    return f"{label}: " + "; ".join(render_reason(r, language) for r in assessment.reasons)


def ui_date(value: date | None, long: bool = False) -> str:
    """A date in the GUI's language: `3 Mar 2026` / `3 Maw 2026`; `long` spells the month (`3 Mawrth 2026`)."""
    if value is None:
        return "\u2013"
    return QLocale().toString(
        QDate(value.year, value.month, value.day), "d MMMM yyyy" if long else "d MMM yyyy"
    )


def ui_moment(value: datetime) -> str:
    """A date and 24-hour time in the GUI's language: `3 Mar 2026 14:05`."""
    moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    return QLocale().toString(moment, "d MMM yyyy HH:mm")


def ui_format(value: date | datetime, pattern: str) -> str:
    """`value` in the GUI's language with a QLocale pattern (`ddd` day, `MMM` month, `HH:mm`...); month and day
    names come from the locale, so strftime's English ones never reach a Welsh screen."""
    day = QDate(value.year, value.month, value.day)
    if isinstance(value, datetime):
        return QLocale().toString(QDateTime(day, QTime(value.hour, value.minute, value.second)), pattern)
    return QLocale().toString(day, pattern)


def ui_label(member: object) -> str:
    """A domain enum's label (contract state, condition type and status, appointment kind and outcome,
    pathway, police sharing) in the GUI's language; the labels are listed in DOMAIN_LABELS for lupdate."""
    label = str(getattr(member, "label", member))
    return QCoreApplication.translate("Labels", label)


DOMAIN_LABELS = (
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
)
