"""Words and dates in the GUI's language, for widgets (the translator itself is installed by desktop/app/i18n.py).
They sit in the UI layer so that widgets never import desktop.app."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from desktop.domain.compliance import ComplianceAssessment, Reason
from desktop.wording import level_label, render_reason


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
