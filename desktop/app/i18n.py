"""Which language the GUI speaks, and the translator that makes it speak it.

The choice is kept in the UI-state file (`ui/language`: "system", "en" or "cy"; the environment variable
CHECKPOINT_LANGUAGE overrides it, for tests and kiosks). "system" follows the system locale: Welsh when the
locale is Welsh, English otherwise. The compiled catalogues are resources/translations/checkpoint_<lang>.qm,
built by `make translations` (pyside6-lrelease) and shipped by the installers with the other resources.
"""

from __future__ import annotations

import os

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QSettings,
    QTranslator,
)

from desktop.resources import resource
from desktop.ui.labels import LABELS as DOMAIN_LABELS  # noqa: F401  (kept importable here)
from desktop.ui.language import (  # noqa: F401  (they live with the widgets that use them; kept importable here)
    LANGUAGE_KEY,
    LANGUAGES,
    SYSTEM,
    current_language,
    resolve_language,
    ui_date,
    ui_format,
    ui_label,
    ui_moment,
    ui_reason,
    ui_summary,
)

LANGUAGE_ENV = "CHECKPOINT_LANGUAGE"


def chosen_language(ui_state: QSettings | None, environ: dict[str, str] | None = None) -> str:
    env = dict(os.environ) if environ is None else environ
    stored = ui_state.value(LANGUAGE_KEY, SYSTEM) if ui_state is not None else SYSTEM
    return resolve_language(env.get(LANGUAGE_ENV) or (stored if isinstance(stored, str) else SYSTEM))


def locale_for(language: str) -> QLocale:
    if language == "cy":
        return QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def catalogue_path(language: str) -> str:
    return str(resource("translations", f"checkpoint_{language}.qm"))


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Set the default QLocale for `language` and install its catalogue; None (English source text) when the
    catalogue is missing or empty. The caller keeps the translator alive for as long as the app runs."""
    QLocale.setDefault(locale_for(language))
    translator = QTranslator(app)
    if not translator.load(catalogue_path(language)) or translator.isEmpty():
        return None
    app.installTranslator(translator)
    return translator


# Strings the GUI translates at run time from data (QCoreApplication.translate(context, value)), listed here so
# that pyside6-lupdate extracts them: the compliance levels (desktop.ui.theme.compliance_words), and Qt's own
# standard button texts (QDialogButtonBox asks "QPlatformTheme", QWizard its own context; Qt ships no
# qtbase_cy.qm, so we carry them).
EXTRACTED_AT_RUN_TIME = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QWizard", "&Finish"),
    QT_TRANSLATE_NOOP("QWizard", "< &Back"),
    QT_TRANSLATE_NOOP("QWizard", "&Next >"),
    QT_TRANSLATE_NOOP("QWizard", "Cancel"),
    QT_TRANSLATE_NOOP("QWizard", "&Help"),
    QT_TRANSLATE_NOOP("Compliance", "On track"),
    QT_TRANSLATE_NOOP("Compliance", "At risk"),
    QT_TRANSLATE_NOOP("Compliance", "Not complying"),
)
