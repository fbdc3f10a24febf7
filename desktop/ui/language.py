"""Words and dates in the GUI's language, for widgets (the translator itself is installed by desktop/app/i18n.py).
They sit in the UI layer so that widgets never import desktop.app."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

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
    pathway, police sharing, answers and choices) in the GUI's language; the labels are listed in
    desktop/ui/labels.py (LABELS) for lupdate."""
    label = str(getattr(member, "label", member))
    return QCoreApplication.translate("Labels", label)
